import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context/context';
import { EventChanges } from '../events/event.input';
import type { Event } from '../events/event.type';
import { MeasureChanges } from '../measures/measure.input';
import type { Measure } from '../measures/measure.type';
import { PageArgs, type Connection } from '../pagination/connection';
import { CodeArticlePayload, ProposalConnection, ProposalPayload } from './review.type';

@Resolver()
export class ReviewResolver {
  @Query(() => ProposalConnection, {
    description: 'Events and measures the machine coder proposed and no editor has decided on yet, the most confident first, each with its quotes.',
  })
  async reviewQueue(@Args() args: PageArgs, @Ctx() { services }: Context): Promise<Connection<Event | Measure>> {
    return services.review.queue(args);
  }

  @Mutation(() => CodeArticlePayload, {
    description:
      'Codes a stored article again (after the lexicon grew, say): new happenings become proposals, others join held records as sources; passages already coded, rejected ones included, are left alone. Needs an editor API key.',
  })
  async codeArticle(
    @Arg('articleId', () => ID, { description: 'The article to code.' }) articleId: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<CodeArticlePayload> {
    return services.review.codeArticle(articleId, viewer);
  }

  @Mutation(() => ProposalPayload, {
    description: 'Accepts a proposed event or measure into the record, with any changes the editor makes in the same write. Needs an editor API key.',
  })
  async acceptProposal(
    @Arg('id', () => ID, { description: 'The proposed event or measure.' }) id: string,
    @Arg('note', () => String, { nullable: true, description: "The editor's comment." }) note: string | null | undefined,
    @Arg('event', () => EventChanges, { nullable: true, description: 'Changes to make to a proposed event as it is accepted.' }) event:
      | EventChanges
      | null
      | undefined,
    @Arg('measure', () => MeasureChanges, { nullable: true, description: 'Changes to make to a proposed measure as it is accepted.' })
    measure: MeasureChanges | null | undefined,
    @Ctx() { services, viewer }: Context,
  ): Promise<ProposalPayload> {
    return { record: await services.review.accept(id, note, { event, measure }, viewer) };
  }

  @Mutation(() => ProposalPayload, {
    description:
      'Rejects a proposed event or measure: it leaves default reads (list it with `review: [REJECTED]`) and is never proposed again from the same passage. Needs an editor API key.',
  })
  async rejectProposal(
    @Arg('id', () => ID, { description: 'The proposed event or measure.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is rejected ("not a sanction: a quote of an earlier one").' }) reason: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<ProposalPayload> {
    return { record: await services.review.reject(id, reason, viewer) };
  }
}
