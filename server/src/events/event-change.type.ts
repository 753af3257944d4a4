import { ArgsType, Field, ObjectType, registerEnumType } from 'type-graphql';
import { Event } from './event.type';
import { EventFilter } from './events.args';

export enum EventChangeKind {
  ADDED = 'ADDED',
  UPDATED = 'UPDATED',
}

registerEnumType(EventChangeKind, {
  name: 'EventChangeKind',
  description: 'What happened to an event record.',
  valuesConfig: {
    ADDED: { description: 'The event was recorded (new to this subscriber).' },
    UPDATED: { description: 'An event the subscriber may already know changed, or gained a source.' },
  },
});

@ObjectType({ description: 'A recorded or changed event, delivered to a subscription.' })
export class EventChange {
  @Field(() => EventChangeKind, { description: 'Whether the event is new or changed.' })
  kind!: EventChangeKind;

  @Field(() => Event, { description: 'The event as stored after the change.' })
  event!: Event;

  @Field({ description: 'Position of this change; subscribe again with `after: cursor` to resume right after it.' })
  cursor!: string;
}

@ArgsType()
export class EventSubscriptionArgs {
  @Field(() => EventFilter, { nullable: true, description: 'Only events matching this filter (the same filter as the `events` query).' })
  filter?: EventFilter | null;

  @Field(() => String, {
    nullable: true,
    description: 'Resume after this cursor: changes made since are replayed first, then live ones follow, with no gaps and no duplicates.',
  })
  after?: string | null;
}
