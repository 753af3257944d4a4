import { Field, InputType, ObjectType } from 'type-graphql';
import { Article } from '../articles/article.type';

@InputType({ description: 'The text of a news page as received, page furniture included.' })
export class IngestArticleInput {
  @Field({ description: 'The page text (at most 500,000 characters). Posting the same text again changes nothing.' })
  rawText!: string;

  @Field(() => String, { nullable: true, description: 'Address of the page, when known. Unique across articles.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The publication, when known.' })
  outlet?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The publication date, when the editor knows it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); otherwise it is worked out from the page.',
  })
  publishedAt?: string | null;
}

@ObjectType({ description: 'The result of ingesting a page.' })
export class IngestArticlePayload {
  @Field(() => Article, { description: 'The article: new, or the one already ingested from the same text.' })
  article!: Article;

  @Field({ description: 'False when the same text had been ingested before and nothing changed.' })
  created!: boolean;
}
