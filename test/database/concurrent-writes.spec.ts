import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DossierGraphQLError, type DossierClient } from '@dossier/sdk';
import { eventually, nextWithin } from '../testkit/async';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const TRIALS = 20;
const SUMMONS = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };
const WARNING = { articleId: articleId(SEED_ARTICLES['004']), quote: 'clear consequences' };

const keyOf = (id: string): string => Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;

/** Everything that can go wrong with concurrent writes, on whatever database the suite runs against. */
function concurrentWriteSpecs(label: string, start: () => Promise<TestServer>, articleFor: (api: TestServer) => Promise<string>) {
  describe(`concurrent writes (${label})`, () => {
    let api: TestServer;
    let editors: DossierClient[];
    let source: { articleId: string; quote: string };
    before(async () => {
      api = await start();
      editors = Array.from({ length: 4 }, () => sdkFor(api, EDITOR_KEY));
      source = { articleId: await articleFor(api), quote: 'Concurrency' };
    });
    after(async () => {
      await Promise.all(editors.map((editor) => editor.close()));
      await api.stop();
    });

    it('four clients creating 50 events each deliver 200 distinct events, in change order, with 200 distinct change numbers', async () => {
      const subscriber = sdkFor(api);
      const changes = subscriber.eventAdded({ filter: { search: `Batch ${label}` } })[Symbol.asyncIterator]();
      try {
        const first = changes.next();
        assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');
        const created = await Promise.all(
          editors.map(async (editor, client) => {
            const ids: string[] = [];
            for (let n = 0; n < 50; n++) {
              const { createEvent } = await editor.createEvent({
                input: { title: `Batch ${label} ${client}-${n}`, kind: 'STATEMENT', participants: [], sources: [source] },
              });
              ids.push(createEvent.event.id);
            }
            return ids;
          }),
        );
        const delivered: string[] = [];
        const firstChange = await first;
        assert.equal(firstChange.done, false);
        delivered.push(firstChange.value!.eventAdded.event.id);
        while (delivered.length < 200) delivered.push((await nextWithin(changes, 10_000, `event ${delivered.length + 1} of 200`)).eventAdded.event.id);
        assert.equal(await nextWithin(changes, 1_500, 'a 201st event').catch(() => undefined), undefined, 'nothing more is delivered');

        assert.deepEqual([...delivered].sort(), created.flat().sort());
        const stored = await api.testDatabase.database.db
          .collection<{ _id: string; createdSeq: number }>('events')
          .find({ _id: { $in: delivered.map(keyOf) } }, { projection: { createdSeq: 1 } })
          .toArray();
        const seqOf = new Map(stored.map((doc) => [doc._id, doc.createdSeq]));
        const seqs = delivered.map((id) => seqOf.get(keyOf(id))!);
        assert.equal(new Set(seqs).size, 200, 'distinct change numbers');
        assert.deepEqual(
          seqs,
          [...seqs].sort((a, b) => a - b),
          'delivered in change order',
        );
      } finally {
        await changes.return?.();
        await subscriber.close();
      }
    });

    it('ten concurrent creates of one actor name store one actor and refuse nine with BAD_USER_INPUT', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, n) => editors[n % editors.length]!.createActor({ input: { name: `Twin Agency ${label}`, kind: 'ORGANIZATION' } })),
      );
      const stored = results.filter((result) => result.status === 'fulfilled');
      const refused = results.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
      assert.equal(stored.length, 1);
      const id = stored[0]!.value.createActor.actor.id;
      assert.deepEqual(
        refused.map((error) => (error instanceof DossierGraphQLError ? [error.code, error.field, error.message] : [String(error)])),
        Array.from({ length: 9 }, () => [
          'BAD_USER_INPUT',
          'input.name',
          `input.name: an actor of kind ORGANIZATION named "Twin Agency ${label}" already exists (id ${id})`,
        ]),
      );
      const { actors } = await editors[0]!.actors({ filter: { search: `Twin Agency ${label}` } });
      assert.equal(actors.totalCount, 1);
    });
  });
}

/** A page of the test's own to quote, so every quote is found exactly once. */
const DRILL_PAGE =
  'Officials hold a concurrency drill in the capital\n\n' +
  'Concurrency was the theme of a drill held by officials in the capital on Monday, the interior ministry said in a statement.\n\n' +
  'The drill tested how quickly several agencies could share records during an emergency, according to the statement.\n';

const ingestDrillPage = async (api: TestServer): Promise<string> =>
  (await sdkFor(api, EDITOR_KEY).ingestArticle({ input: { rawText: DRILL_PAGE } })).ingestArticle.article.id;

concurrentWriteSpecs('seeded database', () => startTestServer(), ingestDrillPage);
concurrentWriteSpecs('fresh database, first writes', () => startTestServer({ seed: false }), ingestDrillPage);

describe('concurrent updates of one record', () => {
  let api: TestServer;
  let editors: [DossierClient, DossierClient];
  before(async () => {
    api = await startTestServer();
    editors = [sdkFor(api, EDITOR_KEY), sdkFor(api, EDITOR_KEY)];
  });
  after(() => api.stop());

  it(`keep both changes to different fields of an event, ${TRIALS} trials out of ${TRIALS}`, async () => {
    const [a, b] = editors;
    const { createEvent } = await a.createEvent({ input: { title: 'Two editors, one event', kind: 'STATEMENT', participants: [], sources: [SUMMONS] } });
    const id = createEvent.event.id;
    for (let trial = 1; trial <= TRIALS; trial++) {
      await Promise.all([a.updateEvent({ input: { id, title: `Two editors, trial ${trial}` } }), b.updateEvent({ input: { id, location: `Room ${trial}` } })]);
      const { event } = await a.event({ id });
      assert.deepEqual([event?.title, event?.location], [`Two editors, trial ${trial}`, `Room ${trial}`], `trial ${trial}`);
    }
  });

  it(`keep both changes to an actor's name and kind, and to its description and aliases, ${TRIALS} trials out of ${TRIALS}`, async () => {
    const [a, b] = editors;
    const { createActor } = await a.createActor({ input: { name: 'Shifting Body', kind: 'ORGANIZATION' } });
    const id = createActor.actor.id;
    for (let trial = 1; trial <= TRIALS; trial++) {
      const kind = trial % 2 === 0 ? 'ORGANIZATION' : 'GOVERNMENT_BODY';
      await Promise.all([a.updateActor({ input: { id, name: `Shifting Body ${trial}` } }), b.updateActor({ input: { id, kind } })]);
      await Promise.all([a.updateActor({ input: { id, description: `Described ${trial}` } }), b.updateActor({ input: { id, aliases: [`Alias ${trial}`] } })]);
      const { actor } = await a.actor({ id });
      assert.deepEqual(
        [actor?.name, actor?.kind, actor?.description, actor?.aliases],
        [`Shifting Body ${trial}`, kind, `Described ${trial}`, [`Alias ${trial}`]],
        `trial ${trial}`,
      );
    }
  });

  it(`keep both changes to different fields of a measure, ${TRIALS} trials out of ${TRIALS}`, async () => {
    const [a, b] = editors;
    const { createMeasure } = await a.createMeasure({
      input: { title: 'Two editors, one measure', kind: 'WARNING', status: 'ANNOUNCED', issuerIds: [actorId('south-korea')], sources: [WARNING] },
    });
    const id = createMeasure.measure.id;
    for (let trial = 1; trial <= TRIALS; trial++) {
      const status = trial % 2 === 0 ? 'ANNOUNCED' : 'IMPLEMENTED';
      await Promise.all([a.updateMeasure({ input: { id, details: `Scope ${trial}` } }), b.updateMeasure({ input: { id, status } })]);
      const { measure } = await a.measure({ id });
      assert.deepEqual([measure?.details, measure?.status], [`Scope ${trial}`, status], `trial ${trial}`);
    }
  });

  it(`keep an update and the evidence attached meanwhile, ${TRIALS} trials out of ${TRIALS}`, async () => {
    const [a, b] = editors;
    const { createEvent } = await a.createEvent({ input: { title: 'Update and evidence', kind: 'STATEMENT', participants: [], sources: [SUMMONS] } });
    const id = createEvent.event.id;
    for (let trial = 1; trial <= TRIALS; trial++) {
      await Promise.all([
        a.updateEvent({ input: { id, title: `Update and evidence ${trial}` } }),
        b.attachEvidence({ input: { subjectId: id, source: WARNING } }),
        a.attachEvidence({ input: { subjectId: id, source: SUMMONS } }),
      ]);
      const { event } = await a.event({ id });
      assert.equal(event?.title, `Update and evidence ${trial}`, `trial ${trial}`);
      assert.equal(event?.sources.length, 1 + 2 * trial, `trial ${trial}: every acknowledged source is kept`);
    }
  });
});
