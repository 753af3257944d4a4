import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '@dossier/server';
import { nextWithin } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import { actorId } from '../testkit/ids';
import { sdkAt } from '../testkit/sdk';
import { startServerProcess, type ServerProcess } from '../testkit/server-process';
import { EDITOR_KEY } from '../testkit/test-server';

/**
 * Two server instances on one database through MONGODB_URI, as with a shared MongoDB:
 * neither keeps a snapshot, so each reads what the other wrote. Its own FerretDB, whatever
 * MONGODB_URI says.
 */
describe('two instances sharing a database', () => {
  let dataDir: string;
  let database: EmbeddedDatabase;
  let first: ServerProcess;
  let second: ServerProcess;
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-shared-'));
    database = await startEmbeddedDatabase({ dataDir });
    first = await startServerProcess({ mongodbUri: database.uri, databaseName: 'dossier' });
    second = await startServerProcess({ mongodbUri: database.uri, databaseName: 'dossier' });
  });
  after(async () => {
    await first.stop();
    await second.stop();
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('show a record written through one on the other at once, and deliver it to its subscribers', async () => {
    const subscriber = sdkAt(second.url);
    const changes = subscriber.eventAdded({ filter: { search: 'Shared database' } })[Symbol.asyncIterator]();
    try {
      const delivered = nextWithin(changes, 10_000, 'the event written on the other instance');
      // The subscriber is on the other process, whose subscriber count this test cannot read.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const created = await recordEvent(sdkAt(first.url, EDITOR_KEY), 'Shared database event', { actors: ['japan'] });
      const reader = sdkAt(second.url);
      const { actor } = await reader.actorEvents({ id: actorId('japan'), first: 100 });
      assert.ok(
        actor?.events.edges.some((edge) => edge.node.id === created.id),
        'listed on the other instance',
      );
      assert.equal((await reader.event({ id: created.id })).event?.title, 'Shared database event');
      assert.equal((await delivered).eventAdded.event.id, created.id);
      const { createActor } = await sdkAt(second.url, EDITOR_KEY).createActor({ input: { name: 'Shared Registry', kind: 'ORGANIZATION' } });
      assert.equal((await sdkAt(first.url).actor({ id: createActor.actor.id })).actor?.name, 'Shared Registry');
    } finally {
      await changes.return?.();
      await subscriber.close();
    }
  });
});
