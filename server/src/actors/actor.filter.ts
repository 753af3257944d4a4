import { anyOf, type Criteria } from '../db/criteria';
import { searchCriterion } from '../db/search-terms';
import { keysOf } from '../node/global-id';
import type { ActorFilter } from './actors.args';
import { updatedSinceCriterion } from '../validation/input';
import { retractedCriteria } from '../review/retraction';

/** The criteria of an actor filter (see `db/criteria.ts`). */
export function actorCriteria(filter: ActorFilter | null | undefined): Criteria {
  if (!filter) return [];
  return [
    ...searchCriterion(filter.search, 'filter.search'),
    ...(filter.kinds?.length ? [anyOf('kind', filter.kinds)] : []),
    ...(filter.affiliationIds ? [anyOf('affiliationId', keysOf(filter.affiliationIds, 'Actor', 'filter.affiliationIds'))] : []),
    ...updatedSinceCriterion(filter.updatedSince, 'filter.updatedSince'),
    ...retractedCriteria(filter.includeRetracted),
  ];
}
