import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/**
 * The snapshot's records, written to the data folder when the process that owns the
 * embedded database closes it cleanly, so that the next start reads one file per collection
 * instead of having FerretDB decode every stored document (most of the start-up time).
 *
 * A checkpoint is trusted only while the database files are byte for byte as they were
 * when it was sealed (the name, size and modification time of each SQLite file, taken with
 * FerretDB stopped), and it is removed as soon as it is read: a crash, a write by another
 * process or a restored backup all leave a database that is read in full.
 */
const CHECKPOINT_DIR = 'snapshot';
const SEAL_FILE = 'seal.json';
const FORMAT = 1;

interface Seal {
  readonly format: number;
  /** The database files when the checkpoint was sealed. */
  readonly files: string;
  readonly collections: readonly string[];
}

/** The names, sizes and modification times of the files holding the database. */
export function databaseFilesOf(sqliteDir: string): string {
  return fs
    .readdirSync(sqliteDir)
    .sort()
    .map((name) => {
      const stat = fs.statSync(path.join(sqliteDir, name));
      return `${name}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}

/** The records of one collection, decoded when asked for (one collection at a time keeps the peak of memory low). */
export type CheckpointedRecords = () => unknown[];

/**
 * The records of each collection from the checkpoint in `dataDir`, when one was sealed over
 * exactly these database files; the checkpoint is removed either way.
 */
export function takeCheckpoint(dataDir: string, files: string): Map<string, CheckpointedRecords> | undefined {
  const dir = path.join(dataDir, CHECKPOINT_DIR);
  let seal: Seal | undefined;
  try {
    seal = JSON.parse(fs.readFileSync(path.join(dir, SEAL_FILE), 'utf8')) as Seal;
  } catch {
    seal = undefined;
  }
  if (!seal || seal.format !== FORMAT || seal.files !== files) {
    fs.rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
  // Without its seal the checkpoint is void: each collection's file is read, then removed, as it is loaded.
  fs.rmSync(path.join(dir, SEAL_FILE));
  return new Map(
    seal.collections.map((name) => {
      const file = path.join(dir, `${name}.v8`);
      return [
        name,
        () => {
          const records = v8.deserialize(fs.readFileSync(file)) as unknown[];
          fs.rmSync(file, { force: true });
          return records;
        },
      ];
    }),
  );
}

/** Writes the records of each collection; they count only once `sealCheckpoint` vouches for them. */
export function writeCheckpoint(dataDir: string, collections: ReadonlyMap<string, readonly unknown[]>): void {
  const dir = path.join(dataDir, CHECKPOINT_DIR);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, records] of collections) fs.writeFileSync(path.join(dir, `${name}.v8`), v8.serialize(records));
}

/** Seals the written checkpoint over the database files as they are now (with the database stopped). */
export function sealCheckpoint(dataDir: string, files: string, collections: readonly string[]): void {
  const seal: Seal = { format: FORMAT, files, collections };
  fs.writeFileSync(path.join(dataDir, CHECKPOINT_DIR, SEAL_FILE), JSON.stringify(seal));
}
