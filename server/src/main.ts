import 'reflect-metadata';
import v8 from 'node:v8';
import { startDossier, StartupError } from './app';
import { ConfigError, DEVELOPMENT_API_KEYS, loadConfig } from './config/config';
import { EmbeddedDatabaseError } from './db/embedded-ferretdb';

// Most of this process's heap is the snapshot, which lives as long as the process. V8 lets a
// growing heap reach up to twice its live size before collecting; a quarter keeps the
// server at 10,000 events near 330 MB instead of 400 at the cost of more frequent full
// collections while it loads (about a second at that size).
v8.setFlagsFromString('--heap-growing-percent=25');

async function main(): Promise<void> {
  const config = loadConfig();
  const server = await startDossier(config, { log: (line) => console.log(line) });
  console.log(`Dossier GraphQL API ready at ${server.url}`);
  console.log(`Database: ${server.database.description}`);
  if (!process.env.DOSSIER_API_KEYS) {
    console.log(`Development API keys (set DOSSIER_API_KEYS to replace them): ${DEVELOPMENT_API_KEYS}`);
  }
  const shutdown = (signal: string) => {
    console.log(`${signal}: shutting down`);
    // Operations are stopped at their deadline and sockets closed after a grace period; if
    // shutting down still hangs, the embedded database is not left running without its owner.
    const graceMs = config.operationTimeoutMs + 10_000;
    setTimeout(() => {
      console.error(`Shutdown took longer than ${graceMs / 1000} s: stopping the database and exiting.`);
      server.database.abandon();
      process.exit(1);
    }, graceMs).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError || error instanceof StartupError) {
    console.error(`Dossier could not start: ${error.message}`);
  } else {
    console.error('Dossier could not start:', error);
  }
  process.exit(1);
});
