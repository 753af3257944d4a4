import type DataLoader from 'dataloader';
import type { ActorRepository } from './actor.repository';
import type { ActorService } from './actor.service';
import type { Actor } from './actor.type';

declare module '../context/context' {
  interface Repositories {
    readonly actors: ActorRepository;
  }
  interface Services {
    readonly actors: ActorService;
  }
  interface Loaders {
    readonly actors: DataLoader<string, Actor | null>;
  }
}
