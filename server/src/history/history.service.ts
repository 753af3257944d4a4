import type { RevisionLog } from '../db/revision-log';
import type { Connection, PageArgs } from '../pagination/connection';
import { HistoryOrder, Revision } from './revision.type';

/** The collection whose records each node type's history lists. */
export type HistoryOf = 'articles' | 'actors' | 'events' | 'measures';

export class HistoryService {
  constructor(private readonly revisions: RevisionLog) {}

  /** A page of the history of each record of `collection`, for a batch of records at once. */
  async pagesOf(collection: HistoryOf, keys: readonly string[], orderBy: HistoryOrder, page: PageArgs): Promise<Connection<Revision>[]> {
    const pages = await this.revisions.pages(collection, keys, orderBy === HistoryOrder.OLDEST_FIRST ? 1 : -1, page);
    return pages.map((connection) => ({
      edges: connection.edges.map(({ cursor, node }) => ({ cursor, node: Revision.from(node) })),
      pageInfo: connection.pageInfo,
      get totalCount() {
        return connection.totalCount;
      },
    }));
  }
}
