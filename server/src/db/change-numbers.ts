import { MongoServerError, type Collection, type Db } from 'mongodb';
import { reasonOf, type Logger } from '../logging/logger';

interface ClaimDocument {
  _id: number;
  at: Date;
}

/** How many recent claims are kept; older ones are pruned once they are also old in time. */
const KEEP_CLAIMS = 1_000;
const PRUNE_EVERY = 500;
const PRUNE_AFTER_MS = 10 * 60_000;

export const isDuplicateKey = (error: unknown): boolean => error instanceof MongoServerError && error.code === 11000;

/**
 * Increasing change numbers shared by every process writing to one database.
 *
 * A number is claimed by inserting it as the `_id` of a claim document: the one thing both
 * MongoDB and the embedded FerretDB refuse atomically is a second document with the same
 * `_id`, whereas FerretDB applies `$inc` as an unguarded read-modify-write (concurrent
 * increments return the same value). A refused insert means another writer took the
 * number, so the writer reads the latest claim and tries the next one.
 *
 * A process that is the database's only writer (the embedded database's owner) remembers
 * its last claim instead of reading it back each time, and while no other server reads the
 * database (`watched`), it stores no claims at all: its records keep the numbers it gave,
 * and numbering continues above them after a restart (`prepare`). When a server comes to
 * read, the latest number given is stored (`publish`) and claims are stored again. Other
 * processes read the latest claim before each attempt, which costs one indexed lookup on
 * MongoDB.
 *
 * Claims are pruned, keeping the latest `KEEP_CLAIMS` and anything younger than ten
 * minutes, so that the latest claim stays cheap to read where every read scans (FerretDB).
 * A writer could reuse a pruned number only by stalling for ten minutes between reading
 * the latest claim and inserting the next.
 */
export class ChangeNumbers {
  private readonly claims: Collection<ClaimDocument>;
  private next: number | undefined;

  constructor(
    private readonly db: Db,
    private readonly collectionName: string,
    private readonly exclusive: boolean,
    private readonly logger: Logger,
    private readonly watched: () => boolean = () => true,
  ) {
    this.claims = db.collection<ClaimDocument>(collectionName);
  }

  /** Creates the collection; numbers continue above `floor` (changes numbered before claims were kept). */
  async prepare(floor: number): Promise<void> {
    const existing = await this.db.listCollections({ name: this.collectionName }).toArray();
    if (existing.length === 0) {
      try {
        await this.db.createCollection(this.collectionName);
      } catch (error) {
        // Another instance created it first.
        if (!(error instanceof MongoServerError && error.codeName === 'NamespaceExists')) throw error;
      }
    }
    if (floor > (await this.latest())) {
      try {
        await this.claims.insertOne({ _id: floor, at: new Date() });
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
  }

  /** The latest number claimed by anyone (0 before the first). */
  async latest(comment?: string): Promise<number> {
    // The only writer knows the latest number without reading it (it may not have stored it).
    if (this.exclusive && this.next !== undefined) return this.next - 1;
    const [latest] = await this.claims
      .find({}, { projection: { _id: 1 }, ...(comment ? { comment } : {}) })
      .sort({ _id: -1 })
      .limit(1)
      .toArray();
    return latest?._id ?? 0;
  }

  async claim(): Promise<number> {
    if (this.exclusive && this.next !== undefined && !this.watched()) return this.next++;
    for (let attempt = 1; ; attempt++) {
      const number = this.exclusive && this.next !== undefined ? this.next : (await this.latest()) + 1;
      try {
        await this.claims.insertOne({ _id: number, at: new Date() });
      } catch (error) {
        this.next = undefined;
        if (isDuplicateKey(error) && attempt < 1_000) continue;
        throw error;
      }
      this.next = number + 1;
      if (number % PRUNE_EVERY === 0) this.prune(number);
      return number;
    }
  }

  /** Stores the latest number this process gave, for a server that has come to read the database. */
  async publish(): Promise<void> {
    if (this.next !== undefined) await this.note(this.next - 1);
  }

  /**
   * Records `number` as taken, by a process that numbers by itself, for other processes
   * that read the latest claim to learn that something changed. Best effort.
   */
  async note(number: number): Promise<void> {
    try {
      await this.claims.insertOne({ _id: number, at: new Date() });
      if (number % PRUNE_EVERY === 0) this.prune(number);
    } catch (error) {
      if (!isDuplicateKey(error)) this.logger.warn({ reason: reasonOf(error) }, `could not note ${this.collectionName} ${number}`);
    }
  }

  private prune(latest: number): void {
    this.claims.deleteMany({ _id: { $lt: latest - KEEP_CLAIMS }, at: { $lt: new Date(Date.now() - PRUNE_AFTER_MS) } }).catch((error: unknown) => {
      this.logger.warn({ reason: reasonOf(error) }, `could not prune old ${this.collectionName} (retried at the next ${PRUNE_EVERY} claims)`);
    });
  }
}
