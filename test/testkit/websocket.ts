import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphQLErrorShape } from './graphql-client';

export interface SocketOptions {
  readonly apiKey?: string;
  /** Sent as the `Origin` header, as a browser would. */
  readonly origin?: string;
}

/** A raw graphql-ws client (no SDK), for testing what the server accepts over the socket. */
export function rawSocket(httpUrl: string, options: SocketOptions = {}): Client {
  const headers = options.origin ? { origin: options.origin } : undefined;
  class SocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, headers ? { headers } : {});
    }
  }
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: SocketWithHeaders,
    retryAttempts: 0,
    lazy: true,
    ...(options.apiKey ? { connectionParams: { apiKey: options.apiKey } } : {}),
  });
}

/** What one operation over the socket came to: its first result, its errors, or the socket closing (code 0: it never opened). */
export type SocketOutcome = { data?: unknown; errors?: GraphQLErrorShape[] } | { closed: { code: number; reason: string } };

export function firstOutcome(client: Client, payload: { query: string; variables?: Record<string, unknown> }): Promise<SocketOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: SocketOutcome) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      resolve(outcome);
    };
    const unsubscribe = client.subscribe(payload, {
      next: (result) =>
        settle({ ...(result.data !== undefined ? { data: result.data } : {}), ...(result.errors ? { errors: result.errors as GraphQLErrorShape[] } : {}) }),
      error: (error) => {
        if (Array.isArray(error)) settle({ errors: error as GraphQLErrorShape[] });
        else if (error && typeof error === 'object' && 'code' in error)
          settle({ closed: { code: (error as { code: number }).code, reason: String((error as { reason?: string }).reason ?? '') } });
        else settle({ closed: { code: 0, reason: error instanceof Error ? error.message : String((error as { message?: string })?.message ?? error) } });
      },
      complete: () => settle({}),
    });
  });
}

/** The code of the first error of an outcome (or `closed:<code>`). */
export const outcomeCode = (outcome: SocketOutcome): string | undefined =>
  'closed' in outcome ? `closed:${outcome.closed.code}` : outcome.errors?.[0]?.extensions?.code;
