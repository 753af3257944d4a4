import type { IncomingMessage } from 'node:http';
import { UnauthenticatedError } from '../errors/errors';
import { keyFor, type ApiKey } from './api-keys';
import { Viewer } from './viewer';

/**
 * Reads the API key from `Authorization: Bearer <key>` or `x-api-key`. No key is an
 * anonymous reader; a key that matches none, or an `Authorization` header of another
 * scheme (`Basic …`), is refused outright rather than downgraded, so a mistake in a key
 * never silently turns into anonymous access.
 */
export function viewerFor(request: IncomingMessage, keys: readonly ApiKey[]): Viewer {
  return viewerForKey(apiKeyOf(request), keys);
}

/** The viewer of a presented key (undefined: anonymous); a key that matches none is refused. */
export function viewerForKey(presented: string | undefined, keys: readonly ApiKey[]): Viewer {
  if (presented === undefined || presented === '') return new Viewer(undefined);
  const key = keyFor(keys, presented);
  if (key === undefined) {
    throw new UnauthenticatedError('The API key is not valid', 401);
  }
  return new Viewer(key.role, key.digest.toString('hex').slice(0, 16), key.name);
}

function apiKeyOf(request: IncomingMessage): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    if (authorization.toLowerCase().startsWith('bearer ')) return authorization.slice(7).trim();
    throw new UnauthenticatedError('The Authorization header must be `Bearer <API key>`', 401);
  }
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header.length > 0 ? header : undefined;
}
