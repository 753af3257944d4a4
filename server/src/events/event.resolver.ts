import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { independentSourcesOf } from '../articles/independent-sources';
import { Actor } from '../actors/actor.type';
import type { Context } from '../context/context';
import { keyOf } from '../node/global-id';
import type { Connection } from '../pagination/connection';
import { CreateEventInput, EventPayload, UpdateEventInput } from './event.input';
import { Event, EventConnection, Participant } from './event.type';
import { EventsArgs } from './events.args';

@Resolver(() => Event)
export class EventResolver {
  @FieldResolver(() => Int, {
    description: 'How many independent reports support it: its distinct source articles, with the retellings of one agency report counted once.',
  })
  async independentSources(@Root() event: Event, @Ctx() { loaders }: Context): Promise<number> {
    return independentSourcesOf(event.sources, loaders.articles);
  }

  @Query(() => Event, { nullable: true, description: 'One event by id; null when there is none.' })
  async event(@Arg('id', () => ID, { description: 'Global id of the event.' }) id: string, @Ctx() { loaders }: Context): Promise<Event | null> {
    return loaders.events.load(keyOf(id, 'Event', 'id'));
  }

  @Query(() => EventConnection, { description: 'Events, filtered and ordered.' })
  async events(@Args() { filter, orderBy, ...page }: EventsArgs, @Ctx() { services }: Context): Promise<Connection<Event>> {
    return services.events.list(filter, orderBy, page);
  }

  @Mutation(() => EventPayload, { description: 'Records a new event. Needs an editor API key.' })
  async createEvent(
    @Arg('input', () => CreateEventInput, { description: 'The event to record.' }) input: CreateEventInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<EventPayload> {
    return { event: await services.events.create(input, viewer) };
  }

  @Mutation(() => EventPayload, { description: 'Changes an event. Needs an editor API key.' })
  async updateEvent(
    @Arg('input', () => UpdateEventInput, { description: 'The event and the changes.' }) input: UpdateEventInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<EventPayload> {
    return { event: await services.events.update(input, viewer) };
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Actor, { description: 'The actor taking part.' })
  async actor(@Root() participant: Participant, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actors.load(participant.actorId))!;
  }
}
