import { Args, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Context } from '../context/context';
import { RecordChange, RecordChangedArgs } from './change.type';
import type { FollowedChange } from './record-change-feed';

@Resolver()
export class RecordSubscriptionResolver {
  @Subscription(() => RecordChange, {
    subscribe: ({ args, context }: SubscribeResolverData<unknown, RecordChangedArgs, Context>) => {
      context.viewer.requireKey('recordChanged');
      return context.services.recordFeed.follow(args.types, args.after);
    },
    description:
      'Every write of articles, actors, events and measures (or of the `types` asked), by any server instance, in change feed order, each once: creations, updates, sources, review decisions, retractions, merges. From now, or after a cursor with no time limit. Needs an API key (any role).',
  })
  recordChanged(@Root() followed: FollowedChange, @Args() _args: RecordChangedArgs): RecordChange {
    return Object.assign(new RecordChange(), followed);
  }
}
