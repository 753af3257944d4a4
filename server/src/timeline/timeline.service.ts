import { dateRangeCriterion } from '../dates/partial-date';
import { BadUserInputError } from '../errors/errors';
import type { EventDocument } from '../events/event.document';
import { eventsOfActors } from '../events/event.filter';
import type { EventRepository } from '../events/event.repository';
import { Event } from '../events/event.type';
import type { MeasureDocument } from '../measures/measure.document';
import { measuresOfActors } from '../measures/measure.filter';
import type { MeasureRepository } from '../measures/measure.repository';
import { Measure } from '../measures/measure.type';
import { keysOf } from '../node/global-id';
import { Page, pageSize, type Connection } from '../pagination/connection';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import type { TimelineArgs } from './timeline.type';

type Entry = { doc: EventDocument; node: Event } | { doc: MeasureDocument; node: Measure };

/** Events and measures of a set of actors in one date-ordered list. */
export class TimelineService {
  constructor(
    private readonly events: EventRepository,
    private readonly measures: MeasureRepository,
  ) {}

  /**
   * Reads `first + 1` rows from each collection past the cursor and merges them: two
   * queries per page (two counts more when the total is read), with the same
   * (dateStart, _id) key-set as every list.
   */
  async timeline(args: TimelineArgs): Promise<Connection<Event | Measure>> {
    if (args.actorIds.length === 0) throw new BadUserInputError('actorIds', 'name at least one actor');
    const limit = pageSize(args.first);
    const actorKeys = keysOf(args.actorIds, 'Actor', 'actorIds');
    const dates = dateRangeCriterion(args.date, 'date');
    const eventCriteria = [eventsOfActors(actorKeys), ...dates];
    const measureCriteria = [measuresOfActors(actorKeys), ...dates];
    const after = args.after ? decodeCursor(args.after, 'after') : undefined;
    const [eventDocs, measureDocs] = await Promise.all([
      limit === 0 ? [] : this.events.findInDateOrder(eventCriteria, after, limit + 1),
      limit === 0 ? [] : this.measures.findInDateOrder(measureCriteria, after, limit + 1),
    ]);
    const entries: Entry[] = [
      ...eventDocs.map((doc) => ({ doc, node: Event.from(doc) })),
      ...measureDocs.map((doc) => ({ doc, node: Measure.from(doc) })),
    ].sort((a, b) => compare(a.doc.dateStart, b.doc.dateStart) || compare(a.doc._id, b.doc._id));
    const edges = entries.slice(0, limit).map(({ doc, node }) => ({ cursor: encodeCursor({ value: doc.dateStart, key: doc._id }), node }));
    return new Page(
      edges,
      {
        hasNextPage: entries.length > limit,
        hasPreviousPage: Boolean(args.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      async () => (await Promise.all([this.events.count(eventCriteria), this.measures.count(measureCriteria)])).reduce((a, b) => a + b),
    );
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
