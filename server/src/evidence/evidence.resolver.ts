import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Article } from '../articles/article.type';
import type { Context } from '../context/context';
import { AttachEvidenceInput, AttachEvidencePayload } from './evidence.input';
import { Evidence } from './evidence.type';

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Article, { description: 'The article quoted.' })
  async article(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Article> {
    return (await loaders.articles.load(evidence.articleId))!;
  }

  @Mutation(() => AttachEvidencePayload, { description: 'Adds a source quote to an actor, event or measure. Needs an editor API key.' })
  async attachEvidence(@Arg('input', () => AttachEvidenceInput, { description: 'What the quote supports, and the quote.' }) input: AttachEvidenceInput, @Ctx() { services, viewer }: Context): Promise<AttachEvidencePayload> {
    return services.evidence.attach(input, viewer);
  }
}
