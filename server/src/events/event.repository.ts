import type { Db } from 'mongodb';
import { SourcedRepository } from '../db/repository';
import type { EventDocument } from './event.document';
import { Event } from './event.type';

export class EventRepository extends SourcedRepository<EventDocument, Event> {
  constructor(db: Db) {
    super(db, 'events', Event.from, [
      { key: { dateStart: 1, _id: 1 }, name: 'date_order' },
      { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
      { key: { 'participants.actorId': 1, dateStart: 1 }, name: 'participant_date' },
      { key: { kind: 1, dateStart: 1 }, name: 'kind_date' },
      { key: { 'sources.articleId': 1 }, name: 'source_article' },
    ]);
  }
}
