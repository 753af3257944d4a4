import type { RecordChangeFeed } from './record-change-feed';
import type { RevisionLog } from '../db/revision-log';
import type { HistoryService } from './history.service';

declare module '../context/context' {
  interface Repositories {
    /** Every record's revisions (see `db/revision-log.ts`). */
    readonly revisions: RevisionLog;
  }
  interface Services {
    readonly history: HistoryService;
    /** Follows the change feed for `recordChanged` subscriptions. */
    readonly recordFeed: RecordChangeFeed;
  }
}
