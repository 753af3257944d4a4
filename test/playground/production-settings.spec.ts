import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig, startDossier, type DossierServer } from '@dossier/server';
import { dataOf } from '../testkit/graphql-client';
import { graphql } from '../testkit/operations';
import { openTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../testkit/test-server';

/** Raw text (`api.send`): introspection, which production refuses on purpose. */
const INTROSPECTION = '{ __schema { queryType { name } } }';

const EVENT_ADDED = graphql(`
  subscription ProductionSettingsEventAdded { eventAdded { cursor } }
`);

describe('playground settings', () => {
  let api: TestServer;
  let testDatabase: TestDatabase;
  let production: DossierServer;
  before(async () => {
    api = await startTestServer();
    testDatabase = await openTestDatabase();
    const config = { ...loadConfig({ NODE_ENV: 'production', DOSSIER_API_KEYS: 'editor:production-editor-key' }), host: '127.0.0.1', port: 0 };
    production = await startDossier(config, { database: testDatabase.database });
  });
  after(async () => {
    await production.stop();
    await testDatabase.dispose();
    await api.stop();
  });

  it('serve the playground to a browser and answer introspection by default', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Dossier playground<\/title>/);
    assert.equal((await fetch(new URL('/playground/app.js', api.url))).status, 200);
    assert.deepEqual(dataOf(await api.send(INTROSPECTION), INTROSPECTION), { __schema: { queryType: { name: 'Query' } } });
  });

  it('turn the playground and introspection off in production', async () => {
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    assert.notEqual(page.status, 200);
    assert.doesNotMatch(await page.text(), /playground/);
    assert.equal((await fetch(new URL('/playground/app.js', production.url))).status, 404);
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECTION }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('answer a subscription posted over HTTP with a pointer to WebSocket', async () => {
    const error = await api.expectError(EVENT_ADDED, {}, {}, 'BAD_USER_INPUT');
    assert.equal(error.message, 'Subscriptions are served over WebSocket (graphql-ws) at this URL, not over HTTP');
  });
});
