import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client } from 'graphql-ws';
import { eventId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { READER_KEY, startTestServer, type TestServer } from '../testkit/test-server';
import { firstOutcome, outcomeCode, rawSocket } from '../testkit/websocket';

/** Object fields leading down from `actors`, and a scalar to end on at each type. */
const CHAIN = [
  { field: 'events(first: 100)', leaf: 'totalCount' },
  { field: 'edges', leaf: 'cursor' },
  { field: 'node', leaf: 'title' },
  { field: 'participants', leaf: 'role' },
  { field: 'actor', leaf: 'name' },
];

/** `actors(first: 100)` and relations nested under it, `depth` fields deep in all. */
function deepQuery(depth: number): string {
  const fields = ['actors(first: 100)', 'edges', 'node'];
  const leaves = ['totalCount', 'cursor', 'name'];
  for (let i = 0; fields.length < depth - 1; i++) {
    fields.push(CHAIN[i % CHAIN.length]!.field);
    leaves.push(CHAIN[i % CHAIN.length]!.leaf);
  }
  const chain = fields.slice(0, depth - 1);
  return `{ ${chain.map((field) => `${field} {`).join(' ')} ${leaves[chain.length - 1]} ${'}'.repeat(chain.length)} }`;
}

const repeated = (count: number, text: (index: number) => string): string => Array.from({ length: count }, (_, index) => text(index)).join(' ');

/** What a well-behaved client asks meanwhile. */
const CHEAP = graphql(`
  query HostileOperationsCheapEvent($id: ID!) { event(id: $id) { title } }
`);
const SUMMIT = { id: eventId('evt-kim-putin-summit') };

/** Operations no client should be able to run, and the code each is refused with: raw text, sent with `api.send`. */
const HOSTILE: { name: string; query: string; code: string; limit?: string }[] = [
  { name: 'depth 7 with 100 rows a level', query: deepQuery(7), code: 'QUERY_TOO_COMPLEX', limit: 'cost' },
  { name: 'depth 10 with 100 rows a level', query: deepQuery(10), code: 'QUERY_TOO_COMPLEX', limit: 'cost' },
  { name: 'depth 20', query: deepQuery(20), code: 'QUERY_TOO_COMPLEX', limit: 'depth' },
  { name: 'depth 50', query: deepQuery(50), code: 'QUERY_TOO_COMPLEX', limit: 'depth' },
  {
    name: '101 aliases',
    query: `{ events(first: 1) { edges { node { ${repeated(101, (i) => `a${i}: title`)} } } } }`,
    code: 'QUERY_TOO_COMPLEX',
    limit: 'aliases',
  },
  {
    name: '1,000 duplicated fields',
    query: `{ events(first: 1) { edges { node { ${repeated(1_000, () => 'title')} } } } }`,
    code: 'QUERY_TOO_COMPLEX',
    limit: 'tokens',
  },
  {
    name: '50 directives',
    query: `{ events(first: 1) { edges { node { ${repeated(50, () => 'title @include(if: true)')} } } } }`,
    code: 'QUERY_TOO_COMPLEX',
    limit: 'directives',
  },
  {
    name: 'a fragment cycle',
    query: 'query { events { ...A } } fragment A on EventConnection { totalCount ...B } fragment B on EventConnection { totalCount ...A }',
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a query of nearly 1 MB', query: `{ events { edges { node { ${'title '.repeat(160_000)} } } } }`, code: 'QUERY_TOO_COMPLEX', limit: 'tokens' },
  {
    name: 'the nested first: 100 attack',
    query: '{ actors(first: 100) { edges { node { events(first: 100) { edges { node { participants { actor { name } } } } } } } } }',
    code: 'QUERY_TOO_COMPLEX',
    limit: 'cost',
  },
];

describe('hostile operations', () => {
  let api: TestServer;
  let socket: Client;
  /** A second client asking something cheap while the attack is refused. */
  const cheap = () => api.query(CHEAP, SUMMIT, { apiKey: READER_KEY });

  before(async () => {
    api = await startTestServer();
    socket = rawSocket(api.url);
  });
  after(async () => {
    await socket.dispose();
    await api.stop();
  });

  for (const hostile of HOSTILE) {
    it(`refuses ${hostile.name} over HTTP at once, with no database command, while another client is served`, async () => {
      const cheapAlone = await api.countCommands(cheap);
      let elapsed = 0;
      const { count, commands } = await api.countCommands(async () => {
        const started = performance.now();
        const [response] = await Promise.all([api.send(hostile.query), cheap()]);
        elapsed = performance.now() - started;
        assert.equal(response.status, 400);
        assert.equal(response.errors?.[0]?.extensions?.code, hostile.code, JSON.stringify(response.errors?.[0]).slice(0, 300));
        if (hostile.limit) assert.equal(response.errors?.[0]?.extensions?.limit, hostile.limit);
      });
      assert.deepEqual(commands, cheapAlone.commands, `only the cheap query reached the database (${count})`);
      assert.ok(elapsed < 1_000, `answered in ${Math.round(elapsed)} ms`);
    });

    it(`refuses ${hostile.name} over WebSocket at once, with no database command`, async () => {
      const { count } = await api.countCommands(async () => {
        const started = performance.now();
        const outcome = await firstOutcome(socket, { query: hostile.query });
        assert.equal(outcomeCode(outcome), hostile.code, JSON.stringify(outcome).slice(0, 300));
        if (hostile.limit && 'errors' in outcome) assert.equal(outcome.errors?.[0]?.extensions?.limit, hostile.limit);
        assert.ok(performance.now() - started < 1_000);
      });
      assert.equal(count, 0);
      assert.deepEqual(await cheap(), { event: { title: 'Kim Jong Un and Vladimir Putin hold a summit in Russia' } });
    });
  }

  it('refuses a batch of ten operations in one request', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: 10 }, () => ({ query: CHEAP.toString(), variables: SUMMIT }))),
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /batching/i);
  });

  it('refuses a mutation sent with GET', async () => {
    const query = 'mutation { createActor(input: { name: "Via GET", kind: PERSON }) { actor { id } } }';
    const response = await fetch(`${api.url}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    assert.equal(response.status, 405);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_REQUEST');
  });

  it('refuses a form-encoded POST, which a browser could send from any site', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent(CHEAP.toString())}&variables=${encodeURIComponent(JSON.stringify(SUMMIT))}`,
    });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_REQUEST');
  });

  it('names the limit and the measured value', async () => {
    const response = await api.send(deepQuery(20));
    assert.deepEqual(response.errors, [
      {
        message: 'The operation is nested too deeply (20); the limit is 12',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 12, actual: 20 },
      },
    ]);
  });
});
