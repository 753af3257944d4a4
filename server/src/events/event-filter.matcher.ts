import { dayRangeOf, parsePartialDate } from '../dates/partial-date';
import { BadUserInputError } from '../errors/errors';
import { keyOf } from '../node/global-id';
import type { EventDocument } from './event.document';
import type { EventFilter } from './events.args';

/**
 * The `EventFilter` of a subscription as a predicate, with the same meaning as the
 * database query of the `events` query (see `EventService.toQuery`), so one filter
 * selects the same events whether they are listed or delivered live.
 */
export function eventFilterPredicate(filter: EventFilter | null | undefined, field = 'filter'): (doc: EventDocument) => boolean {
  if (!filter) return () => true;
  const search = filter.search?.trim().toLowerCase();
  const actorKeys = filter.actorIds && new Set(filter.actorIds.map((id, index) => keyOf(id, 'Actor', `${field}.actorIds[${index}]`)));
  const articleKeys = filter.articleIds && new Set(filter.articleIds.map((id, index) => keyOf(id, 'Article', `${field}.articleIds[${index}]`)));
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : undefined;
  const from = filter.date?.from ? dayRangeOf(parsePartialDate(filter.date.from, `${field}.date.from`)).start : undefined;
  const to = filter.date?.to ? dayRangeOf(parsePartialDate(filter.date.to, `${field}.date.to`)).end : undefined;
  if (from && to && to < from) throw new BadUserInputError(`${field}.date`, `the range ends (${filter.date!.to}) before it starts (${filter.date!.from})`);
  return (doc) =>
    (!search || [doc.title, doc.description, doc.location].some((text) => text?.toLowerCase().includes(search))) &&
    (!actorKeys || doc.participants.some((participant) => actorKeys.has(participant.actorId))) &&
    (!kinds || kinds.has(doc.kind)) &&
    (!articleKeys || doc.sources.some((source) => articleKeys.has(source.articleId))) &&
    (!from || doc.dateEnd >= from) &&
    (!to || (doc.dateStart !== '' && doc.dateStart <= to));
}
