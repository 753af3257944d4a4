import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, eventId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, READER_KEY, startTestServer, type TestServer } from '../testkit/test-server';
import { firstOutcome, rawSocket } from '../testkit/websocket';

const CHEAP = graphql(`
  query ClientBudgetsCheapEvent($id: ID!) { event(id: $id) { title } }
`);
const SUMMIT = { id: eventId('evt-kim-putin-summit') };
/** Costs 541 (20 events, each with its fields, participants and sources): see the cost estimate in the README. */
const COSTLY = graphql(`
  query ClientBudgetsCostlyEvents { events { edges { node { id title kind participants { role actor { name } } sources { quote } } } } }
`);
const CHEAP_ACTOR = graphql(`
  query ClientBudgetsCheapActor($id: ID!) { actor(id: $id) { name } }
`);

describe('per-client budgets', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer({
      env: { DOSSIER_REQUESTS_PER_MINUTE: 'anonymous:5,reader:1000', DOSSIER_COST_PER_MINUTE: 'anonymous:0,reader:1300,editor:0' },
    });
  });
  after(() => api.stop());

  it('answer 429 with Retry-After once a client has sent its requests for the minute, and keep serving others', async () => {
    const statuses: number[] = [];
    for (let n = 0; n < 6; n++) statuses.push((await api.request(CHEAP, SUMMIT)).status);
    assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429]);

    const refused = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CHEAP.toString(), variables: SUMMIT }),
    });
    assert.equal(refused.status, 429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 60, `Retry-After: ${retryAfter}`);
    const body = (await refused.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    assert.deepEqual(body.errors[0]!.extensions, { code: 'RATE_LIMITED', budget: 'requests', retryAfterSeconds: retryAfter });
    assert.match(body.errors[0]!.message, /^Too many requests: this client may send 5 per minute; try again in \d+ s$/);

    // Another client (a key of its own) is not held up.
    assert.equal((await api.request(CHEAP, SUMMIT, { apiKey: READER_KEY })).status, 200);
  });

  it('refuse an operation that would spend more than the rest of the minute’s cost budget', async () => {
    const spent: (number | string | undefined)[] = [];
    for (let n = 0; n < 3; n++) {
      const response = await api.request(COSTLY, {}, { apiKey: READER_KEY });
      spent.push(response.errors?.[0]?.extensions?.code ?? response.status);
    }
    assert.deepEqual(spent, [200, 200, 'RATE_LIMITED']);
    // Cheap operations still fit in what is left.
    assert.equal((await api.request(CHEAP_ACTOR, { id: actorId('japan') }, { apiKey: READER_KEY })).status, 200);
    // A role without a budget (0) is not limited.
    for (let n = 0; n < 4; n++) assert.equal((await api.request(COSTLY, {}, { apiKey: EDITOR_KEY })).status, 200);
  });

  it('count operations over WebSocket against the same budgets', async () => {
    const socket = rawSocket(api.url, { apiKey: READER_KEY });
    try {
      const outcome = await firstOutcome(socket, { query: COSTLY.toString() });
      assert.ok('errors' in outcome);
      assert.equal(outcome.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    } finally {
      await socket.dispose();
    }
  });
});
