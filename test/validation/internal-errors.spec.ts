import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureLogs } from '../testkit/logs';
import { EDITOR_KEY, startTestServer } from '../testkit/test-server';

describe('unexpected failures', () => {
  it('reach the client as INTERNAL_SERVER_ERROR without internal details', async () => {
    const logs = captureLogs();
    const api = await startTestServer({ logger: logs.logger });
    try {
      await api.testDatabase.database.client.close();
      // A write always reaches the database, whether reads come from it or from memory. Raw text:
      // the error's location below is a position in this very text.
      const response = await api.send(`mutation { createActor(input: { name: "Never stored", kind: PERSON }) { actor { id } } }`, {}, { apiKey: EDITOR_KEY });
      assert.deepEqual(response, {
        status: 200,
        data: null,
        errors: [
          { message: 'Internal server error', path: ['createActor'], locations: [{ line: 1, column: 12 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        ],
      });
      const causes = logs.lines.filter((line) => line.level === 'error' && line.msg === 'unexpected error while executing a GraphQL operation:');
      assert.equal(causes.length, 1, 'the cause is logged on the server, once');
      assert.equal((causes[0]!.err as { type?: string } | undefined)?.type, 'MongoNotConnectedError');
    } finally {
      await api.stop();
    }
  });
});
