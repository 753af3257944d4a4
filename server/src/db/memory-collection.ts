import type { CheckpointedRecords } from './snapshot-checkpoint';
import { toPredicate, valuesAt, type Criteria, type Criterion } from './criteria';
import { RelevanceIndex, type RelevanceFields } from './relevance';

/** A sort: one field (kept in order when listed in `sortFields`), ties broken by `_id`. */
export interface MemorySort {
  readonly field: string;
  readonly direction: 1 | -1;
}

/** A position in a sort: the sort value and the key of the last record seen. */
export interface MemoryPosition {
  readonly value: unknown;
  readonly key: string;
}

export interface MemoryFindOptions {
  readonly sort?: MemorySort | undefined;
  /** Only records strictly after this position in `sort`. */
  readonly after?: MemoryPosition | undefined;
  readonly limit?: number | undefined;
}

type Doc = { _id: string; [field: string]: unknown };

const compareValues = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === undefined || a === null) return -1;
  if (b === undefined || b === null) return 1;
  return (a as string | number) < (b as string | number) ? -1 : 1;
};

const keysIn = (keys: string | Set<string> | undefined): Set<string> => (keys === undefined ? new Set() : typeof keys === 'string' ? new Set([keys]) : keys);

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Short strings recur across records (keys, kinds, names, search terms) but arrive from the
 * database as a copy each: the snapshot keeps one of each.
 */
const sharedStrings = new Map<string, string>();
const SHARED_MAX_LENGTH = 48;
const SHARED_MAX_COUNT = 1_000_000;

function shareStrings<T>(value: T): T {
  if (typeof value === 'string') {
    if (value.length > SHARED_MAX_LENGTH) return value;
    const shared = sharedStrings.get(value);
    if (shared !== undefined) return shared as T;
    if (sharedStrings.size >= SHARED_MAX_COUNT) sharedStrings.clear();
    sharedStrings.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = shareStrings(value[i]);
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const field of Object.keys(record)) record[field] = shareStrings(record[field]);
  }
  return value;
}

/**
 * A copy of one collection in this process's memory, kept current by the repository on
 * every write it makes (see `Repository`): records by key, the sort orders lists use, the
 * references lists filter by, and a search index, so that a list is a walk through
 * memory instead of a scan of the database. The database stays the record.
 */
export class MemoryCollection<TDoc extends Doc> {
  private readonly docs = new Map<string, TDoc>();
  private readonly sorted = new Map<string, TDoc[]>();
  /** Keys by value, per indexed path: most values belong to one record, which is kept as its key alone. */
  private readonly byValue = new Map<string, Map<unknown, string | Set<string>>>();
  readonly relevance: RelevanceIndex | undefined;

  constructor(sortFields: readonly string[], indexedPaths: readonly string[], relevanceFields: RelevanceFields | undefined) {
    for (const field of sortFields) this.sorted.set(field, []);
    for (const path of indexedPaths) this.byValue.set(path, new Map());
    this.relevance = relevanceFields ? new RelevanceIndex(relevanceFields) : undefined;
  }

  get size(): number {
    return this.docs.size;
  }

  /** True once loaded from the database. */
  loaded = false;

  /** Loads the records as they arrive, so that their copies of shared strings are dropped young. */
  async load(records: AsyncIterable<TDoc>): Promise<void> {
    const docs: TDoc[] = [];
    for await (const doc of records) {
      this.index(shareStrings(doc));
      docs.push(doc);
    }
    this.loaded = true;
    for (const [field, list] of this.sorted) {
      list.push(...docs);
      list.sort((a, b) => compareValues(a[field], b[field]) || compareKeys(a._id, b._id));
    }
    this.relevance?.addAll(docs);
  }

  /** Adds a record, or replaces the one with its key. */
  put(doc: TDoc): void {
    const previous = this.docs.get(doc._id);
    if (previous) this.unindex(previous);
    this.index(shareStrings(doc));
    for (const [field, list] of this.sorted) {
      if (previous) list.splice(this.positionOf(list, field, previous), 1);
      list.splice(this.insertionPoint(list, field, doc[field], doc._id), 0, doc);
    }
    this.relevance?.put(doc, previous);
  }

  /** Every record, in no particular order. */
  records(): TDoc[] {
    return [...this.docs.values()];
  }

  get(key: string): TDoc | undefined {
    return this.docs.get(key);
  }

  /** The records meeting the criteria, in `sort` order (any order without one), after `after`, at most `limit`. */
  find(criteria: Criteria, options: MemoryFindOptions = {}): TDoc[] {
    const matches = toPredicate<TDoc>(criteria);
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    const candidates = this.candidates(criteria);
    const sort = options.sort;
    if (!sort) return this.take(candidates ?? this.docs.values(), matches, limit);
    const list = this.sorted.get(sort.field);
    if (list && (!candidates || candidates.length * 8 > list.length)) return this.walk(list, sort, options.after, matches, limit);
    // Few candidates, or an order not kept: sort the matches.
    const found = (candidates ?? [...this.docs.values()]).filter(matches);
    found.sort((a, b) => sort.direction * (compareValues(a[sort.field], b[sort.field]) || compareKeys(a._id, b._id)));
    const after = options.after;
    const start = after ? found.findIndex((doc) => sort.direction * (compareValues(doc[sort.field], after.value) || compareKeys(doc._id, after.key)) > 0) : 0;
    return start < 0 ? [] : found.slice(start, start + limit);
  }

  count(criteria: Criteria): number {
    const matches = toPredicate<TDoc>(criteria);
    let count = 0;
    for (const doc of this.candidates(criteria) ?? this.docs.values()) if (matches(doc)) count += 1;
    return count;
  }

  /** Records whose `path` holds the key, for each key: one pass over the index when `path` is indexed. */
  keysByValue(path: string, values: readonly string[]): Map<string, Set<string>> | undefined {
    const index = this.byValue.get(path);
    if (!index) return undefined;
    return new Map(values.map((value) => [value, keysIn(index.get(value))]));
  }

  private take(docs: Iterable<TDoc>, matches: (doc: TDoc) => boolean, limit: number): TDoc[] {
    const found: TDoc[] = [];
    for (const doc of docs) {
      if (found.length >= limit) break;
      if (matches(doc)) found.push(doc);
    }
    return found;
  }

  /** Walks a kept order from the position after `after`, in either direction. */
  private walk(list: readonly TDoc[], sort: MemorySort, after: MemoryPosition | undefined, matches: (doc: TDoc) => boolean, limit: number): TDoc[] {
    const found: TDoc[] = [];
    if (sort.direction === 1) {
      const start = after ? this.insertionPoint(list, sort.field, after.value, after.key, true) : 0;
      for (let i = start; i < list.length && found.length < limit; i++) if (matches(list[i]!)) found.push(list[i]!);
    } else {
      const start = after ? this.insertionPoint(list, sort.field, after.value, after.key) - 1 : list.length - 1;
      for (let i = start; i >= 0 && found.length < limit; i--) if (matches(list[i]!)) found.push(list[i]!);
    }
    return found;
  }

  /**
   * The records the most selective indexed criterion allows (references by `anyOf` on an
   * indexed path, or a search), or undefined when none narrows the search.
   */
  private candidates(criteria: Criteria): TDoc[] | undefined {
    let best: Set<string> | undefined;
    for (const criterion of criteria) {
      const keys = this.keysFor(criterion);
      if (keys && (!best || keys.size < best.size)) best = keys;
    }
    return best && [...best].map((key) => this.docs.get(key)!).filter(Boolean);
  }

  private keysFor(criterion: Criterion): Set<string> | undefined {
    switch (criterion.kind) {
      case 'anyOf': {
        const index = this.byValue.get(criterion.path);
        if (!index || criterion.orMissing) return undefined;
        const keys = new Set<string>();
        for (const value of criterion.values) for (const key of keysIn(index.get(value))) keys.add(key);
        return keys;
      }
      case 'terms':
        // The relevance index is built from the same texts and terms as `searchTerms`.
        return this.relevance && new Set(this.relevance.scores(criterion).keys());
      case 'either': {
        const parts = criterion.of.map((part) => this.keysFor(part));
        if (parts.some((part) => !part)) return undefined;
        return new Set(parts.flatMap((part) => [...part!]));
      }
      default:
        return undefined;
    }
  }

  private index(doc: TDoc): void {
    this.docs.set(doc._id, doc);
    for (const [path, index] of this.byValue) {
      for (const value of new Set(valuesAt(doc, path.split('.')))) {
        const keys = index.get(value);
        if (keys === undefined || keys === doc._id) index.set(value, doc._id);
        else if (typeof keys === 'string') index.set(value, new Set([keys, doc._id]));
        else keys.add(doc._id);
      }
    }
  }

  private unindex(doc: TDoc): void {
    this.docs.delete(doc._id);
    for (const [path, index] of this.byValue) {
      for (const value of valuesAt(doc, path.split('.'))) {
        const keys = index.get(value);
        if (keys === doc._id) index.delete(value);
        else if (typeof keys === 'object') {
          keys.delete(doc._id);
          if (keys.size === 1) index.set(value, keys.values().next().value!);
        }
      }
    }
  }

  /** Where (value, key) goes in a list sorted by (field, _id); with `after`, the first position past it. */
  private insertionPoint(list: readonly TDoc[], field: string, value: unknown, key: string, after = false): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const order = compareValues(list[middle]![field], value) || compareKeys(list[middle]!._id, key);
      if (order < 0 || (after && order === 0)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private positionOf(list: readonly TDoc[], field: string, doc: TDoc): number {
    return this.insertionPoint(list, field, doc[field], doc._id);
  }
}

/**
 * The in-memory copies of the collections of one database connection, shared by every
 * repository made on it, so that all of them see each other's writes. Only a process that
 * owns its database (the embedded one) keeps one: another process's writes would not reach it.
 */
export class Snapshot {
  private readonly collections = new Map<string, MemoryCollection<Doc>>();
  private trusted = true;

  /** `restored`: records by collection from a checkpoint of the database (see `db/snapshot-checkpoint.ts`). */
  constructor(private readonly restored = new Map<string, CheckpointedRecords>()) {}

  /** True while records from a checkpoint are waiting to be loaded. */
  get restoring(): boolean {
    return this.restored.size > 0;
  }

  /** The records of a collection as checkpointed, once: to load instead of reading the database. */
  takeRestored<TDoc extends Doc>(name: string): TDoc[] | undefined {
    const records = this.restored.get(name);
    this.restored.delete(name);
    return records?.() as TDoc[] | undefined;
  }

  /** After a write whose outcome is unknown, the copies may differ from the database: they are not checkpointed. */
  distrust(): void {
    this.trusted = false;
  }

  /** The records of every collection, when all are loaded and known to equal the database's. */
  checkpoint(): Map<string, Doc[]> | undefined {
    const collections = [...this.collections];
    if (!this.trusted || collections.length === 0 || collections.some(([, collection]) => !collection.loaded)) return undefined;
    return new Map(collections.map(([name, collection]) => [name, collection.records()]));
  }

  collection<TDoc extends Doc>(name: string, create: () => MemoryCollection<TDoc>): MemoryCollection<TDoc> {
    let collection = this.collections.get(name);
    if (!collection) {
      collection = create() as unknown as MemoryCollection<Doc>;
      this.collections.set(name, collection);
    }
    return collection as unknown as MemoryCollection<TDoc>;
  }
}
