import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.type';
import type { Context } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import type { Connection } from '../pagination/connection';
import { Article, ArticleConnection } from './article.type';
import { ActorArticlesArgs } from './articles.args';

/** Articles naming each actor of a list, read for all of them at once. */
@Resolver(() => Actor)
export class ActorArticlesResolver {
  @FieldResolver(() => ArticleConnection, { description: 'Articles that name this actor (by name, alias or metonym; by demonym too when asked).' })
  async articles(
    @Root() actor: Actor,
    @Args() { includeDemonyms, ...args }: ActorArticlesArgs,
    @Ctx() { loaders, services }: Context,
  ): Promise<Connection<Article>> {
    const field = includeDemonyms ? 'mentions.actorId' : 'namedActorIds';
    return loaders.batch(`Actor.articles.${field}`, args, (keys) => services.articles.pagesByParent(field, keys, args)).load(actor.key);
  }
}

@Resolver(() => Evidence)
export class EvidenceArticleResolver {
  @FieldResolver(() => Article, { description: 'The article quoted.' })
  async article(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Article> {
    return (await loaders.articles.load(evidence.articleId))!;
  }
}
