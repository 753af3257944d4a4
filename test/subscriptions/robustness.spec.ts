import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig, openDatabase, startDossier, startEmbeddedDatabase, SubscriberTooSlow } from '@dossier/server';
import { eventually, eventuallyAsync, nextWithin } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import { captureLogs } from '../testkit/logs';
import { sdkAt } from '../testkit/sdk';
import { EDITOR_KEY, READER_KEY, startTestServer } from '../testkit/test-server';

const testConfig = () => ({
  ...loadConfig({ NODE_ENV: 'test', DOSSIER_API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}` }),
  host: '127.0.0.1',
  port: 0,
});

describe('subscription robustness', () => {
  it('a database restart mid-stream loses and duplicates nothing', async () => {
    // Its own embedded FerretDB, whatever MONGODB_URI says: this test restarts the database.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-restart-'));
    const embedded = await startEmbeddedDatabase({ dataDir });
    const database = await openDatabase({ mongodbUri: embedded.uri, databaseName: 'dossier', dataDir });
    const server = await startDossier(testConfig(), { database });
    const subscriber = sdkAt(server.url);
    const editor = sdkAt(server.url, EDITOR_KEY);
    const changes = subscriber.eventAdded({ filter: { search: 'Restart stream' } })[Symbol.asyncIterator]();
    try {
      const first = nextWithin(changes, 5_000, 'event 1');
      assert.ok(await eventually(() => server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');
      await recordEvent(editor, 'Restart stream 1');
      assert.equal((await first).eventAdded.event.title, 'Restart stream 1');

      await embedded.restart();
      // Writes are refused while the database is away; a client waits until the server is ready again.
      const ready = server.url.replace('/graphql', '/health/ready');
      assert.ok(await eventuallyAsync(async () => (await fetch(ready)).status === 200, 10_000), 'ready again');
      for (const n of [2, 3, 4]) await recordEvent(editor, `Restart stream ${n}`);

      const titles: string[] = [];
      for (let i = 0; i < 3; i++) titles.push((await nextWithin(changes, 15_000, `event ${i + 2}`)).eventAdded.event.title);
      assert.deepEqual(titles, ['Restart stream 2', 'Restart stream 3', 'Restart stream 4']);
      const extra = await nextWithin(changes, 2_500, 'a duplicate').catch(() => undefined);
      assert.equal(extra, undefined, 'no duplicate after the restart');
    } finally {
      await changes.return?.();
      await subscriber.close();
      await server.stop();
      await database.close();
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a failing change feed is logged once and counted, and delivery resumes when the database is back', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-feed-failure-'));
    const embedded = await startEmbeddedDatabase({ dataDir });
    const database = await openDatabase({ mongodbUri: embedded.uri, databaseName: 'dossier', dataDir });
    const logs = captureLogs();
    const server = await startDossier(testConfig(), { database, logger: logs.logger });
    const feedLines = () => logs.lines.filter((line) => line.feed === 'reading event changes').map((line) => line.msg);
    const subscriber = sdkAt(server.url);
    const editor = sdkAt(server.url, EDITOR_KEY);
    const changes = subscriber.eventAdded({ filter: { search: 'Feed failure' } })[Symbol.asyncIterator]();
    try {
      const first = nextWithin(changes, 60_000, 'the event written after the outage');
      first.catch(() => {}); // awaited below; a failed assertion before then must not leave it unhandled
      // Started, not only registered with the feed: killed while it is still being set up, it
      // would be refused with DATABASE_UNAVAILABLE, which is not what this test is about.
      assert.ok(await eventually(() => logs.lines.some((line) => line.msg === 'subscription started'), 5_000));
      process.kill(embedded.pid, 'SIGKILL');
      assert.ok(await eventually(() => feedLines().length > 0, 20_000), 'the failure is logged');
      const failuresDuringOutage = server.eventFeed.failureCount;
      assert.ok(failuresDuringOutage >= 1);
      await embedded.restart();
      const ready = server.url.replace('/graphql', '/health/ready');
      assert.ok(await eventuallyAsync(async () => (await fetch(ready)).status === 200, 15_000), 'ready again');
      await recordEvent(editor, 'Feed failure, then recovery');
      assert.equal((await first).eventAdded.event.title, 'Feed failure, then recovery');
      assert.deepEqual(feedLines(), ['event feed read failed; retrying, subscribers get every change once it succeeds', 'event feed read works again']);
    } finally {
      await changes.return?.();
      await subscriber.close();
      await server.stop();
      await database.close();
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('a subscriber that falls behind is closed with SUBSCRIBER_TOO_SLOW without stalling the others', async () => {
    const api = await startTestServer({ feed: { pollIntervalMs: 200, gapWaitMs: 500, bufferSize: 3, retentionMs: 3_600_000 } });
    const editor = sdkAt(api.url, EDITOR_KEY);
    const reader = sdkAt(api.url);
    try {
      // Subscribed but never read while six events arrive: its buffer holds three.
      const stalled = await api.server.eventFeed.subscribe({ matches: (doc) => doc.title.startsWith('Slow test'), addedOnly: true });
      const fast = reader.eventAdded({ filter: { search: 'Slow test' } })[Symbol.asyncIterator]();
      const fastFirst = nextWithin(fast, 5_000, 'first event');
      assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 2, 5_000), 'the fast subscription is registered next to the stalled one');
      const titles = [1, 2, 3, 4, 5, 6].map((n) => `Slow test ${n}`);
      const received: string[] = [];
      for (const title of titles) {
        await recordEvent(editor, title);
        received.push(received.length === 0 ? (await fastFirst).eventAdded.event.title : (await nextWithin(fast, 5_000, title)).eventAdded.event.title);
      }
      assert.deepEqual(received, titles, 'the subscriber that reads gets every event, in order');
      await fast.return?.();

      const first = await stalled.next();
      assert.ok(first.value instanceof SubscriberTooSlow, 'the stalled subscriber is told why it is closed');
      assert.deepEqual(await stalled.next(), { value: undefined, done: true });
      assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 0, 5_000), 'no subscriber is left registered');
    } finally {
      await reader.close();
      await api.stop();
    }
  });

  it('subscriptions leave nothing behind after 1,000 subscribe/unsubscribe cycles', async () => {
    const api = await startTestServer();
    const client = sdkAt(api.url);
    try {
      for (let cycle = 0; cycle < 1_000; cycle++) {
        const subscription = client.eventAdded({ filter: { kinds: ['MEETING'] } })[Symbol.asyncIterator]();
        const pending = subscription.next();
        await subscription.return?.();
        await pending;
      }
      assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 0, 5_000), `${api.server.eventFeed.subscriberCount} subscribers left`);
    } finally {
      await client.close();
      await api.stop();
    }
  });
});
