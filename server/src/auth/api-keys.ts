import { createHash, timingSafeEqual } from 'node:crypto';

export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
}

export interface ApiKey {
  /** What logs and metrics call the key: given as `name=role:key`, else the role ("editor"). Never the key itself. */
  readonly name: string;
  readonly role: Role;
  /** SHA-256 of the key: comparing fixed-length digests keeps the comparison constant-time. */
  readonly digest: Buffer;
}

const digestOf = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

const KEY_NAME = /^[A-Za-z0-9_.-]{1,40}$/;

/**
 * Parses `name=role:key,role:key` (roles: editor, reader). The name is optional and only
 * labels the key in logs and metrics; without one, a key is named after its role.
 */
export function parseApiKeys(spec: string): ApiKey[] {
  const keys = spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const equals = entry.indexOf('=');
      const colon = entry.indexOf(':');
      const named = equals >= 0 && (colon < 0 || equals < colon);
      const name = named ? entry.slice(0, equals) : undefined;
      const rest = named ? entry.slice(equals + 1) : entry;
      const separator = rest.indexOf(':');
      const roleName = rest.slice(0, separator).toUpperCase();
      const key = rest.slice(separator + 1);
      if (name !== undefined && !KEY_NAME.test(name)) {
        throw new Error(`a key name is 1 to 40 letters, digits, _ . or -, got "${name.slice(0, 40)}"`);
      }
      if (separator <= 0 || !(roleName in Role)) {
        throw new Error(`expected [name=]role:key with role editor or reader, got "${rest.slice(0, Math.max(separator, 0)) || rest.slice(0, 12)}…"`);
      }
      if (key.length < 12) throw new Error(`the ${roleName.toLowerCase()} key must be at least 12 characters`);
      return { name: name ?? roleName.toLowerCase(), role: Role[roleName as keyof typeof Role], digest: digestOf(key) };
    });
  return keys;
}

/** The configured key a presented one matches, or undefined. Every key is compared, in constant time. */
export function keyFor(keys: readonly ApiKey[], presented: string): ApiKey | undefined {
  const digest = digestOf(presented);
  let found: ApiKey | undefined;
  for (const key of keys) {
    if (timingSafeEqual(key.digest, digest) && found === undefined) found = key;
  }
  return found;
}
