import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import WebSocket from 'ws';
import {
  createBaseClient,
  createClient,
  DossierGraphQLError,
  DossierHttpError,
  DossierNetworkError,
  EventAddedDocument,
  EventsDocument,
  type EventsQuery,
} from '@dossier/sdk';
import { EventsDocument as EventsDocumentNode } from '@dossier/sdk/documents';
import { eventually, nextWithin } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import { actorId } from '../testkit/ids';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, READER_KEY, startTestServer, type TestServer } from '../testkit/test-server';

/** A server that accepts requests and never answers, for abort and timeout behaviour. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the SDK', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('pages through a connection to the end', async () => {
    const dossier = sdkFor(api);
    const titles: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    do {
      const { events } = await dossier.events({ orderBy: 'TITLE_ASC', first: 4, after });
      titles.push(...events.edges.map((edge) => edge.node.title));
      after = events.pageInfo.hasNextPage ? events.pageInfo.endCursor : undefined;
      pages += 1;
    } while (after);
    assert.equal(pages, 4);
    assert.equal(titles.length, 15);
    assert.deepEqual(
      titles,
      [...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
  });

  it('surfaces each error code as a DossierGraphQLError carrying the code, field and path', async () => {
    const anonymous = sdkFor(api);
    const cases: [string, () => Promise<unknown>, string | undefined, string][] = [
      ['BAD_USER_INPUT', () => anonymous.events({ after: 'not-a-cursor' }), 'after', 'events'],
      ['NOT_FOUND', () => sdkFor(api, EDITOR_KEY).updateActor({ input: { id: actorId('nobody'), name: 'X' } }), 'input.id', 'updateActor'],
      ['UNAUTHENTICATED', () => anonymous.createActor({ input: { name: 'Anonymous Org', kind: 'ORGANIZATION' } }), undefined, 'createActor'],
      ['FORBIDDEN', () => sdkFor(api, READER_KEY).createActor({ input: { name: 'Reader Org', kind: 'ORGANIZATION' } }), undefined, 'createActor'],
    ];
    for (const [code, call, field, pathHead] of cases) {
      await assert.rejects(call(), (error: unknown) => {
        assert.ok(error instanceof DossierGraphQLError, `${code}: ${String(error)}`);
        assert.equal(error.code, code);
        assert.equal(error.field, field);
        assert.equal(error.path?.[0], pathHead);
        assert.equal(error.errors.length, 1);
        return true;
      });
    }
    await assert.rejects(
      sdkFor(api, 'a-key-that-matches-nothing').actors({}),
      (error: unknown) => error instanceof DossierGraphQLError && error.code === 'UNAUTHENTICATED',
    );
  });

  it('runs any typed document through request(), as a string or as a parsed document', async () => {
    const dossier = sdkFor(api);
    const variables = { filter: { actorIds: [actorId('japan')] }, first: 5 };
    const fromNode = await dossier.request(EventsDocumentNode, variables);
    assert.deepEqual(
      fromNode.events.edges.map((edge) => edge.node.title),
      ['South Korean, U.S. and Japanese foreign ministers meet in New York'],
    );
    const fromString = await dossier.request<EventsQuery, typeof variables>(EventsDocument, variables);
    assert.deepEqual(fromString, fromNode);
    const inline = await dossier.request<{ event: { title: string } | null }, { id: string }>('query ($id: ID!) { event(id: $id) { title } }', {
      id: fromNode.events.edges[0]!.node.id,
    });
    assert.deepEqual(inline, { event: { title: 'South Korean, U.S. and Japanese foreign ministers meet in New York' } });
  });

  it('runs per-operation documents with createBaseClient: a query, a subscription, and a refusal', async () => {
    const dossier = createBaseClient({ url: api.url, webSocket: WebSocket });
    try {
      const { events } = await dossier.request(EventsDocument, { filter: { actorIds: [actorId('japan')] }, first: 5 });
      assert.deepEqual(
        events.edges.map((edge) => edge.node.title),
        ['South Korean, U.S. and Japanese foreign ministers meet in New York'],
      );
      const added = dossier.subscribe(EventAddedDocument, { filter: { kinds: ['VISIT'] } })[Symbol.asyncIterator]();
      const first = nextWithin(added, 10_000, 'the visit');
      assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');
      const visit = await recordEvent(sdkFor(api, EDITOR_KEY), 'A visit seen through createBaseClient', { kind: 'VISIT' });
      const { eventAdded } = await first;
      assert.deepEqual([eventAdded.kind, eventAdded.event.id, eventAdded.event.title], ['ADDED', visit.id, 'A visit seen through createBaseClient']);
      await added.return?.();
      await assert.rejects(
        dossier.request(EventsDocument, { after: 'not-a-cursor' }),
        (error: unknown) => error instanceof DossierGraphQLError && error.code === 'BAD_USER_INPUT',
      );
    } finally {
      await dossier.close();
    }
  });

  it('rejects with the abort reason when the call is aborted mid-request', async () => {
    const silent = await silentServer();
    try {
      const controller = new AbortController();
      const pending = createClient({ url: silent.url }).events({}, { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await assert.rejects(pending, (error: unknown) => error instanceof DOMException && error.name === 'AbortError');
    } finally {
      await silent.close();
    }
  });

  it('gives a network error, not a hang, when the server is down or silent', async () => {
    const silent = await silentServer();
    const downUrl = silent.url.replace(/:\d+\//, ':1/');
    try {
      await assert.rejects(createClient({ url: downUrl }).events({}), (error: unknown) => {
        assert.ok(error instanceof DossierNetworkError);
        assert.equal(error.message, `Could not reach ${downUrl}`);
        return true;
      });
      const started = Date.now();
      await assert.rejects(createClient({ url: silent.url, timeoutMs: 200 }).events({}), (error: unknown) => {
        assert.ok(error instanceof DossierNetworkError);
        assert.equal(error.message, `No answer from ${silent.url} within 200 ms`);
        return true;
      });
      assert.ok(Date.now() - started < 5_000);
    } finally {
      await silent.close();
    }
  });

  it('reports an HTTP error that carries no GraphQL response as a DossierHttpError', async () => {
    await assert.rejects(createClient({ url: api.url.replace('/graphql', '/nowhere') }).events({}), (error: unknown) => {
      assert.ok(error instanceof DossierHttpError);
      assert.equal(error.status, 404);
      return true;
    });
  });

  it('runs the example app against a live server', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, '../example-app/main.js')], {
      env: { ...process.env, DOSSIER_URL: api.url, DOSSIER_API_KEY: EDITOR_KEY },
    });
    const lines = stdout.trim().split('\n');
    assert.equal(lines[0], 'South Korea issued 11 measures:');
    assert.equal(lines[1], '  undated  South Korea joins international sanctions against Russia over the invasion of Ukraine → Russia');
    assert.ok(lines.includes('Kim Jong Un took part in 3 events:'));
    assert.ok(lines.includes('Articles mentioning Sergei Shoigu: The Kyiv Independent; Caliber.Az'));
    assert.ok(lines.includes('  Sergei Shoigu visits Pyongyang: 2023-07 according to Caliber.Az'));
    assert.ok(lines.includes('  Sergei Shoigu visits Pyongyang: 2023-08 according to The Kyiv Independent'));
    assert.match(lines.at(-2)!, /^Created event [A-Za-z0-9_-]+: Example app event /);
    assert.equal(lines.at(-1), `Live: ADDED ${lines.at(-2)!.replace(/^Created event [A-Za-z0-9_-]+: /, '')}`);
  });
});
