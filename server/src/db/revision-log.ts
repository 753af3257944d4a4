import { isDeepStrictEqual } from 'node:util';
import type { Collection, Document, Filter } from 'mongodb';
import { operationSignal } from '../context/operation-signal';
import { writeAuthor } from '../context/write-author';
import { BadUserInputError } from '../errors/errors';
import { countByParent, pageOf, pageSize, type Connection, type PageArgs, type SortOrder } from '../pagination/connection';
import { decodeCursor } from '../pagination/cursor';
import { isDuplicateKey } from './change-numbers';
import { anyOf } from './criteria';
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
  at: Date;
  /** The API key's name, or the tool that wrote (see `context/write-author.ts`); never a key. */
  by: string;
  comment: string | null;
  /** Empty for the revision that created the record. */
  changes: FieldChange[];
}

export const REVISIONS_COLLECTION = 'revisions';

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
 */
export class RevisionLog {
  private readonly collection: Collection<RevisionDocument>;
  private readonly memory: MemoryCollection<RevisionDocument> | undefined;
  private readonly snapshot: Snapshot | undefined;
  private readonly logger: Logger;

  constructor(database: Database) {
    this.collection = database.db.collection<RevisionDocument>(REVISIONS_COLLECTION);
    this.snapshot = database.snapshot;
    this.logger = database.logger;
    this.memory = database.snapshot?.collection(REVISIONS_COLLECTION, () => new MemoryCollection<RevisionDocument>([], ['recordKey'], undefined));
  }

  async prepareIndexes(): Promise<void> {
    await this.collection.createIndexes([{ key: { recordKey: 1, version: 1 }, name: 'record_version' }]);
  }

  /** Loads the snapshot's copy (from the checkpoint when there is one). */
  async prepareRecords(): Promise<void> {
    if (!this.memory || this.memory.loaded) return;
    const restored = this.snapshot?.takeRestored<RevisionDocument>(REVISIONS_COLLECTION);
    await this.memory.load(toAsync(restored ?? this.collection.find({})));
  }

  /**
   * Appends the revision of a write that has succeeded: `before` is the record as it was
   * (null for a new record), `after` as written. `skipped` are the fields derived from
   * others, which the revision leaves out.
   */
  async record(collection: string, before: RecordState | null, after: RecordState, skipped: readonly string[]): Promise<void> {
    const { by, comment } = writeAuthor();
    const revision: RevisionDocument = {
      _id: `${collection}/${after._id}/${after.version}`,
      collection,
      recordKey: after._id,
      version: after.version,
      at: new Date(),
      by,
      comment,
      changes: before ? changesBetween(before, after, new Set([...UNRECORDED, ...skipped])) : [],
    };
    try {
      await this.collection.insertOne({ ...revision });
    } catch (error) {
      if (isDuplicateKey(error)) return;
      // Whether it was stored is unknown: the snapshot no longer vouches for the database.
      this.snapshot?.distrust();
      this.logger.error({ err: error, revision: revision._id }, 'a revision could not be written; the record was');
      return;
    }
    this.memory?.put(revision);
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
