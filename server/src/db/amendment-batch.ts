import { AsyncLocalStorage } from 'node:async_hooks';
import { MongoBulkWriteError, type Collection, type Document } from 'mongodb';
import type { AmendmentDocument } from './amendments';

/** One amendment waiting in a batch, and what follows once it is stored. */
export interface StagedAmendment {
  readonly amendments: Collection<AmendmentDocument>;
  readonly amendment: AmendmentDocument;
  /** The record with the amendment applied: what the batch's own reads see until it is stored. */
  readonly doc: Document & { _id: string };
  /** Makes the amended record what every reader sees. */
  readonly stored: () => void;
  /** What to do once the batch's locks are released (its revision, waking followers). */
  readonly after: () => Promise<void> | void;
  /** The record's collection may now differ from what this process holds of it. */
  readonly failed: () => void;
}

/** The write locks a batch takes and holds (`WriteLocks`, which stores a batch before its task waits). */
interface Locks {
  acquire(key: string): Promise<() => void>;
  busy(key: string): boolean;
}

const batches = new AsyncLocalStorage<AmendmentBatch>();

/**
 * Runs `task`, storing the amendments of its writes (`Repository.amend`) together: one insert
 * instead of one per amendment, which is most of the cost of coding an article that reports
 * held happenings again. Until stored, an amendment is seen by `task`'s own reads only, and
 * the amended records stay locked, so no other write or read sees a change before it is
 * stored. The batch is stored when `task` ends, failing or not, and sooner when `task` writes
 * otherwise or needs a lock someone else holds.
 */
export async function batchingAmendments<T>(task: () => Promise<T>): Promise<T> {
  const batch = new AmendmentBatch();
  let result: T;
  try {
    result = await batches.run(batch, task);
  } catch (error) {
    await batch.close().catch(() => {});
    throw error;
  }
  await batch.close();
  return result;
}

/**
 * The amendments staged by one `batchingAmendments` task, and the write locks it holds until
 * they are stored: the locks of the records they amend, and any other a staged write took
 * (the event numbering, so that no later change number is stored before a staged one).
 */
export class AmendmentBatch {
  private readonly held = new Map<string, () => void>();
  private waiting: StagedAmendment[] = [];
  private followUps: (() => Promise<void> | void)[] = [];
  /** Staged records by collection and key: the latest state of each. */
  private readonly latest = new Map<string, Map<string, Document>>();
  private open = true;

  /** The batch of the task running, if any. */
  static current(): AmendmentBatch | undefined {
    const batch = batches.getStore();
    // Work the task started (a timer, a listener) may outlive it.
    return batch?.open ? batch : undefined;
  }

  /**
   * Holds `key` until the batch is stored. An `innermost` lock (the event numbering) is
   * waited for with the others held: no holder of it waits for another lock, so the wait
   * ends, and the records read under the locks held stay as read.
   */
  async lock(locks: Locks, key: string, { innermost = false } = {}): Promise<void> {
    if (this.held.has(key)) return;
    if (!innermost) await this.storeBefore(locks, key);
    this.held.set(key, await locks.acquire(key));
  }

  /**
   * Stores the batch before its task waits for lock `key`: it may hold that lock itself,
   * and two tasks each holding what the other waits for would wait forever.
   */
  async storeBefore(locks: Locks, key: string): Promise<void> {
    if (this.held.size > 0 && (this.held.has(key) || locks.busy(key))) await this.store();
  }

  /** The staged state of a record, if the batch amended it. */
  staged<TDoc extends Document>(collection: string, key: string): TDoc | undefined {
    return this.latest.get(collection)?.get(key) as TDoc | undefined;
  }

  /** The collection's records the batch amended, by key (empty when none). */
  stagedIn<TDoc extends Document>(collection: string): ReadonlyMap<string, TDoc> {
    return (this.latest.get(collection) ?? EMPTY) as ReadonlyMap<string, TDoc>;
  }

  /** Calls `followUp` once what is staged now has been stored (or failed to be) and the locks released: to announce it. */
  afterStoring(followUp: () => Promise<void> | void): void {
    this.followUps.push(followUp);
  }

  stage(entry: StagedAmendment): void {
    this.waiting.push(entry);
    const records = this.latest.get(entry.amendment.collection) ?? new Map<string, Document>();
    records.set(entry.doc._id, entry.doc);
    this.latest.set(entry.amendment.collection, records);
  }

  /**
   * Stores what is staged in one ordered insert and makes it visible, then releases the
   * locks. When the insert fails, the amendments it stored before failing are kept, the
   * rest dropped, and the error thrown.
   */
  async store(): Promise<void> {
    const staged = this.waiting;
    const followUps = this.followUps;
    this.waiting = [];
    this.followUps = [];
    this.latest.clear();
    let stored = staged.length;
    let failure: unknown;
    if (staged.length > 0) {
      try {
        await staged[0]!.amendments.insertMany(
          staged.map((entry) => entry.amendment),
          { ordered: true },
        );
      } catch (error) {
        failure = error;
        stored = error instanceof MongoBulkWriteError ? error.insertedCount : 0;
        for (const entry of staged) entry.failed();
      }
    }
    for (const entry of staged.slice(0, stored)) entry.stored();
    for (const release of this.held.values()) release();
    this.held.clear();
    for (const entry of staged.slice(0, stored)) await entry.after();
    for (const followUp of followUps) await followUp();
    if (failure) throw failure;
  }

  /** Stores what is left; later writes of the task's leftovers are not batched. */
  async close(): Promise<void> {
    try {
      await this.store();
    } finally {
      this.open = false;
    }
  }
}

const EMPTY: ReadonlyMap<string, Document> = new Map();
