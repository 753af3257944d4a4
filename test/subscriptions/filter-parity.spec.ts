import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildSeedDocuments, eventPredicate } from '@dossier/server';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { EventFilter } from '../testkit/operations/graphql';
import { startTestServer, type TestServer } from '../testkit/test-server';

const EVENT_IDS = graphql(`
  query FilterParityEventIds($filter: EventFilter) { events(filter: $filter, first: 100) { edges { node { id } } } }
`);

const FILTERS: EventFilter[] = [
  {},
  { search: 'PYONGYANG' },
  { search: 'new york' },
  { actorIds: [actorId('north-korea')] },
  { actorIds: [actorId('japan'), actorId('kyrylo-budanov')] },
  { kinds: ['ARMS_TRANSFER', 'VISIT'] },
  { date: { from: '2023-09-13', to: '2023-09-13' } },
  { date: { from: '2023-08-31', to: '2023-08-31' } },
  { date: { from: '2024' } },
  { date: { to: '2023-06' } },
  { articleIds: [articleId(SEED_ARTICLES['001'])] },
  { actorIds: [actorId('north-korea')], kinds: ['STATEMENT'], date: { from: '2023-10', to: '2024-01' } },
];

describe('subscription filters', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('select exactly the events the events query selects with the same filter', async () => {
    const seeds = buildSeedDocuments().events;
    for (const filter of FILTERS) {
      const { events } = await api.query(EVENT_IDS, { filter });
      const listed = events.edges.map((edge) => Buffer.from(edge.node.id, 'base64url').toString().slice('Event:'.length)).sort();
      const matches = eventPredicate(filter as never);
      const live = seeds
        .filter(matches)
        .map((doc) => doc._id)
        .sort();
      assert.deepEqual(live, listed, JSON.stringify(filter));
    }
  });
});
