import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, openTestDatabase, startTestServer } from '../testkit/test-server';

const CREATE_WITNESS = graphql(`
  mutation RestartCreateWitness { createActor(input: { name: "Restart Witness", kind: PERSON, aliases: ["R. Witness"] }) { actor { id } } }
`);

const WITNESS_AND_EVENT_COUNT = graphql(`
  query RestartWitnessAndEventCount($id: ID!) { node(id: $id) { ... on Actor { name aliases } } events { totalCount } }
`);

describe('the database', () => {
  it('keeps seeds and new records across a restart of the server and the database', async () => {
    const testDatabase = await openTestDatabase();
    try {
      const first = await startTestServer({ testDatabase });
      const created = await first.query(CREATE_WITNESS, {}, { apiKey: EDITOR_KEY });
      await first.stop();
      await testDatabase.reopen();

      const second = await startTestServer({ testDatabase, seed: false });
      try {
        const data = await second.query(WITNESS_AND_EVENT_COUNT, { id: created.createActor.actor.id });
        assert.deepEqual(data, { node: { name: 'Restart Witness', aliases: ['R. Witness'] }, events: { totalCount: 15 } });
      } finally {
        await second.stop();
      }
    } finally {
      await testDatabase.dispose();
    }
  });
});
