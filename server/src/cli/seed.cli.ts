import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createRepositories, prepareDatabase } from '../composition/services';
import { openDatabase } from '../db/database';
import { seedDatabase } from '../seeding/seed-loader';

/** `npm run seed`: reloads the curated seeds into the configured database. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    mongodbUri: config.mongodbUri,
    databaseName: config.databaseName,
    dataDir: config.dataDir,
    snapshot: config.snapshot,
    log: (line) => console.log(line),
  });
  try {
    const repositories = createRepositories(database);
    await prepareDatabase(repositories);
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
