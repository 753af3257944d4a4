import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createClient as createWsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { DossierGraphQLError } from '@dossier/sdk';
import { DEFAULT_FEED_OPTIONS } from '@dossier/server';
import { eventually, nextWithin, sleep } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import { sdkAt, sdkFor } from '../testkit/sdk';
import { startServerProcess, type ServerProcess } from '../testkit/server-process';
import { EDITOR_KEY, READER_KEY, startTestServer, type TestServer } from '../testkit/test-server';
import { articleId, SEED_ARTICLES } from '../testkit/ids';

describe('live event subscriptions', () => {
  let api: TestServer;
  let second: ServerProcess;
  before(async () => {
    api = await startTestServer();
    const { database } = api.testDatabase;
    second = await startServerProcess({ mongodbUri: database.uri, databaseName: database.db.databaseName });
  });
  after(async () => {
    await second.stop();
    await api.stop();
  });

  it('deliver an event created through one server instance to a subscriber on another', async () => {
    const subscriber = sdkAt(second.url);
    const changes = subscriber.eventAdded({})[Symbol.asyncIterator]();
    try {
      const first = nextWithin(changes, 5_000, 'event');
      // A fixed wait: the subscription is registered in the second server's process, where this test cannot look.
      await sleep(300);
      // How fast is measured by the subscription benchmark; this only bounds the wait.
      const created = await recordEvent(sdkFor(api, EDITOR_KEY), 'Cross-instance event');
      const change = await first;
      assert.equal(change.eventAdded.kind, 'ADDED');
      assert.equal(change.eventAdded.event.id, created.id);
      assert.equal(change.eventAdded.event.title, 'Cross-instance event');
      assert.deepEqual(
        change.eventAdded.event.participants.map((p) => p.actor.name),
        ['South Korea'],
      );
    } finally {
      await changes.return?.();
      await subscriber.close();
    }
  });

  it('deliver a further source of an event, attached through one instance, to a subscriber on another, which reads it too', async () => {
    const editor = sdkFor(api, EDITOR_KEY);
    const created = await recordEvent(editor, 'Cross-instance sourced event');
    const reader = sdkAt(second.url, READER_KEY);
    const changes = reader.eventChanged({ filter: { search: 'Cross-instance sourced' } })[Symbol.asyncIterator]();
    try {
      const changed = nextWithin(changes, 5_000, 'changed event');
      // A fixed wait: the subscription is registered in the second server's process, where this test cannot look.
      await sleep(300);
      const source = { articleId: articleId(SEED_ARTICLES['000']), quote: 'a senior government official said Saturday' };
      await editor.attachEvidence({ input: { subjectId: created.id, source } });
      const change = await changed;
      assert.equal(change.eventChanged.kind, 'UPDATED');
      assert.deepEqual(change.eventChanged.event.sources.map((evidence) => evidence.quote).slice(-1), [source.quote]);
      const read = await reader.event({ id: created.id });
      assert.deepEqual(read.event?.sources.map((evidence) => evidence.quote).slice(-1), [source.quote]);
      assert.equal(read.event?.version, 2);
    } finally {
      await changes.return?.();
      await reader.close();
    }
  });

  it('deliver only the events that match the filter', async () => {
    const subscriber = sdkFor(api);
    const changes = subscriber
      .eventAdded({ filter: { kinds: ['MEETING'], actorIds: [Buffer.from('Actor:japan').toString('base64url')] } })
      [Symbol.asyncIterator]();
    const editor = sdkFor(api, EDITOR_KEY);
    try {
      const received = nextWithin(changes, 5_000, 'matching event');
      assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');
      await recordEvent(editor, 'Filtered out: a statement', { kind: 'STATEMENT', actors: ['japan'] });
      await recordEvent(editor, 'Filtered out: a meeting without Japan', { kind: 'MEETING', actors: ['russia'] });
      await recordEvent(editor, 'Delivered: a meeting with Japan', { kind: 'MEETING', actors: ['japan', 'south-korea'] });
      assert.equal((await received).eventAdded.event.title, 'Delivered: a meeting with Japan');
      await recordEvent(editor, 'Filtered out: another statement', { kind: 'STATEMENT', actors: ['japan'] });
      await recordEvent(editor, 'Delivered: a second meeting with Japan', { kind: 'MEETING', actors: ['japan'] });
      assert.equal((await nextWithin(changes, 5_000, 'second matching event')).eventAdded.event.title, 'Delivered: a second meeting with Japan');
    } finally {
      await changes.return?.();
      await subscriber.close();
    }
  });

  it('resume after a dropped connection with exactly the events written meanwhile', async () => {
    const { database } = api.testDatabase;
    const port = second.port;
    const subscriber = sdkAt(second.url);
    const editor = sdkFor(api, EDITOR_KEY);
    const changes = subscriber.eventAdded({ filter: { search: 'Resume test' } })[Symbol.asyncIterator]();
    try {
      const first = nextWithin(changes, 5_000, 'first event');
      // A fixed wait: the subscription is registered in the second server's process, where this test cannot look.
      await sleep(300);
      await recordEvent(editor, 'Resume test 1');
      assert.equal((await first).eventAdded.event.title, 'Resume test 1');

      await second.kill(); // the subscriber's connection drops without a close handshake
      await recordEvent(editor, 'Resume test 2');
      await recordEvent(editor, 'Resume test 3');
      second = await startServerProcess({ mongodbUri: database.uri, databaseName: database.db.databaseName, port });

      const titles: string[] = [];
      for (let i = 0; i < 2; i++) titles.push((await nextWithin(changes, 10_000, `replayed event ${i + 2}`)).eventAdded.event.title);
      assert.deepEqual(titles, ['Resume test 2', 'Resume test 3']);
      await recordEvent(editor, 'Resume test 4');
      assert.equal((await nextWithin(changes, 5_000, 'live event after resume')).eventAdded.event.title, 'Resume test 4');
    } finally {
      await changes.return?.();
      await subscriber.close();
    }
  });

  it('replay from a cursor: the changes since, then live ones, each once', async () => {
    const editor = sdkFor(api, EDITOR_KEY);
    const a = await recordEvent(editor, 'Cursor test A');
    // A subscriber that saw A (through eventChanged, which needs a key) and left.
    const watcher = sdkFor(api, READER_KEY);
    const seen = await nextWithin(watcher.eventChanged({ filter: { search: 'Cursor test' }, after: null })[Symbol.asyncIterator](), 2_000, 'nothing').catch(
      () => undefined,
    );
    assert.equal(seen, undefined, 'a subscription without `after` starts from now');
    await watcher.close();
    assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 0, 5_000), 'the watcher is unregistered');

    const all = sdkFor(api, READER_KEY);
    const live = all.eventChanged({ filter: { search: 'Cursor test' } })[Symbol.asyncIterator]();
    const firstLive = nextWithin(live, 5_000, 'live change');
    assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');
    await editor.updateEvent({ input: { id: a.id, location: 'Seoul' } });
    const updated = (await firstLive).eventChanged;
    assert.deepEqual([updated.kind, updated.event.location], ['UPDATED', 'Seoul']);
    await live.return?.();

    await recordEvent(editor, 'Cursor test B');
    await editor.attachEvidence({
      input: { subjectId: a.id, source: { articleId: Buffer.from('Article:5e7d7d47d571bc47').toString('base64url'), quote: 'South Korea summoned' } },
    });
    const resumed = all.eventChanged({ filter: { search: 'Cursor test' }, after: updated.cursor })[Symbol.asyncIterator]();
    const replayed: [string, string, number][] = [];
    for (let i = 0; i < 2; i++) {
      const change = (await nextWithin(resumed, 5_000, `replayed change ${i + 1}`)).eventChanged;
      replayed.push([change.kind, change.event.title, change.event.sources.length]);
    }
    assert.deepEqual(replayed, [
      ['ADDED', 'Cursor test B', 1],
      ['UPDATED', 'Cursor test A', 2],
    ]);
    await resumed.return?.();
    await all.close();
    await editor.close();
  });

  it('refuse eventChanged without a key, and any subscription with a key that matches none', async () => {
    const anonymous = sdkFor(api);
    await assert.rejects(nextWithin(anonymous.eventChanged({})[Symbol.asyncIterator](), 5_000, 'error'), (error: unknown) => {
      assert.ok(error instanceof DossierGraphQLError);
      assert.equal(error.code, 'UNAUTHENTICATED');
      assert.equal(error.message, 'eventChanged needs an API key');
      return true;
    });
    await anonymous.close();
    const wrongKey = sdkFor(api, 'a-key-that-matches-nothing');
    await assert.rejects(nextWithin(wrongKey.eventAdded({})[Symbol.asyncIterator](), 5_000, 'error'), (error: unknown) => {
      assert.ok(error instanceof DossierGraphQLError);
      assert.equal(error.code, 'UNAUTHENTICATED');
      return true;
    });
    await wrongKey.close();
  });

  it('refuse a malformed or forged cursor with BAD_USER_INPUT', async () => {
    const subscriber = sdkFor(api);
    const refused = async (after: string) => {
      await assert.rejects(nextWithin(subscriber.eventAdded({ after })[Symbol.asyncIterator](), 5_000, 'error'), (error: unknown) => {
        assert.ok(error instanceof DossierGraphQLError);
        assert.deepEqual([error.code, error.field], ['BAD_USER_INPUT', 'after']);
        assert.match(error.message, /is not a cursor of an event subscription$/);
        return true;
      });
    };
    await refused('nonsense');
    // A cursor is signed: one with a made-up time, or a changed number, is refused.
    await refused(Buffer.from(JSON.stringify(['change', 1, Date.now()])).toString('base64url'));
    const editor = sdkFor(api, EDITOR_KEY);
    const changes = sdkFor(api, READER_KEY)
      .eventChanged({ filter: { search: 'Forgery test' } })
      [Symbol.asyncIterator]();
    const first = nextWithin(changes, 5_000, 'event');
    assert.ok(await eventually(() => api.server.eventFeed.subscriberCount >= 1, 5_000));
    await recordEvent(editor, 'Forgery test');
    const { cursor } = (await first).eventChanged;
    await changes.return?.();
    const [tag, seq, at, signature] = Buffer.from(cursor, 'base64url').toString().split('.');
    await refused(Buffer.from([tag, Number(seq) - 1, at, signature].join('.')).toString('base64url'));
    await subscriber.close();
  });

  it('refuse a cursor older than the retention window', async () => {
    const shortLived = await startTestServer({ feed: { ...DEFAULT_FEED_OPTIONS, retentionMs: 1_000 } });
    try {
      const reader = sdkFor(shortLived, READER_KEY);
      const changes = reader.eventChanged({})[Symbol.asyncIterator]();
      const first = nextWithin(changes, 5_000, 'event');
      assert.ok(await eventually(() => shortLived.server.eventFeed.subscriberCount === 1, 5_000));
      await recordEvent(sdkFor(shortLived, EDITOR_KEY), 'Retention test');
      const { cursor } = (await first).eventChanged;
      await changes.return?.();
      // A fixed wait: the cursor must grow older than the 1 s retention window, which only the clock measures.
      await sleep(1_100);
      await assert.rejects(nextWithin(reader.eventAdded({ after: cursor })[Symbol.asyncIterator](), 5_000, 'error'), (error: unknown) => {
        assert.ok(error instanceof DossierGraphQLError);
        assert.deepEqual(
          [error.code, error.field, error.message],
          ['BAD_USER_INPUT', 'after', 'after: the cursor is older than the 1 s retention window: read the events query, then subscribe without `after`'],
        );
        return true;
      });
      await reader.close();
    } finally {
      await shortLived.stop();
    }
  });

  it('close open sockets with 1001 Going Away when the server shuts down', async () => {
    const { database } = api.testDatabase;
    const instance = await startServerProcess({ mongodbUri: database.uri, databaseName: database.db.databaseName });
    const client = createWsClient({
      url: instance.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
    });
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      client.on('closed', (event) => resolve(event as { code: number; reason: string })),
    );
    await new Promise<void>((resolve) => client.on('connected', () => resolve()));
    await instance.stop();
    const event = await closed;
    assert.equal(event.code, 1001);
    await client.dispose();
  });
});
