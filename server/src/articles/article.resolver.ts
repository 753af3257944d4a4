import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MentionKind } from '../actors/mention-finder';
import { Actor } from '../actors/actor.type';
import type { Context } from '../context/context';
import { keyOf } from '../node/global-id';
import type { Connection } from '../pagination/connection';
import { ActorMention, Article, ArticleConnection } from './article.type';
import { ArticlesArgs } from './articles.args';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'One article by id; null when there is none.' })
  async article(@Arg('id', () => ID, { description: 'Global id of the article.' }) id: string, @Ctx() { loaders }: Context): Promise<Article | null> {
    return loaders.articles.load(keyOf(id, 'Article', 'id'));
  }

  @Query(() => ArticleConnection, { description: 'Articles, filtered and ordered.' })
  async articles(@Args() { filter, orderBy, ...page }: ArticlesArgs, @Ctx() { services }: Context): Promise<Connection<Article>> {
    return services.articles.list(filter, orderBy, page);
  }

  @FieldResolver(() => [Actor], {
    description:
      'The actors the body names (by name, alias or metonym), in order of first mention. Demonyms ("Russian officials") count too with `includeDemonyms`.',
  })
  async actors(
    @Root() article: Article,
    @Arg('includeDemonyms', () => Boolean, { defaultValue: false, description: 'Count actors named only by a word of nationality.' }) includeDemonyms: boolean,
    @Ctx() { loaders }: Context,
  ): Promise<Actor[]> {
    const ids = [...new Set(article.mentions.filter((mention) => includeDemonyms || mention.kind !== MentionKind.DEMONYM).map((mention) => mention.actorId))];
    const actors = await loaders.actors.loadMany(ids);
    return actors.filter((actor): actor is Actor => actor instanceof Actor);
  }

  @FieldResolver(() => String, { description: 'The page exactly as received: its HTML or its text (see `rawFormat`).' })
  async rawText(@Root() article: Article, @Ctx() { loaders, services }: Context): Promise<string> {
    return loaders.batch('Article.rawText', {}, (keys) => services.articles.rawTexts(keys)).load(article.key);
  }

  @FieldResolver(() => [Article], { description: 'Other articles that retell the same agency report (a syndication cluster), oldest first.' })
  async syndicatedWith(@Root() article: Article, @Ctx() { loaders, services }: Context): Promise<Article[]> {
    if (!article.syndicationClusterId) return [];
    const members = await loaders
      .batch('Article.syndicatedWith', {}, (clusterIds) => services.articles.clusterMembers(clusterIds))
      .load(article.syndicationClusterId);
    return members.filter((member) => member.key !== article.key);
  }
}

@Resolver(() => ActorMention)
export class ActorMentionResolver {
  @FieldResolver(() => Actor, { description: 'The actor named.' })
  async actor(@Root() mention: ActorMention, @Ctx() { loaders }: Context): Promise<Actor> {
    return (await loaders.actors.load(mention.actorId))!;
  }
}
