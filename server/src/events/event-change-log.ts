import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { ChangeNumbers, isDuplicateKey } from '../db/change-numbers';
import type { Database } from '../db/database';
import type { WriteLocks } from '../db/write-locks';
import { reasonOf, type Logger } from '../logging/logger';
import type { AttachedServers } from '../db/attached-servers';
import type { AmendmentBatch } from '../db/amendment-batch';

interface NoticeDocument {
  seq: number;
  at: Date;
}

interface SettingDocument {
  _id: string;
  value: string;
}

const NOTICES = 'event_notices';
const SETTINGS = 'settings';
const CURSOR_KEY = 'subscription-cursor-key';
const CHANGE_NUMBERS = 'change_numbers';
/** The write lock under which this process numbers and writes event changes, one at a time; whoever holds it waits for no other. */
const NUMBERING_LOCK = 'event-changes';

/** Labels the subscription feed's background reads, so they can be told apart in database logs and command monitoring. */
export const EVENT_FEED_COMMENT = 'dossier:event-feed';

/**
 * Numbers event changes and tells every server instance about them.
 *
 * Each created or changed event record stores its change number (`changeSeq`); the
 * records are what subscribers are served from. Numbers are claimed in the database
 * (`ChangeNumbers`), so they are distinct across every process. This process claims a
 * number and writes the change under it one change at a time, so its own changes commit in
 * number order; changes of other processes may commit out of order, which the feed allows
 * for by waiting for a missing number (`EventChangeFeed`).
 *
 * The capped `event_notices` collection only wakes the instances up: each tails it with one
 * tailable cursor. A notice lost because a process died after writing the record is caught
 * by the feed's periodic poll.
 */
export class EventChangeLog {
  private readonly db: Db;
  private readonly notices: Collection<NoticeDocument>;
  private readonly numbers: ChangeNumbers;
  private readonly writeLocks: WriteLocks;
  private cursorKey: Buffer | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly logger: Logger;
  /** No other process writes to this database: its notices need no following. */
  readonly exclusive: boolean;
  private readonly attachedServers: AttachedServers;

  constructor(database: Database) {
    this.db = database.db;
    this.exclusive = database.exclusive;
    this.notices = this.db.collection<NoticeDocument>(NOTICES);
    this.attachedServers = database.attachedServers;
    this.numbers = new ChangeNumbers(this.db, CHANGE_NUMBERS, database.exclusive, database.logger, () => this.attachedServers.any);
    // A server that comes to read learns the latest change number, then each notice.
    this.attachedServers.onAttached(() => void this.numbers.publish());
    this.logger = database.logger;
    this.writeLocks = database.writeLocks;
  }

  /** Creates the collections; numbering continues above `latestChangeSeq` (the highest number any event holds). */
  async prepare(latestChangeSeq: number): Promise<void> {
    const existing = await this.db.listCollections({ name: NOTICES }).toArray();
    if (existing.length === 0) await this.db.createCollection(NOTICES, { capped: true, size: 1024 * 1024, max: 10_000 });
    // A tailable cursor on an empty capped collection dies at once; one notice keeps it open.
    await this.notices.insertOne({ seq: 0, at: new Date() });
    await this.numbers.prepare(latestChangeSeq);
    // One key for every instance: the first to start stores it, the others read it.
    const settings = this.db.collection<SettingDocument>(SETTINGS);
    try {
      await settings.insertOne({ _id: CURSOR_KEY, value: randomBytes(32).toString('base64') });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    this.cursorKey = Buffer.from((await settings.findOne({ _id: CURSOR_KEY }))!.value, 'base64');
  }

  /**
   * Signs a subscription cursor's text, so that the change number and time a client sends
   * back are the ones this database gave (the time decides whether a cursor has expired).
   */
  sign(text: string): string {
    return createHmac('sha256', this.cursorKey!).update(text).digest('base64url').slice(0, 22);
  }

  /** True when `signature` is `text`'s. */
  verify(text: string, signature: string): boolean {
    const expected = Buffer.from(this.sign(text));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The latest change number claimed by any process: nothing changed while it stays the same. */
  latestClaimed(): Promise<number> {
    return this.numbers.latest(EVENT_FEED_COMMENT);
  }

  /**
   * The one way an event change is stored: claims the next change number, lets `write`
   * store the change under it (false: the record had moved on, nothing written), and
   * announces it; for a change `write` stages in `batch`, once the batch is stored.
   */
  async record(write: (changeSeq: number) => Promise<boolean>, batch?: AmendmentBatch): Promise<boolean> {
    if (batch) {
      // A change staged in a batch holds the numbering until the batch is stored: no later number is stored before it.
      await batch.lock(this.writeLocks, NUMBERING_LOCK, { innermost: true });
      const seq = await this.numbers.claim();
      const written = await write(seq);
      if (written) batch.afterStoring(() => this.recorded(seq));
      return written;
    }
    let seq = 0;
    const written = await this.writeLocks.run(NUMBERING_LOCK, async () => {
      seq = await this.numbers.claim();
      return write(seq);
    });
    if (written) await this.recorded(seq);
    return written;
  }

  private async recorded(seq: number): Promise<void> {
    for (const listener of this.listeners) listener();
    // The only server of the embedded database has no one to wake while no other reads it.
    if (!this.exclusive || this.attachedServers.any) await this.announce(seq);
  }

  /** Calls `listener` after every change this process records (its own feed wakes at once). */
  onRecorded(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Wakes the tails up. Best effort: the record already holds the change. */
  private async announce(seq: number): Promise<void> {
    try {
      await this.notices.insertOne({ seq, at: new Date() });
    } catch (error) {
      this.logger.warn({ seq, reason: reasonOf(error) }, 'could not announce an event change; subscribers get it at the next poll');
    }
  }

  /**
   * Calls `onNotice` for every notice written from now on, until `signal` aborts. Survives
   * database restarts: a broken cursor is reported and reopened after `retryMs`.
   */
  async tail(onNotice: () => void, signal: AbortSignal, report: { failed(error: unknown): void; succeeded(): void }, retryMs = 500): Promise<void> {
    while (!signal.aborted) {
      try {
        const latest = await this.notices.find({}, { comment: EVENT_FEED_COMMENT }).sort({ $natural: -1 }).limit(1).next();
        const cursor = this.notices.find(latest ? { at: { $gte: latest.at } } : {}, {
          tailable: true,
          awaitData: true,
          maxAwaitTimeMS: 1_000,
          comment: EVENT_FEED_COMMENT,
        });
        const abort = () => void cursor.close().catch(() => {});
        signal.addEventListener('abort', abort, { once: true });
        try {
          // Reopening may have missed notices: one wake-up covers them.
          report.succeeded();
          onNotice();
          for await (const notice of cursor) {
            void notice;
            onNotice();
            if (signal.aborted) break;
          }
        } finally {
          signal.removeEventListener('abort', abort);
          await cursor.close().catch(() => {});
        }
      } catch (error) {
        if (!signal.aborted) report.failed(error);
      }
      if (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}
