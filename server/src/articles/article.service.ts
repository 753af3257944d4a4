import { RELEVANCE } from '../db/relevance';
import type { Connection, PageArgs, SortOrder } from '../pagination/connection';
import { articleCriteria } from './article.filter';
import type { ArticleRepository } from './article.repository';
import { Article } from './article.type';
import { ArticleOrder, type ArticleFilter, type ArticleRelationArgs } from './articles.args';

const ORDERS: Record<ArticleOrder, SortOrder> = {
  [ArticleOrder.PUBLISHED_AT_DESC]: { field: 'dateStart', direction: -1 },
  [ArticleOrder.PUBLISHED_AT_ASC]: { field: 'dateStart', direction: 1 },
  [ArticleOrder.TITLE_ASC]: { field: 'titleKey', direction: 1 },
  [ArticleOrder.RELEVANCE]: { field: RELEVANCE, direction: 1 },
};

export class ArticleService {
  constructor(private readonly articles: ArticleRepository) {}

  async list(filter: ArticleFilter | null | undefined, orderBy: ArticleOrder, page: PageArgs): Promise<Connection<Article>> {
    return this.articles.page(articleCriteria(filter), ORDERS[orderBy], page);
  }

  /** Each actor's page of the articles naming it. */
  async pagesByParent(
    field: 'mentions.actorId' | 'namedActorIds',
    parentKeys: readonly string[],
    { orderBy, ...page }: ArticleRelationArgs,
  ): Promise<Connection<Article>[]> {
    return this.articles.pagesByParent(field, parentKeys, ORDERS[orderBy], page);
  }

  /** The page text of each article, as received. */
  async rawTexts(keys: readonly string[]): Promise<string[]> {
    const texts = await this.articles.rawTextsOf(keys);
    return keys.map((key) => texts.get(key) ?? '');
  }

  /** The articles of each syndication cluster, oldest first. */
  async clusterMembers(clusterIds: readonly string[]): Promise<Article[][]> {
    return (await this.articles.findByClusters(clusterIds)).map((docs) => docs.map(Article.from));
  }
}
