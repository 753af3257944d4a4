import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { DossierGraphQLError, DossierHttpError, DossierNetworkError, type GraphQLErrorEntry } from './errors.js';
import * as generated from './generated/sdk.js';
import { getSdk, type Sdk } from './generated/sdk.js';
import { SubscriptionTransport, type SubscriptionTransportOptions } from './subscriptions.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:4000/graphql`. */
  readonly url: string;
  /** Sent as `Authorization: Bearer <apiKey>`; needed for writes (editor role). */
  readonly apiKey?: string;
  /** Extra headers for every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A `fetch` implementation; defaults to the global one (Node 18+, browsers). */
  readonly fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned with a network error (default 30,000; 0 for none). */
  readonly timeoutMs?: number;
  /** The graphql-ws endpoint for subscriptions; defaults to `url` with `ws:`/`wss:`. */
  readonly wsUrl?: string;
  /** A WebSocket implementation where there is no global one (Node 20: `import WebSocket from 'ws'`). */
  readonly webSocket?: unknown;
  /** Subscription reconnection back-off (default: from 500 ms doubling to 10 s, without limit). */
  readonly retry?: SubscriptionTransportOptions['retry'];
}

export interface CallOptions {
  /** Aborts the request; the call then rejects with the signal's reason (an `AbortError`). */
  readonly signal?: AbortSignal;
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * Any typed document: the SDK's string documents (`EventsDocument`), its parsed ones
 * (`@dossier/sdk/documents`), or a `TypedDocumentNode` from another generator.
 */
export type AnyDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> | string;

export type DossierClient = Sdk & {
  /** Runs any operation; the result and variables are typed by the document. */
  request<TResult, TVariables>(document: AnyDocument<TResult, TVariables>, variables?: TVariables, options?: CallOptions): Promise<TResult>;
  /** Closes the subscription connection, if one is open. */
  close(): Promise<void>;
};

const DEFAULT_TIMEOUT_MS = 30_000;

/** A typed client: one method per SDK operation, plus `request` for any document. */
export function createClient(options: ClientOptions): DossierClient {
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

  // Subscriptions (async iterables over graphql-ws) and queries or mutations (promises over fetch).
  const requester = <R, V>(document: string, variables?: V, call?: CallOptions): Promise<R> | AsyncIterable<R> => {
    const source = String(document);
    return isSubscription(source)
      ? subscriptions.subscribe<R>(source, variables as Record<string, unknown> | undefined, call?.signal)
      : execute<R>(source, variables, call);
  };

  return {
    ...getSdk<CallOptions>(requester),
    request<TResult, TVariables>(document: AnyDocument<TResult, TVariables>, variables?: TVariables, call?: CallOptions) {
      return execute<TResult>(sourceOf(document), variables, call);
    },
    close: () => subscriptions.dispose(),
  };
}

const isSubscription = (source: string): boolean => /^\s*subscription\b/.test(source);

/** The SDK's operation sources by operation name, so its parsed documents need no printer. */
const SDK_SOURCES = new Map(
  Object.values(generated)
    .filter((value): value is string => value instanceof String || typeof value === 'string')
    .map((source) => [/^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(String(source))?.[1], String(source)] as const)
    .filter((entry): entry is readonly [string, string] => entry[0] !== undefined),
);

/**
 * The source text of a document: a string, a parsed document that kept its source
 * (`gql` from graphql-tag or Apollo), or one of the SDK's parsed documents.
 */
function sourceOf(document: AnyDocument<unknown, unknown> | object): string {
  if (typeof document === 'string' || document instanceof String) return String(document);
  const parsed = document as { loc?: { source?: { body?: string } }; definitions?: { kind: string; name?: { value: string } }[] };
  const source = parsed.loc?.source?.body;
  if (source) return source;
  const name = parsed.definitions?.find((definition) => definition.kind === 'OperationDefinition')?.name?.value;
  const sdkSource = name === undefined ? undefined : SDK_SOURCES.get(name);
  if (sdkSource) return sdkSource;
  throw new TypeError('request() needs a document with its source text: a string, an SDK document, or a `gql` document that kept its location');
}
