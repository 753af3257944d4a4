import type { TimelineService } from './timeline.service';

declare module '../context/context' {
  interface Services {
    readonly timeline: TimelineService;
  }
}
