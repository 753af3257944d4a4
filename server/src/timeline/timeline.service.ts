import type { Filter } from 'mongodb';
import { BadUserInputError } from '../errors/errors';
import type { EventDocument } from '../events/event.document';
import type { EventRepository } from '../events/event.repository';
import type { EventService } from '../events/event.service';
import { Event } from '../events/event.type';
import type { MeasureDocument } from '../measures/measure.document';
import type { MeasureRepository } from '../measures/measure.repository';
import type { MeasureService } from '../measures/measure.service';
import { Measure } from '../measures/measure.type';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { afterQuery, Page, pageSize, type Connection, type SortOrder } from '../pagination/connection';
import { allOf } from '../db/text-search';
import type { TimelineArgs } from './timeline.type';

const DATE_ORDER: SortOrder = { field: 'dateStart', direction: 1 };

type Entry = { doc: EventDocument; node: Event } | { doc: MeasureDocument; node: Measure };

/** Events and measures of a set of actors in one date-ordered list. */
export class TimelineService {
  constructor(
    private readonly events: EventRepository,
    private readonly measures: MeasureRepository,
    private readonly eventService: EventService,
    private readonly measureService: MeasureService,
  ) {}

  /**
   * Reads `first + 1` rows from each collection past the cursor and merges them: two
   * queries per page (two counts more when the total is read), with the same
   * (dateStart, _id) key-set as every list.
   */
  async timeline(args: TimelineArgs): Promise<Connection<Event | Measure>> {
    if (args.actorIds.length === 0) throw new BadUserInputError('actorIds', 'name at least one actor');
    const limit = pageSize(args.first);
    // The same filters as the events and measures lists, on the top-level arguments.
    const filter = { actorIds: args.actorIds, date: args.date ?? null };
    const eventFilter = this.eventService.toQuery(filter, '');
    const measureFilter = this.measureService.toQuery(filter, '');
    const after = args.after ? afterQuery(DATE_ORDER, decodeCursor(args.after, 'after')) : {};
    const [eventDocs, measureDocs] = await Promise.all([
      limit === 0 ? [] : this.events.findInDateOrder(allOf(eventFilter, after) as Filter<EventDocument>, limit + 1),
      limit === 0 ? [] : this.measures.findInDateOrder(allOf(measureFilter, after) as Filter<MeasureDocument>, limit + 1),
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
      async () => (await Promise.all([this.events.count(eventFilter), this.measures.count(measureFilter)])).reduce((a, b) => a + b),
    );
  }
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
