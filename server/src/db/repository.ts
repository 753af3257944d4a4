import { isDeepStrictEqual } from 'node:util';
import type { Collection, Document, Filter, IndexDescription, OptionalUnlessRequiredId, UpdateFilter } from 'mongodb';
import { BadUserInputError, ConflictError } from '../errors/errors';
import { afterQuery, countByParent, findPage, findPagesByParent, type Connection, type PageArgs, type SortOrder } from '../pagination/connection';
import type { CursorPosition } from '../pagination/cursor';
import { toQuery, type Criteria } from './criteria';

const DATE_ORDER: SortOrder = { field: 'dateStart', direction: 1 };
import { isDuplicateKey } from './change-numbers';
import type { Database } from './database';
import type { WriteLocks } from './write-locks';
import { operationSignal } from '../context/operation-signal';

export interface StoredDocument extends Document {
  _id: string;
  /** 1 when created, one more at every change: the guard of every read-modify-write (see `Repository.modify`). */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A unique index, and how a clash with it is told to the client. */
export interface UniqueIndex<TDoc> extends IndexDescription {
  readonly unique: true;
  /** The input whose value must be unique, e.g. `input.name`. */
  readonly field: string;
  /** The record already holding the value, in words naming it and its id. */
  describe(existing: TDoc): string;
}

/** The changes to make to a record, worked out from its current state; undefined changes nothing. */
export type Mutation<TDoc, TFields> = (current: TDoc) => Partial<TFields> | undefined | Promise<Partial<TFields> | undefined>;

/**
 * Performs the write of `changes` by calling `write`, possibly with more changes added (a
 * change number); `write` says whether the record still had the version read. The default
 * just writes.
 */
export type Commit<TFields> = (changes: Partial<TFields>, write: (changes: Partial<TFields>) => Promise<boolean>) => Promise<unknown>;

/** Writes that lost a race with another process are recomputed this many times at most. */
const MAX_ATTEMPTS = 20;

/**
 * Data access shared by every domain collection. A domain's repository extends it and is
 * the only code that touches that collection.
 *
 * Stored records change only through `modify`, never through a bare update operator: the
 * embedded FerretDB applies `$set`, `$push` and `$inc` as an unguarded read-modify-write, so
 * two concurrent updates of one document lose one of them even when they touch different
 * fields. Two guards make every change survive on both databases:
 * - within this process, the read-modify-writes of one record run one at a time
 *   (`Database.writeLocks`); the embedded database has one owner, this process, so on it
 *   that is enough;
 * - across processes sharing a MongoDB, which does apply one document's update atomically,
 *   each write is conditional on the version it read, and a write that finds the record
 *   moved on is worked out again from the fresh record.
 */
export abstract class Repository<TDoc extends StoredDocument, TNode, TFields extends object> {
  protected readonly collection: Collection<TDoc>;
  protected readonly writeLocks: WriteLocks;
  private readonly uniqueIndexes: UniqueIndex<TDoc>[];

  constructor(
    database: Database,
    protected readonly collectionName: string,
    private readonly toNode: (doc: TDoc) => TNode,
    private readonly indexes: (IndexDescription | UniqueIndex<TDoc>)[],
    /** The entity's document factory: its given fields, with the fields derived from them. */
    private readonly build: (fields: TFields) => Omit<TDoc, 'version'>,
  ) {
    this.collection = database.db.collection<TDoc>(collectionName);
    this.writeLocks = database.writeLocks;
    this.uniqueIndexes = indexes.filter((index): index is UniqueIndex<TDoc> => 'field' in index);
  }

  /** Creates the indexes a real MongoDB needs, and gives records stored before versions existed their first. */
  async prepare(): Promise<void> {
    // One index per command: FerretDB 1.24 drops the connection when a single
    // createIndexes command names several indexes that already exist.
    for (const { field: _field, describe: _describe, ...index } of this.indexes as UniqueIndex<TDoc>[]) await this.collection.createIndexes([index]);
    await this.collection.updateMany({ version: { $exists: false } } as Filter<TDoc>, { $set: { version: 1 } } as UpdateFilter<TDoc>);
  }

  async findByKeys(keys: readonly string[]): Promise<TDoc[]> {
    return (await this.collection.find({ _id: { $in: [...keys] } } as Filter<TDoc>, operationSignal()).toArray()) as TDoc[];
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    const found = await this.collection.find({ _id: { $in: [...keys] } } as Filter<TDoc>, { projection: { _id: 1 }, ...operationSignal() }).toArray();
    return new Set(found.map((doc) => doc._id as string));
  }

  /** One page of the records meeting the criteria (see `db/criteria.ts`). */
  async page(criteria: Criteria, order: SortOrder, page: PageArgs): Promise<Connection<TNode>> {
    return findPage(this.collection, { filter: toQuery<TDoc>(criteria), order, page }, this.toNode);
  }

  /**
   * One page for each parent key of a relation (`participants.actorId`: an actor's
   * events), with one query for all parents; their totals, when read, with one more.
   */
  async pagesByParent(field: string, parentKeys: readonly string[], order: SortOrder, page: PageArgs): Promise<Connection<TNode>[]> {
    let counts: Promise<number[]> | undefined;
    const count = async (key: string) => {
      counts ??= countByParent(this.collection, field, parentKeys);
      return (await counts)[parentKeys.indexOf(key)]!;
    };
    return findPagesByParent(this.collection, { field, parentKeys, order, page }, this.toNode, count);
  }

  /** Up to `limit` records meeting the criteria in date order, past `after`: for timelines merged across collections. */
  async findInDateOrder(criteria: Criteria, after: CursorPosition | undefined, limit: number): Promise<TDoc[]> {
    const query = toQuery<TDoc>(criteria);
    const filter = after ? ({ $and: [query, afterQuery(DATE_ORDER, after)] } as Filter<TDoc>) : query;
    return (await this.collection.find(filter, operationSignal()).sort({ dateStart: 1, _id: 1 }).limit(limit).toArray()) as TDoc[];
  }

  async count(criteria: Criteria = []): Promise<number> {
    return this.collection.countDocuments(toQuery<TDoc>(criteria), operationSignal());
  }

  /** Stores a new record at version 1. A clash with a unique index is refused as BAD_USER_INPUT naming the record that holds the value. */
  async insert(fields: TFields): Promise<TDoc> {
    const doc = { ...this.build(fields), version: 1 } as TDoc;
    try {
      await this.collection.insertOne(doc as OptionalUnlessRequiredId<TDoc>);
    } catch (error) {
      throw await this.explainDuplicate(doc, error);
    }
    return doc;
  }

  /**
   * Changes one record: reads it, works out the changes from what it holds now, and writes
   * them with the next version, as one step with respect to every other change of it (see
   * the class comment). Returns the record as written, or null when there is none.
   */
  async modify(key: string, mutate: Mutation<TDoc, TFields>, commit: Commit<TFields> = (changes, write) => write(changes)): Promise<TDoc | null> {
    return this.writeLocks.run(`${this.collectionName}/${key}`, async () => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const current = (await this.collection.findOne({ _id: key } as Filter<TDoc>, operationSignal())) as TDoc | null;
        if (!current) return null;
        const changes = await mutate(current);
        if (!changes) return current;
        let written: TDoc | undefined;
        await commit(changes, async (final) => {
          const next = { ...this.build({ ...current, ...final } as unknown as TFields), version: current.version + 1 } as TDoc;
          try {
            const result = await this.collection.replaceOne({ _id: key, version: current.version } as Filter<TDoc>, next);
            if (result.matchedCount === 0) return false;
          } catch (error) {
            throw await this.explainDuplicate(next, error);
          }
          written = next;
          return true;
        });
        if (written) return written;
      }
      throw new ConflictError(`The ${this.collectionName} record "${key}" kept changing while this write was retried ${MAX_ATTEMPTS} times; try again`);
    });
  }

  /**
   * Writes a curated record under its fixed id: inserted when missing, changed (with a new
   * version) only where it differs, so writing it again changes nothing.
   */
  async put(fields: TFields): Promise<void> {
    const { _id, version: _given, createdAt: _createdAt, ...wanted } = this.build(fields) as Omit<TDoc, 'version'> & StoredDocument;
    const stored = await this.modify(_id, (current) => {
      const { _id: _key, version: _version, createdAt: _created, ...held } = current;
      return isDeepStrictEqual(withoutUndefined(held), withoutUndefined(wanted)) ? undefined : (wanted as unknown as Partial<TFields>);
    });
    if (stored) return;
    try {
      await this.insert(fields);
    } catch (error) {
      // Inserted meanwhile by another process: compare with that.
      if (isDuplicateKey(error)) await this.put(fields);
      else throw error;
    }
  }

  /** A clash with one of the unique indexes, told as BAD_USER_INPUT naming the record holding the value; other errors unchanged. */
  private async explainDuplicate(doc: TDoc, error: unknown): Promise<unknown> {
    if (!isDuplicateKey(error)) return error;
    for (const index of this.uniqueIndexes) {
      const value = Object.fromEntries(Object.keys(index.key).map((field) => [field, doc[field]]));
      const existing = (await this.collection.findOne({ ...value, _id: { $ne: doc._id } } as Filter<TDoc>)) as TDoc | null;
      if (existing) return new BadUserInputError(index.field, index.describe(existing));
    }
    return error;
  }
}

const withoutUndefined = (value: object): object => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
