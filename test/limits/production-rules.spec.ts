import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import WebSocket from 'ws';
import { loadConfig, startDossier, type DossierServer } from '@dossier/server';
import { eventuallyAsync } from '../testkit/async';
import { postGraphQL } from '../testkit/graphql-client';
import { openTestDatabase, type TestDatabase } from '../testkit/test-server';
import { firstOutcome, outcomeCode, rawSocket } from '../testkit/websocket';

const KEY = 'production-reader-key';
const SUBSCRIPTION = 'subscription { eventAdded { cursor } }';

/** Opens a socket and resolves when it is open, or with how it was refused. */
function openSocket(url: string): Promise<{ socket: WebSocket } | { refused: string }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    socket.once('open', () => resolve({ socket }));
    socket.once('error', (error) => resolve({ refused: error.message }));
  });
}

describe('rules in production, over HTTP and WebSocket alike', () => {
  let testDatabase: TestDatabase;
  let server: DossierServer;
  before(async () => {
    testDatabase = await openTestDatabase();
    const env = {
      NODE_ENV: 'production',
      DOSSIER_API_KEYS: `reader:${KEY}`,
      DOSSIER_MAX_SUBSCRIPTIONS_PER_SOCKET: '2',
      DOSSIER_MAX_SOCKETS_PER_CLIENT: '3',
    };
    server = await startDossier({ ...loadConfig(env), host: '127.0.0.1', port: 0 }, { database: testDatabase.database });
  });
  after(async () => {
    await server.stop();
    await testDatabase.dispose();
  });

  it('refuse introspection over the socket', async () => {
    const socket = rawSocket(server.url);
    try {
      const outcome = await firstOutcome(socket, { query: '{ __schema { types { name } } }' });
      assert.equal(outcomeCode(outcome), 'GRAPHQL_VALIDATION_FAILED');
    } finally {
      await socket.dispose();
    }
  });

  it('give no "Did you mean" suggestions, over HTTP or the socket', async () => {
    const response = await postGraphQL(server.url, '{ evnts { totalCount } }');
    assert.deepEqual(
      response.errors?.map((error) => [error.message, error.extensions?.code]),
      [['Cannot query field "evnts" on type "Query".', 'GRAPHQL_VALIDATION_FAILED']],
    );
    const socket = rawSocket(server.url);
    try {
      const outcome = await firstOutcome(socket, { query: '{ evnts { totalCount } }' });
      assert.ok('errors' in outcome);
      assert.equal(outcome.errors?.[0]?.message, 'Cannot query field "evnts" on type "Query".');
    } finally {
      await socket.dispose();
    }
  });

  it('refuse an Authorization header that is not Bearer with 401', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`user:${KEY}`).toString('base64')}` },
      body: JSON.stringify({ query: '{ actors(first: 1) { totalCount } }' }),
    });
    assert.equal(response.status, 401);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    assert.deepEqual(
      body.errors.map((error) => [error.message, error.extensions.code]),
      [['The Authorization header must be `Bearer <API key>`', 'UNAUTHENTICATED']],
    );
  });

  it('close a socket that sends a frame larger than an HTTP body may be', async () => {
    const opened = await openSocket(server.url);
    assert.ok('socket' in opened);
    const closed = new Promise<number>((resolve) => opened.socket.once('close', (code) => resolve(code)));
    opened.socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(1_100_000) } }));
    assert.equal(await closed, 1009);
  });

  it('refuse a subscription past the number one socket may run', async () => {
    const socket = rawSocket(server.url, { apiKey: KEY });
    const noop = { next: () => {}, error: () => {}, complete: () => {} };
    try {
      const first = socket.subscribe({ query: SUBSCRIPTION }, noop);
      const second = socket.subscribe({ query: SUBSCRIPTION }, noop);
      const third = await firstOutcome(socket, { query: SUBSCRIPTION });
      assert.ok('errors' in third);
      assert.deepEqual(
        third.errors?.map((error) => [error.extensions?.code, error.message]),
        [['TOO_MANY_SUBSCRIPTIONS', 'A connection may run at most 2 subscriptions at once; complete one first, or open another connection']],
      );
      first();
      second();
    } finally {
      await socket.dispose();
    }
  });

  it('refuse a socket past the number one client may hold', async () => {
    const held: WebSocket[] = [];
    try {
      for (let n = 0; n < 3; n++) {
        const opened = await openSocket(server.url);
        assert.ok('socket' in opened, `socket ${n + 1} opens`);
        held.push(opened.socket);
      }
      assert.deepEqual(await openSocket(server.url), { refused: 'Unexpected server response: 429' });
      held.pop()!.close();
      const reopened = await eventuallyAsync(async () => {
        const again = await openSocket(server.url);
        if ('socket' in again) held.push(again.socket);
        return 'socket' in again;
      }, 5_000);
      assert.ok(reopened, 'a socket opens again once one is closed');
    } finally {
      for (const socket of held) socket.close();
    }
  });
});
