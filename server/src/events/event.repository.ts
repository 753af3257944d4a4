import type { Db } from 'mongodb';
import type { PartialDateValue } from '../dates/partial-date';
import type { EvidenceValue } from '../evidence/evidence';
import { SourcedRepository } from '../db/repository';
import type { EventDocument } from './event.document';
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

  /** Every recorded date of every event (its date and each claim) with its participants, for dating articles. */
  async datedEvents(): Promise<{ date: PartialDateValue; kind: string; participantIds: string[] }[]> {
    const docs = await this.collection.find({ dateStart: { $gt: '' } }, { projection: { date: 1, dateClaims: 1, kind: 1, participants: 1 } }).toArray();
    return docs.flatMap((doc) =>
      [doc.date, ...doc.dateClaims.map((claim) => claim.date)]
        .filter((date): date is PartialDateValue => Boolean(date))
        .map((date) => ({ date, kind: doc.kind, participantIds: doc.participants.map((participant) => participant.actorId) })),
    );
  }

  async latestChangeSeq(): Promise<number> {
    const [latest] = await this.collection.find({}, { projection: { changeSeq: 1 }, comment: EVENT_FEED_COMMENT }).sort({ changeSeq: -1 }).limit(1).toArray();
    return latest?.changeSeq ?? 0;
  }

  async addSourceAsChange(key: string, evidence: EvidenceValue, updatedAt: Date, changeSeq: number): Promise<EventDocument | null> {
    return this.collection.findOneAndUpdate({ _id: key }, { $push: { sources: evidence }, $set: { updatedAt, changeSeq } }, { returnDocument: 'after' });
  }
}
