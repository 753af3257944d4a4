import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.type';
import type { Context } from '../context/context';
import { Evidence } from '../evidence/evidence.type';
import type { Connection } from '../pagination/connection';
import { Article, ArticleConnection } from './article.type';
import { ArticleRelationArgs } from './articles.args';

/** Articles naming each actor of a list, read for all of them at once. */
@Resolver(() => Actor)
export class ActorArticlesResolver {
  @FieldResolver(() => ArticleConnection, { description: 'Articles that mention this actor by any of its names.' })
  async articles(@Root() actor: Actor, @Args() args: ArticleRelationArgs, @Ctx() { loaders, services }: Context): Promise<Connection<Article>> {
    return loaders.batch('Actor.articles', args, (keys) => services.articles.pagesByParent('mentions.actorId', keys, args)).load(actor.key);
  }
}

@Resolver(() => Evidence)
export class EvidenceArticleResolver {
  @FieldResolver(() => Article, { description: 'The article quoted.' })
  async article(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Article> {
    return (await loaders.articles.load(evidence.articleId))!;
  }
}
