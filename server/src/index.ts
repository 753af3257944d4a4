import 'reflect-metadata';

export { startDossier, StartupError, GRAPHQL_PATH, type DossierServer, type StartOptions } from './app';
export { loadConfig, ConfigError, DEVELOPMENT_API_KEYS, type Config } from './config/config';
export { openDatabase, type Database } from './db/database';
export {
  startEmbeddedDatabase,
  runningServerOf,
  ensureFerretdbBinary,
  freeLoopbackPort,
  EmbeddedDatabaseError,
  FERRETDB_VERSION,
  type EmbeddedDatabase,
} from './db/embedded-ferretdb';
export { buildSeedDocuments, seedDatabase } from './seeding/seed-loader';
export { readSeeds, curatedBody, SEEDS_DIR, type SeedSet } from './seeding/seed-files';
export { schemaText, SCHEMA_FILE } from './schema/emit-schema.cli';
export { createRepositories, prepareDatabase } from './composition/services';
export { EventChangeFeed, SubscriberTooSlow, DEFAULT_FEED_OPTIONS, type EventChangeFeedOptions } from './events/event-change-feed';
export { eventPredicate } from './events/event.filter';
export { EVENT_FEED_COMMENT } from './events/event-change-log';
export { cleanPage } from './ingestion/page-cleaner';
export { datePublication, knownEventsOf } from './ingestion/publication-date';
export { findMentions } from './actors/mention-finder';
