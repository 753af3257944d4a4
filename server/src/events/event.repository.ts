import type { Db } from 'mongodb';
import { SourcedRepository } from '../db/repository';
import type { DatedEvent, EventDocument } from './event.document';
import { Event } from './event.type';

/** Labels the subscription feed's background reads, so they can be told apart in database logs and command monitoring. */
export const EVENT_FEED_COMMENT = 'dossier:event-feed';

export class EventRepository extends SourcedRepository<EventDocument, Event> {
  constructor(db: Db) {
    super(db, 'events', Event.from, [
      { key: { dateStart: 1, _id: 1 }, name: 'date_order' },
      { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
      { key: { 'participants.actorId': 1, dateStart: 1 }, name: 'participant_date' },
      { key: { kind: 1, dateStart: 1 }, name: 'kind_date' },
      { key: { 'sources.articleId': 1 }, name: 'source_article' },
      { key: { changeSeq: 1 }, name: 'change_seq' },
    ]);
  }

  /** Events changed after `seq`, in change order: what subscribers have not seen yet. */
  async findChangedAfter(seq: number, limit: number, untilSeq = Number.MAX_SAFE_INTEGER): Promise<EventDocument[]> {
    return this.collection.find({ changeSeq: { $gt: seq, $lte: untilSeq } }, { comment: EVENT_FEED_COMMENT }).sort({ changeSeq: 1 }).limit(limit).toArray();
  }

  /** The dated events, with what dating articles needs of them. */
  async findDated(): Promise<DatedEvent[]> {
    return this.collection.find({ dateStart: { $gt: '' } }, { projection: { date: 1, dateClaims: 1, kind: 1, participants: 1 } }).toArray();
  }

  async latestChangeSeq(): Promise<number> {
    const [latest] = await this.collection.find({}, { projection: { changeSeq: 1 }, comment: EVENT_FEED_COMMENT }).sort({ changeSeq: -1 }).limit(1).toArray();
    return latest?.changeSeq ?? 0;
  }
}
