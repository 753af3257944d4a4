import type { Collection, Db } from 'mongodb';
import type { Sequences } from '../db/sequences';
import { EVENT_FEED_COMMENT } from './event.repository';

interface NoticeDocument {
  seq: number;
  at: Date;
}

const NOTICES = 'event_notices';

/**
 * Numbers event changes and tells every server instance about them.
 *
 * Each created or changed event record stores its change number (`changeSeq`); the
 * records are what subscribers are served from. The capped `event_notices` collection
 * only wakes the instances up: each tails it with one tailable cursor. A notice lost
 * because a process died after writing the record is caught by the feed's periodic poll.
 */
export class EventChangeLog {
  private readonly notices: Collection<NoticeDocument>;

  constructor(
    private readonly db: Db,
    private readonly sequences: Sequences,
  ) {
    this.notices = db.collection<NoticeDocument>(NOTICES);
  }

  async createCollection(): Promise<void> {
    const existing = await this.db.listCollections({ name: NOTICES }).toArray();
    if (existing.length === 0) await this.db.createCollection(NOTICES, { capped: true, size: 1024 * 1024, max: 10_000 });
    // A tailable cursor on an empty capped collection dies at once; one notice keeps it open.
    await this.notices.insertOne({ seq: 0, at: new Date() });
  }

  nextSeq(): Promise<number> {
    return this.sequences.next('event_changes');
  }

  /** Wakes the tails up. Best effort: the record already holds the change. */
  async announce(seq: number): Promise<void> {
    try {
      await this.notices.insertOne({ seq, at: new Date() });
    } catch (error) {
      console.error(`Could not announce event change ${seq}; subscribers get it at the next poll:`, error);
    }
  }

  /**
   * Calls `onNotice` for every notice written from now on, until `signal` aborts. Survives
   * database restarts: a broken cursor is reopened after `retryMs`.
   */
  async tail(onNotice: () => void, signal: AbortSignal, retryMs = 500): Promise<void> {
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
      } catch {
        // The database went away or the cursor died; try again shortly.
      }
      if (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}
