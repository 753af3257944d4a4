import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EvidenceInput } from '../evidence/evidence.type';
import { MeasureEndKind, MeasureKind, MeasureStatus } from './measure.document';
import { Measure } from './measure.type';
import { CommentField, ExpectedVersionField } from '../validation/input-fields';

@InputType({ description: 'A new measure. It needs at least one issuer and one source quote.' })
export class CreateMeasureInput {
  @Field({ description: 'Short title, at most 300 characters.' })
  title!: string;

  @Field(() => MeasureKind, { description: 'What sort of measure.' })
  kind!: MeasureKind;

  @Field(() => MeasureStatus, { description: 'How far it has gone.' })
  status!: MeasureStatus;

  @Field(() => [ID], { description: 'The actors taking the measure (at least one).' })
  issuerIds!: string[];

  @Field(() => [ID], { nullable: true, description: 'The actors it is aimed at.' })
  targetIds?: string[] | null;

  @Field(() => String, { nullable: true, description: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate.' })
  date?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Events the measure answers.' })
  respondsToEventIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Rules invoked.' })
  legalBasis?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Scope as reported, at most 2,000 characters.' })
  details?: string | null;

  @Field(() => [EvidenceInput], { description: 'Quotes reporting the measure (at least one).' })
  sources!: EvidenceInput[];
}

@InputType({ description: 'How and when a measure ended.' })
export class MeasureEndInput {
  @Field(() => MeasureEndKind, { description: 'Lifted, lapsed or suspended.' })
  kind!: MeasureEndKind;

  @Field(() => String, { nullable: true, description: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate.' })
  date?: string | null;

  @Field(() => EvidenceInput, { nullable: true, description: 'The quote saying so.' })
  source?: EvidenceInput | null;
}

@InputType({
  description:
    'Changes to a measure: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. Add sources with `attachEvidence`.',
})
export class MeasureChanges {
  @Field(() => String, { nullable: true, description: 'New title (required: cannot be null).' })
  title?: string | null;

  @Field(() => MeasureKind, { nullable: true, description: 'New kind (required: cannot be null).' })
  kind?: MeasureKind | null;

  @Field(() => MeasureStatus, {
    nullable: true,
    description: 'New status (required: cannot be null). A different status is added to `statusHistory`, with `statusDate` and `statusSource`.',
  })
  status?: MeasureStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the measure reached `status` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); without a new status, dates the current one.',
  })
  statusDate?: string | null;

  @Field(() => EvidenceInput, { nullable: true, description: 'The quote saying the measure reached `status`; without a new status, sources the current one.' })
  statusSource?: EvidenceInput | null;

  @Field(() => MeasureEndInput, { nullable: true, description: 'How and when the measure ended; `null` says it is in effect again.' })
  end?: MeasureEndInput | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the issuers (at least one; cannot be null).' })
  issuerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the targets; `null` removes them all.' })
  targetIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New date; `null` removes it.' })
  date?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the events it answers; `null` removes them all.' })
  respondsToEventIds?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the legal basis; `null` removes it all.' })
  legalBasis?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New details; `null` removes them.' })
  details?: string | null;
}

@ObjectType({ description: 'The result of creating or updating a measure.' })
export class MeasurePayload {
  @Field(() => Measure, { description: 'The measure as stored.' })
  measure!: Measure;
}

@InputType({ description: 'Changes to a measure (see `MeasureChanges`).' })
export class UpdateMeasureInput extends MeasureChanges {
  @Field(() => ID, { description: 'The measure to change.' })
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @CommentField()
  comment?: string | null;
}
