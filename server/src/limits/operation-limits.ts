import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, GraphQLErrorWithCode } from '../errors/errors';
import { DEFAULT_PAGE_SIZE } from '../pagination/connection';

/** What one operation may ask for. Every limit is checked before any resolver runs. */
export interface OperationLimits {
  /** Nesting of fields, fragments flattened. */
  readonly depth: number;
  readonly aliases: number;
  readonly directives: number;
  /** Lexical tokens of the document; parsing stops past it. */
  readonly tokens: number;
  /** Fields at the top of the operation (aliases included). */
  readonly rootFields: number;
  /** Estimated rows and fields (see `operationCost`). */
  readonly cost: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  depth: 12,
  aliases: 15,
  directives: 10,
  tokens: 1_000,
  rootFields: 10,
  cost: 20_000,
};

/** Assumed length of a list the client cannot bound (`participants`, `sources`, `mentions`). */
export const ASSUMED_LIST_LENGTH = 5;

export type LimitName = keyof OperationLimits;

/** An operation asking for more than a limit allows; refused with HTTP 400 before it runs. */
export class OperationLimitError extends GraphQLErrorWithCode {
  constructor(limit: LimitName, max: number, actual: number | string, what: string) {
    super(`The operation ${what} (${actual}); the limit is ${max}`, ErrorCode.QUERY_TOO_COMPLEX, { limit, max, actual, http: { status: 400 } });
  }
}

/** The library rules' own messages end in "…limit of N exceeded, found M."; the measured value is M. */
const foundIn = (error: GraphQLError): number => Number(/found (\d+)/.exec(error.message)?.[1] ?? Number.NaN);

/** Top-level fields, through fragments. */
function rootFieldCount(context: ValidationContext, selectionSet: SelectionSetNode, seen = new Set<string>()): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += rootFieldCount(context, selection.selectionSet, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += rootFieldCount(context, fragment.selectionSet, seen);
    }
  }
  return count;
}

const maxRootFieldsRule =
  (max: number): ValidationRule =>
  (context) => ({
    OperationDefinition(operation) {
      const count = rootFieldCount(context, operation.selectionSet);
      if (count > max) context.reportError(new OperationLimitError('rootFields', max, count, 'asks for too many top-level fields'));
    },
  });

/**
 * The validation rules that bound an operation's shape: depth, aliases and directives
 * (graphql-armor's rules) and top-level fields. They report coded errors.
 */
export function limitRules(limits: OperationLimits): ValidationRule[] {
  const report = (limit: LimitName, what: string) => [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(new OperationLimitError(limit, limits[limit], foundIn(error), what));
    },
  ];
  return [
    maxDepthRule({ n: limits.depth, flattenFragments: true, propagateOnRejection: false, onReject: report('depth', 'is nested too deeply') }),
    maxAliasesRule({ n: limits.aliases, propagateOnRejection: false, onReject: report('aliases', 'uses too many aliases') }),
    maxDirectivesRule({ n: limits.directives, propagateOnRejection: false, onReject: report('directives', 'uses too many directives') }),
    maxRootFieldsRule(limits.rootFields),
  ];
}

/** graphql-js's own token limit stops parsing with this message (spelt "more that" in graphql 16). */
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** A parse error for exceeding the token limit, as the coded limit error; other errors unchanged. */
export function tokenLimitError(error: GraphQLError | { message: string }): OperationLimitError | undefined {
  const match = TOO_MANY_TOKENS.exec(error.message);
  return match ? new OperationLimitError('tokens', Number(match[1]), `more than ${match[1]}`, 'is too long') : undefined;
}

/**
 * The estimated cost of a field: 1, plus its children's cost times the number of rows it
 * may return. A connection returns `first` rows (default 20) and its `edges` are counted
 * once through it; `nodes(ids)` returns one per id; any other list of objects is assumed to
 * hold `ASSUMED_LIST_LENGTH`.
 */
const rowsTimesChildren: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.args.some((arg) => arg.name === 'first')) return 1 + (typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE) * childComplexity;
  const returned = getNullableType(field.type);
  if (!isListType(returned) || !isCompositeType(getNamedType(returned))) return 1 + childComplexity;
  if (field.name === 'edges' && type.name.endsWith('Connection')) return 1 + childComplexity;
  if (Array.isArray(args.ids)) return 1 + args.ids.length * childComplexity;
  return 1 + ASSUMED_LIST_LENGTH * childComplexity;
};

/** Estimated rows and fields an operation reads: what the cost limit bounds. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({
    schema,
    query: document,
    ...(operationName ? { operationName } : {}),
    variables: variables ?? {},
    estimators: [rowsTimesChildren],
    // Fragment bombs: the walk itself is bounded.
    maxQueryNodes: 10_000,
  });
}

/** Throws QUERY_TOO_COMPLEX when the operation costs more than the limit; returns the cost otherwise. */
export function requireAffordable(limits: OperationLimits, ...args: Parameters<typeof operationCost>): number {
  let cost: number;
  try {
    cost = operationCost(...args);
  } catch (error) {
    if (error instanceof GraphQLError && error.message.startsWith('Query exceeds the maximum allowed number of nodes')) {
      throw new OperationLimitError('cost', limits.cost, 'too many fields to count', 'asks for too much');
    }
    // Variables of the wrong type: execution refuses them with its own error, before any resolver runs.
    return 0;
  }
  if (cost > limits.cost) throw new OperationLimitError('cost', limits.cost, cost, 'asks for too much');
  return cost;
}
