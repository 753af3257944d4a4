import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestServer, type TestServer } from '../testkit/test-server';

const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }';

describe('relations of every row of a list', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it("give each actor the page it gets alone: its own first rows, total and cursors", async () => {
    const { actors } = await api.query(`{ actors(first: 30) { edges { node { id
      events(first: 2, orderBy: DATE_DESC) { ${PAGE} }
      measuresTargeting(first: 1) { ${PAGE} }
      articles(first: 3) { ${PAGE} }
    } } } }`);
    assert.equal(actors.edges.length, 30);
    for (const { node } of actors.edges) {
      const alone = await api.query(
        `query ($id: ID!) { events(filter: { actorIds: [$id] }, first: 2, orderBy: DATE_DESC) { ${PAGE} }
          measures(filter: { targetIds: [$id] }, first: 1) { ${PAGE} }
          articles(filter: { actorIds: [$id] }, first: 3) { ${PAGE} } }`,
        { id: node.id },
      );
      assert.deepEqual(
        { events: node.events, measures: node.measuresTargeting, articles: node.articles },
        { events: alone.events, measures: alone.measures, articles: alone.articles },
        node.id,
      );
    }
  });

  it('continue each page after the cursor given', async () => {
    const northKorea = Buffer.from('Actor:north-korea').toString('base64url');
    const first = await api.query(`query ($id: ID!) { actor(id: $id) { events(first: 3) { ${PAGE} } } }`, { id: northKorea });
    const cursor = first.actor.events.pageInfo.endCursor;
    const { actors } = await api.query(
      `query ($after: String) { actors(filter: { search: "north korea", kinds: [STATE] }) { edges { node { id events(first: 3, after: $after) { ${PAGE} } } } } }`,
      { after: cursor },
    );
    const alone = await api.query(`query ($id: ID!, $after: String) { events(filter: { actorIds: [$id] }, first: 3, after: $after) { ${PAGE} } }`, {
      id: northKorea,
      after: cursor,
    });
    assert.deepEqual(actors.edges.map((edge: any) => edge.node), [{ id: northKorea, events: alone.events }]);
    assert.equal(alone.events.pageInfo.hasPreviousPage, true);
    assert.notEqual(alone.events.edges[0].node.id, first.actor.events.edges[0].node.id);
  });
});
