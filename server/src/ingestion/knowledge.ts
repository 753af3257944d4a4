import type { NamedActor } from '../actors/mention-finder';
import type { KnownEvent } from './publication-date';

/** An actor as ingestion sees it: its names, and for publishers the web hosts they publish on. */
export interface KnownActor extends NamedActor {
  readonly kind: string;
  readonly hosts?: readonly string[];
}

/** What ingestion links and dates pages against: the known actors and the recorded events. */
export interface IngestionKnowledge {
  readonly actors: readonly KnownActor[];
  readonly events: readonly KnownEvent[];
}
