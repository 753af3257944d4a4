import 'reflect-metadata';

export { startDossier, StartupError, GRAPHQL_PATH, type DossierServer, type StartOptions } from './app';
export { loadConfig, ConfigError, DEVELOPMENT_API_KEYS, type Config } from './config/config';
export { openDatabase, type Database } from './db/database';
export { createLogger, type Logger, type LogLevel } from './logging/logger';
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
export { readPage, type PageInput, type PageReading } from './ingestion/read-page';
export { knownEventsOf } from './ingestion/publication-date';
export type { KnownActor, IngestionKnowledge } from './ingestion/knowledge';
export { findMentions, MentionKind } from './actors/mention-finder';
export { codeArticle, type CodingInput, type CodedArticle, type EventProposal, type MeasureProposal, type ProposedParticipant } from './coding/coder';
export { ProposalMode } from './coding/modality';
export type { PloverType } from './coding/lexicon';
export type { PartialDateValue } from './dates/partial-date';
export { ErrorCode } from './errors/errors';
