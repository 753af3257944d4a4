import 'reflect-metadata';
import v8 from 'node:v8';
import { startDossier, StartupError } from './app';
import { ConfigError, DEVELOPMENT_API_KEYS, loadConfig } from './config/config';
import { EmbeddedDatabaseError } from './db/embedded-ferretdb';
import { createLogger } from './logging/logger';

// Most of this process's heap is the snapshot, which lives as long as the process. V8 lets a
// growing heap reach up to twice its live size before collecting; a quarter keeps the
// server at 10,000 events near 330 MB instead of 400 at the cost of more frequent full
// collections while it loads (about a second at that size).
v8.setFlagsFromString('--heap-growing-percent=25');

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel, format: config.logFormat, development: config.environment === 'development' });
  const server = await startDossier(config, { logger });
  logger.info({ url: server.url, storage: server.database.description }, `Dossier GraphQL API ready at ${server.url}`);
  if (!process.env.DOSSIER_API_KEYS) {
    logger.info(`Development API keys (set DOSSIER_API_KEYS to replace them): ${DEVELOPMENT_API_KEYS}`);
  }
  const shutdown = (signal: string) => {
    logger.info({ signal }, `${signal}: shutting down`);
    // Operations are stopped at their deadline and sockets closed after a grace period; if
    // shutting down still hangs, the embedded database is not left running without its owner.
    const graceMs = config.operationTimeoutMs + 10_000;
    setTimeout(() => {
      logger.error(`Shutdown took longer than ${graceMs / 1000} s: stopping the database and exiting.`);
      server.database.abandon();
      process.exit(1);
    }, graceMs).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

// A start-up failure is one line on standard error, not a log record: a person reads it.
main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError || error instanceof StartupError) {
    console.error(`Dossier could not start: ${error.message}`);
  } else {
    console.error('Dossier could not start:', error);
  }
  process.exit(1);
});
