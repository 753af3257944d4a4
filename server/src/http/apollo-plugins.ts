import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context/context';
import { ErrorCode, GraphQLErrorWithCode } from '../errors/errors';
import type { OperationGuard } from '../limits/operation-guard';

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

/** The guard's checks for every operation over HTTP, once it is parsed and validated, before any resolver runs. */
export const guardedOverHttp = (guard: OperationGuard): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operationName, request, contextValue, schema }) {
        await guard.admit({ schema, document, operationName, variables: request.variables, client: contextValue.client });
      },
    };
  },
});
