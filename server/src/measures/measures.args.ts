import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateRangeInput } from '../dates/partial-date.type';
import { PageArgs } from '../pagination/connection';
import { MeasureKind, MeasureStatus } from './measure.document';
import { ReviewState } from '../review/review';
import { UpdatedSinceField } from '../validation/input-fields';
import { ReviewFilterField } from '../review/review.type';
import { IncludeRetractedField } from '../review/retraction.type';

export enum MeasureOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  TITLE_ASC = 'TITLE_ASC',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(MeasureOrder, {
  name: 'MeasureOrder',
  description: 'Orders for measure lists.',
  valuesConfig: {
    DATE_ASC: { description: 'Earliest first; undated first.' },
    DATE_DESC: { description: 'Latest first; undated last.' },
    TITLE_ASC: { description: 'By title, case-insensitive.' },
    RELEVANCE: { description: 'Best match of `filter.search` first (needs a search).' },
  },
});

@InputType({ description: 'Conditions a measure must meet; all given conditions apply.' })
export class MeasureFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words all found in the title or details, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first.',
  })
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Measures issued by any of these actors.' })
  issuerIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Measures targeting any of these actors.' })
  targetIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Measures issued by or targeting any of these actors.' })
  actorIds?: string[] | null;

  @Field(() => [MeasureKind], { nullable: true, description: 'Measures of any of these kinds.' })
  kinds?: MeasureKind[] | null;

  @Field(() => [MeasureStatus], { nullable: true, description: 'Measures in any of these statuses.' })
  statuses?: MeasureStatus[] | null;

  @Field(() => DateRangeInput, { nullable: true, description: 'Measures whose possible dates overlap this range.' })
  date?: DateRangeInput | null;

  @Field(() => [ID], { nullable: true, description: 'Measures responding to any of these events.' })
  respondsToEventIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Measures reported by any of these articles.' })
  articleIds?: string[] | null;

  @ReviewFilterField('Measures')
  review?: ReviewState[] | null;

  @UpdatedSinceField('Measures')
  updatedSince?: Date | null;

  @IncludeRetractedField('measures')
  includeRetracted?: boolean | null;
}

@ArgsType()
export class MeasuresArgs extends PageArgs {
  @Field(() => MeasureFilter, { nullable: true, description: 'Which measures to list.' })
  filter?: MeasureFilter | null;

  @Field(() => MeasureOrder, { defaultValue: MeasureOrder.DATE_ASC, description: 'Order of the list.' })
  orderBy!: MeasureOrder;
}

@ArgsType()
export class MeasureRelationArgs extends PageArgs {
  @Field(() => MeasureOrder, { defaultValue: MeasureOrder.DATE_ASC, description: 'Order of the list.' })
  orderBy!: MeasureOrder;
}
