import type { ReviewService } from './review.service';

declare module '../context/context' {
  interface Services {
    /** Coding articles on demand and reviewing proposals. */
    readonly review: ReviewService;
  }
}
