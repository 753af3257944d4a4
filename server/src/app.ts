import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { viewerFor } from './auth/request-viewer';
import type { Config } from './config/config';
import type { Context } from './context/context';
import { createLoaders } from './context/loaders';
import { createRepositories, createServices, prepareDatabase } from './context/services';
import { openDatabase, type Database } from './db/database';
import { formatError } from './errors/format-error';
import type { EventChangeFeed, EventChangeFeedOptions } from './events/event-change-feed';
import { graphqlHandler, sendJson } from './http/graphql-handler';
import { servePlaygroundAsset, servePlaygroundPage, wantsPage } from './playground/playground';
import { serveSubscriptions, subscriptionsOverWebSocketOnly } from './http/subscriptions';
import { buildDossierSchema } from './schema/build-schema';
import { seedDatabase } from './seeding/seed-loader';

export const GRAPHQL_PATH = '/graphql';

export interface DossierServer {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly url: string;
  readonly port: number;
  readonly database: Database;
  /** This instance's event subscriptions (for monitoring: `subscriberCount`). */
  readonly eventFeed: EventChangeFeed;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Use this database instead of opening one from the configuration; it is left open on stop. */
  readonly database?: Database;
  /** Load the curated seeds when the database has no articles yet (default true). */
  readonly seedIfEmpty?: boolean;
  readonly log?: (line: string) => void;
  /** Timings and limits of event subscriptions (defaults: `DEFAULT_FEED_OPTIONS`). */
  readonly feed?: EventChangeFeedOptions;
}

/** A failure the user can fix; its message is one line saying how. */
export class StartupError extends Error {}

/** Takes the port, opens and prepares the database, and serves the API until `stop()`. */
export async function startDossier(config: Config, options: StartOptions = {}): Promise<DossierServer> {
  const log = options.log ?? (() => {});
  // The port first: a taken port is reported before a database is started for nothing.
  const httpServer = http.createServer();
  let handleRequest: http.RequestListener = (_request, response) => sendJson(response, 503, { error: 'Dossier is starting' });
  httpServer.on('request', (request, response) => handleRequest(request, response));
  await listen(httpServer, config.host, config.port);

  let database: Database | undefined = options.database;
  try {
    database ??= await openDatabase({ mongodbUri: config.mongodbUri, databaseName: config.databaseName, dataDir: config.dataDir, log });
    const repositories = createRepositories(database);
    await prepareDatabase(repositories);
    if ((options.seedIfEmpty ?? true) && (await repositories.articles.count()) === 0) {
      const counts = await seedDatabase(repositories);
      log(`Loaded the seeds: ${counts.articles} articles, ${counts.actors} actors, ${counts.events} events, ${counts.measures} measures.`);
    }
    const services = createServices(repositories, options.feed);
    await services.eventFeed.start();
    const schema = await buildDossierSchema();
    const subscriptions = serveSubscriptions(httpServer, GRAPHQL_PATH, schema, { apiKeys: config.apiKeys, services, repositories });

    const apollo = new ApolloServer<Context>({
      schema,
      formatError,
      introspection: config.playground,
      includeStacktraceInErrorResponses: false,
      // Shutdown is the caller's (main.ts): Apollo's own signal handling would re-raise the
      // signal once it stopped, killing the process before the database is stopped.
      stopOnTerminationSignals: false,
      plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), subscriptionsOverWebSocketOnly],
    });
    await apollo.start();

    const handleGraphql = graphqlHandler(apollo, async (request) => ({
      viewer: viewerFor(request, config.apiKeys),
      services,
      loaders: createLoaders(repositories),
    }));
    handleRequest = (request, response) => {
      const { pathname, search } = new URL(request.url ?? '/', 'http://localhost');
      if (config.playground && pathname === GRAPHQL_PATH && wantsPage(request, search)) {
        servePlaygroundPage(response, GRAPHQL_PATH);
      } else if (config.playground && pathname === '/') {
        response.writeHead(302, { location: GRAPHQL_PATH }).end();
      } else if (config.playground && servePlaygroundAsset(pathname, response)) {
        // served
      } else if (pathname === GRAPHQL_PATH) {
        handleGraphql(request, response).catch((error: unknown) => {
          console.error('Unexpected error while serving a request:', error);
          if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
        });
      } else if (pathname === '/health') {
        sendJson(response, 200, { status: 'ok' });
      } else {
        sendJson(response, 404, { error: `Not found: the API is at ${GRAPHQL_PATH}` });
      }
    };

    const port = (httpServer.address() as AddressInfo).port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const ready = database;
    return {
      url: `http://${host}:${port}${GRAPHQL_PATH}`,
      port,
      database: ready,
      eventFeed: services.eventFeed,
      async stop() {
        await subscriptions.close();
        await services.eventFeed.stop();
        await apollo.stop();
        if (!options.database) await ready.close();
      },
    };
  } catch (error) {
    httpServer.close();
    if (database && !options.database) await database.close();
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
