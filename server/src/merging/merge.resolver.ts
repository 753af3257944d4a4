import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context/context';
import { MergeActorsInput, MergeActorsPayload, MergeEventsInput, MergeEventsPayload } from './merge.input';

@Resolver()
export class MergeResolver {
  @Mutation(() => MergeActorsPayload, {
    description:
      'Merges actors that are one actor into a survivor: it takes their names (as aliases), metonyms, demonyms, hosts, roles and sources; every event, measure, article mention and affiliation naming them names the survivor instead; their ids keep resolving, to the survivor (see `mergedFrom`). Needs an editor API key.',
  })
  async mergeActors(
    @Arg('input', () => MergeActorsInput, { description: 'The survivor and the actors merged into it.' }) input: MergeActorsInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<MergeActorsPayload> {
    return services.merging.mergeActors(input, viewer);
  }

  @Mutation(() => MergeEventsPayload, {
    description:
      'Merges events that are one happening into a survivor: it takes their sources, date claims and participants; measures answering them answer the survivor instead; their ids keep resolving, to the survivor (see `mergedFrom`). Needs an editor API key.',
  })
  async mergeEvents(
    @Arg('input', () => MergeEventsInput, { description: 'The survivor and the events merged into it.' }) input: MergeEventsInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<MergeEventsPayload> {
    return services.merging.mergeEvents(input, viewer);
  }
}
