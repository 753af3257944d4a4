import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EDITOR_KEY, startTestServer } from '../testkit/test-server';

describe('unexpected failures', () => {
  it('reach the client as INTERNAL_SERVER_ERROR without internal details', async () => {
    const api = await startTestServer();
    try {
      await api.testDatabase.database.client.close();
      const originalError = console.error;
      const logged: unknown[][] = [];
      console.error = (...args: unknown[]) => logged.push(args);
      let response: Awaited<ReturnType<typeof api.send>>;
      try {
        // A write always reaches the database, whether reads come from it or from memory. Raw text:
        // the error's location below is a position in this very text.
        response = await api.send(`mutation { createActor(input: { name: "Never stored", kind: PERSON }) { actor { id } } }`, {}, { apiKey: EDITOR_KEY });
      } finally {
        console.error = originalError;
      }
      assert.deepEqual(response, {
        status: 200,
        data: null,
        errors: [
          { message: 'Internal server error', path: ['createActor'], locations: [{ line: 1, column: 12 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
      assert.equal(logged.length, 1, 'the cause is logged on the server');
    } finally {
      await api.stop();
    }
  });
});
