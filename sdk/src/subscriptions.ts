import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { DossierGraphQLError, DossierNetworkError, type GraphQLErrorEntry } from './errors.js';

export interface SubscriptionTransportOptions {
  /** The graphql-ws endpoint, e.g. `ws://localhost:4000/graphql`. */
  readonly url: string;
  readonly apiKey?: string | undefined;
  /** A WebSocket class; by default the global one, else the `ws` package when installed. */
  readonly webSocket?: unknown;
  /** Reconnection: first delay, longest delay, and attempts before giving up (default 500 ms, 10 s, Infinity). */
  readonly retry?: { readonly initialDelayMs?: number; readonly maxDelayMs?: number; readonly maxAttempts?: number };
}

interface Payload {
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly GraphQLErrorEntry[];
}

type Item = { value: Payload } | { error: unknown } | { done: true };

/** Close codes after which reconnecting cannot help. */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429, 4500]);
/** Errors after which the SDK resumes from the last cursor instead of failing. */
const RESUMABLE_CODES = new Set(['SUBSCRIBER_TOO_SLOW']);

/**
 * Subscriptions over one lazily opened graphql-ws connection (opened on the first
 * subscription, closed when the last ends, kept alive with pings). When the connection
 * drops, each subscription reconnects with back-off and resubscribes with `after` set to
 * the last cursor it delivered, so the server replays what was missed: no gaps, no duplicates.
 */
export class SubscriptionTransport {
  private client: Promise<WsClient> | undefined;

  constructor(private readonly options: SubscriptionTransportOptions) {}

  private connection(): Promise<WsClient> {
    this.client ??= webSocketClass(this.options.webSocket).then((webSocketImpl) =>
      createWsClient({
        url: this.options.url,
        lazy: true,
        keepAlive: 10_000,
        retryAttempts: 0, // reconnection is done per subscription, with its cursor
        connectionParams: this.options.apiKey ? { apiKey: this.options.apiKey } : {},
        webSocketImpl,
      }),
    );
    const client = this.client;
    client.catch(() => {
      if (this.client === client) this.client = undefined; // a later subscription tries again
    });
    return client;
  }

  /**
   * The subscription as an async iterator. `return()` (a `break` out of `for await`) ends it
   * at once, even while a `next()` is waiting for the server.
   */
  subscribe<TResult>(source: string, variables: Record<string, unknown> | undefined, signal?: AbortSignal): AsyncIterableIterator<TResult> {
    const closing = new AbortController();
    const generator = this.run<TResult>(source, variables, signal ? AbortSignal.any([signal, closing.signal]) : closing.signal, closing.signal);
    return {
      next: () => generator.next(),
      return: (value?: unknown) => {
        closing.abort();
        return generator.return(value as TResult);
      },
      throw: (error?: unknown) => generator.throw(error),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private async *run<TResult>(
    source: string,
    variables: Record<string, unknown> | undefined,
    signal: AbortSignal,
    closing: AbortSignal,
  ): AsyncGenerator<TResult> {
    try {
      yield* this.resubscribing<TResult>(source, variables, signal);
    } catch (error) {
      if (!closing.aborted) throw error; // closed by `return()`: end quietly
    }
  }

  private async *resubscribing<TResult>(source: string, variables: Record<string, unknown> | undefined, signal: AbortSignal): AsyncGenerator<TResult> {
    const retry = { initialDelayMs: 500, maxDelayMs: 10_000, maxAttempts: Number.POSITIVE_INFINITY, ...this.options.retry };
    let after = variables?.after;
    let failures = 0;
    for (;;) {
      const items = new Channel<Item>();
      const unsubscribe = (await this.connection()).subscribe<Record<string, unknown>>(
        { query: source, variables: { ...variables, ...(after ? { after } : {}) } },
        { next: (value) => items.push({ value: value as Payload }), error: (error) => items.push({ error }), complete: () => items.push({ done: true }) },
      );
      let reason: unknown;
      try {
        for (;;) {
          const item = await items.take(signal);
          if ('done' in item) return;
          if ('value' in item) {
            const { data, errors } = item.value;
            if (errors?.length) {
              const error = new DossierGraphQLError(errors, data ?? null);
              if (!RESUMABLE_CODES.has(error.code)) throw error;
              reason = error;
              break;
            }
            failures = 0;
            after = cursorOf(data) ?? after;
            yield data as TResult;
            continue;
          }
          if (Array.isArray(item.error)) throw new DossierGraphQLError(item.error as GraphQLErrorEntry[], null);
          const code = (item.error as { code?: number }).code;
          if (code === 4403) {
            throw new DossierGraphQLError(
              [{ message: 'The API key is not valid (the server closed the connection: 4403 Forbidden)', extensions: { code: 'UNAUTHENTICATED' } }],
              null,
            );
          }
          if (code !== undefined && FATAL_CLOSE_CODES.has(code))
            throw new DossierNetworkError(`The subscription connection was closed: ${code} ${(item.error as { reason?: string }).reason ?? ''}`.trim());
          reason = item.error;
          break;
        }
      } finally {
        unsubscribe();
      }
      failures += 1;
      if (failures > retry.maxAttempts) throw new DossierNetworkError(`Could not keep a subscription to ${this.options.url}`, { cause: reason });
      const delay = Math.min(retry.maxDelayMs, retry.initialDelayMs * 2 ** (failures - 1));
      await sleep(delay * (0.5 + Math.random() / 2), signal);
    }
  }

  async dispose(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await (await client?.catch(() => undefined))?.dispose();
  }
}

/**
 * The WebSocket class to connect with: the one given, the global one (browsers, Node 22+),
 * or the `ws` package's. `ws` is imported by a name held in a variable so that bundlers
 * building for browsers neither require nor include it.
 */
async function webSocketClass(given: unknown): Promise<unknown> {
  if (given) return given;
  if (typeof globalThis.WebSocket === 'function') return globalThis.WebSocket;
  const ws = 'ws';
  try {
    const module = (await import(/* webpackIgnore: true */ /* @vite-ignore */ ws)) as { default?: unknown; WebSocket?: unknown };
    return module.WebSocket ?? module.default;
  } catch (error) {
    throw new TypeError(
      'Subscriptions need a WebSocket class, and this runtime has no global WebSocket (Node 20): install the `ws` package, or pass one as createClient({ url, webSocket: WebSocket })',
      { cause: error },
    );
  }
}

/** The `cursor` of a subscription payload's root field, when it has one. */
function cursorOf(data: Record<string, unknown> | null | undefined): string | undefined {
  const root = data && Object.values(data)[0];
  const cursor = root && typeof root === 'object' ? (root as { cursor?: unknown }).cursor : undefined;
  return typeof cursor === 'string' ? cursor : undefined;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A queue whose `take` waits for the next item or the signal. */
class Channel<T> {
  private readonly items: T[] = [];
  private waiter: ((item: T) => void) | undefined;

  push(item: T): void {
    if (this.waiter) {
      const resolve = this.waiter;
      this.waiter = undefined;
      resolve(item);
    } else {
      this.items.push(item);
    }
  }

  take(signal?: AbortSignal): Promise<T> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve(item);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.waiter = undefined;
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiter = (value) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(value);
      };
    });
  }
}
