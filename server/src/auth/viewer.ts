import { ForbiddenError, UnauthenticatedError } from '../errors/errors';
import { Role } from './api-keys';

/** Who is asking: the role of the presented API key, or anonymous. Reads are public. */
export class Viewer {
  constructor(
    readonly role: Role | undefined,
    /** Identifies the key used (a prefix of its digest, never the key), for per-client budgets. */
    readonly keyId?: string,
    /** The configured name of the key used, for logs and metrics. */
    readonly keyName?: string,
  ) {}

  /** Throws UNAUTHENTICATED without a valid key of any role. */
  requireKey(action: string): void {
    if (this.role === undefined) throw new UnauthenticatedError(`${action} needs an API key`);
  }

  /** Throws UNAUTHENTICATED without a key, FORBIDDEN with a key lacking the role. */
  require(role: Role, action: string): void {
    if (this.role === undefined) throw new UnauthenticatedError(`${action} needs an API key with the ${role.toLowerCase()} role`);
    if (this.role !== role) throw new ForbiddenError(`${action} needs the ${role.toLowerCase()} role; this key has the ${this.role.toLowerCase()} role`);
  }
}
