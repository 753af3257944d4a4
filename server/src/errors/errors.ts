import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
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

export class BadUserInputError extends GraphQLErrorWithCode {
  /** `field` is the input path of the offending value, e.g. `input.title`. */
  constructor(field: string, message: string) {
    super(`${field}: ${message}`, ErrorCode.BAD_USER_INPUT, { field });
  }
}

export class NotFoundError extends GraphQLErrorWithCode {
  constructor(field: string, what: string, id: string) {
    super(`${field}: no ${what} with id "${id}"`, ErrorCode.NOT_FOUND, { field });
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
  constructor(message: string) {
    super(message, ErrorCode.CONFLICT);
  }
}
