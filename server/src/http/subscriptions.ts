import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import {
  execute,
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ApiKey } from '../auth/api-keys';
import { viewerForKey } from '../auth/request-viewer';
import type { Context } from '../context/context';
import { ErrorCode, GraphQLErrorWithCode } from '../errors/errors';
import type { OperationGuard } from '../limits/operation-guard';
import { tokenLimitError } from '../limits/operation-limits';
import { addressOf } from './client-identity';
import { MAX_BODY_BYTES } from './graphql-handler';
import type { OperationReport } from '../context/context';
import { outcomeOf, type OperationReports } from './operation-reports';
import type { OriginPolicy } from './origins';

/** What a client sends in graphql-ws `connectionParams`. */
type ConnectionParams = {
  apiKey?: unknown;
  [key: string]: unknown;
};

const keyOf = (params: ConnectionParams | undefined): string | undefined => (typeof params?.apiKey === 'string' ? params.apiKey : undefined);

const coded = (error: GraphQLError, code: string): GraphQLError =>
  error.extensions.code
    ? error
    : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });

export class TooManySubscriptionsError extends GraphQLErrorWithCode {
  constructor(max: number) {
    super(`A connection may run at most ${max} subscriptions at once; complete one first, or open another connection`, ErrorCode.TOO_MANY_SUBSCRIPTIONS, {
      max,
    });
  }
}

export interface SubscriptionServerOptions {
  readonly schema: GraphQLSchema;
  readonly apiKeys: readonly ApiKey[];
  readonly guard: OperationGuard;
  readonly origins: OriginPolicy;
  readonly trustProxy: boolean;
  readonly maxSubscriptionsPerSocket: number;
  readonly maxSocketsPerClient: number;
  /** A fresh context for one operation of a connection. */
  readonly contextFor: (apiKey: string | undefined, address: string) => Context;
  /** Runs a query or mutation sent over the socket within its deadline, as its context's key. */
  readonly run: <T>(task: () => Promise<T>, context: Context) => Promise<T>;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  readonly reports: OperationReports;
  /** Told when a socket opens or closes and a subscription starts or stops (for metrics). */
  readonly onSocketCount?: (open: number) => void;
  readonly onSubscriptionCount?: (running: number) => void;
}

/**
 * Serves operations over graphql-ws on the HTTP server's port and path, under the HTTP
 * rules: the same API keys (no key is anonymous; a key that matches none closes the socket
 * with 4403), the same limits, budgets and deadline (`OperationGuard`), the same error
 * masking. Queries and mutations are accepted as well as subscriptions, under the same
 * rules. On top: a browser `Origin` must be the server's own or listed, a frame may not be
 * larger than an HTTP body, a client (network address) may hold a limited number of
 * sockets, and a socket a limited number of subscriptions.
 */
export function serveSubscriptions(httpServer: http.Server, path: string, options: SubscriptionServerOptions): { close(): Promise<void> } {
  const socketsPerAddress = new Map<string, number>();
  const wsServer = new WebSocketServer({
    server: httpServer,
    path,
    maxPayload: MAX_BODY_BYTES,
    verifyClient: ({ req }, accept) => {
      if (options.origins.check(req) === 'refused') return accept(false, 403, 'Origin not allowed');
      if ((socketsPerAddress.get(addressOf(req, options.trustProxy)) ?? 0) >= options.maxSocketsPerClient) return accept(false, 429, 'Too many connections');
      accept(true);
    },
  });
  let openSockets = 0;
  let runningSubscriptions = 0;
  wsServer.on('connection', (_socket, request) => {
    const address = addressOf(request, options.trustProxy);
    socketsPerAddress.set(address, (socketsPerAddress.get(address) ?? 0) + 1);
    options.onSocketCount?.(++openSockets);
    _socket.once('close', () => {
      options.onSocketCount?.(--openSockets);
      const left = (socketsPerAddress.get(address) ?? 1) - 1;
      if (left > 0) socketsPerAddress.set(address, left);
      else socketsPerAddress.delete(address);
    });
  });

  // The report of each operation of a socket, by the operation's id on the socket.
  const reportsOf = new WeakMap<object, Map<string, OperationReport>>();
  const reportOf = (ctx: object, id: string): OperationReport | undefined => reportsOf.get(ctx)?.get(id);
  const running = new WeakSet<OperationReport>();
  const finish = (ctx: object, id: string) => {
    const report = reportOf(ctx, id);
    if (!report) return;
    reportsOf.get(ctx)?.delete(id);
    if (running.delete(report)) options.onSubscriptionCount?.(--runningSubscriptions);
    options.reports.finish(report);
  };
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => options.formatError(error.toJSON() as GraphQLFormattedError, error));
  const server = useServer<ConnectionParams, { request: http.IncomingMessage }>(
    {
      schema: options.schema,
      onConnect: (ctx) => {
        try {
          viewerForKey(keyOf(ctx.connectionParams), options.apiKeys);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (ctx, id, payload) => {
        const report = options.reports.begin(randomUUID(), 'ws');
        report.operationName = payload.operationName ?? undefined;
        const refuse = (errors: readonly GraphQLError[]) => {
          Object.assign(report, outcomeOf(format(errors)));
          options.reports.finish(report);
          return [...errors];
        };
        const contextValue = options.reports.attach(report, options.contextFor(keyOf(ctx.connectionParams), addressOf(ctx.extra.request, options.trustProxy)));
        if (Object.keys(ctx.subscriptions).length > options.maxSubscriptionsPerSocket)
          return refuse([new TooManySubscriptionsError(options.maxSubscriptionsPerSocket)]);
        try {
          await options.guard.spendRequest(contextValue.client);
          let document: DocumentNode;
          try {
            document = parse(payload.query, { maxTokens: options.guard.limits.tokens });
          } catch (error) {
            if (!(error instanceof GraphQLError)) throw error;
            throw tokenLimitError(error) ?? coded(error, 'GRAPHQL_PARSE_FAILED');
          }
          // Coded as Apollo codes them over HTTP.
          const operation = getOperationAST(document, payload.operationName);
          report.operationName = operation?.name?.value ?? report.operationName;
          report.operationType = operation?.operation;
          const errors = validate(options.schema, document, [...specifiedRules, ...options.guard.validationRules]);
          if (errors.length > 0) return refuse(errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED')));
          if (!operation) return refuse([new GraphQLError('Unable to identify the operation: name it with operationName')]);
          await options.guard.admit({
            schema: options.schema,
            document,
            operationName: payload.operationName,
            variables: payload.variables,
            client: contextValue.client,
          });
          const reports = reportsOf.get(ctx) ?? new Map<string, OperationReport>();
          reportsOf.set(ctx, reports.set(id, report));
          return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
        } catch (error) {
          if (error instanceof GraphQLError) return refuse([error]);
          throw error;
        }
      },
      execute: (args) => options.run(async () => execute(args), args.contextValue as Context),
      onOperation: (ctx, id, _payload, _args, result) => {
        const report = reportOf(ctx, id);
        if (report?.operationType !== 'subscription') return;
        if (Symbol.asyncIterator in result) {
          running.add(report);
          options.onSubscriptionCount?.(++runningSubscriptions);
          options.reports.subscriptionStarted(report);
        } else {
          // Refused by its resolver before it started: reported as an operation that failed.
          const errors = 'errors' in result ? result.errors : undefined;
          Object.assign(report, outcomeOf(errors ? format(errors) : undefined));
        }
      },
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors) return result;
        const errors = format(result.errors);
        const report = reportOf(ctx, id);
        if (report) Object.assign(report, outcomeOf(errors));
        return { ...result, errors };
      },
      onError: (ctx, id, _payload, errors) => {
        const formatted = format(errors);
        // A subscription ended by an error (SUBSCRIBER_TOO_SLOW, …) stops with its code.
        const report = reportOf(ctx, id);
        if (report) Object.assign(report, outcomeOf(formatted));
        return formatted;
      },
      onComplete: (ctx, id) => finish(ctx, id),
    },
    wsServer,
  );
  return {
    async close() {
      await server.dispose(); // closes every socket with 1001 Going Away
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
