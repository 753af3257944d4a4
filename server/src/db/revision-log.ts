import { AsyncLocalStorage } from 'node:async_hooks';
import { isDeepStrictEqual } from 'node:util';
import { MongoBulkWriteError, type Collection, type Document, type Filter } from 'mongodb';
import { operationSignal } from '../context/operation-signal';
import { writeAuthor } from '../context/write-author';
import { BadUserInputError } from '../errors/errors';
import { countByParent, pageOf, pageSize, type Connection, type PageArgs, type SortOrder } from '../pagination/connection';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { ChangeNumbers } from './change-numbers';
import { anyOf, toQuery } from './criteria';
import type { AttachedServers } from './attached-servers';
import type { Database } from './database';
import type { Logger } from '../logging/logger';
import { MemoryCollection, type Snapshot } from './memory-collection';

/** One field a write changed. */
export interface FieldChange {
  readonly field: string;
  /** The value before and after the write (null when absent); both null when `added` is given. */
  readonly before: unknown;
  readonly after: unknown;
  /** For a list that only grew at its end (a source attached): the items appended, instead of both whole lists. */
  readonly added?: readonly unknown[];
}

/** How a revision is stored in the `revisions` collection. */
export interface RevisionDocument extends Document {
  /** `<collection>/<record key>/<version>`: one revision per version, inserted once. */
  _id: string;
  /** The collection of the record (`actors`, `events`, …). */
  collection: string;
  recordKey: string;
  /** The record's version after the write. */
  version: number;
  /** Position in the change feed of every record (see `RevisionLog.changes`): increasing, each number once. */
  seq: number;
  at: Date;
  /** The API key's name, or the tool that wrote (see `context/write-author.ts`); never a key. */
  by: string;
  comment: string | null;
  /** Empty for the revision that created the record. */
  changes: FieldChange[];
}

export const REVISIONS_COLLECTION = 'revisions';
/** Claims of feed numbers, when several processes may write (see `ChangeNumbers`). */
export const REVISION_NUMBERS_COLLECTION = 'revision_numbers';

/** The revisions numbered inside `batchingRevisions`, waiting to be stored together. */
const batches = new AsyncLocalStorage<{ open: boolean; revisions: { log: RevisionLog; revision: RevisionDocument }[] }>();

/** The batch of the task running, if any: work the task started (a timer, a listener) may outlive it. */
const currentBatch = () => {
  const batch = batches.getStore();
  return batch?.open ? batch : undefined;
};

/**
 * Runs `task`, storing the revisions of its writes together when it ends (one insert per
 * log rather than one per write: most of the cost of coding an article that reports held
 * happenings again). Until then the feed stops short of them, as of any revision numbered
 * and not yet stored; a process dying meanwhile leaves those versions without revisions, as
 * one dying between a write and its revision does. A batch begun inside another is part of it.
 */
export async function batchingRevisions<T>(task: () => Promise<T>): Promise<T> {
  if (currentBatch()) return task();
  const batch = { open: true, revisions: [] as { log: RevisionLog; revision: RevisionDocument }[] };
  try {
    return await batches.run(batch, task);
  } finally {
    batch.open = false;
    const pending = batch.revisions;
    for (const log of new Set(pending.map((entry) => entry.log))) {
      await log.write(pending.filter((entry) => entry.log === log).map((entry) => entry.revision));
    }
  }
}

/** Marks the reads of servers following the feed, which no request causes. */
const FEED_COMMENT = 'dossier:record-feed';

/**
 * On a database other processes write to, a revision enters the feed this long after it was
 * made: another process may have taken an earlier number and not written its revision yet.
 */
const SETTLE_MS = 2_000;

const databases = new WeakMap<Database, RevisionLog>();

/** Fields no revision lists: the key, the bookkeeping every record has, and the search terms derived from its texts. */
const UNRECORDED = ['_id', 'version', 'createdAt', 'updatedAt', 'searchTerms'];

const VERSION_ORDER = { field: 'version' } as const;

/**
 * The history of every record: one revision per write, appended by the repository layer
 * (`Repository.insert` and `Repository.modify`) once the write of the record has succeeded.
 *
 * Revisions are only ever inserted, under a key made of the record and its version: an
 * insert is cheap on FerretDB and refused atomically when the key exists, where an update
 * would be applied non-atomically after a scan of the whole collection. There are no
 * transactions, so a process that dies between a record's write and its revision's leaves
 * that version without a revision: the record is the truth, and its history then skips a
 * version. A revision that cannot be written is logged, not reported to the client, whose
 * change was made: failing the write would invite it to make the change twice.
 *
 * With the in-memory snapshot (the embedded database), revisions are kept in memory like
 * every other collection, indexed by record key: a record's history is then a lookup, where
 * FerretDB would decode the whole collection for any filter, and the snapshot's checkpoint
 * carries them across clean restarts. Without a snapshot they are read with one query per
 * batch of records, which the (recordKey, version) index serves on MongoDB.
 *
 * Each revision also takes a feed number (`seq`), so that every write of every record can
 * be followed in one order (`changes`).
 */
export class RevisionLog {
  private readonly collection: Collection<RevisionDocument>;
  private readonly memory: MemoryCollection<RevisionDocument> | undefined;
  private readonly snapshot: Snapshot | undefined;
  private readonly logger: Logger;
  /** The only writer of its database (the embedded one): it numbers the feed by itself. */
  private readonly exclusive: boolean;
  private readonly numbers: ChangeNumbers;
  private readonly attachedServers: AttachedServers;
  private readonly listeners = new Set<() => void>();
  /** The last feed number this process gave, when it is the database's only writer. */
  private lastSeq: Promise<number> | undefined;
  /** Feed numbers taken by this process whose revisions are not written yet: the feed stops short of them. */
  private readonly unwritten = new Set<number>();

  /** The log of a database: one per database, shared by every repository on it, so that feed numbers come from one place. */
  static of(database: Database): RevisionLog {
    let log = databases.get(database);
    if (!log) {
      log = new RevisionLog(database);
      databases.set(database, log);
    }
    return log;
  }

  private constructor(database: Database) {
    this.collection = database.db.collection<RevisionDocument>(REVISIONS_COLLECTION);
    this.snapshot = database.snapshot;
    this.logger = database.logger;
    this.exclusive = database.exclusive;
    this.numbers = new ChangeNumbers(database.db, REVISION_NUMBERS_COLLECTION, database.exclusive, database.logger);
    this.attachedServers = database.attachedServers;
    // A server that comes to read learns the latest feed number, then each new one (see `record`).
    this.attachedServers.onAttached(() => void this.lastSeq?.then((seq) => (seq > 0 ? this.numbers.note(seq) : undefined)));
    this.memory = database.snapshot?.collection(REVISIONS_COLLECTION, () => new MemoryCollection<RevisionDocument>(['seq'], ['recordKey'], undefined));
  }

  async prepareIndexes(): Promise<void> {
    await this.collection.createIndexes([{ key: { recordKey: 1, version: 1 }, name: 'record_version' }]);
    await this.collection.createIndexes([{ key: { seq: 1 }, name: 'feed_order' }]);
  }

  /** Loads the snapshot's copy (from the checkpoint when there is one); numbering continues above the highest feed number held. */
  async prepareRecords(): Promise<void> {
    if (this.memory && !this.memory.loaded) {
      const restored = this.snapshot?.takeRestored<RevisionDocument>(REVISIONS_COLLECTION);
      await this.memory.load(toAsync(restored ?? this.collection.find({})));
    }
    const latest = await this.latestSeq();
    this.lastSeq = Promise.resolve(latest);
    if (!this.exclusive) await this.numbers.prepare(latest);
  }

  /** The highest feed number any revision holds (0 when none does). */
  private async latestSeq(): Promise<number> {
    if (this.memory?.loaded) return this.memory.find([], { sort: { field: 'seq', direction: -1 }, limit: 1 })[0]?.seq ?? 0;
    const [latest] = await this.collection
      .find({}, { projection: { seq: 1 } })
      .sort({ seq: -1 })
      .limit(1)
      .toArray();
    return latest?.seq ?? 0;
  }

  /** The next feed number: counted in memory by the database's only writer, claimed in the database otherwise. */
  private async nextSeq(): Promise<number> {
    if (!this.exclusive) return this.numbers.claim();
    // Read once (a tool that writes without preparing the database reads it on its first write).
    const next = (this.lastSeq ?? this.latestSeq()).then((last) => last + 1);
    this.lastSeq = next;
    return next;
  }

  /**
   * Appends the revision of a write that has succeeded: `before` is the record as it was
   * (null for a new record), `after` as written. `skipped` are the fields derived from
   * others, which the revision leaves out.
   */
  async record(collection: string, before: RecordState | null, after: RecordState, skipped: readonly string[]): Promise<void> {
    const { by, comment } = writeAuthor();
    let seq: number;
    try {
      seq = await this.nextSeq();
    } catch (error) {
      // Read again at the next write.
      this.lastSeq = undefined;
      this.logger.error({ err: error, record: `${collection}/${after._id}/${after.version}` }, 'a revision could not be numbered; the record was written');
      return;
    }
    this.unwritten.add(seq);
    const revision: RevisionDocument = {
      _id: `${collection}/${after._id}/${after.version}`,
      collection,
      recordKey: after._id,
      version: after.version,
      seq,
      at: new Date(),
      by,
      comment,
      changes: before ? changesBetween(before, after, new Set([...UNRECORDED, ...skipped])) : [],
    };
    const batch = currentBatch();
    if (batch) batch.revisions.push({ log: this, revision });
    else await this.write([revision]);
  }

  /** Stores revisions numbered by `record`, in one insert. */
  async write(revisions: readonly RevisionDocument[]): Promise<void> {
    try {
      await this.collection.insertMany(
        revisions.map((revision) => ({ ...revision })),
        { ordered: false },
      );
    } catch (error) {
      if (!(error instanceof MongoBulkWriteError && Array.isArray(error.writeErrors) && error.writeErrors.every((failure) => failure.code === 11000))) {
        // Whether they were stored is unknown: the snapshot no longer vouches for the database.
        this.snapshot?.distrust();
        this.logger.error({ err: error, revisions: revisions.map((revision) => revision._id) }, 'revisions could not be written; their records were written');
        for (const revision of revisions) this.unwritten.delete(revision.seq);
        return;
      }
    }
    for (const revision of revisions) {
      this.memory?.put(revision);
      this.unwritten.delete(revision.seq);
    }
    // Servers reading this database learn of new revisions from the latest claimed number.
    if (this.exclusive && this.attachedServers.any) await this.numbers.note(revisions.at(-1)!.seq);
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` after every revision this process writes. */
  onRecorded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A cursor of the change feed at its latest revision: what "from now" starts after. */
  async latestCursor(): Promise<string> {
    return encodeCursor({ value: String(await this.latestSeq()), key: '' });
  }

  /**
   * False when no revision after `cursor` can have been written: nothing numbered past it.
   * Costs nothing with the snapshot and one small read of the latest claim on a shared
   * database, so that followers do not read the revisions to find nothing.
   */
  async mayFollow(cursor: string): Promise<boolean> {
    const { value } = feedPosition(cursor);
    if (this.memory?.loaded) return (await this.latestSeq()) > value;
    if (this.exclusive) return (await (this.lastSeq ?? this.latestSeq())) > value;
    return (await this.numbers.latest(FEED_COMMENT)) > value;
  }

  /**
   * The revisions of every record of `collections`, in feed order, after `after` (a cursor of
   * this feed). A feed number is taken before its revision is written, so two writes may
   * store their revisions in the other order: the feed stops short of any number this
   * process has taken and not written yet, and on a database other processes write to, of
   * revisions younger than `SETTLE_MS` (another process may be writing an earlier one), so
   * that a client never passes a change that appears later behind its cursor. A number
   * whose revision was never written (the process died) is a gap the feed steps over.
   */
  async changes(collections: readonly string[], after: string | null | undefined, first: number | null | undefined): Promise<Connection<RevisionDocument>> {
    const limit = pageSize(first);
    const position = after ? feedPosition(after) : undefined;
    const held = this.unwritten.size > 0 ? Math.min(...this.unwritten) - 1 : undefined;
    const criteria = [anyOf('collection', collections), { kind: 'range' as const, path: 'seq', above: position?.value ?? 0, upTo: held }];
    const order: SortOrder = { field: 'seq', direction: 1 };
    const query = { order, page: { after: after ?? null } };
    const memory = this.memory;
    if (memory) {
      const docs = limit === 0 ? [] : memory.find(criteria, { sort: order, after: position, limit: limit + 1 });
      return pageOf(
        docs,
        limit,
        query,
        (doc) => doc,
        async () => memory.count(criteria),
      );
    }
    const filter = toQuery<RevisionDocument>(criteria);
    let docs =
      limit === 0
        ? []
        : await this.collection
            .find(filter, operationSignal())
            .sort({ seq: 1 })
            .limit(limit + 1)
            .toArray();
    if (!this.exclusive) {
      const settled = Date.now() - SETTLE_MS;
      const young = docs.findIndex((doc) => doc.at.getTime() > settled);
      // The page ends before the first unsettled revision: the next read, a moment later, starts there.
      if (young >= 0) docs = docs.slice(0, young);
    }
    return pageOf(
      docs,
      limit,
      query,
      (doc) => doc,
      () => this.collection.countDocuments(filter, operationSignal()),
    );
  }

  /** The revisions of each record of `collection`, one page per key, in version order. */
  async pages(collection: string, keys: readonly string[], direction: 1 | -1, page: PageArgs): Promise<Connection<RevisionDocument>[]> {
    const limit = pageSize(page.first);
    const after = page.after ? versionAfter(page.after) : undefined;
    const order: SortOrder = { ...VERSION_ORDER, direction };
    const query = { order, page };
    const memory = this.memory;
    if (memory) {
      return keys.map((key) => {
        const criteria = [anyOf('recordKey', [key]), anyOf('collection', [collection])];
        const docs = limit === 0 ? [] : memory.find(criteria, { sort: order, after, limit: limit + 1 });
        return pageOf(
          docs,
          limit,
          query,
          (doc) => doc,
          async () => memory.count(criteria),
        );
      });
    }
    const rows = new Map(keys.map((key) => [key, [] as RevisionDocument[]]));
    const filter: Filter<RevisionDocument> = {
      recordKey: { $in: [...rows.keys()] },
      collection,
      ...(after ? { version: direction === 1 ? { $gt: after.value } : { $lt: after.value } } : {}),
    };
    if (limit > 0 && rows.size > 0) {
      // One query for every record of the batch, read until each has its page and one row more.
      let open = rows.size;
      const cursor = this.collection.find(filter, operationSignal()).sort({ version: direction, _id: direction });
      if (rows.size === 1) cursor.limit(limit + 1);
      try {
        for await (const doc of cursor) {
          const list = rows.get(doc.recordKey);
          if (!list || list.length > limit) continue;
          list.push(doc);
          if (list.length > limit && --open === 0) break;
        }
      } finally {
        await cursor.close();
      }
    }
    let counts: Promise<number[]> | undefined;
    const count = async (key: string) => {
      counts ??= countByParent(this.collection, 'recordKey', keys, { collection });
      return (await counts)[keys.indexOf(key)]!;
    };
    return keys.map((key) =>
      pageOf(
        rows.get(key)!,
        limit,
        query,
        (doc) => doc,
        () => count(key),
      ),
    );
  }
}

/** What a revision needs of a record. */
export interface RecordState {
  readonly _id: string;
  readonly version: number;
  readonly [field: string]: unknown;
}

/** The fields that differ between two states of a record, in field order, leaving out `skipped`. */
export function changesBetween(before: RecordState, after: RecordState, skipped: ReadonlySet<string>): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !skipped.has(field)).sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = before[field];
    const now = after[field];
    if (sameValue(old, now)) continue;
    if (Array.isArray(old) && Array.isArray(now) && now.length > old.length && old.every((item, index) => sameValue(item, now[index]))) {
      changes.push({ field, before: null, after: null, added: now.slice(old.length) });
    } else {
      changes.push({ field, before: old ?? null, after: now ?? null });
    }
  }
  return changes;
}

/** Equal values, an absent field equal to an undefined one at any depth (the driver leaves undefined fields out). */
const sameValue = (a: unknown, b: unknown): boolean => isDeepStrictEqual(definedOnly(a), definedOnly(b));

function definedOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(definedOnly);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== undefined)
        .map(([key, field]) => [key, definedOnly(field)]),
    );
  }
  return value ?? null;
}

/** The position a cursor of the change feed names; `field` names it in errors. */
export function feedPosition(cursor: string, field = 'after'): { value: number; key: string } {
  const position = decodeCursor(cursor, field);
  const value = Number(position.value);
  if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(field, 'is not a cursor of the change feed');
  return { value, key: position.key };
}

/** The position an `after` cursor of a history names. */
function versionAfter(cursor: string): { value: number; key: string } {
  const position = decodeCursor(cursor, 'after');
  const value = Number(position.value);
  if (!Number.isInteger(value)) throw new BadUserInputError('after', 'is not a cursor of a history');
  return { value, key: position.key };
}

async function* toAsync<T>(records: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  for await (const record of records) yield record;
}
