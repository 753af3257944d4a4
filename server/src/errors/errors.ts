import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  /** The operation asks for more than a limit allows (depth, aliases, tokens, cost, …); `extensions.limit` names it. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The client used up its budget of requests or cost for the minute; `extensions.retryAfterSeconds` says when to come back. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** The operation ran past the time allowed and was stopped. */
  TIMEOUT = 'TIMEOUT',
  /** The database does not answer; the request was refused at once rather than left waiting. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** A WebSocket connection already runs as many subscriptions as it may. */
  TOO_MANY_SUBSCRIPTIONS = 'TOO_MANY_SUBSCRIPTIONS',
  /** The record changed while the write was being made; trying again will see the change. */
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** A subscription fell too far behind and was closed. */
  SUBSCRIBER_TOO_SLOW = 'SUBSCRIBER_TOO_SLOW',
}

/** Every expected failure is thrown as one of these; the code reaches clients in `extensions.code`. */
export class GraphQLErrorWithCode extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Client input quoted in a message, cut short: an error never echoes a huge input back. */
export const truncated = (input: string, max = 60): string => (input.length > max ? `${input.slice(0, max)}…` : input);

export class BadUserInputError extends GraphQLErrorWithCode {
  /** `field` is the input path of the offending value, e.g. `input.title`. */
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, ErrorCode.BAD_USER_INPUT, { field });
  }
}

export class NotFoundError extends GraphQLErrorWithCode {
  constructor(field: string, what: string, id: string) {
    super(`${field}: no ${what} with id "${truncated(id)}"`, ErrorCode.NOT_FOUND, { field });
  }
}

export class UnauthenticatedError extends GraphQLErrorWithCode {
  /** `httpStatus` is set when the whole request is refused, not just one field. */
  constructor(message: string, httpStatus?: number) {
    super(message, ErrorCode.UNAUTHENTICATED, httpStatus ? { http: { status: httpStatus } } : {});
  }
}

export class ForbiddenError extends GraphQLErrorWithCode {
  constructor(message: string) {
    super(message, ErrorCode.FORBIDDEN);
  }
}

export class ConflictError extends GraphQLErrorWithCode {
  /** `field`, when the conflict is with an input: its path. */
  constructor(message: string, field?: string) {
    super(field ? `${field}: ${message}` : message, ErrorCode.CONFLICT, field ? { field } : undefined);
  }
}
