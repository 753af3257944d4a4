import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Actor } from '../actors/actor.type';
import { Event } from '../events/event.type';

@InputType({ description: 'Actors that are one actor: the others are merged into the survivor.' })
export class MergeActorsInput {
  @Field(() => ID, { description: 'The actor that remains.' })
  survivorId!: string;

  @Field(() => [ID], { description: 'The actors merged into it (1 to 20), of the same kind.' })
  mergedIds!: string[];

  @Field(() => Int, { nullable: true, description: "The survivor's `version` the editor read: refused with CONFLICT when it has changed since." })
  expectedVersion?: number | null;
}

@InputType({ description: 'Events that are one happening: the others are merged into the survivor.' })
export class MergeEventsInput {
  @Field(() => ID, { description: 'The event that remains.' })
  survivorId!: string;

  @Field(() => [ID], { description: 'The events merged into it (1 to 20).' })
  mergedIds!: string[];

  @Field(() => Int, { nullable: true, description: "The survivor's `version` the editor read: refused with CONFLICT when it has changed since." })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The result of merging actors.' })
export class MergeActorsPayload {
  @Field(() => Actor, { description: 'The survivor, as stored now.' })
  actor!: Actor;

  @Field(() => Int, { description: 'How many other records now refer to the survivor instead of a merged actor.' })
  movedReferences!: number;
}

@ObjectType({ description: 'The result of merging events.' })
export class MergeEventsPayload {
  @Field(() => Event, { description: 'The survivor, as stored now.' })
  event!: Event;

  @Field(() => Int, { description: 'How many measures now answer the survivor instead of a merged event.' })
  movedReferences!: number;
}
