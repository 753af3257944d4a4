import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDate } from '../dates/partial-date.type';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../node/node.type';
import { toGlobalId } from '../node/global-id';
import { ConnectionType } from '../pagination/connection';
import { EventKind, ParticipantRole, type DateClaimValue, type EventDocument, type ParticipantValue } from './event.document';
import { formatPartialDate } from '../dates/partial-date';
import { ReviewedNode, reviewOf } from '../review/review.type';
import { retractionOf } from '../review/retraction.type';

registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What happened.',
  valuesConfig: {
    MEETING: { description: 'Leaders or officials met (a summit, talks).' },
    VISIT: { description: 'Someone travelled somewhere.' },
    ARMS_TRANSFER: { description: 'Weapons or munitions were delivered.' },
    MILITARY_EXERCISE: { description: 'A drill or exercise.' },
    MILITARY_ACTION: { description: 'An attack or other use of force.' },
    WEAPONS_TEST: { description: 'A missile launch, a nuclear or other weapons test.' },
    TROOP_DEPLOYMENT: { description: 'Forces deployed, moved or withdrawn.' },
    VOTE: { description: 'A vote in a body: a resolution, a veto, a ratification.' },
    TREATY_SIGNING: { description: 'A treaty or agreement was signed.' },
    DETENTION: { description: 'People, ships or goods were arrested, detained or seized.' },
    STATEMENT: { description: 'A public statement, disclosure or assessment.' },
    PROPOSAL: { description: 'An offer or proposal made to another party.' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part an actor plays in an event.',
  valuesConfig: {
    INITIATOR: { description: 'Acted or spoke.' },
    TARGET: { description: 'Was acted upon or addressed.' },
    PARTICIPANT: { description: 'Took part.' },
    HOST: { description: 'Hosted it.' },
  },
});

@ObjectType({ description: 'An actor taking part in an event, and how.' })
export class Participant {
  actorId!: string;

  @Field(() => ParticipantRole, { description: 'The part the actor played.' })
  role!: ParticipantRole;

  static from(value: ParticipantValue): Participant {
    return Object.assign(new Participant(), value);
  }
}

@ObjectType({ description: 'The date one source gives for an event. Sources may disagree; every claim is kept.' })
export class DateClaim {
  @Field(() => PartialDate, { description: 'The date this source gives.' })
  date!: PartialDate;

  @Field(() => Evidence, { description: 'The quote that gives it.' })
  source!: Evidence;

  static from(value: DateClaimValue): DateClaim {
    return Object.assign(new DateClaim(), { date: PartialDate.from(value.date), source: Evidence.from(value.source) });
  }
}

@ObjectType({ implements: Node, description: 'Something that happened in the world, as reported by articles.' })
export class Event extends ReviewedNode {
  key!: string;

  @Field({ description: 'Short title.' })
  title!: string;

  @Field(() => EventKind, { description: 'What happened.' })
  kind!: EventKind;

  @Field(() => PartialDate, {
    nullable: true,
    description: 'When it happened, as precisely as all sources agree (coarser when they disagree: see `dateClaims`). Null when unknown.',
  })
  date!: PartialDate | null;

  @Field({ description: 'True when sources give different dates; `dateClaims` holds each.' })
  dateDisputed!: boolean;

  @Field(() => [DateClaim], { description: "Each source's date for the event." })
  dateClaims!: DateClaim[];

  @Field(() => String, { nullable: true, description: 'Where it happened.' })
  location!: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, in a few sentences.' })
  description!: string | null;

  @Field(() => [Participant], { description: 'The actors involved and their roles.' })
  participants!: Participant[];

  @Field(() => [Evidence], { description: 'Quotes reporting the event.' })
  sources!: Evidence[];

  @Field(() => [ID], { description: 'The events merged into this one (see `mergeEvents`): their ids resolve to it.' })
  mergedFrom!: string[];

  @Field(() => Int, { description: 'Version of the record: 1 when it was recorded, one more at every change.' })
  version!: number;

  @Field({ description: 'When the event was recorded in Dossier.' })
  recordedAt!: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt!: Date;

  static from(doc: EventDocument): Event {
    const claimed = new Set(doc.dateClaims.map((claim) => formatPartialDate({ ...claim.date, approximate: false })));
    return Object.assign(new Event(), {
      ...retractionOf(doc),
      mergedFrom: (doc.mergedFrom ?? []).map((key) => toGlobalId('Event', key)),
      key: doc._id,
      id: toGlobalId('Event', doc._id),
      version: doc.version,
      ...reviewOf(doc),
      title: doc.title,
      kind: doc.kind,
      date: PartialDate.from(doc.date),
      dateDisputed: claimed.size > 1,
      dateClaims: doc.dateClaims.map(DateClaim.from),
      location: doc.location,
      description: doc.description,
      participants: doc.participants.map(Participant.from),
      sources: doc.sources.map(Evidence.from),
      recordedAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    });
  }
}

export const EventConnection = ConnectionType(Event, 'Event');
