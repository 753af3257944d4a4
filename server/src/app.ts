import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CommandFailedEvent, CommandSucceededEvent } from 'mongodb';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { viewerFor, viewerForKey } from './auth/request-viewer';
import { composeDossier } from './composition/dossier';
import type { Config } from './config/config';
import type { Context } from './context/context';
import { openDatabase, type Database } from './db/database';
import type { DatabaseHealthOptions } from './db/database-health';
import type { EventChangeFeed, EventChangeFeedOptions } from './events/event-change-feed';
import { guardedOverHttp, subscriptionsOverWebSocketOnly } from './http/apollo-plugins';
import { addressOf } from './http/client-identity';
import { graphqlHandler } from './http/graphql-handler';
import { OriginPolicy } from './http/origins';
import { requestListener, sendError, type Route } from './http/routes';
import { serveSubscriptions } from './http/subscriptions';
import { OperationReports } from './http/operation-reports';
import { createLogger, type Logger } from './logging/logger';
import { serveMetrics } from './http/metrics-route';
import { Metrics } from './metrics/metrics';
import { Playground, wantsPage } from './playground/playground';

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
  /** Where the server's log lines go (default: JSON lines on standard output, at the configured level). */
  readonly logger?: Logger;
  /** Timings and limits of event subscriptions (defaults: `DEFAULT_FEED_OPTIONS`). */
  readonly feed?: EventChangeFeedOptions;
  /** How often and how patiently the database is pinged (defaults: `DEFAULT_HEALTH_OPTIONS`). */
  readonly health?: DatabaseHealthOptions;
}

/** A failure the user can fix; its message is one line saying how. */
export class StartupError extends Error {}

/** Takes the port, opens and prepares the database, and serves the API until `stop()`. */
export async function startDossier(config: Config, options: StartOptions = {}): Promise<DossierServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, format: config.logFormat, development: config.environment === 'development' });
  const logError = (message: string, error: unknown) => logger.error({ err: error }, message);
  // The port first: a taken port is reported before a database is started for nothing.
  const httpServer = http.createServer();
  let handleRequest: http.RequestListener = (_request, response) => sendError(response, 503, 'SERVICE_UNAVAILABLE', 'Dossier is starting');
  httpServer.on('request', (request, response) => handleRequest(request, response));
  await listen(httpServer, config.host, config.port);

  let database: Database | undefined = options.database;
  let stopMetrics = () => {};
  try {
    database ??= await openDatabase({
      mongodbUri: config.mongodbUri,
      databaseName: config.databaseName,
      dataDir: config.dataDir,
      snapshot: config.snapshot,
      logger,
    });
    const metrics = new Metrics();
    const dossier = await composeDossier(database, config, {
      seedIfEmpty: options.seedIfEmpty ?? true,
      logger,
      metrics,
      feed: options.feed,
      health: options.health,
    });
    const reports = new OperationReports(logger);
    reports.onFinish((outcome) => metrics.observeOperation(outcome));
    metrics.followChangeFeed({
      get seen() {
        return dossier.services.eventFeed.seenChangeSeq;
      },
      stored: () => dossier.services.eventFeed.latestStoredChangeSeq(),
    });
    await dossier.start();
    // Timed once started: the driver builds its command events only while someone listens, and
    // for the start-up read of every record that costs about a second at 10,000 events.
    const stopCommandMetrics = observeDatabaseCommands(database, metrics);
    stopMetrics = stopCommandMetrics;
    const origins = new OriginPolicy(config.allowedOrigins);
    const subscriptions = serveSubscriptions(httpServer, GRAPHQL_PATH, {
      schema: dossier.schema,
      apiKeys: config.apiKeys,
      guard: dossier.guard,
      origins,
      trustProxy: config.trustProxy,
      maxSubscriptionsPerSocket: config.maxSubscriptionsPerSocket,
      maxSocketsPerClient: config.maxSocketsPerClient,
      // A subscription's context lives as long as it does: no cached loads, which would go stale.
      contextFor: (apiKey, address) => dossier.contextFor(viewerForKey(apiKey, config.apiKeys), address, { cacheLoads: false }),
      run: dossier.run,
      formatError: dossier.formatError,
      reports,
      onSocketCount: (open) => metrics.setSockets(open),
      onSubscriptionCount: (running) => metrics.setSubscriptions(running),
    });

    const apollo = new ApolloServer<Context>({
      schema: dossier.schema,
      formatError: dossier.formatError,
      introspection: config.playground,
      includeStacktraceInErrorResponses: false,
      parseOptions: { maxTokens: config.limits.tokens },
      validationRules: [...dossier.guard.validationRules],
      // Shutdown is the caller's (main.ts): Apollo's own signal handling would re-raise the
      // signal once it stopped, killing the process before the database is stopped.
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.operationTimeoutMs + 1_000 }),
        ApolloServerPluginLandingPageDisabled(),
        // Before the guard, so a refused operation is reported with its name.
        reports.plugin,
        subscriptionsOverWebSocketOnly,
        guardedOverHttp(dossier.guard),
      ],
    });
    await apollo.start();

    let draining = false;
    const handleGraphql = graphqlHandler(apollo, {
      contextFor: (request) => dossier.contextFor(viewerFor(request, config.apiKeys), addressOf(request, config.trustProxy)),
      spendRequest: (context) => dossier.guard.spendRequest(context.client),
      run: dossier.run,
      reports,
    });
    const ready = async (_request: http.IncomingMessage, response: http.ServerResponse) => {
      if (draining) sendError(response, 503, 'SHUTTING_DOWN', 'Dossier is shutting down', { status: 'unavailable' });
      else if (!(await dossier.health.check())) sendError(response, 503, 'DATABASE_UNAVAILABLE', 'The database is not answering', { status: 'unavailable' });
      else response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ status: 'ready' }));
    };
    const playground = config.playground
      ? new Playground({ endpoint: GRAPHQL_PATH, schema: dossier.schema, editorKey: config.playgroundEditorKey })
      : undefined;
    const routes: Route[] = [
      {
        method: ['GET'],
        path: GRAPHQL_PATH,
        // A browser opening the endpoint is shown the playground (with a share link's operation).
        handle: (request, response, url) =>
          playground && wantsPage(request) ? void response.writeHead(302, { location: `/${url.search}` }).end() : handleGraphql(request, response),
      },
      { method: ['POST'], path: GRAPHQL_PATH, handle: handleGraphql },
      {
        method: ['GET', 'HEAD'],
        path: '/health/live',
        handle: (_request, response) =>
          void response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ status: 'live' })),
      },
      { method: ['GET', 'HEAD'], path: '/health/ready', handle: ready },
      { method: ['GET', 'HEAD'], path: '/health', handle: ready },
      { method: ['GET'], path: '/metrics', handle: serveMetrics(metrics, config.metricsToken) },
      ...(playground
        ? [
            // Not at the endpoint's URL: every POST there would evict the page from the browser's cache.
            { method: ['GET', 'HEAD'], path: '/', handle: (request, response) => playground.servePage(request, response) } satisfies Route,
            {
              method: ['GET', 'HEAD'],
              path: playground.isAsset,
              handle: (request, response, url) => playground.serveAsset(request, response, url.pathname),
            } satisfies Route,
          ]
        : []),
    ];
    handleRequest = requestListener(routes, origins, logError);

    const port = (httpServer.address() as AddressInfo).port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const opened = database;
    if (!options.database) opened.registerServer(`http://${host}:${port}${GRAPHQL_PATH}`);
    return {
      url: `http://${host}:${port}${GRAPHQL_PATH}`,
      port,
      database: opened,
      eventFeed: dossier.services.eventFeed,
      async stop() {
        draining = true;
        await subscriptions.close();
        await dossier.stop();
        await apollo.stop();
        stopCommandMetrics();
        if (!options.database) await opened.close();
      },
    };
  } catch (error) {
    stopMetrics();
    httpServer.close();
    if (database && !options.database) await database.close();
    throw error;
  }
}

function listen(server: http.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new StartupError(`Port ${port} on ${host} is already in use: stop the other server or set PORT to a free port.`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN')
        reject(new StartupError(`HOST=${host} is not an address of this machine: set HOST to one of its addresses (127.0.0.1, or 0.0.0.0 for all).`));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

/** Times every database command of this server's client; returns what stops it. */
function observeDatabaseCommands(database: Database, metrics: Metrics): () => void {
  const succeeded = (event: CommandSucceededEvent) => metrics.observeDatabaseCommand(event.commandName, 'ok', event.duration);
  const failed = (event: CommandFailedEvent) => metrics.observeDatabaseCommand(event.commandName, 'failed', event.duration);
  database.client.on('commandSucceeded', succeeded);
  database.client.on('commandFailed', failed);
  return () => {
    database.client.off('commandSucceeded', succeeded);
    database.client.off('commandFailed', failed);
  };
}
