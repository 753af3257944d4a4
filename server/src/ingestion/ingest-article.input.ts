import { Field, InputType, ObjectType } from 'type-graphql';
import { Article } from '../articles/article.type';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';

@InputType({ description: 'A news page as received, page furniture included: its HTML or its text (exactly one of them).' })
export class IngestArticleInput {
  @Field(() => String, {
    nullable: true,
    description:
      'The page as HTML (at most 2,000,000 characters): what the publisher declares and the markup are read too. Posting the same page again changes nothing.',
  })
  html?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The page as text, one block per line (at most 2,000,000 characters). Posting the same text again changes nothing.',
  })
  rawText?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the page was fetched (ISO 8601): nothing on it was published later.' })
  fetchedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Address of the page, when known. Unique across articles.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'The publication, when known.' })
  outlet?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The publication date, when the editor knows it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); otherwise it is worked out from the page.',
  })
  publishedAt?: string | null;

  @Field(() => Boolean, {
    defaultValue: true,
    description:
      'Code the events and measures the article reports: each becomes a PROPOSED record for editors to review, or a new source of a record already held. Re-code later with `codeArticle`.',
  })
  code?: boolean;
}

@ObjectType({ description: 'The result of ingesting a page.' })
export class IngestArticlePayload {
  @Field(() => Article, { description: 'The article: new, or the one already ingested from the same text.' })
  article!: Article;

  @Field({ description: 'False when the same text had been ingested before and nothing changed.' })
  created!: boolean;

  @Field(() => [Event], { description: 'The events the article was coded into: new proposals, and held events it is now a source of.' })
  events!: Event[];

  @Field(() => [Measure], { description: 'The measures the article was coded into, likewise.' })
  measures!: Measure[];
}
