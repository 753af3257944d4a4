import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { MongoNetworkError, MongoServerSelectionError } from 'mongodb';
import { tokenLimitError } from '../limits/operation-limits';
import { ErrorCode } from './errors';

export interface ErrorFormatOptions {
  /**
   * Drop "Did you mean …?" from validation errors: with introspection off, suggestions
   * would spell out the schema one guess at a time.
   */
  readonly hideSuggestions: boolean;
  /** Where unexpected errors are reported (with their stack). */
  readonly logError: (message: string, error: unknown) => void;
}

const SUGGESTION = / ?Did you mean .+\?$/;

/** The database did not answer (a closed client of our own is a bug, not an outage). */
const isDatabaseUnreachable = (error: unknown): boolean => error instanceof MongoNetworkError || error instanceof MongoServerSelectionError;

/**
 * Every error a client sees, over HTTP and WebSocket alike, goes through here. Coded errors
 * pass through; a database that cannot be reached is DATABASE_UNAVAILABLE (its outage is
 * logged once, by the health check, not per request); anything else is a bug: logged with
 * its stack, and sent as INTERNAL_SERVER_ERROR, so internals (hosts, ports, driver text)
 * never leak. Transport details (`extensions.http`) are never sent.
 */
export function createErrorFormatter(options: ErrorFormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const place = { ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };
    const tooLong = tokenLimitError(formatted);
    if (tooLong) return { message: tooLong.message, extensions: withoutHttp(tooLong.extensions) };
    if (isDatabaseUnreachable(original)) {
      return { message: 'The database is not answering; try again shortly', ...place, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    }
    if (original instanceof GraphQLError || formatted.extensions?.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const message = options.hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
      const extensions = formatted.extensions && withoutHttp(formatted.extensions);
      // Apollo codes every validation error GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
      if (extensions?.limit) extensions.code = ErrorCode.QUERY_TOO_COMPLEX;
      return { ...formatted, message, ...(extensions ? { extensions } : {}) };
    }
    options.logError('unexpected error while executing a GraphQL operation:', original);
    return { message: 'Internal server error', ...place, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

function withoutHttp(extensions: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}
