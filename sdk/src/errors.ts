/**
 * The codes the server puts in `extensions.code`: its own (kept in step with the server's
 * `ErrorCode` enum by a compile-time check in the test suite), those Apollo Server gives
 * requests it cannot parse or validate, and `UNKNOWN` for an error that carries none.
 */
export type DossierErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'DATABASE_UNAVAILABLE'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR'
  | 'SUBSCRIBER_TOO_SLOW'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'UNKNOWN';

/** One error of a GraphQL response, as the server sent it. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[] | undefined;
  readonly locations?: readonly { line: number; column: number }[] | undefined;
  readonly extensions?: { readonly code?: string | undefined; readonly field?: string | undefined; readonly [key: string]: unknown } | undefined;
}

/*
 * An app can load the SDK twice, as ESM and as CommonJS (its own code imports it, a
 * dependency requires it), which makes two copies of each class. `instanceof` then checks a
 * brand registered with `Symbol.for` (one registry per process), not the prototype, so an
 * error thrown by either copy is an instance of the class from either copy.
 */
const brandOf = (name: string): symbol => Symbol.for(`@dossier/sdk/${name}`);
const GRAPHQL_ERROR = brandOf('DossierGraphQLError');
const NETWORK_ERROR = brandOf('DossierNetworkError');
const HTTP_ERROR = brandOf('DossierHttpError');

const hasBrand = (value: unknown, brand: symbol): boolean => typeof value === 'object' && value !== null && brand in value;
const setBrand = (error: Error, brand: symbol): void => {
  Object.defineProperty(error, brand, { value: true });
};

/**
 * The server answered and refused the operation: `code` is the first error's
 * `extensions.code` (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, …).
 */
export class DossierGraphQLError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, GRAPHQL_ERROR);
  }
  override readonly name = 'DossierGraphQLError';
  readonly code: DossierErrorCode;
  /** The input the server blames, e.g. `input.title`, when it names one. */
  readonly field: string | undefined;
  readonly path: readonly (string | number)[] | undefined;
  readonly errors: readonly GraphQLErrorEntry[];
  /** Whatever data came with the errors (often null). */
  readonly data: unknown;

  constructor(errors: readonly GraphQLErrorEntry[], data: unknown) {
    const first = errors[0]!;
    super(first.message);
    setBrand(this, GRAPHQL_ERROR);
    this.code = (first.extensions?.code as DossierErrorCode | undefined) ?? 'UNKNOWN';
    this.field = first.extensions?.field;
    this.path = first.path;
    this.errors = errors;
    this.data = data;
  }
}

/** The server could not be reached, or the connection broke before an answer. */
export class DossierNetworkError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, NETWORK_ERROR);
  }
  override readonly name = 'DossierNetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    setBrand(this, NETWORK_ERROR);
  }
}

/** The server answered with an HTTP error and no GraphQL response. */
export class DossierHttpError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, HTTP_ERROR);
  }
  override readonly name = 'DossierHttpError';
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status} from the Dossier API${body ? `: ${body.slice(0, 200)}` : ''}`);
    setBrand(this, HTTP_ERROR);
  }
}

/** Any failure the SDK reports: a refusal, a network failure or an HTTP error. */
export function isDossierError(value: unknown): value is DossierGraphQLError | DossierNetworkError | DossierHttpError {
  return value instanceof DossierGraphQLError || value instanceof DossierNetworkError || value instanceof DossierHttpError;
}
