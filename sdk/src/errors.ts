/** One error of a GraphQL response, as the server sent it. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly locations?: readonly { line: number; column: number }[];
  readonly extensions?: { readonly code?: string; readonly field?: string; readonly [key: string]: unknown };
}

/**
 * The server answered and refused the operation: `code` is the first error's
 * `extensions.code` (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, FORBIDDEN, …).
 */
export class DossierGraphQLError extends Error {
  override readonly name = 'DossierGraphQLError';
  readonly code: string;
  /** The input the server blames, e.g. `input.title`, when it names one. */
  readonly field: string | undefined;
  readonly path: readonly (string | number)[] | undefined;
  readonly errors: readonly GraphQLErrorEntry[];
  /** Whatever data came with the errors (often null). */
  readonly data: unknown;

  constructor(errors: readonly GraphQLErrorEntry[], data: unknown) {
    const first = errors[0]!;
    super(first.message);
    this.code = first.extensions?.code ?? 'UNKNOWN';
    this.field = first.extensions?.field;
    this.path = first.path;
    this.errors = errors;
    this.data = data;
  }
}

/** The server could not be reached, or the connection broke before an answer. */
export class DossierNetworkError extends Error {
  override readonly name = 'DossierNetworkError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The server answered with an HTTP error and no GraphQL response. */
export class DossierHttpError extends Error {
  override readonly name = 'DossierHttpError';
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`HTTP ${status} from the Dossier API${body ? `: ${body.slice(0, 200)}` : ''}`);
  }
}
