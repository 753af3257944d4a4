import { loadConfig } from '../config/config';
import { openDatabase, type Database } from '../db/database';
import type { TransferProgress } from '../db/records-file';
import { createLogger } from '../logging/logger';

/** Opens the configured database (MONGODB_URI, or the embedded one in DOSSIER_DATA_DIR) for reading or writing records directly. */
export async function openConfiguredDatabase(): Promise<Database> {
  const config = loadConfig();
  return openDatabase({
    mongodbUri: config.mongodbUri,
    databaseName: config.databaseName,
    dataDir: config.dataDir,
    // Records stream through; a snapshot would hold them all.
    snapshot: false,
    logger: createLogger({ level: config.logLevel, format: config.logFormat, development: config.environment === 'development' }),
  });
}

/**
 * A progress line on standard error while it is a terminal (standard output may carry the
 * export itself); elsewhere nothing until `summary`.
 */
export function progressLine(verb: string): { progress: TransferProgress; finish(): void } {
  const tty = process.stderr.isTTY;
  let shown = false;
  return {
    progress(collection, done, total) {
      if (!tty) return;
      const width = 24;
      const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : width;
      process.stderr.write(`\r\x1b[K${verb} ${collection} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      shown = true;
    },
    finish() {
      if (shown) process.stderr.write('\r\x1b[K');
    },
  };
}

/** One line per collection: how many records went through. */
export function summary(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([name, count]) => `  ${name}: ${count}`)
    .join('\n');
}
