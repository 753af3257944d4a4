import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EDITOR_KEY, openTestDatabase, startTestServer } from '../testkit/test-server';

describe('the database', () => {
  it('keeps seeds and new records across a restart of the server and the database', async () => {
    const testDatabase = await openTestDatabase();
    try {
      const first = await startTestServer({ testDatabase });
      const created = await first.query(
        `mutation { createActor(input: { name: "Restart Witness", kind: PERSON, aliases: ["R. Witness"] }) { actor { id } } }`,
        {},
        { apiKey: EDITOR_KEY },
      );
      await first.stop();
      await testDatabase.reopen();

      const second = await startTestServer({ testDatabase, seed: false });
      try {
        const data = await second.query(`query ($id: ID!) { node(id: $id) { ... on Actor { name aliases } } events { totalCount } }`, {
          id: created.createActor.actor.id,
        });
        assert.deepEqual(data, { node: { name: 'Restart Witness', aliases: ['R. Witness'] }, events: { totalCount: 15 } });
      } finally {
        await second.stop();
      }
    } finally {
      await testDatabase.dispose();
    }
  });
});
