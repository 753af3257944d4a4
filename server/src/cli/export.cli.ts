import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportRecords } from '../db/records-file';
import { openConfiguredDatabase, progressLine, summary } from './transfer';

const USAGE = `Usage: npm run export -- [--out <file>]

Writes every record of the configured database (MONGODB_URI, or the embedded one in
DOSSIER_DATA_DIR) as NDJSON: a header line, one line per record, and a closing line with
the counts and a cursor. Stop a server running on the embedded database first.

  --out <file>   write to this file instead of standard output
  --help         this text`;

/** `npm run export`: streams every record to standard output or a file. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const out = values.out ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : undefined;
  const database = await openConfiguredDatabase();
  const line = progressLine('Exporting');
  try {
    const output = out ? fs.createWriteStream(out) : process.stdout;
    const end = await exportRecords(database.db, output, { progress: line.progress });
    line.finish();
    const total = Object.values(end.counts).reduce((sum, count) => sum + count, 0);
    console.error(`Exported ${total} records${out ? ` to ${out}` : ''}:\n${summary(end.counts)}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
