import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.type';
import { Article } from '../articles/article.type';
import type { Context } from '../context/context';
import type { Connection } from '../pagination/connection';
import { Event, EventConnection } from './event.type';
import { EventRelationArgs } from './events.args';

/** Events of each actor of a list, read for all of them at once. */
@Resolver(() => Actor)
export class ActorEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'Events this actor took part in.' })
  async events(@Root() actor: Actor, @Args() args: EventRelationArgs, @Ctx() { loaders, services }: Context): Promise<Connection<Event>> {
    return loaders.batch('Actor.events', args, (keys) => services.events.pagesByParent('participants.actorId', keys, args)).load(actor.key);
  }
}

@Resolver(() => Article)
export class ArticleEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'Events this article reports (quoted in their sources).' })
  async events(@Root() article: Article, @Args() args: EventRelationArgs, @Ctx() { loaders, services }: Context): Promise<Connection<Event>> {
    return loaders.batch('Article.events', args, (keys) => services.events.pagesByParent('sources.articleId', keys, args)).load(article.key);
  }
}
