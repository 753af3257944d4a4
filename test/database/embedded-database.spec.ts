import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { MongoClient } from 'mongodb';
import { EmbeddedDatabaseError, startEmbeddedDatabase } from '@dossier/server';

describe('the embedded FerretDB', () => {
  it('listens on loopback only, keeps its files in the data folder, and refuses a second user of that folder', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-embedded-'));
    const database = await startEmbeddedDatabase({ dataDir });
    try {
      assert.match(database.uri, /^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
      const client = await MongoClient.connect(database.uri);
      await client
        .db('probe')
        .collection('things')
        .insertOne({ _id: 'one' as never, kept: true });
      await client.close();
      assert.ok(fs.readdirSync(path.join(dataDir, 'sqlite')).includes('probe.sqlite'));

      await assert.rejects(startEmbeddedDatabase({ dataDir }), (error: unknown) => {
        assert.ok(error instanceof EmbeddedDatabaseError);
        assert.equal(
          error.message,
          `The data folder ${dataDir} is in use by a running Dossier process (pid ${process.pid}): stop it, or set DOSSIER_DATA_DIR to another folder.`,
        );
        return true;
      });
    } finally {
      await database.stop();
    }
    const again = await startEmbeddedDatabase({ dataDir });
    try {
      const client = await MongoClient.connect(again.uri);
      assert.deepEqual(await client.db('probe').collection('things').findOne({}), { _id: 'one', kept: true });
      await client.close();
    } finally {
      await again.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
