import type { RevisionLog } from '../db/revision-log';
import type { Connection, PageArgs } from '../pagination/connection';
import { Change, RECORD_TYPES, RecordType } from './change.type';
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

  /** The change feed: every write of the records of `types` (default all), in one order, after a cursor. */
  async changes(
    types: readonly RecordType[] | null | undefined,
    after: string | null | undefined,
    first: number | null | undefined,
  ): Promise<Connection<Change>> {
    const collections = (types && types.length > 0 ? [...new Set(types)] : Object.values(RecordType)).map((type) => RECORD_TYPES[type].collection);
    const page = await this.revisions.changes(collections, after, first);
    return {
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: Change.from(node) })),
      pageInfo: page.pageInfo,
      get totalCount() {
        return page.totalCount;
      },
    };
  }
}
