import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { independentSourcesOf } from '../articles/independent-sources';
import { Actor } from '../actors/actor.type';
import type { Context } from '../context/context';
import { Event } from '../events/event.type';
import { keyOf } from '../node/global-id';
import type { Connection } from '../pagination/connection';
import { CreateMeasureInput, MeasurePayload, UpdateMeasureInput } from './measure.input';
import { Measure, MeasureConnection, MeasureResponse } from './measure.type';
import { MeasuresArgs } from './measures.args';

const present = <T>(values: (T | null | Error)[]): T[] => values.filter((value): value is T => value !== null && !(value instanceof Error));

@Resolver(() => Measure)
export class MeasureResolver {
  @FieldResolver(() => Int, {
    description: 'How many independent reports support it: its distinct source articles, with the retellings of one agency report counted once.',
  })
  async independentSources(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<number> {
    return independentSourcesOf(measure.sources, loaders.articles);
  }

  @Query(() => Measure, { nullable: true, description: 'One measure by id; null when there is none.' })
  async measure(@Arg('id', () => ID, { description: 'Global id of the measure.' }) id: string, @Ctx() { loaders }: Context): Promise<Measure | null> {
    return loaders.measures.load(keyOf(id, 'Measure', 'id'));
  }

  @Query(() => MeasureConnection, { description: 'Measures, filtered and ordered.' })
  async measures(@Args() { filter, orderBy, ...page }: MeasuresArgs, @Ctx() { services }: Context): Promise<Connection<Measure>> {
    return services.measures.list(filter, orderBy, page);
  }

  @FieldResolver(() => [Actor], { description: 'The actors taking the measure.' })
  async issuers(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Actor[]> {
    return present(await loaders.actors.loadMany(measure.issuerIds));
  }

  @FieldResolver(() => [Actor], { description: 'The actors it is aimed at.' })
  async targets(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Actor[]> {
    return present(await loaders.actors.loadMany(measure.targetIds));
  }

  @FieldResolver(() => [Event], { description: 'The events this measure answers.' })
  async respondsTo(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Event[]> {
    return present(await loaders.events.loadMany(measure.respondsToEventIds));
  }

  @Mutation(() => MeasurePayload, { description: 'Records a new measure. Needs an editor API key.' })
  async createMeasure(
    @Arg('input', () => CreateMeasureInput, { description: 'The measure to record.' }) input: CreateMeasureInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<MeasurePayload> {
    return { measure: await services.measures.create(input, viewer) };
  }

  @Mutation(() => MeasurePayload, { description: 'Changes a measure. Needs an editor API key.' })
  async updateMeasure(
    @Arg('input', () => UpdateMeasureInput, { description: 'The measure and the changes.' }) input: UpdateMeasureInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<MeasurePayload> {
    return { measure: await services.measures.update(input, viewer) };
  }
}

@Resolver(() => MeasureResponse)
export class MeasureResponseResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The event answered; null when it is no longer held.' })
  async event(@Root() response: MeasureResponse, @Ctx() { loaders }: Context): Promise<Event | null> {
    return loaders.events.load(response.eventId);
  }
}
