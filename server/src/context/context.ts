import type { Viewer } from '../auth/viewer';
import type { Client } from '../limits/client-budgets';
import type { Loaders } from './loaders';
import type { Services } from './services';

/** What every resolver receives: who is asking, the services, and this request's loaders. */
export interface Context {
  readonly viewer: Viewer;
  /** Who the request counts against, for budgets. */
  readonly client: Client;
  readonly services: Services;
  readonly loaders: Loaders;
}
