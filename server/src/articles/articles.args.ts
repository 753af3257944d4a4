import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { DateRangeInput } from '../dates/partial-date.type';
import { PageArgs } from '../pagination/connection';
import { UpdatedSinceField } from '../validation/input-fields';
import { IncludeRetractedField } from '../review/retraction.type';

export enum ArticleOrder {
  PUBLISHED_AT_DESC = 'PUBLISHED_AT_DESC',
  PUBLISHED_AT_ASC = 'PUBLISHED_AT_ASC',
  TITLE_ASC = 'TITLE_ASC',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(ArticleOrder, {
  name: 'ArticleOrder',
  description: 'Orders for article lists.',
  valuesConfig: {
    PUBLISHED_AT_DESC: { description: 'Newest first; undated articles last.' },
    PUBLISHED_AT_ASC: { description: 'Oldest first; undated articles first.' },
    TITLE_ASC: { description: 'By title, case-insensitive.' },
    RELEVANCE: { description: 'Best match of `filter.search` first (needs a search).' },
  },
});

@InputType({ description: 'Conditions an article must meet; all given conditions apply.' })
export class ArticleFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words all found in the title or body, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first.',
  })
  search?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Articles naming any of these actors (by name, alias or metonym).' })
  actorIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'With `actorIds`: count articles that only use a demonym for the actor ("Russian officials") too.' })
  includeDemonyms?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Articles from this outlet (exact name).' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Articles crediting this agency (exact name, e.g. `Yonhap`).' })
  agency?: string | null;

  @Field(() => DateRangeInput, { nullable: true, description: 'Articles published within this range.' })
  publishedAt?: DateRangeInput | null;

  @UpdatedSinceField('Articles')
  updatedSince?: Date | null;

  @IncludeRetractedField('articles')
  includeRetracted?: boolean | null;
}

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => ArticleFilter, { nullable: true, description: 'Which articles to list.' })
  filter?: ArticleFilter | null;

  @Field(() => ArticleOrder, { defaultValue: ArticleOrder.PUBLISHED_AT_DESC, description: 'Order of the list.' })
  orderBy!: ArticleOrder;
}

@ArgsType()
export class ArticleRelationArgs extends PageArgs {
  @Field(() => ArticleOrder, { defaultValue: ArticleOrder.PUBLISHED_AT_DESC, description: 'Order of the list.' })
  orderBy!: ArticleOrder;
}

@ArgsType()
export class ActorArticlesArgs extends ArticleRelationArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Count articles that only use a demonym for the actor ("Russian officials") too.' })
  includeDemonyms!: boolean;
}
