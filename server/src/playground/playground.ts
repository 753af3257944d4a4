import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { type GraphQLSchema, introspectionFromSchema } from 'graphql';
import { defaultHeaders, exampleTabs } from './example-tabs';
import { playgroundPage } from './playground.page';

/** Built by `scripts/build-playground.mjs` with the server: hashed files, each also as `.gz` and `.br`. */
const ASSETS_DIR = path.resolve(__dirname, '../playground-assets');
const ASSET_PREFIX = '/playground/';
const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
};
/** Asset names carry their content hash: a changed file is a new URL, so browsers may keep one for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Only this server: scripts, workers, styles, connections (HTTP and WebSocket), images and fonts (also data: URLs).
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; worker-src 'self'";

type Encoding = 'br' | 'gzip' | 'identity';

/** One file as sent: its bytes in each encoding and a validator for each. */
interface Representations {
  readonly contentType: string;
  readonly body: (encoding: Encoding) => Buffer;
  readonly tag: string;
}

/**
 * The encoding to send: brotli, then gzip, when the client accepts it (`q=0` refuses);
 * otherwise the bytes as they are.
 */
function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const quality = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return 'identity';
}

const etagOf = (tag: string, encoding: Encoding) => `"${tag}${encoding === 'identity' ? '' : `-${encoding}`}"`;

/** Sends one representation, or 304 when the client holds it already (`If-None-Match`). */
function send(request: IncomingMessage, response: ServerResponse, file: Representations, headers: Record<string, string>): void {
  const encoding = negotiateEncoding(request.headers['accept-encoding']);
  const etag = etagOf(file.tag, encoding);
  response.setHeader('content-type', file.contentType);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.setHeader('etag', etag);
  const held = (request.headers['if-none-match'] ?? '').split(',').map((candidate) => candidate.trim().replace(/^W\//, ''));
  if (held.includes(etag) || held.includes('*')) {
    response.statusCode = 304;
    response.end();
    return;
  }
  if (encoding !== 'identity') response.setHeader('content-encoding', encoding);
  const body = file.body(encoding);
  response.statusCode = 200;
  response.setHeader('content-length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** A browser opening the endpoint (not a GraphQL client): it asks for HTML, even with a share link's `?query=`. */
export const wantsPage = (request: IncomingMessage): boolean => request.method === 'GET' && (request.headers.accept ?? '').includes('text/html');

export interface PlaygroundOptions {
  readonly endpoint: string;
  /** Its introspection is served as a file of its own (see `Playground`). */
  readonly schema: GraphQLSchema;
  /** Prefilled in the headers (development only). */
  readonly editorKey: string | undefined;
}

const COMPRESS: Record<Exclude<Encoding, 'identity'>, (content: Buffer) => Buffer> = {
  gzip: (content) => zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
  br: (content) => zlib.brotliCompressSync(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY } }),
};

/**
 * Brotli at its best, and gzip, each made when first asked for and kept: what is built once
 * and sent many times (brotli's best takes a third of a second on the schema, which a
 * server that nobody opens the playground of should not spend at start).
 */
function compressed(contentType: string, identity: Buffer, tag: string): Representations {
  const made = new Map<Encoding, Buffer>([['identity', identity]]);
  return {
    contentType,
    body: (encoding) => {
      let body = made.get(encoding);
      if (!body) {
        body = COMPRESS[encoding as Exclude<Encoding, 'identity'>](identity);
        made.set(encoding, body);
      }
      return body;
    },
    tag,
  };
}

/**
 * The GraphiQL playground: its page, built on first use with the example tabs, and its
 * bundled assets, read from disk on first use and kept. The
 * schema's introspection, which GraphiQL asks for on every load, is one of the assets: it
 * cannot change while the server runs, so it is built once, named by its hash and cached
 * by the browser like the scripts, instead of an uncompressed 130 KB GraphQL answer each time.
 */
export class Playground {
  private readonly assets = new Map<string, Representations>();
  private built: { readonly page: Representations; readonly files: ReadonlySet<string> } | null | undefined;

  constructor(private readonly options: PlaygroundOptions) {}

  /** The page and the names of the files it may load, made on first use; null when the playground is not built. */
  private build(): { readonly page: Representations; readonly files: ReadonlySet<string> } | null {
    if (this.built !== undefined) return this.built;
    const manifestFile = path.join(ASSETS_DIR, 'manifest.json');
    if (!fs.existsSync(manifestFile)) {
      this.built = null;
      return null;
    }
    const introspection = Buffer.from(JSON.stringify({ data: introspectionFromSchema(this.options.schema) }));
    const schemaFile = `schema-${createHash('sha256').update(introspection).digest('hex').slice(0, 12)}.json`;
    this.assets.set(schemaFile, compressed('application/json; charset=utf-8', introspection, schemaFile));
    const manifest: Record<string, string> = { ...JSON.parse(fs.readFileSync(manifestFile, 'utf8')), 'schema.json': schemaFile };
    const html = Buffer.from(
      playgroundPage({
        endpoint: this.options.endpoint,
        tabs: exampleTabs(this.options.editorKey),
        defaultHeaders: defaultHeaders(this.options.editorKey),
        assetUrl: (name) => `${ASSET_PREFIX}${manifest[name]}`,
      }),
    );
    const page = compressed('text/html; charset=utf-8', html, createHash('sha256').update(html).digest('base64url').slice(0, 27));
    this.built = { page, files: new Set(Object.values(manifest)) };
    return this.built;
  }

  servePage(request: IncomingMessage, response: ServerResponse): void {
    const built = this.build();
    if (!built) {
      notBuilt(response);
      return;
    }
    // Revalidated on every load (the tabs and key depend on the server's settings): a 304 when unchanged.
    send(request, response, built.page, {
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
  }

  isAsset = (pathname: string): boolean => pathname.startsWith(ASSET_PREFIX) && (this.build()?.files.has(pathname.slice(ASSET_PREFIX.length)) ?? false);

  /** Serves a built file (see `isAsset`). */
  serveAsset(request: IncomingMessage, response: ServerResponse, pathname: string): void {
    const name = pathname.slice(ASSET_PREFIX.length);
    let file = this.assets.get(name);
    if (!file) {
      const read = (suffix: string) => fs.readFileSync(path.join(ASSETS_DIR, `${name}${suffix}`));
      const bodies: Record<Encoding, Buffer> = { identity: read(''), gzip: read('.gz'), br: read('.br') };
      file = { contentType: CONTENT_TYPES[path.extname(name)] ?? 'application/octet-stream', body: (encoding) => bodies[encoding], tag: name };
      this.assets.set(name, file);
    }
    send(request, response, file, { 'cache-control': IMMUTABLE, vary: 'accept-encoding' });
  }
}

function notBuilt(response: ServerResponse): void {
  response.statusCode = 404;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.end('The playground is not built: run `npm run build`.');
}
