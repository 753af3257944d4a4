import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { ActorFilter, ActorOrder } from '../testkit/operations/graphql';
import { startTestServer, type TestServer } from '../testkit/test-server';

const ACTORS = graphql(`
  query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {
    actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }
  }
`);

const PARK_JIN = graphql(`
  query ActorWithRolesAndCounts($id: ID!) {
    actor(id: $id) {
      name kind affiliation { name }
      roles { title organization { name } sources { quote article { outlet } } }
      measuresIssued { totalCount }
      measuresTargeting { totalCount }
      articles { totalCount }
    }
  }
`);

const MEASURE_COUNTS = graphql(`
  query ActorMeasureCounts($id: ID!) { actor(id: $id) { measuresTargeting { totalCount } measuresIssued { totalCount } } }
`);

const TIMELINE = graphql(`
  query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {
    timeline(actorIds: $ids, date: $date, first: 100) {
      totalCount edges { node { __typename ... on Event { title date { text } } ... on Measure { title date { text } } } }
    }
  }
`);

describe('actors', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const names = async (filter: ActorFilter, orderBy: ActorOrder = 'NAME_ASC') =>
    (await api.query(ACTORS, { filter, orderBy })).actors.edges.map((edge) => edge.node.name);

  it('are found by any of their names', async () => {
    assert.deepEqual(await names({ search: 'pyongyang' }), ['North Korea']);
    assert.deepEqual(await names({ search: 'Kim Jong-un' }), ['Kim Jong Un']);
    assert.deepEqual(await names({ search: 'kremlin' }), ['Russia']);
  });

  it('are filtered by kind and by affiliation, and ordered by name', async () => {
    assert.deepEqual(await names({ kinds: ['STATE'] }, 'NAME_DESC'), ['United States', 'Ukraine', 'South Korea', 'Russia', 'North Korea', 'Japan']);
    assert.deepEqual(await names({ kinds: ['PERSON'], affiliationIds: [actorId('south-korea')] }), ['Chang Ho-jin', 'Park Jin', 'Yoon Suk Yeol']);
  });

  it('carry their roles, affiliation and the measures they issued and were targeted by', async () => {
    const { actor } = await api.query(PARK_JIN, { id: actorId('park-jin') });
    assert.deepEqual(actor, {
      name: 'Park Jin',
      kind: 'PERSON',
      affiliation: { name: 'South Korea' },
      roles: [
        {
          title: 'Foreign Minister',
          organization: { name: 'South Korea' },
          sources: [
            { quote: 'South Korean Foreign Minister Park Jin', article: { outlet: 'The Kyiv Independent' } },
            { quote: 'South Korean Foreign Minister Park Jin', article: { outlet: 'Caliber.Az' } },
          ],
        },
      ],
      measuresIssued: { totalCount: 3 },
      measuresTargeting: { totalCount: 0 },
      articles: { totalCount: 2 },
    });
    const { actor: russia } = await api.query(MEASURE_COUNTS, { id: actorId('russia') });
    assert.deepEqual(russia, { measuresTargeting: { totalCount: 10 }, measuresIssued: { totalCount: 0 } });
  });

  it('show a timeline of their events and measures in date order', async () => {
    const { timeline } = await api.query(TIMELINE, { ids: [actorId('north-korea')], date: { from: '2023-09-14', to: '2023-09-30' } });
    assert.deepEqual(
      timeline.edges.map((edge) => [edge.node.__typename, edge.node.date?.text]),
      [
        ['Event', '2023'],
        ['Event', '2023-09'],
        ['Measure', '2023-09'],
        ['Measure', '2023-09~'],
        ['Event', '2023-09-15~'],
        ['Measure', '2023-09-15'],
        ['Measure', '2023-09-15'],
        ['Measure', '2023-09-22'],
      ],
    );
    assert.equal(timeline.totalCount, 8);
  });
});
