import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DossierGraphQLError } from '@dossier/sdk';
import { eventually, nextWithin, sleep } from '../testkit/async';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { sdkAt, sdkFor } from '../testkit/sdk';
import { startServerProcess, type ServerProcess } from '../testkit/server-process';
import { EDITOR_KEY, READER_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const SOURCE = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };

/** Changes made through the first instance, followed on a second one sharing its database. */
describe('record change subscriptions', () => {
  let api: TestServer;
  let second: ServerProcess;
  before(async () => {
    api = await startTestServer();
    const { database } = api.testDatabase;
    second = await startServerProcess({ mongodbUri: database.uri, databaseName: database.db.databaseName });
  });
  after(async () => {
    await second.stop();
    await api.stop();
  });

  it('deliver the changes of the types asked, made through one instance, to a subscriber on another, in order, and resume after a cursor', async () => {
    const { database } = api.testDatabase;
    // Where the first instance owns the database, it learns within a second that another server reads it.
    assert.ok(!database.exclusive || (await eventually(() => database.attachedServers.any, 5_000)), 'the owner knows of the second server');
    const editor = sdkFor(api, EDITOR_KEY);
    const reader = sdkAt(second.url, READER_KEY);
    const changes = reader.recordChanged({ types: ['ACTOR', 'MEASURE'] })[Symbol.asyncIterator]();
    try {
      const firstChange = nextWithin(changes, 10_000, 'first change');
      // A fixed wait: the subscription starts in the second server's process, where this test cannot look.
      await sleep(500);
      const actor = (await editor.createActor({ input: { name: 'Ilse Varnhagen', kind: 'PERSON' } })).createActor.actor.id;
      await editor.createEvent({
        input: { title: 'Not followed', kind: 'STATEMENT', participants: [{ actorId: actor, role: 'INITIATOR' }], sources: [SOURCE] },
      });
      const measure = (
        await editor.createMeasure({
          input: { title: 'Varnhagen warning', kind: 'WARNING', status: 'THREATENED', issuerIds: [actor], targetIds: [actorId('japan')], sources: [SOURCE] },
        })
      ).createMeasure.measure.id;
      await editor.updateActor({ input: { id: actor, description: 'A diplomat', comment: 'From her profile' } });

      const delivered = [await firstChange];
      for (let i = 0; i < 2; i++) delivered.push(await nextWithin(changes, 10_000, `change ${i + 2}`));
      assert.deepEqual(
        delivered.map(({ recordChanged: { change } }) => [
          change.recordType,
          change.recordId,
          change.revision.version,
          change.revision.by,
          change.revision.comment,
        ]),
        [
          ['ACTOR', actor, 1, 'editor', null],
          ['MEASURE', measure, 1, 'editor', null],
          ['ACTOR', actor, 2, 'editor', 'From her profile'],
        ],
      );
      assert.deepEqual(delivered[2]!.recordChanged.change.revision.changes, [{ field: 'description', before: null, after: 'A diplomat', added: null }]);

      // From the first change's cursor, on the first instance: the two after it, each once.
      const resumed = sdkFor(api, READER_KEY);
      const replay = resumed.recordChanged({ types: ['ACTOR', 'MEASURE'], after: delivered[0]!.recordChanged.cursor })[Symbol.asyncIterator]();
      try {
        const replayed = [await nextWithin(replay, 5_000, 'replayed 1'), await nextWithin(replay, 5_000, 'replayed 2')];
        assert.deepEqual(
          replayed.map(({ recordChanged }) => recordChanged.cursor),
          delivered.slice(1).map(({ recordChanged }) => recordChanged.cursor),
        );
      } finally {
        await replay.return?.();
        await resumed.close();
      }
    } finally {
      await changes.return?.();
      await reader.close();
    }
  });

  it('refuse a subscriber without a key, and a cursor that is not one of the change feed', async () => {
    for (const [apiKey, args, code] of [
      [undefined, {}, 'UNAUTHENTICATED'],
      [READER_KEY, { after: 'not-a-cursor' }, 'BAD_USER_INPUT'],
    ] as const) {
      const client = sdkFor(api, apiKey);
      try {
        const iterator = client.recordChanged(args)[Symbol.asyncIterator]();
        await assert.rejects(nextWithin(iterator, 5_000, 'error'), (error: unknown) => error instanceof DossierGraphQLError && error.code === code);
      } finally {
        await client.close();
      }
    }
  });
});
