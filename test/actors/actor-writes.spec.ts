import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };

// The fields both writes read back; the operations below spread it.
graphql(`
  fragment ActorWritesFields on Actor {
    name kind aliases description affiliation { name } roles { title organization { name } sources { quote } } sources { quote article { id } }
  }
`);

const CREATE = graphql(`
  mutation ActorWritesCreate($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesFields } } }
`);

const FIND_TAE_YONG = graphql(`
  query ActorWritesFindTaeYong { actors(filter: { search: "tae yong" }) { edges { node { id } } } }
`);

const UPDATE = graphql(`
  mutation ActorWritesUpdate($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesFields } } }
`);

describe('writing actors', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('records an actor with aliases, affiliation, roles and sources', async () => {
    const { createActor } = await api.query(
      CREATE,
      {
        input: {
          name: 'Cho Tae-yong',
          kind: 'PERSON',
          aliases: ['Cho Tae Yong', 'Cho Tae-yong', ' Cho '],
          affiliationId: actorId('south-korea'),
          roles: [
            {
              title: 'Nominee for director',
              organizationId: actorId('south-korea-nis'),
              sources: [{ articleId: articleId(SEED_ARTICLES['001']), quote: 'the nominee for director' }],
            },
          ],
          description: 'Nominated to lead the National Intelligence Service.',
        },
      },
      editor,
    );
    const { id, ...actor } = createActor.actor;
    assert.deepEqual(actor, {
      name: 'Cho Tae-yong',
      kind: 'PERSON',
      aliases: ['Cho Tae Yong', 'Cho'],
      description: 'Nominated to lead the National Intelligence Service.',
      affiliation: { name: 'South Korea' },
      roles: [{ title: 'Nominee for director', organization: { name: 'National Intelligence Service' }, sources: [{ quote: 'the nominee for director' }] }],
      sources: [],
    });
    const { actors } = await api.query(FIND_TAE_YONG);
    assert.deepEqual(actors.edges, [{ node: { id } }]);
  });

  it('updates only the fields given', async () => {
    const { updateActor } = await api.query(
      UPDATE,
      { input: { id: actorId('japan'), aliases: ['Tokyo', 'Japanese'], description: 'State in East Asia.' } },
      editor,
    );
    assert.deepEqual(updateActor.actor, {
      name: 'Japan',
      kind: 'STATE',
      aliases: ['Tokyo', 'Japanese'],
      description: 'State in East Asia.',
      affiliation: null,
      roles: [],
      sources: [],
    });
  });
});
