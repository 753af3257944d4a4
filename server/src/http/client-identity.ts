import type { IncomingMessage } from 'node:http';
import type { Viewer } from '../auth/viewer';
import type { Client } from '../limits/client-budgets';

/** The network address of a request: the socket's, or with `trustProxy` the first `X-Forwarded-For` entry. */
export function addressOf(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? 'unknown';
}

/** Who a request counts against for budgets: its API key when it has one, else its address. */
export const clientOf = (viewer: Viewer, address: string): Client =>
  viewer.keyId ? { id: `key:${viewer.keyId}`, role: viewer.role } : { id: `ip:${address}`, role: undefined };
