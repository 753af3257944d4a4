import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventuallyAsync, nextWithin } from '../testkit/async';
import { postGraphQL } from '../testkit/graphql-client';
import { recordEvent } from '../testkit/events';
import { sdkAt } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const EVENTS = 'query LatestEvents { events(first: 1) { totalCount } }';
const TOO_DEEP = 'query TooDeep { events(first: 1) { edges { node { participants { actor { events(first: 1) { edges { node { title } } } } } } } } }';
const INGEST = 'mutation IngestPage($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }';
const PAGE = [
  'Seoul summons envoy over arms deal',
  'By Metrics Desk, Yonhap',
  'SEOUL, March 4, 2024 -- South Korea summoned the Russian ambassador on Monday to protest against arms cooperation with North Korea, the foreign ministry said.',
].join('\n\n');

/** The samples of a scrape, by series (`name{labels}`). */
function samples(text: string): Map<string, number> {
  const series = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    series.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return series;
}

describe('/metrics', () => {
  let api: TestServer;
  let metricsUrl: string;
  const scrape = async () => {
    const response = await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    return samples(await response.text());
  };

  before(async () => {
    api = await startTestServer({ env: { DOSSIER_MAX_DEPTH: '8', METRICS_TOKEN } });
    metricsUrl = api.url.replace('/graphql', '/metrics');
  });
  after(() => api.stop());

  it('needs the metrics token when one is configured', async () => {
    const without = await fetch(metricsUrl);
    assert.equal(without.status, 401);
    assert.deepEqual(await without.json(), { error: { code: 'UNAUTHENTICATED', message: 'The metrics need `Authorization: Bearer <METRICS_TOKEN>`' } });
    assert.equal((await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status, 401);
    assert.equal((await fetch(metricsUrl, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status, 200);
  });

  it('counts operations by name, type and code, refusals by limit, and times them', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await postGraphQL(api.url, EVENTS)).errors, undefined);
    for (let i = 0; i < 2; i++) assert.equal((await postGraphQL(api.url, TOO_DEEP)).errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX');
    assert.equal((await postGraphQL(api.url, EVENTS, {}, { apiKey: 'no-such-key-0123456789' })).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const metrics = await scrape();
    assert.equal(metrics.get('dossier_graphql_operations_total{operation="LatestEvents",type="query",transport="http",code="OK"}'), 3);
    assert.equal(metrics.get('dossier_graphql_operations_total{operation="TooDeep",type="query",transport="http",code="QUERY_TOO_COMPLEX"}'), 2);
    assert.equal(metrics.get('dossier_graphql_operations_total{operation="anonymous",type="unknown",transport="http",code="UNAUTHENTICATED"}'), 1);
    assert.equal(metrics.get('dossier_operations_refused_total{limit="depth"}'), 2);
    assert.equal(metrics.get('dossier_graphql_operation_duration_seconds_count{operation="LatestEvents",type="query",code="OK"}'), 3);
    assert.equal(metrics.get('dossier_graphql_operation_duration_seconds_bucket{le="+Inf",operation="LatestEvents",type="query",code="OK"}'), 3);
    assert.ok(metrics.has('process_cpu_user_seconds_total'), 'process metrics');
    assert.ok(metrics.has('nodejs_heap_size_used_bytes'), 'process metrics');
  });

  it('times database commands as the driver reports them', async () => {
    await postGraphQL(api.url, EVENTS);
    const metrics = await scrape();
    const commands = [...metrics.keys()].filter((series) => series.startsWith('dossier_database_command_duration_seconds_count{'));
    assert.ok(commands.length > 0, 'some commands were timed');
    for (const series of commands) assert.match(series, /^dossier_database_command_duration_seconds_count\{command="\w+",outcome="(ok|failed)"\}$/);
    const pinged = async () => ((await scrape()).get('dossier_database_command_duration_seconds_count{command="ping",outcome="ok"}') ?? 0) >= 1;
    assert.ok(await eventuallyAsync(pinged, 5_000), 'the health check pings');
  });

  it('counts ingestions by outcome and the coding of each new article', async () => {
    const input = { rawText: PAGE, url: 'https://news.example/metrics-page', publishedAt: '2024-03-04' };
    const first = await postGraphQL(api.url, INGEST, { input }, { apiKey: EDITOR_KEY });
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.equal((await postGraphQL(api.url, INGEST, { input }, { apiKey: EDITOR_KEY })).errors, undefined);
    assert.equal((await postGraphQL(api.url, INGEST, { input: { rawText: '' } }, { apiKey: EDITOR_KEY })).errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const metrics = await scrape();
    assert.equal(metrics.get('dossier_ingestions_total{outcome="created"}'), 1);
    assert.equal(metrics.get('dossier_ingestions_total{outcome="duplicate"}'), 1);
    assert.equal(metrics.get('dossier_ingestions_total{outcome="failed"}'), 1);
    assert.equal(metrics.get('dossier_ingestion_duration_seconds_count'), 3);
    assert.equal(metrics.get('dossier_codings_total{outcome="ok"}'), 1, 'only a new article is coded');
    assert.equal(metrics.get('dossier_coding_duration_seconds_count'), 1);
    assert.equal(metrics.get('dossier_graphql_operations_total{operation="IngestPage",type="mutation",transport="http",code="BAD_USER_INPUT"}'), 1);
  });

  it('shows open sockets, running subscriptions and the change feed catching up', async () => {
    const subscriber = sdkAt(api.url);
    const editor = sdkAt(api.url, EDITOR_KEY);
    const changes = subscriber.eventAdded({ filter: { search: 'Metrics feed' } })[Symbol.asyncIterator]();
    try {
      const first = nextWithin(changes, 15_000, 'the event');
      // Counted once graphql-ws has the subscription's stream, just after the feed has it.
      assert.ok(await eventuallyAsync(async () => (await scrape()).get('dossier_subscriptions_active') === 1, 5_000));
      const during = await scrape();
      assert.equal(during.get('dossier_websocket_connections'), 1);
      assert.equal(during.get('dossier_subscriptions_active'), 1);
      await recordEvent(editor, 'Metrics feed 1');
      await first;
      const caughtUp = await scrape();
      const stored = caughtUp.get('dossier_change_feed_stored_change');
      assert.ok(stored !== undefined && stored > 0);
      assert.equal(caughtUp.get('dossier_change_feed_seen_change'), stored);
      assert.equal(caughtUp.get('dossier_change_feed_lag_changes'), 0);
    } finally {
      await changes.return?.();
      await subscriber.close();
      await editor.close();
    }
    assert.ok(
      await eventuallyAsync(async () => {
        const closed = await scrape();
        return closed.get('dossier_websocket_connections') === 0 && closed.get('dossier_subscriptions_active') === 0;
      }, 10_000),
      'sockets and subscriptions go back to 0',
    );
    const done = await scrape();
    assert.equal(done.get('dossier_graphql_operations_total{operation="eventAdded",type="subscription",transport="ws",code="OK"}'), 1);
  });
});
