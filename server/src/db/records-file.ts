import fs from 'node:fs';
import readline from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BSON, type Db, type Document } from 'mongodb';
import { AMENDMENTS, PendingAmendments, type AmendmentDocument } from './amendments';
import { SERVERS } from './attached-servers';
import { encodeCursor } from '../pagination/cursor';
import { feedPosition, REVISIONS_COLLECTION } from './revision-log';

/**
 * The export file: every stored record as NDJSON, one collection after another in name
 * order, each in `_id` order, so that one database's export is always the same text.
 *
 *   {"format":"dossier-records","version":1,"exportedAt":"…","collections":["actors",…]}
 *   {"collection":"actors","record":{…}}            one line per record
 *   {"end":true,"counts":{"actors":12,…},"cursor":{"changeNumber":40,"updatedAt":"…","changes":"…"}}
 *
 * Records are canonical Extended JSON, so every BSON type (dates, 32-bit integers and
 * doubles alike) comes back exactly as it was stored.
 */
export const RECORDS_FORMAT = 'dossier-records';
/** The format of an export of the changes since a cursor (`npm run export -- --since`). */
export const CHANGES_FORMAT = 'dossier-changes';
export const RECORDS_VERSION = 1;

/**
 * Collections that hold no records: change number claims of events and revisions
 * (numbering continues above the highest `changeSeq` of the events and `seq` of the
 * revisions, see `ChangeNumbers.prepare`), the wake-up notices of
 * the subscription feed, and settings (the key that signs subscription cursors is a secret
 * of one database; the imported one makes its own), the servers reading the database, and
 * amendments (each record is written with its amendments applied).
 */
const NOT_RECORDS = new Set(['change_numbers', 'event_notices', 'revision_numbers', 'settings', SERVERS, AMENDMENTS]);

/** Records written to the database per insert. */
const BATCH = 500;
/** Records read from the database per round trip: fewer than written, as a batch of articles and its decoded copy are the export's peak of memory. */
const READ_BATCH = 100;

export interface RecordsHeader {
  readonly format: typeof RECORDS_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly collections: readonly string[];
}

/** Where an export ends: the latest change a client holding it has seen. */
export interface RecordsCursor {
  /** The highest change number of the events (0 when none has one). */
  readonly changeNumber: number;
  /** The latest `updatedAt` of any record, or null for an empty database. */
  readonly updatedAt: string | null;
  /** The `changes` feed's cursor of the latest revision (read on from it to follow later changes), or null when none is held. */
  readonly changes: string | null;
}

export interface RecordsEnd {
  readonly end: true;
  readonly counts: Record<string, number>;
  readonly cursor: RecordsCursor;
}

/** Told of each record written or read, per collection; `total` is an estimate when exporting. */
export type TransferProgress = (collection: string, done: number, total: number) => void;

/** The collections holding records, in export order. */
export async function recordCollections(db: Db): Promise<string[]> {
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  return collections
    .map((collection) => collection.name)
    .filter((name) => !name.startsWith('system.') && !NOT_RECORDS.has(name))
    .sort();
}

const toLine = (value: unknown): string => `${BSON.EJSON.stringify(value, { relaxed: false })}\n`;

/** Writes every record of `db` to `output`, reading one batch at a time and waiting while `output` is full. */
export async function exportRecords(db: Db, output: Writable, options: { progress?: TransferProgress; now?: Date } = {}): Promise<RecordsEnd> {
  const collections = await recordCollections(db);
  const counts: Record<string, number> = {};
  let changeNumber = 0;
  let updatedAt: Date | null = null;
  let latestRevision: { seq: number; key: string } | undefined;
  const closing = (): RecordsEnd => ({
    end: true,
    counts,
    cursor: {
      changeNumber,
      updatedAt: updatedAt?.toISOString() ?? null,
      changes: latestRevision ? encodeCursor({ value: String(latestRevision.seq), key: latestRevision.key }) : null,
    },
  });

  async function* lines(): AsyncGenerator<string> {
    const header: RecordsHeader = {
      format: RECORDS_FORMAT,
      version: RECORDS_VERSION,
      exportedAt: (options.now ?? new Date()).toISOString(),
      collections,
    };
    yield `${JSON.stringify(header)}\n`;
    for (const name of collections) {
      const collection = db.collection(name);
      const total = await collection.estimatedDocumentCount();
      let done = 0;
      // Numbers stay wrapped in their BSON types, so that an integer-valued double is written as a double.
      const cursor = collection.find({}, { sort: { _id: 1 }, batchSize: READ_BATCH, promoteValues: false });
      // Records are written as they stand, with their amendments (see `Repository.amend`).
      const pending = new PendingAmendments(await db.collection<AmendmentDocument>(AMENDMENTS).find({ collection: name }, { promoteValues: false }).toArray());
      for await (const stored of cursor) {
        const record = pending.apply(stored);
        yield toLine({ collection: name, record });
        done += 1;
        const seq = record.changeSeq as { valueOf(): unknown } | undefined;
        if (seq !== undefined && Number(seq.valueOf()) > changeNumber) changeNumber = Number(seq.valueOf());
        const revisionSeq = name === REVISIONS_COLLECTION ? Number((record.seq as { valueOf(): unknown }).valueOf()) : undefined;
        if (revisionSeq !== undefined && revisionSeq > (latestRevision?.seq ?? 0)) latestRevision = { seq: revisionSeq, key: String(record._id) };
        if (record.updatedAt instanceof Date && (updatedAt === null || record.updatedAt > updatedAt)) updatedAt = record.updatedAt;
        if (done % BATCH === 0) options.progress?.(name, done, total);
      }
      counts[name] = done;
      options.progress?.(name, done, Math.max(done, total));
    }
    yield `${JSON.stringify(closing())}\n`;
  }

  await pipeline(Readable.from(lines()), output, { end: output !== process.stdout });
  return closing();
}

/** The closing line of an export of changes: how many, and the cursor to export the next ones from. */
export interface ChangesEnd {
  readonly end: true;
  readonly count: number;
  readonly cursor: string | null;
}

/**
 * On a database other servers write to, revisions younger than this may still have an
 * earlier-numbered one being written: they wait for the next export.
 */
const SETTLE_MS = 2_000;

/**
 * Writes the changes after `since` (a cursor of the change feed, as the `changes` query and
 * the closing line of an export give), oldest first: a header line, one line per change with
 * its revision and the record as it stands now (null when it is gone), and a closing line with
 * the count and the cursor to export the next changes from.
 */
export async function exportChanges(db: Db, output: Writable, since: string, options: { now?: Date; shared?: boolean } = {}): Promise<ChangesEnd> {
  const position = feedPosition(since, 'since');
  const now = options.now ?? new Date();
  const settled = options.shared ? now.getTime() - SETTLE_MS : Number.POSITIVE_INFINITY;
  let count = 0;
  let cursor: string | null = since;
  const amendments = new Map<string, PendingAmendments>();
  const pendingOf = async (collection: string) => {
    let pending = amendments.get(collection);
    if (!pending) {
      pending = new PendingAmendments(await db.collection<AmendmentDocument>(AMENDMENTS).find({ collection }, { promoteValues: false }).toArray());
      amendments.set(collection, pending);
    }
    return pending;
  };

  async function* lines(): AsyncGenerator<string> {
    yield `${JSON.stringify({ format: CHANGES_FORMAT, version: RECORDS_VERSION, exportedAt: now.toISOString(), since })}\n`;
    const revisions = db
      .collection(REVISIONS_COLLECTION)
      .find({ seq: { $gt: position.value } }, { sort: { seq: 1 }, batchSize: READ_BATCH, promoteValues: false });
    let batch: Document[] = [];
    const flush = async function* (): AsyncGenerator<string> {
      const records = new Map<string, Document>();
      for (const collection of new Set(batch.map((revision) => String(revision.collection)))) {
        const keys = batch.filter((revision) => revision.collection === collection).map((revision) => String(revision.recordKey));
        const pending = await pendingOf(collection);
        for (const record of await db
          .collection(collection)
          .find({ _id: { $in: [...new Set(keys)] } as never }, { promoteValues: false })
          .toArray()) {
          records.set(`${collection}/${String(record._id)}`, pending.apply(record));
        }
      }
      for (const revision of batch) {
        yield toLine({ revision, record: records.get(`${String(revision.collection)}/${String(revision.recordKey)}`) ?? null });
        count += 1;
        cursor = encodeCursor({ value: String(Number((revision.seq as { valueOf(): unknown }).valueOf())), key: String(revision._id) });
      }
      batch = [];
    };
    for await (const revision of revisions) {
      if (revision.at instanceof Date && revision.at.getTime() > settled) break;
      batch.push(revision);
      if (batch.length >= READ_BATCH) yield* flush();
    }
    yield* flush();
    yield `${JSON.stringify({ end: true, count, cursor } satisfies ChangesEnd)}\n`;
  }

  await pipeline(Readable.from(lines()), output, { end: output !== process.stdout });
  return { end: true, count, cursor };
}

/** An export file that cannot be loaded, or a database it cannot be loaded into; nothing was written. */
export class ImportRefused extends Error {}

/** One record line of the file, decoded. */
interface RecordLine {
  readonly collection: string;
  readonly record: Document;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The lines of `file`, each decoded: the header and the closing line as plain JSON, records as canonical Extended JSON. */
async function* linesOf(file: string): AsyncGenerator<{ number: number; value: unknown }> {
  const input = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const text of input) {
    number += 1;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
      if (isObject(value) && isObject(value.record)) value = { ...value, record: BSON.EJSON.deserialize(value.record, { relaxed: false }) };
    } catch {
      throw new ImportRefused(`${file}:${number} is not a JSON line`);
    }
    yield { number, value };
  }
}

/**
 * Reads the whole file once before anything is written: its header, that every line is a
 * record of a listed collection with an `_id`, and that the closing line's counts match
 * (a truncated file has none).
 */
export async function checkRecordsFile(file: string): Promise<{ header: RecordsHeader; end: RecordsEnd }> {
  let header: RecordsHeader | undefined;
  let end: RecordsEnd | undefined;
  const counts: Record<string, number> = {};
  for await (const { number, value } of linesOf(file)) {
    const where = `${file}:${number}`;
    if (!header) {
      if (!isObject(value) || value.format !== RECORDS_FORMAT)
        throw new ImportRefused(`${file} is not a Dossier export (its first line has no "format":"${RECORDS_FORMAT}")`);
      if (value.version !== RECORDS_VERSION)
        throw new ImportRefused(`${file} is an export of version ${String(value.version)}; this version of Dossier reads version ${RECORDS_VERSION}`);
      header = value as unknown as RecordsHeader;
      for (const name of header.collections) counts[name] = 0;
      continue;
    }
    if (end) throw new ImportRefused(`${where} follows the closing line`);
    if (isObject(value) && value.end === true) {
      end = value as unknown as RecordsEnd;
      continue;
    }
    if (!isObject(value) || typeof value.collection !== 'string' || !isObject(value.record) || value.record._id === undefined) {
      throw new ImportRefused(`${where} is not a record line ({"collection":…,"record":{"_id":…}})`);
    }
    if (!(value.collection in counts)) throw new ImportRefused(`${where} names the collection "${value.collection}", which the header does not list`);
    counts[value.collection]! += 1;
  }
  if (!header) throw new ImportRefused(`${file} is empty`);
  if (!end) throw new ImportRefused(`${file} has no closing line: the export is incomplete`);
  for (const [name, count] of Object.entries(counts)) {
    if (end.counts[name] !== count) throw new ImportRefused(`${file} holds ${count} ${name} records where its closing line counts ${end.counts[name] ?? 0}`);
  }
  return { header, end };
}

/** Refuses a database that holds any record in a collection the export fills. */
export async function ensureEmpty(db: Db, collections: readonly string[]): Promise<void> {
  for (const name of collections) {
    if (await db.collection(name).findOne({}, { projection: { _id: 1 } })) {
      throw new ImportRefused(`The database is not empty: the "${name}" collection holds records (import only into an empty database)`);
    }
  }
}

/** Loads a checked export into an empty database, `BATCH` records per insert. */
export async function importRecords(db: Db, file: string, options: { progress?: TransferProgress } = {}): Promise<RecordsEnd> {
  const { header, end } = await checkRecordsFile(file);
  await ensureEmpty(db, header.collections);
  let batch: Document[] = [];
  let batchCollection: string | undefined;
  let done = 0;
  const flush = async () => {
    if (batchCollection === undefined || batch.length === 0) return;
    await db.collection(batchCollection).insertMany(batch, { ordered: true });
    done += batch.length;
    options.progress?.(batchCollection, done, end.counts[batchCollection] ?? done);
    batch = [];
  };
  for await (const { value } of linesOf(file)) {
    if (!isObject(value) || typeof value.collection !== 'string') continue; // the header and the closing line
    const line = value as unknown as RecordLine;
    if (line.collection !== batchCollection) {
      await flush();
      batchCollection = line.collection;
      done = 0;
    }
    batch.push(line.record);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return end;
}
