import { ArgsType, Field, ID, createUnionType } from 'type-graphql';
import { DateRangeInput } from '../dates/partial-date.type';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';
import { ConnectionType, PageArgs } from '../pagination/connection';

export const TimelineItem = createUnionType({
  name: 'TimelineItem',
  description: 'An entry of a timeline: an event or a measure.',
  types: () => [Event, Measure] as const,
  resolveType: (value) => (value instanceof Measure ? Measure : Event),
});

export const TimelineConnection = ConnectionType(TimelineItem, 'TimelineItem');

@ArgsType()
export class TimelineArgs extends PageArgs {
  @Field(() => [ID], { description: 'The actors to follow: events they took part in, measures they issued or were targeted by.' })
  actorIds!: string[];

  @Field(() => DateRangeInput, { nullable: true, description: 'Only entries whose possible dates overlap this range.' })
  date?: DateRangeInput | null;
}
