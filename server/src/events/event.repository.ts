import type { Mutation } from '../db/repository';
import { SourcedRepository } from '../evidence/sourced-repository';
import type { Database } from '../db/database';
import type { EvidenceValue } from '../evidence/evidence';
import { eventDocument, type DatedEvent, type EventDocument, type EventFields } from './event.document';
import { EVENT_FEED_COMMENT, type EventChangeLog } from './event-change-log';
import { Event } from './event.type';
import { operationSignal } from '../context/operation-signal';

const FEED_READ_TIMEOUT_MS = 5_000;

/** Every write of an event is a numbered change (see `EventChangeLog`), so subscribers hear of it. */
export class EventRepository extends SourcedRepository<EventDocument, Event, EventFields> {
  constructor(
    database: Database,
    readonly changes: EventChangeLog,
  ) {
    super(database, 'events', Event.from, [
      { key: { dateStart: 1, _id: 1 }, name: 'date_order' },
      { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
      { key: { 'participants.actorId': 1, dateStart: 1 }, name: 'participant_date' },
      { key: { kind: 1, dateStart: 1 }, name: 'kind_date' },
      { key: { 'sources.articleId': 1 }, name: 'source_article' },
      { key: { changeSeq: 1 }, name: 'change_seq' },
      ],
      eventDocument,
    );
  }

  override async prepare(): Promise<void> {
    await super.prepare();
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

  override async addSource(key: string, evidence: EvidenceValue): Promise<EventDocument | null> {
    return this.change(key, (current) => ({ sources: [...current.sources, evidence], updatedAt: new Date() }));
  }

  /**
   * Events changed after `seq`, in change order: what subscribers have not seen yet. A read
   * that hangs (a database that stopped answering) fails after `FEED_READ_TIMEOUT_MS`, so
   * the feed retries instead of waiting forever.
   */
  async findChangedAfter(seq: number, limit: number, untilSeq = Number.MAX_SAFE_INTEGER): Promise<EventDocument[]> {
    return this.collection
      .find({ changeSeq: { $gt: seq, $lte: untilSeq } }, { comment: EVENT_FEED_COMMENT, signal: AbortSignal.timeout(FEED_READ_TIMEOUT_MS) })
      .sort({ changeSeq: 1 })
      .limit(limit)
      .toArray();
  }

  /** The dated events, with what dating articles needs of them. */
  async findDated(): Promise<DatedEvent[]> {
    return this.collection.find({ dateStart: { $gt: '' } }, { projection: { date: 1, dateClaims: 1, kind: 1, participants: 1 }, ...operationSignal() }).toArray();
  }

  async latestChangeSeq(): Promise<number> {
    const [latest] = await this.collection.find({}, { projection: { changeSeq: 1 }, comment: EVENT_FEED_COMMENT }).sort({ changeSeq: -1 }).limit(1).toArray();
    return latest?.changeSeq ?? 0;
  }
}
