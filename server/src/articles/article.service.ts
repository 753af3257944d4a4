import type { Filter } from 'mongodb';
import { dateRangeQuery } from '../dates/partial-date';
import { allOf, searchQuery } from '../db/text-search';
import { keyOf } from '../node/global-id';
import type { Connection, PageArgs, SortOrder } from '../pagination/connection';
import type { ArticleDocument } from './article.document';
import type { ArticleRepository } from './article.repository';
import { Article } from './article.type';
import { ArticleOrder, type ArticleFilter, type ArticleRelationArgs } from './articles.args';

const ORDERS: Record<ArticleOrder, SortOrder> = {
  [ArticleOrder.PUBLISHED_AT_DESC]: { field: 'dateStart', direction: -1 },
  [ArticleOrder.PUBLISHED_AT_ASC]: { field: 'dateStart', direction: 1 },
  [ArticleOrder.TITLE_ASC]: { field: 'titleKey', direction: 1 },
};

export class ArticleService {
  constructor(private readonly articles: ArticleRepository) {}

  async list(filter: ArticleFilter | null | undefined, orderBy: ArticleOrder, page: PageArgs): Promise<Connection<Article>> {
    return this.articles.page(this.toQuery(filter), ORDERS[orderBy], page);
  }

  /** Each actor's page of the articles naming it. */
  async pagesByParent(field: 'mentions.actorId', parentKeys: readonly string[], { orderBy, ...page }: ArticleRelationArgs): Promise<Connection<Article>[]> {
    return this.articles.pagesByParent(field, parentKeys, ORDERS[orderBy], page);
  }

  /** The articles of each syndication cluster, oldest first. */
  async clusterMembers(clusterIds: readonly string[]): Promise<Article[][]> {
    return (await this.articles.findByClusters(clusterIds)).map((docs) => docs.map(Article.from));
  }

  private toQuery(filter: ArticleFilter | null | undefined): Filter<ArticleDocument> {
    if (!filter) return {};
    const actorKeys = filter.actorIds?.map((id, index) => keyOf(id, 'Actor', `filter.actorIds[${index}]`));
    return allOf(
      searchQuery(filter.search, ['title', 'body'], 'filter.search'),
      actorKeys ? { 'mentions.actorId': { $in: actorKeys } } : {},
      filter.outlet ? { outlet: filter.outlet } : {},
      filter.agency ? { agency: filter.agency } : {},
      dateRangeQuery(filter.publishedAt, 'filter.publishedAt'),
    ) as Filter<ArticleDocument>;
  }
}
