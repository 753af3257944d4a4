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
  /** Runs a query or mutation sent over the socket within its deadline. */
  readonly run: <T>(task: () => Promise<T>) => Promise<T>;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
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
  wsServer.on('connection', (_socket, request) => {
    const address = addressOf(request, options.trustProxy);
    socketsPerAddress.set(address, (socketsPerAddress.get(address) ?? 0) + 1);
    _socket.once('close', () => {
      const left = (socketsPerAddress.get(address) ?? 1) - 1;
      if (left > 0) socketsPerAddress.set(address, left);
      else socketsPerAddress.delete(address);
    });
  });

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
      onSubscribe: async (ctx, _id, payload) => {
        const contextValue = options.contextFor(keyOf(ctx.connectionParams), addressOf(ctx.extra.request, options.trustProxy));
        if (Object.keys(ctx.subscriptions).length > options.maxSubscriptionsPerSocket)
          return [new TooManySubscriptionsError(options.maxSubscriptionsPerSocket)];
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
          const errors = validate(options.schema, document, [...specifiedRules, ...options.guard.validationRules]);
          if (errors.length > 0) return errors.map((error) => coded(error, 'GRAPHQL_VALIDATION_FAILED'));
          if (!getOperationAST(document, payload.operationName)) return [new GraphQLError('Unable to identify the operation: name it with operationName')];
          await options.guard.admit({
            schema: options.schema,
            document,
            operationName: payload.operationName,
            variables: payload.variables,
            client: contextValue.client,
          });
          return { schema: options.schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
      },
      execute: (args) => options.run(async () => execute(args)),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors ? { ...result, errors: format(result.errors) } : result),
      onError: (_ctx, _id, _payload, errors) => format(errors),
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
