import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { openPreparedDatabase } from '../composition/services';
import { createLogger } from '../logging/logger';
import { seedDatabase } from '../seeding/seed-loader';

/** `npm run seed`: reloads the curated seeds into the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const { database, repositories } = await openPreparedDatabase(
    config,
    createLogger({ level: config.logLevel, format: config.logFormat, development: config.environment === 'development' }),
  );
  try {
    const counts = await seedDatabase(repositories);
    console.log(`Seeded ${database.description}: ${counts.articles} articles, ${counts.actors} actors, ${counts.events} events, ${counts.measures} measures.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
