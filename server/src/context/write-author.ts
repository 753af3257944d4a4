import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who makes the writes under way, and the comment they give: what each revision records
 * (see `db/revision-log.ts`). Carried by async context like the operation's signal, since
 * writes start deep inside services, evidence hooks and the coder, none of which should have
 * to pass an author along. A request's operation runs as its API key's name (never the key);
 * a write outside any request (start-up, a command-line tool) runs as `system` unless the
 * tool names itself.
 */
export interface WriteAuthor {
  /** The API key's configured name, or the tool writing (`seed`, `ingest`, `system`). */
  readonly by: string;
  /** The editor's comment on the change, stored on the revisions it makes. */
  readonly comment: string | null;
}

const SYSTEM: WriteAuthor = { by: 'system', comment: null };

const current = new AsyncLocalStorage<WriteAuthor>();

/** Runs `task` with its writes made by `by`. */
export function writingAs<T>(by: string, task: () => Promise<T>): Promise<T> {
  return current.run({ by, comment: null }, task);
}

/** Runs `task` with its writes carrying `comment` (none when null), by whoever writes now. */
export function withWriteComment<T>(comment: string | null, task: () => Promise<T>): Promise<T> {
  return comment === null ? task() : current.run({ ...writeAuthor(), comment }, task);
}

/** Who writes now, and their comment. */
export function writeAuthor(): WriteAuthor {
  return current.getStore() ?? SYSTEM;
}
