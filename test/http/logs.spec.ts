import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, openDatabase, startDossier, startEmbeddedDatabase, type Database, type DossierServer, type EmbeddedDatabase } from '@dossier/server';
import { eventually, eventuallyAsync, nextWithin } from '../testkit/async';
import { postGraphQL } from '../testkit/graphql-client';
import { captureLogs, type LogLine } from '../testkit/logs';
import { sdkAt } from '../testkit/sdk';

const NAMED_EDITOR_KEY = 'log-test-editor-key-0123456789';
const READER_KEY = 'log-test-reader-key-0123456789';
const SECRET_SEARCH = 'variable-text-never-logged';

const EVENTS = 'query LatestEvents($search: String) { events(first: 1, filter: { search: $search }) { totalCount } }';
/** Ten levels: more than the limit this server is given. */
const TOO_DEEP =
  'query TooDeep { events(first: 1) { edges { node { participants { actor { events(first: 1) { edges { node { participants { role } } } } } } } } } }';

/** The fields of an operation's line other than its time, host and duration, which vary. */
const steady = (line: LogLine) => {
  const { time: _time, pid: _pid, hostname: _hostname, durationMs: _durationMs, requestId: _requestId, ...rest } = line;
  return rest;
};

// Its own embedded FerretDB, whatever MONGODB_URI says: the last test kills the database.
describe('log lines', () => {
  let dataDir: string;
  let embedded: EmbeddedDatabase;
  let database: Database;
  let server: DossierServer;
  const logs = captureLogs();
  const operationLines = () => logs.lines.filter((line) => line.msg === 'graphql operation');

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-logs-'));
    embedded = await startEmbeddedDatabase({ dataDir });
    database = await openDatabase({ mongodbUri: embedded.uri, databaseName: 'dossier', dataDir, logger: logs.logger });
    const env = { NODE_ENV: 'test', DOSSIER_API_KEYS: `ci-importer=editor:${NAMED_EDITOR_KEY},reader:${READER_KEY}`, DOSSIER_MAX_DEPTH: '8' };
    server = await startDossier({ ...loadConfig(env), host: '127.0.0.1', port: 0 }, { database, logger: logs.logger });
  });
  after(async () => {
    await server.stop();
    await database.close();
    await embedded.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    for (const text of logs.texts) {
      assert.ok(!text.includes(NAMED_EDITOR_KEY) && !text.includes(READER_KEY), `no line holds an API key: ${text}`);
      assert.ok(!text.includes(SECRET_SEARCH), `no line holds a variable: ${text}`);
      assert.equal(text.split('\n').length, 2, 'every record is one line');
    }
  });

  it('a query is one JSON line with its request id, name, type, code, duration and the name of its key', async () => {
    const response = await postGraphQL(server.url, EVENTS, { search: SECRET_SEARCH }, { apiKey: NAMED_EDITOR_KEY, headers: { 'x-request-id': 'req-query-1' } });
    assert.equal(response.errors, undefined);
    const line = operationLines().find((candidate) => candidate.requestId === 'req-query-1');
    assert.ok(line, 'the request is logged under the id it was sent with');
    assert.deepEqual(steady(line), {
      level: 'info',
      msg: 'graphql operation',
      transport: 'http',
      operationName: 'LatestEvents',
      operationType: 'query',
      code: 'OK',
      apiKeyName: 'ci-importer',
    });
    assert.equal(typeof line.durationMs, 'number');
    assert.ok((line.durationMs as number) >= 0);
    assert.match(line.time as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('a key given without a name is named after its role; a request without one has no key name; each gets a request id', async () => {
    const before = operationLines().length;
    await postGraphQL(server.url, EVENTS, { search: SECRET_SEARCH }, { apiKey: READER_KEY });
    await postGraphQL(server.url, EVENTS, {});
    const [reader, anonymous] = operationLines().slice(before);
    assert.equal(reader?.apiKeyName, 'reader');
    assert.equal(anonymous?.apiKeyName, undefined);
    assert.match(reader?.requestId as string, /^[0-9a-f-]{36}$/);
    assert.notEqual(reader?.requestId, anonymous?.requestId);
  });

  it('an operation refused by a limit is logged with the refusal code and the limit', async () => {
    const response = await postGraphQL(server.url, TOO_DEEP, {}, { apiKey: NAMED_EDITOR_KEY, headers: { 'x-request-id': 'req-too-deep' } });
    assert.equal(response.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
    const line = operationLines().find((candidate) => candidate.requestId === 'req-too-deep');
    assert.ok(line);
    assert.deepEqual(steady(line), {
      level: 'info',
      msg: 'graphql operation',
      transport: 'http',
      operationName: 'TooDeep',
      operationType: 'query',
      code: 'QUERY_TOO_COMPLEX',
      limit: 'depth',
      apiKeyName: 'ci-importer',
    });
  });

  it('a bad key is logged as UNAUTHENTICATED, without the key', async () => {
    await postGraphQL(server.url, EVENTS, {}, { apiKey: 'not-a-key-but-secret-looking', headers: { 'x-request-id': 'req-bad-key' } });
    const line = operationLines().find((candidate) => candidate.requestId === 'req-bad-key');
    assert.equal(line?.code, 'UNAUTHENTICATED');
    assert.ok(!logs.texts.some((text) => text.includes('not-a-key-but-secret-looking')));
  });

  it('a subscription logs one line when it starts and one when it stops', async () => {
    const subscriber = sdkAt(server.url, READER_KEY);
    const changes = subscriber.eventAdded({ filter: { search: SECRET_SEARCH } })[Symbol.asyncIterator]();
    const pending = nextWithin(changes, 60_000, 'nothing');
    pending.catch(() => {});
    try {
      assert.ok(await eventually(() => logs.lines.some((line) => line.msg === 'subscription started'), 10_000), JSON.stringify(logs.lines.slice(-3)));
    } finally {
      await changes.return?.();
      await subscriber.close();
    }
    assert.ok(await eventually(() => logs.lines.some((line) => line.msg === 'subscription stopped'), 10_000));
    const started = logs.lines.find((line) => line.msg === 'subscription started')!;
    const stopped = logs.lines.find((line) => line.msg === 'subscription stopped')!;
    assert.deepEqual(steady(started), {
      level: 'info',
      msg: 'subscription started',
      transport: 'ws',
      operationName: 'eventAdded',
      operationType: 'subscription',
      apiKeyName: 'reader',
    });
    assert.deepEqual(steady(stopped), { ...steady(started), msg: 'subscription stopped', code: 'OK' });
    assert.equal(stopped.requestId, started.requestId);
  });

  it('a database outage is one line when it starts and one when it ends, not a stack per request', async () => {
    process.kill(embedded.pid, 'SIGKILL');
    assert.ok(await eventually(() => logs.lines.some((line) => line.database === 'unavailable'), 20_000), 'the outage is logged');
    for (const n of [1, 2, 3]) {
      const response = await postGraphQL(server.url, EVENTS, {}, { headers: { 'x-request-id': `req-outage-${n}` } });
      assert.equal(response.errors?.[0]?.extensions?.code, 'DATABASE_UNAVAILABLE');
    }
    assert.deepEqual(
      operationLines()
        .filter((line) => String(line.requestId).startsWith('req-outage-'))
        .map((line) => line.code),
      ['DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE', 'DATABASE_UNAVAILABLE'],
    );
    await embedded.restart();
    const ready = server.url.replace('/graphql', '/health/ready');
    assert.ok(await eventuallyAsync(async () => (await fetch(ready)).status === 200, 20_000), 'ready again');
    const stateLines = logs.lines.filter((line) => line.database !== undefined).map((line) => [line.level, line.database, line.msg]);
    assert.deepEqual(stateLines, [
      ['error', 'unavailable', 'database unavailable: requests are refused until it answers again'],
      ['info', 'available', 'database available again'],
    ]);
    assert.equal(typeof logs.lines.find((line) => line.database === 'unavailable')?.reason, 'string');
    assert.deepEqual(
      logs.lines.filter((line) => line.err !== undefined),
      [],
      'no error with a stack was logged',
    );
  });
});
