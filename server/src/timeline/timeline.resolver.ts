import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context/context';
import type { Event } from '../events/event.type';
import type { Measure } from '../measures/measure.type';
import type { Connection } from '../pagination/connection';
import { TimelineArgs, TimelineConnection } from './timeline.type';

@Resolver()
export class TimelineResolver {
  @Query(() => TimelineConnection, { description: 'Events and measures of a set of actors in one list, earliest first (undated entries first).' })
  async timeline(@Args() args: TimelineArgs, @Ctx() { services }: Context): Promise<Connection<Event | Measure>> {
    return services.timeline.timeline(args);
  }
}
