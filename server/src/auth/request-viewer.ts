import type { IncomingMessage } from 'node:http';
import { UnauthenticatedError } from '../errors/errors';
import { roleForKey, type ApiKey } from './api-keys';
import { Viewer } from './viewer';

/**
 * Reads the API key from `Authorization: Bearer <key>` or `x-api-key`. No key is an
 * anonymous reader; a key that matches none is refused outright rather than downgraded,
 * so a typo in a key never silently turns into read-only access.
 */
export function viewerFor(request: IncomingMessage, keys: readonly ApiKey[]): Viewer {
  return viewerForKey(apiKeyOf(request), keys);
}

/** The viewer of a presented key (undefined: anonymous); a key that matches none is refused. */
export function viewerForKey(presented: string | undefined, keys: readonly ApiKey[]): Viewer {
  if (presented === undefined || presented === '') return new Viewer(undefined);
  const role = roleForKey(keys, presented);
  if (role === undefined) {
    throw new UnauthenticatedError('The API key is not valid', 401);
  }
  return new Viewer(role);
}

function apiKeyOf(request: IncomingMessage): string | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.toLowerCase().startsWith('bearer ')) return authorization.slice(7).trim();
  const header = request.headers['x-api-key'];
  return typeof header === 'string' && header.length > 0 ? header : undefined;
}
