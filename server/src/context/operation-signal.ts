import { AsyncLocalStorage } from 'node:async_hooks';
import { ErrorCode, GraphQLErrorWithCode } from '../errors/errors';

/**
 * The signal of the operation being executed, so that every database read it makes can be
 * abandoned when it runs out of time or the database stops answering: repositories pass it
 * to the driver (`operationSignal()`), which then fails the read with the signal's reason.
 * Carried by async context rather than through every call, since reads start deep inside
 * services and batch loaders. Writes do not take it: a write is finished, not abandoned.
 */
const current = new AsyncLocalStorage<AbortSignal>();

export class OperationTimeoutError extends GraphQLErrorWithCode {
  constructor(timeoutMs: number) {
    super(`The operation ran longer than ${timeoutMs} ms and was stopped; ask for less (fewer rows, less nesting)`, ErrorCode.TIMEOUT, {
      http: { status: 504 },
    });
  }
}

/** Runs one operation with a signal that aborts after `timeoutMs`, or with `also` (the database going away). */
export async function withOperationDeadline<T>(timeoutMs: number, also: AbortSignal, task: () => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new OperationTimeoutError(timeoutMs)), timeoutMs);
  const onAbort = () => controller.abort(also.reason);
  if (also.aborted) onAbort();
  else also.addEventListener('abort', onAbort, { once: true });
  try {
    return await current.run(controller.signal, task);
  } finally {
    clearTimeout(timer);
    also.removeEventListener('abort', onAbort);
  }
}

/** Driver options for a read of the operation in progress: its signal, when there is one. */
export function operationSignal(): { signal?: AbortSignal } {
  const signal = current.getStore();
  return signal ? { signal } : {};
}
