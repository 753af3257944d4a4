import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { graphql } from '../testkit/operations';
import { startTestServer, type TestServer } from '../testkit/test-server';

// One page of each kind of list, as every operation below reads it.
graphql(`
  fragment RelationPagesEvents on EventConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }
  fragment RelationPagesMeasures on MeasureConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }
  fragment RelationPagesArticles on ArticleConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }
`);

const ACTORS_WITH_RELATIONS = graphql(`
  query RelationPagesActorsWithRelations {
    actors(first: 30) {
      edges {
        node {
          id
          events(first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }
          measuresTargeting(first: 1) { ...RelationPagesMeasures }
          articles(first: 3) { ...RelationPagesArticles }
        }
      }
    }
  }
`);

const ALONE = graphql(`
  query RelationPagesAlone($id: ID!) {
    events(filter: { actorIds: [$id] }, first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }
    measures(filter: { targetIds: [$id] }, first: 1) { ...RelationPagesMeasures }
    articles(filter: { actorIds: [$id] }, first: 3) { ...RelationPagesArticles }
  }
`);

const ACTOR_EVENTS = graphql(`
  query RelationPagesActorEvents($id: ID!) { actor(id: $id) { events(first: 3) { ...RelationPagesEvents } } }
`);

const STATE_EVENTS_AFTER = graphql(`
  query RelationPagesStateEventsAfter($after: String) {
    actors(filter: { search: "north korea", kinds: [STATE] }) { edges { node { id events(first: 3, after: $after) { ...RelationPagesEvents } } } }
  }
`);

const EVENTS_AFTER = graphql(`
  query RelationPagesEventsAfter($id: ID!, $after: String) { events(filter: { actorIds: [$id] }, first: 3, after: $after) { ...RelationPagesEvents } }
`);

describe('relations of every row of a list', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('give each actor the page it gets alone: its own first rows, total and cursors', async () => {
    const { actors } = await api.query(ACTORS_WITH_RELATIONS);
    assert.equal(actors.edges.length, 30);
    for (const { node } of actors.edges) {
      const alone = await api.query(ALONE, { id: node.id });
      assert.deepEqual(
        { events: node.events, measures: node.measuresTargeting, articles: node.articles },
        { events: alone.events, measures: alone.measures, articles: alone.articles },
        node.id,
      );
    }
  });

  it('continue each page after the cursor given', async () => {
    const northKorea = Buffer.from('Actor:north-korea').toString('base64url');
    const first = await api.query(ACTOR_EVENTS, { id: northKorea });
    assert.ok(first.actor, 'North Korea is found');
    const cursor = first.actor.events.pageInfo.endCursor;
    const { actors } = await api.query(STATE_EVENTS_AFTER, { after: cursor });
    const alone = await api.query(EVENTS_AFTER, { id: northKorea, after: cursor });
    assert.deepEqual(
      actors.edges.map((edge) => edge.node),
      [{ id: northKorea, events: alone.events }],
    );
    assert.equal(alone.events.pageInfo.hasPreviousPage, true);
    assert.notEqual(alone.events.edges[0].node.id, first.actor.events.edges[0].node.id);
  });
});
