import { anyOf, toPredicate, type Criteria, type Criterion } from '../db/criteria';
import { searchCriterion } from '../db/search-terms';
import { dateRangeCriterion } from '../dates/partial-date';
import { keysOf } from '../node/global-id';
import { inReview, reviewedByDefault } from '../review/review';
import { inputPath, updatedSinceCriterion } from '../validation/input';
import type { EventDocument } from './event.document';
import type { EventFilter } from './events.args';
import { currentByDefault, retractedCriteria } from '../review/retraction';

/** Events in which any of these actors took part. */
export const eventsOfActors = (actorKeys: readonly string[]): Criterion => anyOf('participants.actorId', actorKeys);

/** Events quoted from any of these articles. */
export const eventsReportedBy = (articleKeys: readonly string[]): Criterion => anyOf('sources.articleId', articleKeys);

/**
 * The criteria of an event filter (see `db/criteria.ts`), used by the `events` query and
 * by event subscriptions alike; `path` names the filter's inputs in errors.
 */
export function eventCriteria(filter: EventFilter | null | undefined, path = 'filter'): Criteria {
  if (!filter) return [];
  const at = inputPath(path);
  return [
    ...searchCriterion(filter.search, at('search')),
    ...(filter.actorIds ? [eventsOfActors(keysOf(filter.actorIds, 'Actor', at('actorIds')))] : []),
    ...(filter.kinds?.length ? [anyOf('kind', filter.kinds)] : []),
    ...(filter.articleIds ? [eventsReportedBy(keysOf(filter.articleIds, 'Article', at('articleIds')))] : []),
    ...dateRangeCriterion(filter.date, at('date')),
    ...(filter.review?.length ? [inReview(filter.review)] : []),
    ...updatedSinceCriterion(filter.updatedSince, at('updatedSince')),
    ...retractedCriteria(filter.includeRetracted),
  ];
}

/** An event filter as an in-memory test, for live subscriptions: the events a list with that filter shows. */
export const eventPredicate = (filter: EventFilter | null | undefined): ((doc: EventDocument) => boolean) =>
  toPredicate<EventDocument>(currentByDefault(reviewedByDefault(eventCriteria(filter))));
