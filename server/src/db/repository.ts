import type { Collection, Db, Document, Filter, IndexDescription, OptionalUnlessRequiredId } from 'mongodb';
import type { EvidenceValue } from '../evidence/evidence';
import { findPage, type Connection, type PageArgs, type SortOrder } from '../pagination/connection';

export interface StoredDocument extends Document {
  _id: string;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * Data access shared by every domain collection. A domain's repository extends it and is
 * the only code that touches that collection.
 */
export abstract class Repository<TDoc extends StoredDocument, TNode> {
  protected readonly collection: Collection<TDoc>;

  constructor(
    db: Db,
    collectionName: string,
    private readonly toNode: (doc: TDoc) => TNode,
    private readonly indexes: IndexDescription[],
  ) {
    this.collection = db.collection<TDoc>(collectionName);
  }

  /** The indexes a real MongoDB needs for this collection's queries. */
  async createIndexes(): Promise<void> {
    // One index per command: FerretDB 1.24 drops the connection when a single
    // createIndexes command names several indexes that already exist.
    for (const index of this.indexes) await this.collection.createIndexes([index]);
  }

  async findByKeys(keys: readonly string[]): Promise<TDoc[]> {
    return (await this.collection.find({ _id: { $in: [...keys] } } as Filter<TDoc>).toArray()) as TDoc[];
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    const found = await this.collection.find({ _id: { $in: [...keys] } } as Filter<TDoc>, { projection: { _id: 1 } }).toArray();
    return new Set(found.map((doc) => doc._id as string));
  }

  async page(filter: Filter<TDoc>, order: SortOrder, page: PageArgs): Promise<Connection<TNode>> {
    return findPage(this.collection, { filter, order, page }, this.toNode);
  }

  /** Up to `limit` documents in date order, for timelines merged across collections. */
  async findInDateOrder(filter: Filter<TDoc>, limit: number): Promise<TDoc[]> {
    return (await this.collection.find(filter).sort({ dateStart: 1, _id: 1 }).limit(limit).toArray()) as TDoc[];
  }

  async count(filter: Filter<TDoc> = {}): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  async insert(doc: TDoc): Promise<void> {
    await this.collection.insertOne(doc as OptionalUnlessRequiredId<TDoc>);
  }

  async update(key: string, changes: Partial<TDoc>): Promise<TDoc | null> {
    return (await this.collection.findOneAndUpdate({ _id: key } as Filter<TDoc>, { $set: changes }, { returnDocument: 'after' })) as TDoc | null;
  }

  /** Writes a curated document under its fixed id; writing it again changes nothing. */
  async upsert(doc: TDoc): Promise<void> {
    const { createdAt, _id, ...fields } = doc;
    await this.collection.updateOne({ _id } as Filter<TDoc>, { $set: fields as Partial<TDoc>, $setOnInsert: { createdAt } as Partial<TDoc> }, { upsert: true });
  }
}

/** A collection whose documents carry `sources` evidence. */
export abstract class SourcedRepository<TDoc extends StoredDocument & { sources: EvidenceValue[] }, TNode> extends Repository<TDoc, TNode> {
  /** Appends a source and sets `changes` (at least `updatedAt`) in one write. */
  async addSource(key: string, evidence: EvidenceValue, changes: Partial<TDoc> & { updatedAt: Date }): Promise<TDoc | null> {
    return (await this.collection.findOneAndUpdate(
      { _id: key } as Filter<TDoc>,
      { $push: { sources: evidence }, $set: changes } as never,
      { returnDocument: 'after' },
    )) as TDoc | null;
  }
}
