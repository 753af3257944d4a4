import type { Filter } from 'mongodb';
import { dateRangeQuery } from '../dates/partial-date';
import { allOf, searchQuery } from '../db/text-search';
import { keyOf } from '../node/global-id';
import type { Connection, PageArgs, SortOrder } from '../pagination/connection';
import type { ArticleDocument } from './article.document';
import type { ArticleRepository } from './article.repository';
import { Article } from './article.type';
import { ArticleOrder, type ArticleFilter } from './articles.args';

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

  /** The other articles retelling the same agency report, oldest first. */
  async syndicatedWith(article: Article): Promise<Article[]> {
    if (!article.syndicationClusterId) return [];
    return (await this.articles.findByCluster(article.syndicationClusterId)).filter((doc) => doc._id !== article.key).map(Article.from);
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
