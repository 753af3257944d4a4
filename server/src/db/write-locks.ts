import { AmendmentBatch } from './amendment-batch';

/**
 * Serializes this process's writes that must not interleave: the read-modify-write of one
 * record, or a uniqueness check and the insert it guards. Tasks on one key run one after
 * another in arrival order; tasks on different keys run concurrently. Keys are dropped as
 * soon as nothing waits on them, so the map holds only keys in use.
 */
export class WriteLocks {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    // Inside a batch of amendments, the batch's locks are released before any other is waited for.
    await AmendmentBatch.current()?.storeBefore(this, key);
    const release = await this.acquire(key);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** Waits for `key`, then holds it until the function returned is called. */
  async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }

  /** True while a task holds `key` or waits for it. */
  busy(key: string): boolean {
    return this.tails.has(key);
  }

  /** Keys currently held or waited on (for tests and monitoring). */
  get size(): number {
    return this.tails.size;
  }
}
