import { Kind, NoSchemaIntrospectionCustomRule, visit, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { DatabaseHealth } from '../db/database-health';
import { BadUserInputError } from '../errors/errors';
import type { Client, ClientBudgetKeeper } from './client-budgets';
import { limitRules, requireAffordable, type OperationLimits } from './operation-limits';

export interface OperationToAdmit {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operationName?: string | null | undefined;
  readonly variables?: Readonly<Record<string, unknown>> | null | undefined;
  readonly client: Client;
}

/** A UTF-16 surrogate without its pair: not a character, and stored as U+FFFD by BSON. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function requireWellFormed(value: unknown, field: string): void {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new BadUserInputError(field, 'contains a lone UTF-16 surrogate, which is not a character');
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) requireWellFormed(item, `${field}[${index}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) requireWellFormed(item, `${field}.${name}`);
  }
}

/** True when an operation only asks about the schema, which needs no database. */
const asksOnlyAboutSchema = (document: DocumentNode): boolean =>
  document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__')),
  );

/**
 * What every operation passes before it runs, over HTTP and WebSocket alike: its shape
 * (validation rules: depth, aliases, directives, top-level fields, and the token limit at
 * parse time), its text (no lone surrogates), its cost against the limit and against the
 * client's budget for the minute, and a database that answers. Nothing here touches the
 * database, so a refused operation costs no database command.
 */
export class OperationGuard {
  readonly validationRules: readonly ValidationRule[];

  constructor(
    readonly limits: OperationLimits,
    private readonly budgets: ClientBudgetKeeper,
    private readonly health: DatabaseHealth,
    { introspection }: { introspection: boolean },
  ) {
    this.validationRules = [...limitRules(limits), ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  }

  /** Spends one request of the client's budget (before the request is even read). */
  spendRequest(client: Client): Promise<void> {
    return this.budgets.spendRequest(client);
  }

  /** Checks a parsed, validated operation; throws its coded refusal. */
  async admit(operation: OperationToAdmit): Promise<void> {
    requireWellFormed(operation.variables ?? {}, 'variables');
    visit(operation.document, {
      StringValue(node) {
        requireWellFormed(node.value, 'query');
      },
    });
    const cost = requireAffordable(this.limits, operation.schema, operation.document, operation.operationName, operation.variables ?? undefined);
    await this.budgets.spendCost(operation.client, cost);
    if (!asksOnlyAboutSchema(operation.document)) this.health.requireAvailable();
  }
}
