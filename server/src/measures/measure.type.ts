import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDate } from '../dates/partial-date.type';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../node/node.type';
import { toGlobalId } from '../node/global-id';
import { ConnectionType } from '../pagination/connection';
import { courseOf, MeasureEndKind, MeasureKind, MeasureStatus, type MeasureDocument, type MeasureEndValue, type StatusChangeValue } from './measure.document';
import { ReviewedNode, reviewOf } from '../review/review.type';
import { retractionOf } from '../review/retraction.type';

registerEnumType(MeasureKind, {
  name: 'MeasureKind',
  description: 'What sort of measure an actor takes.',
  valuesConfig: {
    SANCTION: { description: 'Sanctions: asset freezes, bans, designations for sanctions.' },
    DIPLOMATIC_PROTEST: { description: 'Summoning an ambassador, a formal protest.' },
    EXPULSION: { description: 'Expelling diplomats, recalling an ambassador, downgrading ties.' },
    CONDEMNATION: { description: 'A formal condemnation.' },
    DEMAND: { description: 'A public demand that another party act or stop.' },
    WARNING: { description: 'A warning of consequences.' },
    MILITARY_DETERRENCE: { description: 'Deterrence arrangements, deployments, drills meant as a signal.' },
    AGREEMENT: { description: 'An agreement among several actors.' },
    SUSPENSION: { description: 'Suspending a treaty, talks, cooperation or aid.' },
    AID: { description: 'Aid pledged or sent in response to events.' },
    LEGAL_ACTION: { description: 'A case brought before a court.' },
    REVIEW: { description: 'A review of possible further measures.' },
    MONITORING: { description: 'Watching a situation, announced as a response.' },
    DESIGNATION: { description: 'A formal designation (e.g. for rights violations).' },
    OTHER: { description: 'Anything else.' },
  },
});

registerEnumType(MeasureStatus, {
  name: 'MeasureStatus',
  description: 'How far a measure has gone.',
  valuesConfig: {
    CONSIDERED: { description: 'Under consideration or review.' },
    THREATENED: { description: 'Threatened, conditional on what the target does.' },
    ANNOUNCED: { description: 'Announced or declared.' },
    IMPLEMENTED: { description: 'Carried out.' },
    AGREED: { description: 'Agreed among several issuers.' },
  },
});

registerEnumType(MeasureEndKind, {
  name: 'MeasureEndKind',
  description: 'How a measure stopped having effect.',
  valuesConfig: {
    LIFTED: { description: 'Lifted, withdrawn or revoked by its issuers.' },
    LAPSED: { description: 'Expired or lapsed at the end of its term.' },
    SUSPENDED: { description: 'Suspended: it may take effect again.' },
  },
});

@ObjectType({ description: 'One step of a measure: the status it reached, when, and the quote that says so.' })
export class MeasureStatusChange {
  @Field(() => MeasureStatus, { description: 'The status it reached.' })
  status!: MeasureStatus;

  @Field(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says; null when no source dates it.' })
  date!: PartialDate | null;

  @Field(() => Evidence, { nullable: true, description: 'The quote that says so; null for a change an editor made without one.' })
  source!: Evidence | null;

  static from(value: StatusChangeValue): MeasureStatusChange {
    return Object.assign(new MeasureStatusChange(), {
      status: value.status,
      date: PartialDate.from(value.date),
      source: value.source ? Evidence.from(value.source) : null,
    });
  }
}

@ObjectType({ description: 'An event a measure answers, and the quote that says so.' })
export class MeasureResponse {
  /** Resolved to the event by `MeasureResponseResolver`. */
  eventId!: string;

  @Field(() => Evidence, { nullable: true, description: 'The words of an article saying the measure answers the event; null for a link an editor made.' })
  source!: Evidence | null;
}

@ObjectType({ description: 'When and how a measure ended, and the quote that says so.' })
export class MeasureEnd {
  @Field(() => MeasureEndKind, { description: 'How it ended.' })
  kind!: MeasureEndKind;

  @Field(() => PartialDate, { nullable: true, description: 'When, as precisely as known; null when unknown.' })
  date!: PartialDate | null;

  @Field(() => Evidence, { nullable: true, description: 'The quote that says so.' })
  source!: Evidence | null;

  static from(value: MeasureEndValue | null): MeasureEnd | null {
    if (!value) return null;
    return Object.assign(new MeasureEnd(), {
      kind: value.kind,
      date: PartialDate.from(value.date),
      source: value.source ? Evidence.from(value.source) : null,
    });
  }
}

@ObjectType({ implements: Node, description: 'A measure actors take: sanctions, summoned ambassadors, warnings, drills, agreements.' })
export class Measure extends ReviewedNode {
  key!: string;
  issuerIds!: string[];
  targetIds!: string[];
  respondsToEventIds!: string[];

  @Field({ description: 'Short title.' })
  title!: string;

  @Field(() => MeasureKind, { description: 'What sort of measure.' })
  kind!: MeasureKind;

  @Field(() => MeasureStatus, { description: 'How far it has gone.' })
  status!: MeasureStatus;

  @Field(() => PartialDate, { nullable: true, description: 'When it was taken, as precisely as known. Null when unknown.' })
  date!: PartialDate | null;

  @Field(() => [String], { description: 'Rules invoked, e.g. "UN Security Council resolutions".' })
  legalBasis!: string[];

  @Field(() => String, { nullable: true, description: 'Scope as reported, e.g. "10 individuals and two entities".' })
  details!: string | null;

  @Field(() => [Evidence], { description: 'Quotes reporting the measure.' })
  sources!: Evidence[];

  @Field(() => [MeasureStatusChange], {
    description:
      'The statuses it went through, oldest first, each dated and quoted where a source says so ("announced on …, implemented on …"); the last is `status`.',
  })
  statusHistory!: MeasureStatusChange[];

  @Field(() => [MeasureResponse], {
    description: 'The events it answers (`respondsTo`), each with the quote saying so where a source says it ("after Monday\'s missile launch").',
  })
  responses!: MeasureResponse[];

  @Field(() => MeasureEnd, {
    nullable: true,
    description: 'When and how it ended (lifted, lapsed, suspended); null while in effect or when no source says it ended.',
  })
  end!: MeasureEnd | null;

  @Field(() => Int, { description: 'Version of the record: 1 when it was recorded, one more at every change.' })
  version!: number;

  @Field({ description: 'When the measure was recorded in Dossier.' })
  recordedAt!: Date;

  @Field({ description: 'When the record last changed.' })
  updatedAt!: Date;

  static from(doc: MeasureDocument): Measure {
    return Object.assign(new Measure(), {
      ...retractionOf(doc),
      key: doc._id,
      id: toGlobalId('Measure', doc._id),
      version: doc.version,
      ...reviewOf(doc),
      issuerIds: doc.issuerIds,
      targetIds: doc.targetIds,
      respondsToEventIds: doc.respondsToEventIds,
      responses: doc.respondsToEventIds.map((eventId) => {
        const quoted = doc.responseSources?.find((response) => response.eventId === eventId);
        return Object.assign(new MeasureResponse(), { eventId, source: quoted ? Evidence.from(quoted.source) : null });
      }),
      title: doc.title,
      kind: doc.kind,
      status: doc.status,
      date: PartialDate.from(doc.date),
      legalBasis: doc.legalBasis,
      details: doc.details,
      sources: doc.sources.map(Evidence.from),
      statusHistory: courseOf(doc).map(MeasureStatusChange.from),
      end: MeasureEnd.from(doc.end ?? null),
      recordedAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    });
  }
}

export const MeasureConnection = ConnectionType(Measure, 'Measure');
