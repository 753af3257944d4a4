import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, openDatabase, startDossier, startEmbeddedDatabase, type Database, type DossierServer, type EmbeddedDatabase } from '@dossier/server';
import { eventuallyAsync } from '../testkit/async';
import { postGraphQL } from '../testkit/graphql-client';
import { eventId } from '../testkit/ids';
import { startServerProcess } from '../testkit/server-process';
import { EDITOR_KEY, READER_KEY } from '../testkit/test-server';
import { firstOutcome, rawSocket } from '../testkit/websocket';

const QUERY = `{ event(id: "${eventId('evt-kim-putin-summit')}") { title } }`;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Its own embedded FerretDB, whatever MONGODB_URI says: these specs stop and kill the database.
describe('when the database stops answering', () => {
  let dataDir: string;
  let embedded: EmbeddedDatabase;
  let database: Database;
  let server: DossierServer;
  let ready: string;
  const readyStatus = async () => (await fetch(ready)).status;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-outage-'));
    embedded = await startEmbeddedDatabase({ dataDir });
    database = await openDatabase({ mongodbUri: embedded.uri, databaseName: 'dossier', dataDir });
    const env = { NODE_ENV: 'test', DOSSIER_API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}`, DOSSIER_OPERATION_TIMEOUT_MS: '500' };
    server = await startDossier({ ...loadConfig(env), host: '127.0.0.1', port: 0 }, { database });
    ready = server.url.replace('/graphql', '/health/ready');
  });
  after(async () => {
    if (!isAlive(embedded.pid)) await embedded.restart();
    process.kill(embedded.pid, 'SIGCONT');
    await server.stop();
    await database.close();
    await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops an operation still running at its deadline with TIMEOUT, and the server stays up', async () => {
    process.kill(embedded.pid, 'SIGSTOP');
    try {
      const started = performance.now();
      const response = await postGraphQL(server.url, QUERY);
      const elapsed = performance.now() - started;
      assert.deepEqual(
        response.errors?.map((error) => [error.extensions?.code, error.message]),
        [['TIMEOUT', 'The operation ran longer than 500 ms and was stopped; ask for less (fewer rows, less nesting)']],
      );
      assert.ok(elapsed < 1_500, `stopped after ${Math.round(elapsed)} ms`);
      assert.equal((await fetch(server.url.replace('/graphql', '/health/live'))).status, 200);
    } finally {
      process.kill(embedded.pid, 'SIGCONT');
    }
    assert.ok(await eventuallyAsync(async () => (await readyStatus()) === 200, 10_000));
  });

  it('reports not ready within seconds of the database hanging, refuses requests at once, and recovers', async () => {
    assert.equal(await readyStatus(), 200);
    process.kill(embedded.pid, 'SIGSTOP');
    try {
      assert.ok(await eventuallyAsync(async () => (await readyStatus()) === 503, 5_000), 'not ready');
      const started = performance.now();
      const response = await postGraphQL(server.url, QUERY);
      assert.ok(performance.now() - started < 500, 'refused at once');
      assert.equal(response.status, 503);
      assert.deepEqual(
        response.errors?.map((error) => [error.extensions?.code, error.message]),
        [['DATABASE_UNAVAILABLE', 'The database is not answering; try again shortly']],
      );
      const body = (await (await fetch(ready)).json()) as Record<string, unknown>;
      assert.deepEqual(body, { status: 'unavailable', error: { code: 'DATABASE_UNAVAILABLE', message: 'The database is not answering' } });
    } finally {
      process.kill(embedded.pid, 'SIGCONT');
    }
    assert.ok(await eventuallyAsync(async () => (await readyStatus()) === 200, 10_000), 'ready again');
    assert.deepEqual((await postGraphQL(server.url, QUERY)).data, { event: { title: 'Kim Jong Un and Vladimir Putin hold a summit in Russia' } });
  });

  it('tells HTTP and WebSocket clients of a dead database with a code, never the driver’s words, and serves again once it is back', async () => {
    process.kill(embedded.pid, 'SIGKILL');
    assert.ok(await eventuallyAsync(async () => (await readyStatus()) === 503, 5_000), 'not ready');
    const response = await postGraphQL(server.url, QUERY);
    assert.deepEqual(
      response.errors?.map((error) => error.extensions?.code),
      ['DATABASE_UNAVAILABLE'],
    );
    const socket = rawSocket(server.url);
    try {
      const outcome = await firstOutcome(socket, { query: 'subscription { eventAdded { cursor } }' });
      assert.ok('errors' in outcome);
      assert.deepEqual(outcome.errors, [{ message: 'The database is not answering; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE' } }]);
      assert.doesNotMatch(JSON.stringify(outcome), new RegExp(`ECONNREFUSED|${embedded.port}|127\\.0\\.0\\.1`));
    } finally {
      await socket.dispose();
    }
    await embedded.restart();
    assert.ok(await eventuallyAsync(async () => (await readyStatus()) === 200, 15_000), 'ready again');
    assert.deepEqual((await postGraphQL(server.url, QUERY)).data, { event: { title: 'Kim Jong Un and Vladimir Putin hold a summit in Russia' } });
  });
});

describe('shutting down', () => {
  it('completes on SIGTERM while an operation hangs on the database, leaving no FerretDB behind', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-shutdown-'));
    const instance = await startServerProcess({ dataDir, env: { DOSSIER_OPERATION_TIMEOUT_MS: '5000' } });
    try {
      const [ferretdbPid] = fs
        .readFileSync(path.join(dataDir, 'state', 'dossier-ferretdb.pid'), 'utf8')
        .trim()
        .split(/\s+/)
        .map(Number);
      process.kill(ferretdbPid!, 'SIGSTOP');
      const hanging = postGraphQL(instance.url, QUERY).catch(() => undefined);
      // A fixed wait, the server being another process: time for the query to reach it and the database, which will not answer.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = performance.now();
      const exit = await instance.stop();
      const elapsed = performance.now() - started;
      await hanging;
      assert.ok(elapsed < 20_000, `exited after ${Math.round(elapsed)} ms`);
      assert.equal(exit, 0, 'a clean exit, not the forced one');
      assert.ok(await eventuallyAsync(async () => !isAlive(ferretdbPid!), 5_000), 'FerretDB stopped');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
