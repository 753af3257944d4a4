import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { sendJson } from './graphql-handler';
import type { OriginPolicy } from './origins';

export interface Route {
  readonly method: readonly string[];
  readonly path: string | ((pathname: string) => boolean);
  readonly handle: (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;
}

/**
 * Every response that is not a GraphQL response carries its error in this one shape,
 * `{ "error": { "code", "message" } }`, which no client can mistake for GraphQL errors.
 */
export function sendError(response: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  sendJson(response, status, { ...extra, error: { code, message } });
}

/**
 * Dispatches requests to the first route matching their method and path. Browser origins
 * are checked first (see `OriginPolicy`): a refused one gets 403, a listed one CORS headers
 * and preflight answers.
 */
export function requestListener(routes: readonly Route[], origins: OriginPolicy, logError: (message: string, error: unknown) => void): RequestListener {
  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const origin = origins.check(request);
    if (origin === 'refused') {
      sendError(response, 403, 'FORBIDDEN', `Origin ${String(request.headers.origin).slice(0, 100)} is not allowed: add it to DOSSIER_ALLOWED_ORIGINS`);
      return;
    }
    if (origin === 'listed') {
      if (request.method === 'OPTIONS') {
        origins.answerPreflight(request, response);
        return;
      }
      origins.allowCrossOrigin(request, response);
    }
    const onPath = routes.filter((route) => (typeof route.path === 'string' ? route.path === url.pathname : route.path(url.pathname)));
    const route = onPath.find((candidate) => candidate.method.includes(request.method ?? 'GET'));
    if (!route) {
      if (onPath.length > 0) {
        const allowed = [...new Set(onPath.flatMap((candidate) => candidate.method))].join(', ');
        response.setHeader('allow', allowed);
        sendError(response, 405, 'METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${url.pathname}; use ${allowed}`);
      } else {
        sendError(response, 404, 'NOT_FOUND', `Not found: ${url.pathname.slice(0, 100)}`);
      }
      return;
    }
    Promise.resolve(route.handle(request, response, url)).catch((error: unknown) => {
      logError(`Unexpected error while serving ${request.method} ${url.pathname}:`, error);
      if (!response.headersSent) sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else response.destroy();
    });
  };
}
