import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEVELOPMENT_API_KEYS, loadConfig, startDossier, type DossierServer } from '@dossier/server';
import { dataOf } from '../testkit/graphql-client';
import { graphql } from '../testkit/operations';
import { openTestDatabase, startTestServer, type TestDatabase, type TestServer } from '../testkit/test-server';

/** Raw text (`api.send`): introspection, which production refuses on purpose. */
const INTROSPECTION = '{ __schema { queryType { name } } }';

/** The settings the playground page carries (see the server's playground.page.ts). */
async function playgroundConfig(url: string): Promise<{ defaultHeaders: string; tabs: { query: string; headers?: string }[] }> {
  const page = await (await fetch(url, { headers: { accept: 'text/html' } })).text();
  const json = /<script id="playground-config" type="application\/json">(.*?)<\/script>/s.exec(page)?.[1];
  assert.ok(json, 'the page carries its settings');
  return JSON.parse(json);
}

const EVENT_ADDED = graphql(`
  subscription ProductionSettingsEventAdded { eventAdded { cursor } }
`);

describe('playground settings', () => {
  let api: TestServer;
  let testDatabase: TestDatabase;
  let production: DossierServer;
  let development: DossierServer;
  let appScript: string;
  before(async () => {
    api = await startTestServer();
    testDatabase = await openTestDatabase();
    const config = { ...loadConfig({ NODE_ENV: 'production', DOSSIER_API_KEYS: 'editor:production-editor-key' }), host: '127.0.0.1', port: 0 };
    production = await startDossier(config, { database: testDatabase.database });
    development = await startDossier(
      { ...loadConfig({ NODE_ENV: 'development' }), host: '127.0.0.1', port: 0 },
      { database: testDatabase.database, seedIfEmpty: false },
    );
  });
  after(async () => {
    await development.stop();
    await production.stop();
    await testDatabase.dispose();
    await api.stop();
  });

  it('serve the playground to a browser and answer introspection by default', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<title>Dossier playground<\/title>/);
    appScript = /<script src="(\/playground\/app-[A-Z0-9]{8}\.js)">/.exec(html)?.[1] ?? 'no script';
    assert.equal((await fetch(new URL(appScript, api.url))).status, 200);
    assert.deepEqual(dataOf(await api.send(INTROSPECTION), INTROSPECTION), { __schema: { queryType: { name: 'Query' } } });
  });

  it('turn the playground and introspection off in production', async () => {
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    assert.notEqual(page.status, 200);
    assert.doesNotMatch(await page.text(), /playground/);
    assert.equal((await fetch(new URL(appScript, production.url))).status, 404);
    assert.equal((await fetch(new URL('/', production.url), { redirect: 'manual' })).status, 404);
    const response = await fetch(production.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: INTROSPECTION }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('prefill the development editor key in the playground in development only', async () => {
    const developmentKey = /editor:([^,]+)/.exec(DEVELOPMENT_API_KEYS)![1]!;
    const prefilled = JSON.stringify({ Authorization: `Bearer ${developmentKey}` }, null, 2);
    const inDevelopment = await playgroundConfig(development.url);
    assert.equal(inDevelopment.defaultHeaders, prefilled);
    assert.equal(inDevelopment.tabs.find((tab) => tab.query.includes('mutation RecordEvent'))?.headers, prefilled);

    const elsewhere = await playgroundConfig(api.url);
    const comment = '{\n  // Writes need an editor API key:\n  // "Authorization": "Bearer <your editor key>"\n}';
    assert.equal(elsewhere.defaultHeaders, comment);
    assert.deepEqual(
      elsewhere.tabs.flatMap((tab) => (tab.headers === undefined ? [] : [tab.headers])),
      [comment],
    );
    const playgroundInProduction = {
      ...loadConfig({ NODE_ENV: 'production', DOSSIER_API_KEYS: 'editor:production-editor-key', DOSSIER_PLAYGROUND: 'true' }),
      host: '127.0.0.1',
      port: 0,
    };
    const served = await startDossier(playgroundInProduction, { database: testDatabase.database, seedIfEmpty: false });
    try {
      assert.equal((await playgroundConfig(served.url)).defaultHeaders, comment);
    } finally {
      await served.stop();
    }
  });

  it('answer a subscription posted over HTTP with a pointer to WebSocket', async () => {
    const error = await api.expectError(EVENT_ADDED, {}, {}, 'BAD_USER_INPUT');
    assert.equal(error.message, 'Subscriptions are served over WebSocket (graphql-ws) at this URL, not over HTTP');
  });
});
