import { Args, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../context/context';
import { eventPredicate } from './event.filter';
import { SubscriberTooSlow, SubscriberTooSlowError } from './event-change-feed';
import { EventChange, EventSubscriptionArgs } from './event-change.type';

type SubscribeData = SubscribeResolverData<unknown, EventSubscriptionArgs, Context>;

const subscribe =
  (addedOnly: boolean) =>
  async ({ args, context }: SubscribeData) => {
    if (!addedOnly) context.viewer.requireKey('eventChanged');
    return context.services.eventFeed.subscribe({ matches: eventPredicate(args.filter), addedOnly, after: args.after });
  };

/** The last value of a subscription that fell behind becomes its closing error. */
function delivered(change: EventChange | SubscriberTooSlow): EventChange {
  if (change instanceof SubscriberTooSlow) throw new SubscriberTooSlowError(change.bufferSize);
  return change;
}

@Resolver()
export class EventSubscriptionResolver {
  @Subscription(() => EventChange, {
    subscribe: subscribe(true),
    description: 'Events as they are recorded, by any server instance, optionally filtered. Public. Each carries a cursor to resume from.',
  })
  eventAdded(@Root() change: EventChange | SubscriberTooSlow, @Args() _args: EventSubscriptionArgs): EventChange {
    return delivered(change);
  }

  @Subscription(() => EventChange, {
    subscribe: subscribe(false),
    description: 'Events as they are recorded or changed (edits, new sources), optionally filtered. Needs an API key (any role).',
  })
  eventChanged(@Root() change: EventChange | SubscriberTooSlow, @Args() _args: EventSubscriptionArgs): EventChange {
    return delivered(change);
  }
}
