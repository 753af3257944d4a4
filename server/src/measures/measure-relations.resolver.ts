import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Actor } from '../actors/actor.type';
import { Article } from '../articles/article.type';
import type { Context } from '../context/context';
import { Event } from '../events/event.type';
import type { Connection } from '../pagination/connection';
import { Measure, MeasureConnection } from './measure.type';
import { MeasureRelationArgs } from './measures.args';

/** Measures of each actor of a list, read for all of them at once. */
@Resolver(() => Actor)
export class ActorMeasuresResolver {
  @FieldResolver(() => MeasureConnection, { description: 'Measures this actor issued.' })
  async measuresIssued(@Root() actor: Actor, @Args() args: MeasureRelationArgs, @Ctx() { loaders, services }: Context): Promise<Connection<Measure>> {
    return loaders.batch('Actor.measuresIssued', args, (keys) => services.measures.pagesByParent('issuerIds', keys, args)).load(actor.key);
  }

  @FieldResolver(() => MeasureConnection, { description: 'Measures aimed at this actor.' })
  async measuresTargeting(@Root() actor: Actor, @Args() args: MeasureRelationArgs, @Ctx() { loaders, services }: Context): Promise<Connection<Measure>> {
    return loaders.batch('Actor.measuresTargeting', args, (keys) => services.measures.pagesByParent('targetIds', keys, args)).load(actor.key);
  }
}

@Resolver(() => Article)
export class ArticleMeasuresResolver {
  @FieldResolver(() => MeasureConnection, { description: 'Measures this article reports (quoted in their sources).' })
  async measures(@Root() article: Article, @Args() args: MeasureRelationArgs, @Ctx() { loaders, services }: Context): Promise<Connection<Measure>> {
    return loaders.batch('Article.measures', args, (keys) => services.measures.pagesByParent('sources.articleId', keys, args)).load(article.key);
  }
}

@Resolver(() => Event)
export class EventResponsesResolver {
  @FieldResolver(() => MeasureConnection, { description: 'Measures taken in response to this event.' })
  async responses(@Root() event: Event, @Args() args: MeasureRelationArgs, @Ctx() { loaders, services }: Context): Promise<Connection<Measure>> {
    return loaders.batch('Event.responses', args, (keys) => services.measures.pagesByParent('respondsToEventIds', keys, args)).load(event.key);
  }
}
