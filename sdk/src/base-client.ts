import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { DossierGraphQLError, DossierHttpError, DossierNetworkError, type GraphQLErrorEntry } from './errors.js';
import { SubscriptionTransport, type SubscriptionTransportOptions } from './subscriptions.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  readonly url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; needed for writes (editor role). */
  readonly apiKey?: string | undefined;
  /** Extra headers for every request. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** A `fetch` implementation; defaults to the global one (Node 18+, browsers). */
  readonly fetch?: typeof fetch | undefined;
  /** Milliseconds before a request is abandoned with a network error (default 30,000; 0 for none). */
  readonly timeoutMs?: number | undefined;
  /** The graphql-ws endpoint for subscriptions; defaults to `url` with `ws:`/`wss:`. */
  readonly wsUrl?: string | undefined;
  /**
   * A WebSocket class for subscriptions where there is no global one. By default the global
   * `WebSocket` (browsers, Node 22+), else the `ws` package when it is installed.
   */
  readonly webSocket?: unknown;
  /** Subscription reconnection back-off (default: from 500 ms doubling to 10 s, without limit). */
  readonly retry?: SubscriptionTransportOptions['retry'] | undefined;
}

export interface CallOptions {
  /** Aborts the request; the call then rejects with the signal's reason (an `AbortError`). */
  readonly signal?: AbortSignal | undefined;
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** A client without a method per operation: an app bundles only the documents it imports. */
export interface BaseClient {
  /** Runs a query or mutation; the result and variables are typed by the document. */
  request<TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables>, variables?: TVariables, options?: CallOptions): Promise<TResult>;
  /** Runs a query or mutation given as text, typed by the caller. */
  request<TResult = unknown, TVariables = Record<string, unknown>>(document: string, variables?: TVariables, options?: CallOptions): Promise<TResult>;
  /** Runs a subscription: each event the server sends, until `break` or the signal aborts. */
  subscribe<TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables>, variables?: TVariables, options?: CallOptions): AsyncIterable<TResult>;
  /** Runs a subscription given as text, typed by the caller. */
  subscribe<TResult = unknown, TVariables = Record<string, unknown>>(document: string, variables?: TVariables, options?: CallOptions): AsyncIterable<TResult>;
  /** Closes the subscription connection, if one is open. */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * A client that runs documents given to it: `request(EventsDocument, variables)`. Import the
 * documents you use from `@dossier/sdk`, and a bundler leaves the others out.
 */
export function createBaseClient(options: ClientOptions): BaseClient {
  return clientWithSources(options);
}

/** The base client; `sourceFallback` finds the text of documents that carry none (createClient's parsed SDK documents). */
export function clientWithSources(options: ClientOptions, sourceFallback?: (document: object) => string | undefined): BaseClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function execute<TResult>(source: string, variables: unknown, call: CallOptions = {}): Promise<TResult> {
    const signals = [call.signal, timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined].filter((signal): signal is AbortSignal => Boolean(signal));
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0];
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          ...options.headers,
          ...call.headers,
        },
        body: JSON.stringify({ query: source, variables: variables ?? {} }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      const timedOut = signal?.aborted === true;
      throw new DossierNetworkError(timedOut ? `No answer from ${options.url} within ${timeoutMs} ms` : `Could not reach ${options.url}`, { cause: error });
    }
    const text = await response.text().catch((error: unknown) => {
      throw call.signal?.aborted ? call.signal.reason : new DossierNetworkError(`The connection to ${options.url} broke`, { cause: error });
    });
    let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] } | undefined;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = undefined;
    }
    if (body?.errors?.length) throw new DossierGraphQLError(body.errors, body.data ?? null);
    if (!response.ok || !body || body.data === undefined || body.data === null) throw new DossierHttpError(response.status, text);
    return body.data;
  }

  const subscriptions = new SubscriptionTransport({
    url: options.wsUrl ?? options.url.replace(/^http/, 'ws'),
    apiKey: options.apiKey,
    webSocket: options.webSocket,
    ...(options.retry ? { retry: options.retry } : {}),
  });

  const sourceOf = (document: object | string): string => {
    if (typeof document === 'string' || document instanceof String) return String(document);
    const source = (document as { loc?: { source?: { body?: string } } }).loc?.source?.body ?? sourceFallback?.(document);
    if (source) return source;
    throw new TypeError('request() needs a document with its source text: a string, an SDK document, or a `gql` document that kept its location');
  };

  return {
    request: <TResult>(document: object | string, variables?: unknown, call?: CallOptions) => execute<TResult>(sourceOf(document), variables, call),
    subscribe: <TResult>(document: object | string, variables?: unknown, call?: CallOptions) =>
      subscriptions.subscribe<TResult>(sourceOf(document), variables as Record<string, unknown> | undefined, call?.signal),
    close: () => subscriptions.dispose(),
  };
}
