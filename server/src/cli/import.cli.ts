import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createRepositories, prepareDatabase } from '../composition/services';
import { importRecords } from '../db/records-file';
import { openConfiguredDatabase, progressLine, summary } from './transfer';

const USAGE = `Usage: npm run import -- <file>

Loads a file written by \`npm run export\` into the configured database (MONGODB_URI, or the
embedded one in DOSSIER_DATA_DIR), which must hold no records. The whole file is checked
before anything is written. Stop a server running on the embedded database first.

  --help   this text`;

/** `npm run import -- <file>`: loads an export into an empty database, then prepares it as a server start does. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { help: { type: 'boolean' } }, allowPositionals: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    process.exit(2);
  }
  const database = await openConfiguredDatabase();
  const line = progressLine('Importing');
  try {
    const end = await importRecords(database.db, file, { progress: line.progress });
    line.finish();
    // Indexes and derived state, as a server start makes them; one collection at a time, so
    // that no read of the start-up waits behind another collection's scan on FerretDB.
    await prepareDatabase(database, createRepositories(database), { oneAtATime: true });
    const total = Object.values(end.counts).reduce((sum, count) => sum + count, 0);
    console.error(`Imported ${total} records from ${file}:\n${summary(end.counts)}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
