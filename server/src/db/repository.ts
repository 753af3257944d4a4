import { isDeepStrictEqual } from 'node:util';
import type { Collection, Document, Filter, IndexDescription, OptionalUnlessRequiredId } from 'mongodb';
import { BadUserInputError, ConflictError } from '../errors/errors';
import { afterQuery, countByParent, findPagesByParent, pageOf, pageSize, type Connection, type PageArgs, type SortOrder } from '../pagination/connection';
import { decodeCursor, type CursorPosition } from '../pagination/cursor';
import { anyOf, toPredicate, toQuery, type Criteria } from './criteria';
import { MemoryCollection, type Snapshot } from './memory-collection';
import { rankByRelevance, RELEVANCE, relevanceValue, searchTermsIn, type RelevanceFields } from './relevance';

const DATE_ORDER: SortOrder = { field: 'dateStart', direction: 1 };
import { isDuplicateKey } from './change-numbers';
import type { Database } from './database';
import type { WriteLocks } from './write-locks';
import { RevisionLog } from './revision-log';
import { operationSignal } from '../context/operation-signal';
import { AMENDMENTS, amendmentOf, PendingAmendments, type AmendmentDocument } from './amendments';
import type { AttachedServers } from './attached-servers';
import { AmendmentBatch } from './amendment-batch';

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
export type Commit<TFields> = (
  changes: Partial<TFields>,
  write: (changes: Partial<TFields>) => Promise<boolean>,
  /** The batch the write is staged in, to be stored later (see `amend`). */
  batch?: AmendmentBatch,
) => Promise<unknown>;

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
export interface RepositoryOptions<TDoc extends StoredDocument, TNode, TFields> {
  readonly collectionName: string;
  readonly toNode: (doc: TDoc) => TNode;
  /** The entity's document factory: its given fields, with the fields derived from them. */
  readonly build: (fields: TFields) => Omit<TDoc, 'version'>;
  readonly indexes: (IndexDescription | UniqueIndex<TDoc>)[];
  /** Text fields and their weights for RELEVANCE orders. */
  readonly relevance?: RelevanceFields;
  /** For the in-memory snapshot: the sort fields it keeps in order, and the paths it indexes (references lists filter by). */
  readonly memory: { readonly sortFields: readonly string[]; readonly indexedPaths: readonly string[] };
  /** The criteria lists, relations and counts apply unless asked otherwise (records awaiting review are not listed by default). */
  readonly listed?: (criteria: Criteria) => Criteria;
  /** Fields added to the shape since records were first stored, each with the value an older record takes. */
  readonly addedFields?: Partial<TDoc>;
  /** Fields derived from others (sort keys, spans) or kept for bookkeeping (change numbers): revisions leave them out. */
  readonly derivedFields?: readonly string[];
}

export abstract class Repository<TDoc extends StoredDocument, TNode, TFields extends object> {
  protected readonly collection: Collection<TDoc>;
  protected readonly writeLocks: WriteLocks;
  protected readonly collectionName: string;
  /** Changes stored apart from their records (see `amend`). */
  private readonly amendments: Collection<AmendmentDocument>;
  /** True when this process is the database's only client (see `Database.exclusive`). */
  private readonly exclusive: boolean;
  private readonly attachedServers: AttachedServers;
  /** Records with amendments not yet written into them. */
  private readonly amended = new Set<string>();
  private readonly toNode: (doc: TDoc) => TNode;
  private readonly build: (fields: TFields) => Omit<TDoc, 'version'>;
  private readonly indexes: (IndexDescription | UniqueIndex<TDoc>)[];
  private readonly uniqueIndexes: UniqueIndex<TDoc>[];
  private readonly uniqueFields: ReadonlySet<string>;
  private readonly relevance: RelevanceFields;
  private readonly listed: (criteria: Criteria) => Criteria;
  private readonly addedFields: Partial<TDoc>;
  private readonly derivedFields: readonly string[];
  /** Every write appends a revision to the record's history (see `db/revision-log.ts`). */
  private readonly revisions: RevisionLog;
  /**
   * The snapshot, when this process owns the database (see `Database.exclusive`): reads are
   * served from it, and every write this repository makes is applied to it once the
   * database has acknowledged it, so a read always sees the writes before it.
   */
  protected readonly memory: MemoryCollection<TDoc> | undefined;
  private readonly snapshot: Snapshot | undefined;

  constructor(database: Database, options: RepositoryOptions<TDoc, TNode, TFields>) {
    this.collection = database.db.collection<TDoc>(options.collectionName);
    this.writeLocks = database.writeLocks;
    this.collectionName = options.collectionName;
    this.amendments = database.db.collection<AmendmentDocument>(AMENDMENTS);
    this.exclusive = database.exclusive;
    this.attachedServers = database.attachedServers;
    this.attachedServers.onAttached(() => void this.writeAmendedRecords());
    this.toNode = options.toNode;
    this.build = options.build;
    this.indexes = options.indexes;
    this.uniqueIndexes = options.indexes.filter((index): index is UniqueIndex<TDoc> => 'field' in index);
    this.uniqueFields = new Set(this.uniqueIndexes.flatMap((index) => Object.keys(index.key)));
    this.relevance = options.relevance ?? {};
    this.listed = options.listed ?? ((criteria) => criteria);
    this.addedFields = options.addedFields ?? {};
    this.derivedFields = options.derivedFields ?? [];
    this.revisions = RevisionLog.of(database);
    this.snapshot = database.snapshot;
    this.memory = database.snapshot?.collection(
      options.collectionName,
      () => new MemoryCollection<TDoc>(options.memory.sortFields, options.memory.indexedPaths, options.relevance),
    );
  }

  /** Creates the indexes a real MongoDB needs. */
  async prepareIndexes(): Promise<void> {
    // One index per command: FerretDB 1.24 drops the connection when a single
    // createIndexes command names several indexes that already exist.
    for (const { field: _field, describe: _describe, ...index } of this.indexes as UniqueIndex<TDoc>[]) await this.collection.createIndexes([index]);
    await this.amendments.createIndexes([{ key: { collection: 1, recordId: 1, version: 1 }, name: 'record_version' }]);
  }

  /**
   * Brings records stored in an earlier shape up to date (see `upgrade`) and loads the snapshot.
   *
   * With a snapshot the collection is read once (FerretDB scans it whole for any filter) and
   * records are upgraded in memory; only those without a version or with an obsolete field
   * are written back, as FerretDB scans the whole table for each write; the others are
   * written in the current shape with their next change. Without a snapshot, the records
   * of an earlier shape are read and written back, so that queries on derived fields find them.
   */
  async prepareRecords(): Promise<void> {
    if (this.memory && !this.memory.loaded) {
      const restored = this.snapshot?.takeRestored<TDoc>(this.collectionName);
      await this.memory.load(this.upgradedRecords(restored ?? this.collection.find({})));
      // A checkpoint is sealed after the last write, so its records hold every amendment already.
      if (!restored) await this.applyAmendments();
      return;
    }
    const outdated = {
      $or: [
        ...[...this.currentFields(), ...Object.keys(this.addedFields)].map((field) => ({ [field]: { $exists: false } })),
        ...this.obsoleteFields().map((field) => ({ [field]: { $exists: true } })),
      ],
    } as Filter<TDoc>;
    for await (const doc of this.collection.find(outdated)) {
      const next = await this.upgrade(doc as TDoc);
      if (next) await this.writeUpgrade(doc as TDoc, next);
    }
    await this.applyAmendments();
  }

  /**
   * Brings each record up to date with its amendments (see `amend`): in the snapshot, or, with
   * no snapshot, by writing the amended records. Amendments a record already holds are removed.
   */
  private async applyAmendments(): Promise<void> {
    const stored = await this.amendments.find({ collection: this.collectionName }).toArray();
    if (stored.length === 0) return;
    const pending = new PendingAmendments(stored);
    const held: string[] = [];
    for (const doc of await this.findByKeys(pending.recordIds)) {
      const amended = pending.apply(doc);
      const ids = stored.filter((amendment) => amendment.recordId === doc._id).map((amendment) => amendment._id);
      if (amended.version === doc.version) held.push(...ids);
      else if (this.memory) {
        this.memory.put(amended);
        this.amended.add(doc._id);
      } else {
        const result = await this.collection.replaceOne({ _id: doc._id, version: doc.version } as Filter<TDoc>, amended);
        // Otherwise another server sharing the database wrote it meanwhile, with these amendments applied.
        if (result.matchedCount === 1) held.push(...ids);
      }
    }
    if (held.length > 0) await this.amendments.deleteMany({ _id: { $in: held } });
    if (this.attachedServers.any) await this.writeAmendedRecords();
  }

  /**
   * Writes the snapshot's amended records whole and removes their amendments: another
   * server reading the database reads records as stored.
   */
  private async writeAmendedRecords(): Promise<void> {
    const memory = this.memory;
    if (!memory) return;
    for (const key of this.amended) {
      await this.writeLocks.run(`${this.collectionName}/${key}`, async () => {
        const doc = memory.get(key);
        try {
          if (doc) await this.collection.replaceOne({ _id: key } as Filter<TDoc>, doc);
          await this.amendments.deleteMany({ collection: this.collectionName, recordId: key });
          this.amended.delete(key);
        } catch {
          // Written at the next start instead; the amendments remain the record meanwhile.
        }
      });
    }
  }

  /** The stored records in the current shape. */
  private async *upgradedRecords(records: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<TDoc> {
    for await (const stored of records) {
      const doc = stored as TDoc;
      const next = await this.upgrade(doc);
      if (!next) yield doc;
      else if (doc.version === undefined || this.obsoleteFields().some((field) => field in doc)) yield await this.writeUpgrade(doc, next);
      else yield next;
    }
  }

  /** The fields every record has in the current shape: one missing marks a record stored in an earlier one. */
  protected currentFields(): string[] {
    return ['version', 'searchTerms'];
  }

  /** Fields of earlier shapes that no record keeps. */
  protected obsoleteFields(): string[] {
    return [];
  }

  /**
   * A record stored in an earlier shape, brought to the current one (a version, and the
   * derived fields rebuilt); `undefined` when it is current. Subclasses fill in what their
   * earlier shapes lacked before calling this.
   */
  protected async upgrade(doc: TDoc): Promise<TDoc | undefined> {
    const current = this.currentFields().every((field) => field in doc) && !this.obsoleteFields().some((field) => field in doc);
    const missing = Object.entries(this.addedFields).filter(([field]) => !(field in doc));
    // A field added since is set alone: rebuilding every derived field of every record would slow each start.
    if (current) return missing.length === 0 ? undefined : Object.assign(doc, Object.fromEntries(missing));
    return { ...this.build({ ...Object.fromEntries(missing), ...doc } as unknown as TFields), version: doc.version ?? 1 } as TDoc;
  }

  /** Writes an upgraded record, unless a server sharing the database rewrote it meanwhile (then in the current shape). */
  private async writeUpgrade(doc: TDoc, next: TDoc): Promise<TDoc> {
    const guard = doc.version === undefined ? { _id: doc._id, version: { $exists: false } } : { _id: doc._id, version: doc.version };
    const result = await this.collection.replaceOne(guard as Filter<TDoc>, next);
    return result.matchedCount === 1 ? next : (((await this.collection.findOne({ _id: doc._id } as Filter<TDoc>)) as TDoc | null) ?? next);
  }

  /**
   * The records of this collection that the running task has amended and not yet stored
   * (see `batchingAmendments`), for a read that can overlay them (`overlay`); other reads
   * store them first. Undefined when there are none.
   */
  private async stagedForRead(overlay: boolean): Promise<ReadonlyMap<string, TDoc> | undefined> {
    const batch = AmendmentBatch.current();
    if (!batch || batch.stagedIn(this.collectionName).size === 0) return undefined;
    if (overlay) return batch.stagedIn<TDoc>(this.collectionName);
    await batch.store();
    return undefined;
  }

  /** Records meeting the criteria, in `sort` order when given, after `after`, at most `limit`. */
  protected async find(criteria: Criteria, options: { sort?: SortOrder; after?: CursorPosition; limit?: number; projection?: Document } = {}): Promise<TDoc[]> {
    if (this.memory) {
      const staged = await this.stagedForRead(!options.sort && !options.after && options.limit === undefined);
      if (!staged) return this.memory.find(criteria, options);
      const matches = toPredicate<TDoc>(criteria);
      return [...this.memory.find(criteria).filter((doc) => !staged.has(doc._id)), ...[...staged.values()].filter(matches)];
    }
    const query = toQuery<TDoc>(criteria);
    const filter = options.after && options.sort ? ({ $and: [query, afterQuery(options.sort, options.after)] } as Filter<TDoc>) : query;
    let cursor = this.collection.find(filter, { ...(options.projection ? { projection: options.projection } : {}), ...operationSignal() });
    if (options.sort) cursor = cursor.sort({ [options.sort.field]: options.sort.direction, _id: options.sort.direction });
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return (await cursor.toArray()) as TDoc[];
  }

  /** Records by key, in no particular order; one key is looked up by `_id` equality. */
  async findByKeys(keys: readonly string[]): Promise<TDoc[]> {
    if (this.memory) {
      const staged = await this.stagedForRead(true);
      return keys.map((key) => staged?.get(key) ?? this.memory!.get(key)).filter((doc): doc is TDoc => doc !== undefined);
    }
    if (keys.length === 1) {
      const doc = (await this.collection.findOne({ _id: keys[0] } as Filter<TDoc>, operationSignal())) as TDoc | null;
      return doc ? [doc] : [];
    }
    return (await this.collection.find({ _id: { $in: [...keys] } } as Filter<TDoc>, operationSignal()).toArray()) as TDoc[];
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (this.memory) return new Set(keys.filter((key) => this.memory!.get(key)));
    const found = await this.collection.find({ _id: { $in: [...keys] } } as Filter<TDoc>, { projection: { _id: 1 }, ...operationSignal() }).toArray();
    return new Set(found.map((doc) => doc._id as string));
  }

  /** One page of the records meeting the criteria (see `db/criteria.ts`); its total is counted only when read. */
  async page(asked: Criteria, order: SortOrder, page: PageArgs): Promise<Connection<TNode>> {
    const criteria = this.listed(asked);
    if (order.field === RELEVANCE) return this.rankedPage(criteria, page);
    const limit = pageSize(page.first);
    const after = page.after ? decodeCursor(page.after, 'after') : undefined;
    const docs = limit === 0 ? [] : await this.find(criteria, { sort: order, ...(after ? { after } : {}), limit: limit + 1 });
    return pageOf(docs, limit, { order, page }, this.toNode, () => this.count(criteria));
  }

  /** A page of a search's results, best first: all matches are read and ranked (see `db/relevance.ts`). */
  private async rankedPage(criteria: Criteria, page: PageArgs): Promise<Connection<TNode>> {
    const search = searchTermsIn(criteria);
    if (!search) throw new BadUserInputError('orderBy', 'RELEVANCE orders the results of a search: give `filter.search`');
    const limit = pageSize(page.first);
    const after = page.after ? decodeCursor(page.after, 'after') : undefined;
    const ranked = rankByRelevance(await this.find(criteria), search, this.relevance, this.memory?.relevance?.scores(search));
    const beyond = ({ doc, score }: { doc: TDoc; score: number }) =>
      !after || relevanceValue(score) > after.value || (relevanceValue(score) === after.value && doc._id > after.key);
    const start = ranked.findIndex(beyond);
    const rows = start < 0 ? [] : ranked.slice(start, start + limit + 1);
    const scores = new Map(rows.map(({ doc, score }) => [doc._id, score]));
    return pageOf(
      rows.map(({ doc }) => doc),
      limit,
      { order: { field: RELEVANCE, direction: 1 }, page },
      this.toNode,
      async () => ranked.length,
      (doc) => relevanceValue(scores.get(doc._id)!),
    );
  }

  /**
   * One page for each parent key of a relation (`participants.actorId`: an actor's
   * events), with one query for all parents; their totals, when read, with one more.
   */
  async pagesByParent(field: string, parentKeys: readonly string[], order: SortOrder, page: PageArgs): Promise<Connection<TNode>[]> {
    if (order.field === RELEVANCE) throw new BadUserInputError('orderBy', 'RELEVANCE orders the results of a search; a relation has none');
    const memory = this.memory;
    if (memory) {
      await this.stagedForRead(false);
      const limit = pageSize(page.first);
      const after = page.after ? decodeCursor(page.after, 'after') : undefined;
      return parentKeys.map((key) => {
        const criteria = this.listed([anyOf(field, [key])]);
        const docs = limit === 0 ? [] : memory.find(criteria, { sort: order, ...(after ? { after } : {}), limit: limit + 1 });
        return pageOf(docs, limit, { order, page }, this.toNode, async () => memory.count(criteria));
      });
    }
    const filter = toQuery<TDoc>(this.listed([]));
    let counts: Promise<number[]> | undefined;
    const count = async (key: string) => {
      counts ??= countByParent(this.collection, field, parentKeys, filter);
      return (await counts)[parentKeys.indexOf(key)]!;
    };
    return findPagesByParent(this.collection, { field, parentKeys, order, page, filter }, this.toNode, count);
  }

  /** Up to `limit` records meeting the criteria in date order, past `after`: for timelines merged across collections. */
  async findInDateOrder(criteria: Criteria, after: CursorPosition | undefined, limit: number): Promise<TDoc[]> {
    return this.find(this.listed(criteria), { sort: DATE_ORDER, ...(after ? { after } : {}), limit });
  }

  /**
   * The records lists show (see `listed`) that meet the criteria: up to `limit` of them, in
   * key order, and how many there are. For reporting what refers to a record.
   */
  async findListed(criteria: Criteria, limit: number): Promise<{ nodes: TNode[]; total: number }> {
    const docs = await this.find(this.listed(criteria), { sort: { field: '_id', direction: 1 }, limit });
    return { nodes: docs.map(this.toNode), total: docs.length < limit ? docs.length : await this.count(criteria) };
  }

  /** The keys of every record meeting the criteria, whatever lists would show. */
  async findKeys(criteria: Criteria): Promise<string[]> {
    return (await this.find(criteria, { projection: { _id: 1 } })).map((doc) => doc._id);
  }

  /** The records meeting the criteria that lists show (see `listed`). */
  async count(asked: Criteria = []): Promise<number> {
    const criteria = this.listed(asked);
    if (this.memory) {
      await this.stagedForRead(false);
      return this.memory.count(criteria);
    }
    return this.collection.countDocuments(toQuery<TDoc>(criteria), operationSignal());
  }

  /** Stores a new record at version 1. A clash with a unique index is refused as BAD_USER_INPUT naming the record that holds the value. */
  async insert(fields: TFields): Promise<TDoc> {
    const doc = { ...this.build(fields), version: 1 } as TDoc;
    try {
      await this.collection.insertOne({ ...doc } as OptionalUnlessRequiredId<TDoc>);
    } catch (error) {
      throw await this.explainDuplicate(doc, error);
    }
    this.memory?.put(doc);
    await this.revisions.record(this.collectionName, null, doc, this.derivedFields);
    return doc;
  }

  /**
   * Changes one record: reads it, works out the changes from what it holds now, and writes
   * them with the next version, as one step with respect to every other change of it (see
   * the class comment). Returns the record as written, or null when there is none.
   */
  async modify(key: string, mutate: Mutation<TDoc, TFields>, commit: Commit<TFields> = (changes, write) => write(changes)): Promise<TDoc | null> {
    const outcome = await this.writeLocks.run(`${this.collectionName}/${key}`, async (): Promise<{ before?: TDoc; record: TDoc | null }> => {
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const current = this.memory
          ? (this.memory.get(key) ?? null)
          : ((await this.collection.findOne({ _id: key } as Filter<TDoc>, operationSignal())) as TDoc | null);
        if (!current) return { record: null };
        const changes = await mutate(current);
        if (!changes) return { record: current };
        let written: TDoc | undefined;
        await commit(changes, async (final) => {
          const next = { ...this.build({ ...current, ...final } as unknown as TFields), version: current.version + 1 } as TDoc;
          // The only client of the database serializes its own writes (above): no version to check.
          const guard = this.exclusive ? { _id: key } : { _id: key, version: current.version };
          try {
            const result = await this.collection.replaceOne(guard as Filter<TDoc>, next);
            if (result.matchedCount === 0) return false;
          } catch (error) {
            throw await this.explainDuplicate(next, error);
          }
          written = next;
          this.memory?.put(next);
          return true;
        });
        if (written) return { before: current, record: written };
      }
      throw new ConflictError(`The ${this.collectionName} record "${key}" kept changing while this write was retried ${MAX_ATTEMPTS} times; try again`);
    });
    // Outside the record's lock, so the next write of it need not wait: a revision is keyed by its version, not by when it lands.
    if (outcome.before && outcome.record) await this.revisions.record(this.collectionName, outcome.before, outcome.record, this.derivedFields);
    return outcome.record;
  }

  /**
   * Changes one record like `modify`, for frequent changes that mostly lengthen its lists (a
   * further source, a date claim). Where this process owns the database and keeps the
   * snapshot, the change is stored as an amendment, a document of its own, and the record is
   * left as it is: the embedded FerretDB scans the whole collection for every rewrite of a
   * record (about 11 ms at 2,000 records and 25 ms at 6,000) but not for an insert (about
   * 1.5 ms). The snapshot holds the amended record; loading the records applies their
   * amendments again (see `applyAmendments`), and the next `modify` writes the record whole.
   * Inside `batchingAmendments`, the amendment is stored with the batch's others. Changes to
   * fields with a unique index are always written with `modify`.
   */
  async amend(key: string, mutate: Mutation<TDoc, TFields>, commit: Commit<TFields> = (changes, write) => write(changes)): Promise<TDoc | null> {
    const memory = this.memory;
    if (!memory) return this.modify(key, mutate, commit);
    const batch = AmendmentBatch.current();
    const lock = `${this.collectionName}/${key}`;
    let whole = false;
    let before: TDoc | undefined;
    const amendment = async (): Promise<TDoc | null | undefined> => {
      const current = batch?.staged<TDoc>(this.collectionName, key) ?? memory.get(key);
      if (!current) return null;
      const changes = await mutate(current);
      if (!changes) return current;
      if (this.attachedServers.any || Object.keys(changes).some((field) => this.uniqueFields.has(field))) {
        whole = true;
        return undefined;
      }
      let written: TDoc | undefined;
      await commit(
        changes,
        async (final) => {
          const next = { ...this.build({ ...current, ...final } as unknown as TFields), version: current.version + 1 } as TDoc;
          const amendment = amendmentOf(this.collectionName, current, next);
          if (batch) {
            batch.stage({
              amendments: this.amendments,
              amendment,
              doc: next,
              stored: () => {
                memory.put(next);
                this.amended.add(key);
              },
              after: () => this.afterAmending(key, current, next),
              failed: () => this.snapshot?.distrust(),
            });
          } else {
            try {
              await this.amendments.insertOne(amendment);
            } catch (error) {
              this.snapshot?.distrust();
              throw error;
            }
            before = current;
            memory.put(next);
            this.amended.add(key);
          }
          written = next;
          return true;
        },
        batch,
      );
      return written ?? current;
    };
    let amended: TDoc | null | undefined;
    if (batch) {
      await batch.lock(this.writeLocks, lock);
      amended = await amendment();
    } else {
      amended = await this.writeLocks.run(lock, amendment);
      if (before && amended) await this.afterAmending(key, before, amended);
    }
    return whole ? this.modify(key, mutate, commit) : (amended ?? null);
  }

  /** Once an amendment is stored and its record unlocked: its revision, and the record written whole if a server came to read meanwhile. */
  private async afterAmending(key: string, before: TDoc, after: TDoc): Promise<void> {
    await this.revisions.record(this.collectionName, before, after, this.derivedFields);
    if (this.attachedServers.any && this.amended.has(key)) await this.writeAmendedRecords();
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
    if (!isDuplicateKey(error)) {
      // The write may have been applied without this process learning of it.
      this.snapshot?.distrust();
      return error;
    }
    for (const index of this.uniqueIndexes) {
      const value = Object.fromEntries(Object.keys(index.key).map((field) => [field, doc[field]]));
      const existing = (await this.collection.findOne({ ...value, _id: { $ne: doc._id } } as Filter<TDoc>)) as TDoc | null;
      if (existing) return new BadUserInputError(index.field, index.describe(existing));
    }
    return error;
  }
}

const withoutUndefined = (value: object): object => Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
