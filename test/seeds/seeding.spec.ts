import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createRepositories, seedDatabase } from '@dossier/server';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, openTestDatabase, snapshotCollections, startTestServer, type TestServer } from '../testkit/test-server';

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

const ACTOR_NAMES = graphql(`
  query SeedingActorNames($id: ID!) { node(id: $id) { ... on Actor { name aliases metonyms demonyms hosts version } } }
`);

const CREATE_NAMED = graphql(`
  mutation SeedingCreateNamed { createActor(input: { name: "Seeding Elder", kind: ORGANIZATION, aliases: ["The Elder"] }) { actor { id } } }
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

describe('a database seeded before actors had metonyms, demonyms and hosts', () => {
  it('reads its actors with empty lists after a restart, and reloading the seeds moves their metonyms and demonyms out of the aliases', async () => {
    const testDatabase = await openTestDatabase();
    try {
      const first = await startTestServer({ testDatabase });
      const created = await first.query(CREATE_NAMED, {}, { apiKey: EDITOR_KEY });
      await first.stop();
      // The records as they were stored then: metonyms and demonyms among the aliases, no hosts.
      const database = await testDatabase.reopen();
      const actors = database.db.collection<{ _id: string }>('actors');
      await actors.updateMany({}, { $unset: { metonyms: '', demonyms: '', hosts: '' } });
      await actors.updateOne({ _id: 'south-korea' }, { $set: { aliases: ['S. Korea', 'Seoul', 'Republic of Korea', 'South Korean'] } });
      await testDatabase.reopen();

      const second = await startTestServer({ testDatabase, seed: false });
      try {
        const southKorea = Buffer.from('Actor:south-korea').toString('base64url');
        const yonhap = Buffer.from('Actor:yonhap').toString('base64url');
        const read = async (id: string) => (await second.query(ACTOR_NAMES, { id })).node;
        assert.deepEqual(await read(southKorea), {
          name: 'South Korea',
          aliases: ['S. Korea', 'Seoul', 'Republic of Korea', 'South Korean'],
          metonyms: [],
          demonyms: [],
          hosts: [],
          version: 1,
        });
        const elder = { name: 'Seeding Elder', aliases: ['The Elder'], metonyms: [], demonyms: [], hosts: [], version: 1 };
        assert.deepEqual(await read(created.createActor.actor.id), elder);

        await seedDatabase(createRepositories(testDatabase.database));
        assert.deepEqual(await read(southKorea), {
          name: 'South Korea',
          aliases: ['S. Korea', 'Republic of Korea'],
          metonyms: ['Seoul'],
          demonyms: ['South Korean'],
          hosts: [],
          version: 2,
        });
        assert.deepEqual(await read(yonhap), {
          name: 'Yonhap News Agency',
          aliases: ['Yonhap'],
          metonyms: [],
          demonyms: [],
          hosts: ['yna.co.kr'],
          version: 2,
        });
        assert.deepEqual(await read(created.createActor.actor.id), elder);
        const reloaded = await snapshotCollections(testDatabase.database);
        await seedDatabase(createRepositories(testDatabase.database));
        assert.deepEqual(await snapshotCollections(testDatabase.database), reloaded);
      } finally {
        await second.stop();
      }
    } finally {
      await testDatabase.dispose();
    }
  });
});
