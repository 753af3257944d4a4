import { anyOf, type Criteria } from '../db/criteria';
import { searchCriterion } from '../db/search-terms';
import { dateRangeCriterion } from '../dates/partial-date';
import { keysOf } from '../node/global-id';
import type { ArticleFilter } from './articles.args';
import { updatedSinceCriterion } from '../validation/input';
import { retractedCriteria } from '../review/retraction';

/** The criteria of an article filter (see `db/criteria.ts`). */
export function articleCriteria(filter: ArticleFilter | null | undefined): Criteria {
  if (!filter) return [];
  return [
    ...searchCriterion(filter.search, 'filter.search'),
    ...(filter.actorIds ? [anyOf(filter.includeDemonyms ? 'mentions.actorId' : 'namedActorIds', keysOf(filter.actorIds, 'Actor', 'filter.actorIds'))] : []),
    ...(filter.outlet ? [anyOf('outlet', [filter.outlet])] : []),
    ...(filter.agency ? [anyOf('agency', [filter.agency])] : []),
    ...dateRangeCriterion(filter.publishedAt, 'filter.publishedAt'),
    ...updatedSinceCriterion(filter.updatedSince, 'filter.updatedSince'),
    ...retractedCriteria(filter.includeRetracted),
  ];
}
