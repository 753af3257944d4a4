import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRepositories, seedDatabase } from '@dossier/server';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, snapshotCollections, startTestServer, type TestServer } from '../testkit/test-server';

const COUNTS = graphql(`
  query SeedingCounts { articles { totalCount } actors { totalCount } events { totalCount } measures { totalCount } }
`);

const CREATE_BYSTANDER = graphql(`
  mutation SeedingCreateBystander { createActor(input: { name: "Seeding Bystander", kind: ORGANIZATION }) { actor { id name } } }
`);

const ACTOR_NAME = graphql(`
  query SeedingActorName($id: ID!) { node(id: $id) { ... on Actor { name } } }
`);

const ACTOR_DESCRIPTION = graphql(`
  query SeedingActorDescription($id: ID!) { node(id: $id) { ... on Actor { description version } } }
`);

const UPDATE_DESCRIPTION = graphql(`
  mutation SeedingUpdateDescription($input: UpdateActorInput!) { updateActor(input: $input) { actor { description version } } }
`);

describe('seeding', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('loads the seeds on first start', async () => {
    const counts = await api.query(COUNTS);
    assert.deepEqual(counts, { articles: { totalCount: 5 }, actors: { totalCount: 30 }, events: { totalCount: 15 }, measures: { totalCount: 13 } });
  });

  it('is idempotent: seeding twice stores exactly what seeding once did', async () => {
    const database = api.testDatabase.database;
    const before = await snapshotCollections(database);
    await seedDatabase(createRepositories(database));
    await seedDatabase(createRepositories(database));
    assert.deepEqual(await snapshotCollections(database), before);
  });

  it('leaves records created through the API alone when reloading', async () => {
    const created = await api.query(CREATE_BYSTANDER, {}, { apiKey: EDITOR_KEY });
    await seedDatabase(createRepositories(api.testDatabase.database));
    const { node } = await api.query(ACTOR_NAME, { id: created.createActor.actor.id });
    assert.deepEqual(node, { name: 'Seeding Bystander' });
  });

  it('restores an edited seed record when reloading, as a new version', async () => {
    const id = Buffer.from('Actor:yonhap').toString('base64url');
    const original = (await api.query(ACTOR_DESCRIPTION, { id })).node;
    assert.ok(original && 'version' in original, 'Yonhap is found as an actor');
    const edited = await api.query(UPDATE_DESCRIPTION, { input: { id, description: 'Edited by an editor.' } }, { apiKey: EDITOR_KEY });
    assert.deepEqual(edited.updateActor.actor, { description: 'Edited by an editor.', version: original.version + 1 });
    await seedDatabase(createRepositories(api.testDatabase.database));
    assert.deepEqual((await api.query(ACTOR_DESCRIPTION, { id })).node, { description: original.description, version: original.version + 2 });
  });
});
