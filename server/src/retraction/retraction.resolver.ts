import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context/context';
import { RestoreRecordInput, RetractionPayload, RetractRecordInput } from './retraction.input';

@Resolver()
export class RetractionResolver {
  @Mutation(() => RetractionPayload, {
    description:
      'Retracts an article, actor, event or measure: it is kept, with the reason, but leaves lists, relations, timelines and subscriptions unless they ask with `includeRetracted`; `node(id)` still returns it. Reports what refers to it. Needs an editor API key.',
  })
  async retractRecord(
    @Arg('input', () => RetractRecordInput, { description: 'The record and the reason.' }) input: RetractRecordInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<RetractionPayload> {
    return services.retraction.retract(input, viewer);
  }

  @Mutation(() => RetractionPayload, { description: 'Brings a retracted record back into lists and relations. Needs an editor API key.' })
  async restoreRecord(
    @Arg('input', () => RestoreRecordInput, { description: 'The retracted record.' }) input: RestoreRecordInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<RetractionPayload> {
    return services.retraction.restore(input, viewer);
  }
}
