import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { actorId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, openTestDatabase, startTestServer, type TestDatabase } from '../testkit/test-server';

const CREATE_ACTOR = graphql(`
  mutation CheckpointCreateActor($name: String!) { createActor(input: { name: $name, kind: PERSON }) { actor { id } } }
`);

const ACTOR_AND_COUNTS = graphql(`
  query CheckpointActorAndCounts($id: ID!) { node(id: $id) { ... on Actor { name } } actors { totalCount } events { totalCount } }
`);

const FROM_CHECKPOINT = /records read from the checkpoint of the last clean stop/;

// The checkpoint belongs to a server that owns the embedded database and keeps a snapshot.
const keepsCheckpoints = !process.env.MONGODB_URI && process.env.DOSSIER_SNAPSHOT !== 'off';

async function withDatabase(test: (testDatabase: TestDatabase) => Promise<void>): Promise<void> {
  const testDatabase = await openTestDatabase();
  try {
    await test(testDatabase);
  } finally {
    await testDatabase.dispose();
  }
}

describe('the snapshot checkpoint', { skip: !keepsCheckpoints && 'only the embedded database with its snapshot keeps one' }, () => {
  it('is read at the start after a clean stop, with every acknowledged write in it', async () => {
    await withDatabase(async (testDatabase) => {
      const first = await startTestServer({ testDatabase });
      const created = await first.query(CREATE_ACTOR, { name: 'Checkpoint Witness' }, { apiKey: EDITOR_KEY });
      await first.stop();
      const reopened = await testDatabase.reopen();
      assert.match(reopened.description, FROM_CHECKPOINT);

      const second = await startTestServer({ testDatabase, seed: false });
      try {
        const data = await second.query(ACTOR_AND_COUNTS, { id: created.createActor.actor.id });
        assert.deepEqual(data, { node: { name: 'Checkpoint Witness' }, actors: { totalCount: 31 }, events: { totalCount: 15 } });
      } finally {
        await second.stop();
      }
    });
  });

  it('is read once: the next start after an unclean stop reads the database', async () => {
    await withDatabase(async (testDatabase) => {
      const server = await startTestServer({ testDatabase });
      await server.stop();
      await testDatabase.reopen();
      assert.match(testDatabase.database.description, FROM_CHECKPOINT);
      const restarted = await startTestServer({ testDatabase, seed: false });
      await restarted.stop();
      // The process dies without closing: no new checkpoint, and the old one is gone.
      testDatabase.database.abandon();
      const reopened = await testDatabase.reopen();
      assert.doesNotMatch(reopened.description, FROM_CHECKPOINT);
    });
  });

  it('is not trusted when the database files changed after the stop', async () => {
    await withDatabase(async (testDatabase) => {
      const server = await startTestServer({ testDatabase });
      await server.stop();
      // Another process wrote to the database meanwhile (here: its files are touched).
      const sqliteDir = path.join(testDatabase.dataDir, 'sqlite');
      const reopened = await testDatabase.reopen(() => {
        for (const name of fs.readdirSync(sqliteDir)) fs.utimesSync(path.join(sqliteDir, name), new Date(), new Date(Date.now() + 60_000));
      });
      assert.doesNotMatch(reopened.description, FROM_CHECKPOINT);

      const again = await startTestServer({ testDatabase, seed: false });
      try {
        const data = await again.query(ACTOR_AND_COUNTS, { id: actorId('south-korea') });
        assert.deepEqual(data, { node: { name: 'South Korea' }, actors: { totalCount: 30 }, events: { totalCount: 15 } });
      } finally {
        await again.stop();
      }
    });
  });
});

// In every mode: the two specs above and below need a checkpoint; this one says when there is one.
describe('a clean stop', () => {
  it('keeps every acknowledged write, and leaves a checkpoint only where the server keeps a snapshot of the embedded database', async () => {
    await withDatabase(async (testDatabase) => {
      const first = await startTestServer({ testDatabase });
      const created = await first.query(CREATE_ACTOR, { name: 'Checkpoint Witness' }, { apiKey: EDITOR_KEY });
      await first.stop();
      const reopened = await testDatabase.reopen();
      assert.equal(FROM_CHECKPOINT.test(reopened.description), keepsCheckpoints, reopened.description);

      const second = await startTestServer({ testDatabase, seed: false });
      try {
        const data = await second.query(ACTOR_AND_COUNTS, { id: created.createActor.actor.id });
        assert.deepEqual(data, { node: { name: 'Checkpoint Witness' }, actors: { totalCount: 31 }, events: { totalCount: 15 } });
      } finally {
        await second.stop();
      }
    });
  });
});
