import type http from 'node:http';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ApiKey } from '../auth/api-keys';
import { viewerForKey } from '../auth/request-viewer';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context/context';
import { ErrorCode, GraphQLErrorWithCode } from '../errors/errors';
import { createLoaders } from '../context/loaders';
import type { Repositories, Services } from '../context/services';
import { formatError } from '../errors/format-error';

/** What a client sends in graphql-ws `connectionParams`. */
type ConnectionParams = {
  apiKey?: unknown;
  [key: string]: unknown;
};

const keyOf = (params: ConnectionParams | undefined): string | undefined => (typeof params?.apiKey === 'string' ? params.apiKey : undefined);

/**
 * Serves subscriptions over graphql-ws on the HTTP server's port and path. The API key
 * rules are the HTTP ones: no key is anonymous, a key that matches none is refused (the
 * socket closes with 4403), and each subscription field checks the role it needs.
 */
export function serveSubscriptions(
  httpServer: http.Server,
  path: string,
  schema: GraphQLSchema,
  dependencies: { apiKeys: readonly ApiKey[]; services: Services; repositories: Repositories },
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path });
  const server = useServer<ConnectionParams>(
    {
      schema,
      onConnect: (ctx) => {
        try {
          viewerForKey(keyOf(ctx.connectionParams), dependencies.apiKeys);
          return true;
        } catch {
          return false;
        }
      },
      context: (ctx): Context => ({
        viewer: viewerForKey(keyOf(ctx.connectionParams), dependencies.apiKeys),
        services: dependencies.services,
        loaders: createLoaders(dependencies.repositories, { cache: false }),
      }),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON() as GraphQLFormattedError, error)) } : result,
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

/** A subscription posted over HTTP gets a clear answer instead of a broken execution. */
export const subscriptionsOverWebSocketOnly: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation === 'subscription') {
          throw new GraphQLErrorWithCode('Subscriptions are served over WebSocket (graphql-ws) at this URL, not over HTTP', ErrorCode.BAD_USER_INPUT, {
            http: { status: 400 },
          });
        }
      },
    };
  },
};
