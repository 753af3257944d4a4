import type { Mutation } from '../db/repository';
import { SourcedRepository } from '../evidence/sourced-repository';
import type { Database } from '../db/database';
import type { EvidenceValue } from '../evidence/evidence';
import { eventDocument, type DatedEvent, type EventDocument, type EventFields } from './event.document';
import { EVENT_FEED_COMMENT, type EventChangeLog } from './event-change-log';
import { Event } from './event.type';
import { toQuery } from '../db/criteria';
import { CURATED, inReview, ReviewState, reviewedByDefault } from '../review/review';
import { currentByDefault } from '../review/retraction';

const FEED_READ_TIMEOUT_MS = 5_000;

/** Every write of an event is a numbered change (see `EventChangeLog`), so subscribers hear of it. */
export class EventRepository extends SourcedRepository<EventDocument, Event, EventFields> {
  constructor(
    database: Database,
    readonly changes: EventChangeLog,
  ) {
    super(database, {
      collectionName: 'events',
      toNode: Event.from,
      build: eventDocument,
      indexes: [
        { key: { dateStart: 1, _id: 1 }, name: 'date_order' },
        { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
        { key: { 'participants.actorId': 1, dateStart: 1 }, name: 'participant_date' },
        { key: { kind: 1, dateStart: 1 }, name: 'kind_date' },
        { key: { 'sources.articleId': 1 }, name: 'source_article' },
        { key: { changeSeq: 1 }, name: 'change_seq' },
        { key: { searchTerms: 1 }, name: 'search_terms' },
        { key: { review: 1, dateStart: 1 }, name: 'review_date' },
      ],
      relevance: { title: 3, description: 1, location: 1 },
      memory: { sortFields: ['dateStart', 'titleKey', 'changeSeq'], indexedPaths: ['participants.actorId', 'sources.articleId', 'kind'] },
      listed: (criteria) => currentByDefault(reviewedByDefault(criteria)),
      addedFields: CURATED,
      derivedFields: ['titleKey', 'dateStart', 'dateEnd', 'createdSeq', 'changeSeq'],
    });
  }

  override async prepareRecords(): Promise<void> {
    await super.prepareRecords();
    await this.changes.prepare(await this.latestChangeSeq());
  }

  /** Records a new event as a change. */
  async create(fields: Omit<EventFields, 'createdSeq' | 'changeSeq'>): Promise<EventDocument> {
    let created: EventDocument | undefined;
    await this.changes.record(async (seq) => {
      created = await this.insert({ ...fields, createdSeq: seq, changeSeq: seq });
      return true;
    });
    return created!;
  }

  /** Changes an event (see `Repository.modify`) as a numbered change. */
  async change(key: string, mutate: Mutation<EventDocument, EventFields>): Promise<EventDocument | null> {
    return this.modify(key, mutate, (changes, write) => this.changes.record((changeSeq) => write({ ...changes, changeSeq })));
  }

  /** Changes an event as a numbered change stored as an amendment (see `Repository.amend`): a further report of it. */
  async amendChange(key: string, mutate: Mutation<EventDocument, EventFields>): Promise<EventDocument | null> {
    return this.amend(key, mutate, (changes, write, batch) => this.changes.record((changeSeq) => write({ ...changes, changeSeq }), batch));
  }

  override async addSource(key: string, evidence: EvidenceValue): Promise<EventDocument | null> {
    return this.amendChange(key, (current) => ({ sources: [...current.sources, evidence], updatedAt: new Date() }));
  }

  /**
   * Events changed after `seq`, in change order: what subscribers have not seen yet. A
   * database read that hangs (a database that stopped answering) fails after
   * `FEED_READ_TIMEOUT_MS`, so the feed retries instead of waiting forever.
   */
  async findChangedAfter(seq: number, limit: number, untilSeq?: number): Promise<EventDocument[]> {
    const changed = { kind: 'range' as const, path: 'changeSeq', above: seq, upTo: untilSeq };
    if (this.memory) return this.memory.find([changed], { sort: { field: 'changeSeq', direction: 1 }, limit });
    return this.collection
      .find(toQuery<EventDocument>([changed]), { comment: EVENT_FEED_COMMENT, signal: AbortSignal.timeout(FEED_READ_TIMEOUT_MS) })
      .sort({ changeSeq: 1 })
      .limit(limit)
      .toArray();
  }

  /** True when reads come from this process's snapshot, which costs no database command. */
  get readsFromMemory(): boolean {
    return this.memory !== undefined;
  }

  /** The dated events of the record, with what dating articles needs of them. */
  async findDated(): Promise<DatedEvent[]> {
    return this.find([{ kind: 'overlaps', from: '0000-01-01' }, inReview([ReviewState.ACCEPTED])], {
      projection: { date: 1, dateClaims: 1, kind: 1, participants: 1 },
    });
  }

  /** The highest change number any event holds (0 when none does). */
  async latestChangeSeq(): Promise<number> {
    if (this.memory) return this.memory.find([], { sort: { field: 'changeSeq', direction: -1 }, limit: 1 })[0]?.changeSeq ?? 0;
    const [latest] = await this.collection
      .find({}, { projection: { changeSeq: 1 }, comment: EVENT_FEED_COMMENT, signal: AbortSignal.timeout(FEED_READ_TIMEOUT_MS) })
      .sort({ changeSeq: -1 })
      .limit(1)
      .toArray();
    return latest?.changeSeq ?? 0;
  }
}
