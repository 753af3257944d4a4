import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { EXAMPLE_TABS } from './example-tabs';
import { playgroundPage } from './playground.page';

/** Built by `scripts/build-playground.mjs` with the server. */
const ASSETS_DIR = path.resolve(__dirname, '../playground-assets');
const ASSETS: Record<string, string> = {
  '/playground/app.js': 'application/javascript; charset=utf-8',
  '/playground/app.css': 'text/css; charset=utf-8',
};

/** A browser asking for a page (not a GraphQL client doing a GET query). */
export const wantsPage = (request: IncomingMessage, search: string): boolean =>
  request.method === 'GET' && !new URLSearchParams(search).has('query') && (request.headers.accept ?? '').includes('text/html');

export function servePlaygroundPage(response: ServerResponse, endpoint: string): void {
  response.statusCode = 200;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  // Only this server: scripts, styles, connections (HTTP and WebSocket) and images (data: URLs).
  response.setHeader(
    'content-security-policy',
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'",
  );
  response.end(playgroundPage(endpoint, EXAMPLE_TABS));
}

export const isPlaygroundAsset = (pathname: string): boolean => pathname in ASSETS;

/** Serves a playground asset (see `isPlaygroundAsset`). */
export function servePlaygroundAsset(pathname: string, response: ServerResponse): void {
  const contentType = ASSETS[pathname]!;
  const file = path.join(ASSETS_DIR, path.basename(pathname));
  if (!fs.existsSync(file)) {
    response.statusCode = 404;
    response.end('The playground is not built: run `npm run build`.');
    return;
  }
  response.statusCode = 200;
  response.setHeader('content-type', contentType);
  response.setHeader('cache-control', 'no-cache');
  fs.createReadStream(file).pipe(response);
}
