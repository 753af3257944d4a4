import { anyOf, type Criteria, type Criterion } from '../db/criteria';
import { searchCriterion } from '../db/search-terms';
import { dateRangeCriterion } from '../dates/partial-date';
import { keysOf } from '../node/global-id';
import { inReview } from '../review/review';
import { inputPath, updatedSinceCriterion } from '../validation/input';
import type { MeasureFilter } from './measures.args';
import { retractedCriteria } from '../review/retraction';

/** Measures issued by or aimed at any of these actors. */
export const measuresOfActors = (actorKeys: readonly string[]): Criterion => ({
  kind: 'either',
  of: [anyOf('issuerIds', actorKeys), anyOf('targetIds', actorKeys)],
});

/** The criteria of a measure filter (see `db/criteria.ts`); `path` names the filter's inputs in errors. */
export function measureCriteria(filter: MeasureFilter | null | undefined, path = 'filter'): Criteria {
  if (!filter) return [];
  const at = inputPath(path);
  return [
    ...searchCriterion(filter.search, at('search')),
    ...(filter.issuerIds ? [anyOf('issuerIds', keysOf(filter.issuerIds, 'Actor', at('issuerIds')))] : []),
    ...(filter.targetIds ? [anyOf('targetIds', keysOf(filter.targetIds, 'Actor', at('targetIds')))] : []),
    ...(filter.actorIds ? [measuresOfActors(keysOf(filter.actorIds, 'Actor', at('actorIds')))] : []),
    ...(filter.kinds?.length ? [anyOf('kind', filter.kinds)] : []),
    ...(filter.statuses?.length ? [anyOf('status', filter.statuses)] : []),
    ...(filter.respondsToEventIds ? [anyOf('respondsToEventIds', keysOf(filter.respondsToEventIds, 'Event', at('respondsToEventIds')))] : []),
    ...(filter.articleIds ? [anyOf('sources.articleId', keysOf(filter.articleIds, 'Article', at('articleIds')))] : []),
    ...dateRangeCriterion(filter.date, at('date')),
    ...(filter.review?.length ? [inReview(filter.review)] : []),
    ...updatedSinceCriterion(filter.updatedSince, at('updatedSince')),
    ...retractedCriteria(filter.includeRetracted),
  ];
}
