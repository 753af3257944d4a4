import type DataLoader from 'dataloader';
import type { Evidence } from '../evidence/evidence.type';
import type { Article } from './article.type';

/**
 * How many independent reports a record's sources are: its distinct articles, with the
 * retellings of one agency report (a syndication cluster) counted once.
 */
export async function independentSourcesOf(sources: readonly Evidence[], articles: DataLoader<string, Article | null>): Promise<number> {
  const keys = [...new Set(sources.map((source) => source.articleId))];
  const found = await articles.loadMany(keys);
  return new Set(found.map((article, index) => (article && !(article instanceof Error) && article.syndicationClusterId) || keys[index])).size;
}
