import { createHash, timingSafeEqual } from 'node:crypto';

export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
}

export interface ApiKey {
  readonly role: Role;
  /** SHA-256 of the key: comparing fixed-length digests keeps the comparison constant-time. */
  readonly digest: Buffer;
}

const digestOf = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** Parses `role:key,role:key` (roles: editor, reader). */
export function parseApiKeys(spec: string): ApiKey[] {
  return spec
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0)
    .map((entry) => {
      const separator = entry.indexOf(':');
      const roleName = entry.slice(0, separator).toUpperCase();
      const key = entry.slice(separator + 1);
      if (separator <= 0 || !(roleName in Role)) {
        throw new Error(`expected role:key with role editor or reader, got "${entry.slice(0, Math.max(separator, 0)) || entry.slice(0, 12)}…"`);
      }
      if (key.length < 12) throw new Error(`the ${roleName.toLowerCase()} key must be at least 12 characters`);
      return { role: Role[roleName as keyof typeof Role], digest: digestOf(key) };
    });
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
