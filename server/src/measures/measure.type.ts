import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartialDate } from '../dates/partial-date.type';
import { Evidence } from '../evidence/evidence.type';
import { Node } from '../node/node.type';
import { toGlobalId } from '../node/global-id';
import { ConnectionType } from '../pagination/connection';
import { MeasureKind, MeasureStatus, type MeasureDocument } from './measure.document';
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
      title: doc.title,
      kind: doc.kind,
      status: doc.status,
      date: PartialDate.from(doc.date),
      legalBasis: doc.legalBasis,
      details: doc.details,
      sources: doc.sources.map(Evidence.from),
      recordedAt: doc.createdAt,
      updatedAt: doc.updatedAt,
    });
  }
}

export const MeasureConnection = ConnectionType(Measure, 'Measure');
