import type { RevisionLog } from '../db/revision-log';
import type { Change, RecordType } from './change.type';
import type { HistoryService } from './history.service';

/** How often a follower looks for changes written by other servers. */
const POLL_MS = 1_000;
const PAGE = 100;

/** One change as a subscription delivers it, with the cursor to resume after it. */
export interface FollowedChange {
  readonly cursor: string;
  readonly change: Change;
}

/**
 * Follows the change feed for subscriptions (`recordChanged`). Each subscription reads the
 * feed on from its own cursor, at its own pace (a slow client holds nothing in memory), and
 * waits when it has read everything: this server's writes wake it at once, and a timer
 * every `POLL_MS` looks for other servers' writes, reading the revisions only when a newer
 * feed number exists (see `RevisionLog.mayFollow`).
 */
export class RecordChangeFeed {
  private readonly waiting = new Set<() => void>();
  private timer: NodeJS.Timeout | undefined;
  private stopListening: (() => void) | undefined;

  constructor(
    private readonly revisions: RevisionLog,
    private readonly history: HistoryService,
  ) {}

  start(): void {
    this.stopListening = this.revisions.onRecorded(() => this.wake());
    this.timer = setInterval(() => this.wake(), POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    this.stopListening?.();
    clearInterval(this.timer);
    this.wake();
  }

  /** The changes to records of `types` after `after` (from now without it), then each new one, until the subscriber leaves. */
  async *follow(types: readonly RecordType[] | null | undefined, after: string | null | undefined): AsyncGenerator<FollowedChange> {
    // Read first, so that a bad cursor is refused before the subscription starts.
    let cursor = after ?? (await this.revisions.latestCursor());
    if (after) await this.history.changes(types, after, 0);
    // The first read is made whatever the latest number says: a replay reads what is stored.
    let read = false;
    for (;;) {
      if (!read || (await this.revisions.mayFollow(cursor))) {
        read = true;
        const page = await this.history.changes(types, cursor, PAGE);
        for (const edge of page.edges) {
          cursor = edge.cursor;
          yield { cursor: edge.cursor, change: edge.node };
        }
        // Another type's changes move the cursor on too, so that they are not read again.
        if (page.edges.length === 0) cursor = (await this.history.changes(null, cursor, PAGE)).edges.at(-1)?.cursor ?? cursor;
        if (page.pageInfo.hasNextPage) continue;
      }
      await new Promise<void>((resolve) => this.waiting.add(resolve));
    }
  }

  private wake(): void {
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const resolve of waiting) resolve();
  }
}
