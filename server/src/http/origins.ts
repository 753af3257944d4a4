import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Which browser origins may use the API. Requests without an `Origin` (servers, scripts,
 * the SDK in Node) and from the server's own origin (the playground) are always allowed;
 * other origins only when listed in `DOSSIER_ALLOWED_ORIGINS`. Listed origins get CORS
 * headers, so browser apps on them can call the API; Apollo's CSRF protection stays on for
 * everything else. The same rule admits WebSocket connections.
 */
export class OriginPolicy {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  }

  /** `none`: no Origin; `own`: the server's origin; `listed`; `refused`. */
  check(request: IncomingMessage): 'none' | 'own' | 'listed' | 'refused' {
    const origin = request.headers.origin;
    if (origin === undefined) return 'none';
    if (this.allowed.has(origin.toLowerCase())) return 'listed';
    try {
      if (new URL(origin).host === request.headers.host) return 'own';
    } catch {
      // not a URL: refused below
    }
    return 'refused';
  }

  /** Adds CORS headers for a listed origin. */
  allowCrossOrigin(request: IncomingMessage, response: ServerResponse): void {
    response.setHeader('access-control-allow-origin', request.headers.origin!);
    response.setHeader('vary', 'Origin');
    response.setHeader('access-control-expose-headers', 'retry-after');
  }

  /** Answers a CORS preflight (OPTIONS) of a listed origin. */
  answerPreflight(request: IncomingMessage, response: ServerResponse): void {
    this.allowCrossOrigin(request, response);
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader('access-control-allow-headers', 'content-type, authorization, x-api-key, apollo-require-preflight');
    response.setHeader('access-control-max-age', '600');
    response.statusCode = 204;
    response.end();
  }
}
