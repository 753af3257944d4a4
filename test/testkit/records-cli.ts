import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestDatabase } from './test-server';

const SERVER_DIST = path.resolve(__dirname, '../../../server/dist/cli');

/**
 * Runs the program behind `npm run export` or `npm run import` on the test database, with
 * the database closed meanwhile (the embedded one has a single owner).
 */
export async function runCli(
  program: 'export' | 'import',
  args: readonly string[],
  testDatabase: TestDatabase,
): Promise<{ status: number | null; stderr: string }> {
  const { MONGODB_URI, ...inherited } = process.env;
  const where = MONGODB_URI ? { MONGODB_URI } : { DOSSIER_DATA_DIR: testDatabase.dataDir };
  const env = { ...inherited, ...where, DOSSIER_DB_NAME: testDatabase.database.db.databaseName };
  let outcome = { status: null as number | null, stderr: '' };
  await testDatabase.reopen(() => {
    const run = spawnSync(process.execPath, [path.join(SERVER_DIST, `${program}.cli.js`), ...args], { env, encoding: 'utf8' });
    outcome = { status: run.status, stderr: run.stderr };
  });
  return outcome;
}

/** An export without its header's time, which is all that may differ between two exports of one state. */
export function withoutTime(file: string): string {
  const [header, ...rest] = fs.readFileSync(file, 'utf8').split('\n');
  const { exportedAt, ...timeless } = JSON.parse(header!) as { exportedAt: string };
  assert.match(exportedAt, /^\d{4}-\d\d-\d\dT/);
  return [JSON.stringify(timeless), ...rest].join('\n');
}
