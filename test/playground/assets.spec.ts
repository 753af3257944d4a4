import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, printSchema } from 'graphql';
import { dataOf } from '../testkit/graphql-client';
import { startTestServer, type TestServer } from '../testkit/test-server';

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A GET with exactly these headers (fetch would add its own Accept-Encoding and decode). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const decode = (response: RawResponse): Buffer => {
  switch (response.headers['content-encoding']) {
    case 'br':
      return zlib.brotliDecompressSync(response.body);
    case 'gzip':
      return zlib.gunzipSync(response.body);
    default:
      return response.body;
  }
};

const PAGE = { accept: 'text/html,application/xhtml+xml' };
const YEAR = 'public, max-age=31536000, immutable';

describe('the playground’s files over HTTP', () => {
  let api: TestServer;
  /** The playground's address: not the endpoint's, whose every POST would evict the page from a browser's cache. */
  let root: string;
  let page: string;
  let assets: string[];
  before(async () => {
    api = await startTestServer();
    root = new URL('/', api.url).toString();
    page = (await get(root, PAGE)).body.toString('utf8');
    assets = [...page.matchAll(/\/playground\/[\w.-]+/g)].map(([path]) => path);
  });
  after(() => api.stop());

  it('serve the page compressed as the browser accepts, revalidated on each load by its ETag', async () => {
    const brotli = await get(root, { ...PAGE, 'accept-encoding': 'gzip, deflate, br, zstd' });
    assert.equal(brotli.status, 200);
    const tag = /^"([\w-]{27})-br"$/.exec(String(brotli.headers.etag))?.[1];
    assert.ok(tag, `etag ${brotli.headers.etag}`);
    assert.deepEqual(
      {
        'content-type': brotli.headers['content-type'],
        'content-encoding': brotli.headers['content-encoding'],
        'cache-control': brotli.headers['cache-control'],
        vary: brotli.headers.vary,
        'content-length': brotli.headers['content-length'],
      },
      {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': 'br',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        'content-length': String(brotli.body.length),
      },
    );
    assert.equal(decode(brotli).toString('utf8'), page);

    const gzip = await get(root, { ...PAGE, 'accept-encoding': 'br;q=0, gzip' });
    assert.deepEqual([gzip.headers['content-encoding'], gzip.headers.etag], ['gzip', `"${tag}-gzip"`]);
    assert.equal(decode(gzip).toString('utf8'), page);
    const identity = await get(root, PAGE);
    assert.deepEqual([identity.headers['content-encoding'], identity.headers.etag], [undefined, `"${tag}"`]);

    const again = await get(root, { ...PAGE, 'accept-encoding': 'gzip, br', 'if-none-match': `"${tag}-br"` });
    assert.deepEqual([again.status, again.body.length, again.headers.etag, again.headers['cache-control']], [304, 0, `"${tag}-br"`, 'no-cache']);
    const stale = await get(root, { ...PAGE, 'accept-encoding': 'gzip, br', 'if-none-match': '"an-older-page-br"' });
    assert.equal(stale.status, 200);
  });

  it('serve every asset under a content-hashed name, compressed and cached for a year', async () => {
    assert.deepEqual(
      assets.map((path) => path.replace(/-[A-Z0-9]{8}\./, '-HASH.').replace(/^\/playground\/schema-[0-9a-f]{12}\.json$/, '/playground/schema-HASH.json')),
      [
        '/playground/app-HASH.css',
        '/playground/schema-HASH.json',
        '/playground/editor.worker-HASH.js',
        '/playground/json.worker-HASH.js',
        '/playground/graphql.worker-HASH.js',
        '/playground/app-HASH.js',
      ],
    );
    for (const path of assets) {
      const url = new URL(path, api.url).toString();
      const identity = await get(url);
      const brotli = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
      const gzip = await get(url, { 'accept-encoding': 'gzip' });
      const name = path.slice('/playground/'.length);
      assert.deepEqual(
        [brotli, gzip, identity].map((response) => ({
          status: response.status,
          'content-type': response.headers['content-type'],
          'content-encoding': response.headers['content-encoding'],
          'cache-control': response.headers['cache-control'],
          vary: response.headers.vary,
          etag: response.headers.etag,
        })),
        [
          ['br', `"${name}-br"`],
          ['gzip', `"${name}-gzip"`],
          [undefined, `"${name}"`],
        ].map(([encoding, etag]) => ({
          status: 200,
          'content-type': path.endsWith('.css')
            ? 'text/css; charset=utf-8'
            : path.endsWith('.json')
              ? 'application/json; charset=utf-8'
              : 'text/javascript; charset=utf-8',
          'content-encoding': encoding,
          'cache-control': YEAR,
          vary: 'accept-encoding',
          etag,
        })),
        path,
      );
      assert.ok(decode(brotli).equals(identity.body), `${path}: brotli decodes to the file`);
      assert.ok(decode(gzip).equals(identity.body), `${path}: gzip decodes to the file`);
      assert.ok(brotli.body.length < identity.body.length / 2, `${path}: ${identity.body.length} bytes, ${brotli.body.length} compressed`);
      const held = await get(url, { 'accept-encoding': 'br', 'if-none-match': `"${name}-br"` });
      assert.deepEqual([held.status, held.body.length], [304, 0]);
    }
  });

  it('serve the schema’s introspection as a file, the same as the endpoint answers', async () => {
    const path = assets.find((asset) => asset.endsWith('.json'))!;
    const file = JSON.parse(decode(await get(new URL(path, api.url).toString(), { 'accept-encoding': 'br' })).toString('utf8'));
    // Everything the schema can tell, as the file holds it (a scalar's specification URL included).
    const query = getIntrospectionQuery({ specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const answered = dataOf(await api.send(query), query) as unknown as IntrospectionQuery;
    assert.equal(printSchema(buildClientSchema(file.data)), printSchema(buildClientSchema(answered)));
  });

  it('serve the icon font the stylesheet names, and nothing under a name that was not built', async () => {
    const css = decode(await get(new URL(assets[0]!, api.url).toString(), { 'accept-encoding': 'br' })).toString('utf8');
    const font = /url\("?\.\/(codicon-[A-Z0-9]{8}\.ttf)"?\)/.exec(css)?.[1];
    assert.ok(font, 'the stylesheet names the icon font by its hashed name');
    const response = await get(new URL(`/playground/${font}`, api.url).toString(), { 'accept-encoding': 'br' });
    assert.deepEqual([response.status, response.headers['content-type'], response.headers['cache-control']], [200, 'font/ttf', YEAR]);
    for (const path of ['/playground/app.js', '/playground/manifest.json', '/playground/app-AAAAAAAA.js']) {
      assert.equal((await get(new URL(path, api.url).toString())).status, 404, path);
    }
  });

  it('send a browser that opens the endpoint to the playground, with a share link’s operation and variables', async () => {
    const share = '?query=%7B+actors%28first%3A+1%29+%7B+totalCount+%7D+%7D&variables=%7B%7D';
    const response = await get(`${api.url}${share}`, PAGE);
    assert.deepEqual([response.status, response.headers.location], [302, `/${share}`]);
    const target = await get(new URL(String(response.headers.location), api.url).toString(), PAGE);
    assert.deepEqual([target.status, target.body.toString('utf8')], [200, page]);
  });
});
