import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { EvidenceValue } from './evidence';

@ObjectType({ description: 'The source of a fact: an exact quote of an article, with its character offsets in the article body.' })
export class Evidence {
  /** Resolved to the article by `EvidenceResolver`. */
  articleId!: string;

  @Field({ description: 'The exact words of the article body that support the fact.' })
  quote!: string;

  @Field(() => Int, { description: 'Offset of the first character of the quote in `Article.body`.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character of the quote in `Article.body`.' })
  end!: number;

  static from(value: EvidenceValue): Evidence {
    return Object.assign(new Evidence(), value);
  }
}

@InputType({ description: 'A quote of an article that supports a fact. The quote must appear verbatim in the article body.' })
export class EvidenceInput {
  @Field(() => ID, { description: 'The article quoted.' })
  articleId!: string;

  @Field({ description: 'Exact words of the article body (at most 2,000 characters).' })
  quote!: string;

  @Field(() => Int, { nullable: true, description: 'Which occurrence of the quote is meant, when it appears more than once (default 1).' })
  occurrence?: number | null;
}
