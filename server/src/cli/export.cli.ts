import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exportChanges, exportRecords } from '../db/records-file';
import { openConfiguredDatabase, progressLine, summary } from './transfer';

const USAGE = `Usage: npm run export -- [--out <file>] [--since <cursor>]

Writes every record of the configured database (MONGODB_URI, or the embedded one in
DOSSIER_DATA_DIR) as NDJSON: a header line, one line per record, and a closing line with
the counts and a cursor. With --since, writes instead the changes after a cursor of the
change feed (the closing line's \`changes\` cursor, or a \`changes\` query's), one line per
change with its revision and the record as it stands now, and a closing line with the
cursor to give next time. Stop a server running on the embedded database first.

  --out <file>       write to this file instead of standard output
  --since <cursor>   the changes after this cursor, not every record
  --help             this text`;

/** `npm run export`: streams every record to standard output or a file. */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, since: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const out = values.out ? path.resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : undefined;
  const database = await openConfiguredDatabase();
  const line = progressLine('Exporting');
  try {
    const output = out ? fs.createWriteStream(out) : process.stdout;
    if (values.since !== undefined) {
      const changes = await exportChanges(database.db, output, values.since, { shared: !database.exclusive });
      console.error(`Exported ${changes.count} changes${out ? ` to ${out}` : ''}; the next export starts after ${changes.cursor ?? 'the first change'}`);
      return;
    }
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
