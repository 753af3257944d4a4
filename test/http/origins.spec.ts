import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../testkit/test-server';
import { firstOutcome, rawSocket } from '../testkit/websocket';

const APP = 'https://analyst-app.example';
const QUERY = JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' });

describe('browser origins', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer({ env: { DOSSIER_ALLOWED_ORIGINS: `${APP}, https://other.example` } });
  });
  after(() => api.stop());

  it('answer the CORS preflight of a listed origin', async () => {
    const response = await fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin: APP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    assert.equal(response.status, 204);
    assert.deepEqual(
      Object.fromEntries(
        ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers', 'vary'].map((name) => [
          name,
          response.headers.get(name),
        ]),
      ),
      {
        'access-control-allow-origin': APP,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type, authorization, x-api-key, apollo-require-preflight',
        vary: 'Origin',
      },
    );
  });

  it('serve a listed origin with CORS headers, and the server’s own origin and clients without one as before', async () => {
    const listed = await fetch(api.url, { method: 'POST', headers: { origin: APP, 'content-type': 'application/json' }, body: QUERY });
    assert.equal(listed.status, 200);
    assert.equal(listed.headers.get('access-control-allow-origin'), APP);
    const own = await fetch(api.url, { method: 'POST', headers: { origin: new URL(api.url).origin, 'content-type': 'application/json' }, body: QUERY });
    assert.equal(own.status, 200);
    assert.equal(own.headers.get('access-control-allow-origin'), null);
    const none = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
    assert.equal(none.status, 200);
  });

  it('refuse any other origin, over HTTP and WebSocket', async () => {
    const preflight = await fetch(api.url, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    const post = await fetch(api.url, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/json' }, body: QUERY });
    assert.equal(post.status, 403);
    assert.deepEqual(await post.json(), {
      error: { code: 'FORBIDDEN', message: 'Origin https://evil.example is not allowed: add it to DOSSIER_ALLOWED_ORIGINS' },
    });

    const refused = rawSocket(api.url, { origin: 'https://evil.example' });
    const listed = rawSocket(api.url, { origin: APP });
    try {
      assert.deepEqual(await firstOutcome(refused, { query: '{ actors(first: 1) { totalCount } }' }), {
        closed: { code: 0, reason: 'Unexpected server response: 403' },
      });
      assert.deepEqual(await firstOutcome(listed, { query: '{ actors(first: 1) { totalCount } }' }), { data: { actors: { totalCount: 30 } } });
    } finally {
      await refused.dispose();
      await listed.dispose();
    }
  });
});
