import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, type GraphQLFormattedError } from 'graphql';
import type { Context, OperationReport } from '../context/context';
import type { Logger } from '../logging/logger';

export interface OperationOutcome extends Required<Pick<OperationReport, 'requestId' | 'transport' | 'code'>> {
  readonly operationName: string | undefined;
  readonly operationType: string | undefined;
  readonly limit: string | undefined;
  readonly apiKeyName: string | undefined;
  readonly durationMs: number;
}

/** A client's own request id when it is a plain token; otherwise a new one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The code and limit of an answer, from its first formatted error. */
export function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): { code: string; limit?: string } {
  const first = errors?.[0];
  if (!first) return { code: 'OK' };
  const extensions = first.extensions ?? {};
  const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
  if (typeof extensions.limit === 'string') return { code, limit: extensions.limit };
  if (typeof extensions.budget === 'string') return { code, limit: `budget:${extensions.budget}` };
  return { code };
}

/**
 * One log line per GraphQL operation and per subscription start and stop, and the same
 * facts to whoever else wants them (metrics). Variables are never reported: they hold the
 * texts clients send, which may be anything.
 */
export class OperationReports {
  private readonly listeners: ((outcome: OperationOutcome) => void)[] = [];

  constructor(private readonly logger: Logger) {}

  /** Calls `listener` with every finished operation. */
  onFinish(listener: (outcome: OperationOutcome) => void): void {
    this.listeners.push(listener);
  }

  begin(requestId: string, transport: 'http' | 'ws'): OperationReport {
    return { requestId, transport, startedAt: performance.now() };
  }

  /** The context of an operation with its report, so Apollo's hooks find it (Apollo copies the context object). */
  attach(report: OperationReport, context: Context): Context {
    report.apiKeyName = context.viewer.keyName;
    return { ...context, report };
  }

  /** Logs the operation's line and tells the listeners. */
  finish(report: OperationReport): OperationOutcome {
    const outcome: OperationOutcome = {
      requestId: report.requestId,
      transport: report.transport,
      operationName: report.operationName,
      operationType: report.operationType,
      code: report.code ?? 'OK',
      limit: report.limit,
      apiKeyName: report.apiKeyName,
      durationMs: Math.round((performance.now() - report.startedAt) * 10) / 10,
    };
    this.logger.info(outcome, report.operationType === 'subscription' ? 'subscription stopped' : 'graphql operation');
    for (const listener of this.listeners) listener(outcome);
    return outcome;
  }

  /** A subscription that was admitted and now runs until the client or the server ends it. */
  subscriptionStarted(report: OperationReport): void {
    const { requestId, transport, operationName, operationType, apiKeyName } = report;
    this.logger.info({ requestId, transport, operationName, operationType, apiKeyName }, 'subscription started');
  }

  /** Records the operation's name and type once resolved, and its code once answered. */
  readonly plugin: ApolloServerPlugin<Context> = {
    requestDidStart: async ({ contextValue }) => {
      const report = contextValue.report;
      if (!report) return {};
      return {
        didResolveOperation: async ({ operation, operationName }) => {
          report.operationName = operationName ?? undefined;
          report.operationType = operation?.operation;
        },
        willSendResponse: async ({ response, request, document }) => {
          // Refused before it was resolved (a validation rule, a limit): named from its text, when it parsed.
          const operation = document && !report.operationType ? getOperationAST(document, request.operationName) : undefined;
          report.operationName ??= operation?.name?.value ?? request.operationName ?? undefined;
          report.operationType ??= operation?.operation;
          Object.assign(report, outcomeOf(response.body.kind === 'single' ? response.body.singleResult.errors : undefined));
        },
      };
    },
  };
}
