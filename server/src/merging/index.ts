import type { MergeService } from './merge.service';

declare module '../context/context' {
  interface Services {
    /** Merging actors, and events, that are one. */
    readonly merging: MergeService;
  }
}
