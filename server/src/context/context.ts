import type DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import type { Client } from '../limits/client-budgets';

/*
 * The parts of a server instance that resolvers use. Each domain adds its own members to
 * these interfaces from its `index.ts` (module augmentation), so that this module names no
 * domain and any domain can use the context without depending on the domains after it.
 */

/** The repositories, by domain: `actors`, `events`, … */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each domain's index.ts
export interface Repositories {}

/** The services, by domain. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in by each domain's index.ts
export interface Services {}

/**
 * Per-request batch loaders: every reference of a response to records of one type is read
 * with one `$in` query, so a list costs the same number of round trips whatever its length.
 * Each domain adds the loader of its records (`loaders.actors`).
 */
export interface Loaders {
  /**
   * A loader of one relation with one set of arguments: every parent of a list asks it for
   * its own value (`Actor.events(first: 5)` of each actor), and `load` reads them all at once.
   */
  batch<T>(relation: string, args: object, load: (parentKeys: readonly string[]) => Promise<T[]>): DataLoader<string, T>;
}

/** What every resolver receives: who is asking, the services, and this request's loaders. */
export interface Context {
  readonly viewer: Viewer;
  /** Who the request counts against, for budgets. */
  readonly client: Client;
  readonly services: Services;
  readonly loaders: Loaders;
  /** What is known about the operation so far, for its log line and metrics. */
  readonly report?: OperationReport;
}

/** What is known about one GraphQL operation by the time it is answered. */
export interface OperationReport {
  readonly requestId: string;
  readonly transport: 'http' | 'ws';
  readonly startedAt: number;
  operationName?: string;
  operationType?: string;
  /** `OK`, or the code of the first error answered (BAD_USER_INPUT, QUERY_TOO_COMPLEX, …). */
  code?: string;
  /** For a refusal by a limit or budget: which one (`depth`, `cost`, `budget:requests`, …). */
  limit?: string;
  /** The configured name of the API key used; never the key. */
  apiKeyName?: string;
}
