import { Args, Ctx, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import { Actor } from '../actors/actor.type';
import { Article } from '../articles/article.type';
import type { Context } from '../context/context';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';
import type { Connection } from '../pagination/connection';
import type { HistoryOf } from './history.service';
import { HistoryArgs, type Revision, RevisionConnection } from './revision.type';

/** `history` on a node type: the revisions of each record of a list, read for all of them at once. */
function historyResolver(type: ClassType<{ key: string }>, typeName: string, collection: HistoryOf) {
  @Resolver(() => type)
  class HistoryResolver {
    @FieldResolver(() => RevisionConnection, {
      description: `Every write of this ${typeName.toLowerCase()}: one revision per version, with who made it, when, and each field's value before and after.`,
    })
    async history(
      @Root() record: { key: string },
      @Args() { orderBy, ...page }: HistoryArgs,
      @Ctx() { loaders, services }: Context,
    ): Promise<Connection<Revision>> {
      return loaders.batch(`${typeName}.history`, { orderBy, ...page }, (keys) => services.history.pagesOf(collection, keys, orderBy, page)).load(record.key);
    }
  }
  Object.defineProperty(HistoryResolver, 'name', { value: `${typeName}HistoryResolver` });
  return HistoryResolver;
}

export const ArticleHistoryResolver = historyResolver(Article, 'Article', 'articles');
export const ActorHistoryResolver = historyResolver(Actor, 'Actor', 'actors');
export const EventHistoryResolver = historyResolver(Event, 'Event', 'events');
export const MeasureHistoryResolver = historyResolver(Measure, 'Measure', 'measures');
