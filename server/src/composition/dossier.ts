import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { Config } from '../config/config';
import type { Context, Repositories, Services } from '../context/context';
import { createLoaders } from './loaders';
import { withOperationDeadline } from '../context/operation-signal';
import { writingAs } from '../context/write-author';
import { createRepositories, createServices, prepareDatabase } from './services';
import type { Database } from '../db/database';
import { DatabaseHealth, type DatabaseHealthOptions } from '../db/database-health';
import { createErrorFormatter } from '../errors/format-error';
import type { EventChangeFeedOptions } from '../events/event-change-feed';
import { ClientBudgetKeeper } from '../limits/client-budgets';
import { OperationGuard } from '../limits/operation-guard';
import { buildDossierSchema } from '../schema/build-schema';
import { clientOf } from '../http/client-identity';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';

export interface CompositionOptions {
  /** Load the curated seeds when the database has no articles yet. */
  readonly seedIfEmpty: boolean;
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
  readonly feed?: EventChangeFeedOptions | undefined;
  readonly health?: DatabaseHealthOptions | undefined;
}

/** Everything a server instance is made of, whatever the transport. */
export interface Dossier {
  readonly repositories: Repositories;
  readonly services: Services;
  readonly schema: GraphQLSchema;
  readonly health: DatabaseHealth;
  readonly guard: OperationGuard;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** The context of one operation. */
  contextFor(viewer: Viewer, address: string, options?: { cacheLoads?: boolean }): Context;
  /**
   * Runs one operation within the configured deadline, stopped early if the database goes
   * away; its writes are recorded as made by the context's API key (see `context/write-author.ts`).
   */
  run<T>(task: () => Promise<T>, context: Context): Promise<T>;
  /** Starts the background work (change feed, health checks). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Prepares the database (indexes, seeds) and builds the services, schema and guards on it. */
export async function composeDossier(database: Database, config: Config, options: CompositionOptions): Promise<Dossier> {
  const repositories = createRepositories(database);
  await prepareDatabase(database, repositories);
  if (options.seedIfEmpty && (await repositories.articles.count()) === 0) {
    // Loaded only to seed: the seed loader reads pages with the ingestion's date libraries.
    const { seedDatabase } = await import('../seeding/seed-loader.js');
    const counts = await seedDatabase(repositories);
    options.logger.info(counts, 'loaded the seeds');
  }
  const services = createServices(repositories, { feed: options.feed, logger: options.logger, metrics: options.metrics });
  const schema = await buildDossierSchema();
  const health = new DatabaseHealth(database.db, options.logger, options.health, database.process);
  const guard = new OperationGuard(config.limits, new ClientBudgetKeeper(config.budgets), health, { introspection: config.playground });
  return {
    repositories,
    services,
    schema,
    health,
    guard,
    formatError: createErrorFormatter({ hideSuggestions: !config.playground, logError: (message, error) => options.logger.error({ err: error }, message) }),
    contextFor: (viewer, address, { cacheLoads = true } = {}) => ({
      viewer,
      client: clientOf(viewer, address),
      services,
      loaders: createLoaders(repositories, { cache: cacheLoads }),
    }),
    run: (task, { viewer }) => withOperationDeadline(config.operationTimeoutMs, health.signal, () => writingAs(viewer.keyName ?? 'anonymous', task)),
    async start() {
      health.start();
      await services.eventFeed.start();
      services.recordFeed.start();
    },
    async stop() {
      health.stop();
      await services.eventFeed.stop();
      services.recordFeed.stop();
    },
  };
}
