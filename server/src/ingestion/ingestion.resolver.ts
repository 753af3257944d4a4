import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context/context';
import { IngestArticleInput, IngestArticlePayload } from './ingest-article.input';

@Resolver()
export class IngestionResolver {
  @Mutation(() => IngestArticlePayload, {
    description:
      'Ingests the raw text of a news page: cleans it, dates it, links the actors it names. The same text twice is one article. Needs an editor API key.',
  })
  async ingestArticle(
    @Arg('input', () => IngestArticleInput, { description: 'The page text and what the editor knows about it.' }) input: IngestArticleInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<IngestArticlePayload> {
    return services.ingestion.ingest(input, viewer);
  }
}
