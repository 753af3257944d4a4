import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, eventId, measureId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { startTestServer, type TestServer } from '../testkit/test-server';

const NODES = graphql(`
  query NodeLookupNodes($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id ... on Article { outlet } ... on Actor { name } ... on Event { kind } ... on Measure { status } }
  }
`);

const NODE_AND_EVENT = graphql(`
  query NodeLookupNodeAndEvent($id: ID!) { node(id: $id) { id } event(id: $id) { id } }
`);

const NOT_AN_ID = graphql(`
  query NodeLookupNotAnId { node(id: "Event:evt-kim-putin-summit") { id } }
`);

const ACTOR = graphql(`
  query NodeLookupActor($id: ID!) { actor(id: $id) { id } }
`);

describe('node(id)', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('fetches any object by its global id', async () => {
    const ids = [
      articleId(SEED_ARTICLES['001']),
      actorId('russia'),
      eventId('evt-kim-putin-summit'),
      measureId('msr-trilateral-tough-measures'),
      actorId('nobody'),
    ];
    const { nodes } = await api.query(NODES, { ids });
    assert.deepEqual(nodes, [
      { __typename: 'Article', id: ids[0], outlet: null },
      { __typename: 'Actor', id: ids[1], name: 'Russia' },
      { __typename: 'Event', id: ids[2], kind: 'MEETING' },
      { __typename: 'Measure', id: ids[3], status: 'AGREED' },
      null,
    ]);
  });

  it('answers null for an unknown object and BAD_USER_INPUT for a string that is no id', async () => {
    assert.deepEqual(await api.query(NODE_AND_EVENT, { id: eventId('missing') }), { node: null, event: null });
    const error = await api.expectError(NOT_AN_ID, {}, {}, 'BAD_USER_INPUT', 'id');
    assert.equal(error.message, 'id: "Event:evt-kim-putin-summit" is not a Dossier id');
    await api.expectError(ACTOR, { id: eventId('evt-kim-putin-summit') }, {}, 'BAD_USER_INPUT', 'id');
  });
});
