import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateRangeInput } from '../dates/partial-date.type';
import { PageArgs } from '../pagination/connection';
import { EventKind } from './event.document';
import { ReviewState } from '../review/review';
import { UpdatedSinceField } from '../validation/input-fields';
import { ReviewFilterField } from '../review/review.type';
import { IncludeRetractedField } from '../review/retraction.type';

export enum EventOrder {
  DATE_ASC = 'DATE_ASC',
  DATE_DESC = 'DATE_DESC',
  TITLE_ASC = 'TITLE_ASC',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(EventOrder, {
  name: 'EventOrder',
  description: 'Orders for event lists.',
  valuesConfig: {
    DATE_ASC: { description: 'Earliest first (by the earliest day the event may have been); undated first.' },
    DATE_DESC: { description: 'Latest first; undated last.' },
    TITLE_ASC: { description: 'By title, case-insensitive.' },
    RELEVANCE: { description: 'Best match of `filter.search` first (needs a search).' },
  },
});

@InputType({ description: 'Conditions an event must meet; all given conditions apply. Also used by event subscriptions.' })
export class EventFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words all found in the title, description or location, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first.',
  })
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Events in which any of these actors took part.' })
  actorIds?: string[] | null;

  @Field(() => [EventKind], { nullable: true, description: 'Events of any of these kinds.' })
  kinds?: EventKind[] | null;

  @Field(() => DateRangeInput, { nullable: true, description: 'Events whose possible dates overlap this range.' })
  date?: DateRangeInput | null;

  @Field(() => [ID], { nullable: true, description: 'Events reported by any of these articles.' })
  articleIds?: string[] | null;

  @ReviewFilterField('Events')
  review?: ReviewState[] | null;

  @UpdatedSinceField('Events')
  updatedSince?: Date | null;

  @IncludeRetractedField('events')
  includeRetracted?: boolean | null;
}

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Which events to list.' })
  filter?: EventFilter | null;

  @Field(() => EventOrder, { defaultValue: EventOrder.DATE_ASC, description: 'Order of the list.' })
  orderBy!: EventOrder;
}

@ArgsType()
export class EventRelationArgs extends PageArgs {
  @Field(() => EventOrder, { defaultValue: EventOrder.DATE_ASC, description: 'Order of the list.' })
  orderBy!: EventOrder;
}
