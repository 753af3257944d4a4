import type { NamedActor } from '../actors/mention-finder';
import type { KnownEvent } from './publication-date';

/**
 * An actor as ingestion sees it: its names, for publishers the web hosts they publish on,
 * and for people and bodies the state they act for and the titles they hold.
 */
export interface KnownActor extends NamedActor {
  readonly kind: string;
  readonly hosts?: readonly string[];
  readonly affiliationId?: string | null;
  readonly roles?: readonly { readonly title: string; readonly organizationId: string | null }[];
}

/** What ingestion links and dates pages against: the known actors and the recorded events. */
export interface IngestionKnowledge {
  readonly actors: readonly KnownActor[];
  readonly events: readonly KnownEvent[];
}
