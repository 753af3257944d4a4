import type DataLoader from 'dataloader';
import type { EventChangeFeed } from './event-change-feed';
import type { EventRepository } from './event.repository';
import type { EventService } from './event.service';
import type { Event } from './event.type';

declare module '../context/context' {
  interface Repositories {
    readonly events: EventRepository;
  }
  interface Services {
    readonly events: EventService;
    /** This process's event subscriptions. */
    readonly eventFeed: EventChangeFeed;
  }
  interface Loaders {
    readonly events: DataLoader<string, Event | null>;
  }
}
