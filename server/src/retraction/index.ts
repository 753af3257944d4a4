import type { RetractionService } from './retraction.service';

declare module '../context/context' {
  interface Services {
    /** Retracting and restoring records of every type. */
    readonly retraction: RetractionService;
  }
}
