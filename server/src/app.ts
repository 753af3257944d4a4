import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { viewerFor } from './auth/request-viewer';
import type { Config } from './config/config';
import type { Context } from './context/context';
import { createLoaders } from './context/loaders';
import { createIndexes, createRepositories, createServices } from './context/services';
import { openDatabase, type Database } from './db/database';
import { formatError } from './errors/format-error';
import { graphqlHandler, sendJson } from './http/graphql-handler';
import { buildDossierSchema } from './schema/build-schema';
import { seedDatabase } from './seeding/seed-loader';

export const GRAPHQL_PATH = '/graphql';

export interface DossierServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly url: string;
  readonly port: number;
  readonly database: Database;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this database instead of opening one from the configuration; it is left open on stop. */
  readonly database?: Database;
  /** Load the curated seeds when the database has no articles yet (default true). */
  readonly seedIfEmpty?: boolean;
  readonly log?: (line: string) => void;
}

/** A failure the user can fix; its message is one line saying how. */
export class StartupError extends Error {}

/** Opens the database, prepares it, and serves the API until `stop()`. */
export async function startDossier(config: Config, options: StartOptions = {}): Promise<DossierServer> {
  const log = options.log ?? (() => {});
  const database =
    options.database ?? (await openDatabase({ mongodbUri: config.mongodbUri, databaseName: config.databaseName, dataDir: config.dataDir, log }));
  try {
    const repositories = createRepositories(database.db);
    await createIndexes(repositories);
    if ((options.seedIfEmpty ?? true) && (await repositories.articles.count()) === 0) {
      const counts = await seedDatabase(repositories);
      log(`Loaded the seeds: ${counts.articles} articles, ${counts.actors} actors, ${counts.events} events, ${counts.measures} measures.`);
    }
    const services = createServices(repositories);

    const httpServer = http.createServer();
    const apollo = new ApolloServer<Context>({
      schema: await buildDossierSchema(),
      formatError,
      introspection: true,
      includeStacktraceInErrorResponses: false,
      plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
    });
    await apollo.start();

    const handleGraphql = graphqlHandler(apollo, async (request) => ({
      viewer: viewerFor(request, config.apiKeys),
      services,
      loaders: createLoaders(repositories),
    }));
    httpServer.on('request', (request, response) => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === GRAPHQL_PATH) {
        handleGraphql(request, response).catch((error: unknown) => {
          console.error('Unexpected error while serving a request:', error);
          if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        });
      } else if (pathname === '/health') {
        sendJson(response, 200, { status: 'ok' });
      } else {
        sendJson(response, 404, { error: `Not found: the API is at ${GRAPHQL_PATH}` });
      }
    });
    await listen(httpServer, config.host, config.port);
    const port = (httpServer.address() as AddressInfo).port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return {
      url: `http://${host}:${port}${GRAPHQL_PATH}`,
      port,
      database,
      async stop() {
        await apollo.stop();
        if (!options.database) await database.close();
      },
    };
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} on ${host} is already in use: stop the other server or set PORT to a free port.`)
          : error,
      );
    });
    server.listen(port, host, () => resolve());
  });
}
