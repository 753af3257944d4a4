import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleId, eventId, measureId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, openTestDatabase, startTestServer, type TestDatabase } from '../testkit/test-server';

const ATTACH = graphql(`
  mutation AmendmentsAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }
`);

const SOURCES = graphql(`
  query AmendmentsSources($event: ID!, $measure: ID!) {
    event: node(id: $event) { ... on Event { version sources { quote start end } } }
    measure: node(id: $measure) { ... on Measure { version sources { quote start end } } }
  }
`);

const EVENT = eventId('evt-kim-putin-summit');
const MEASURE = measureId('msr-rok-sanctions-10-individuals');
const QUOTES = [
  { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" },
  { articleId: articleId(SEED_ARTICLES['000']), quote: 'a senior government official said Saturday' },
];

const embeddedWithSnapshot = !process.env.MONGODB_URI && process.env.DOSSIER_SNAPSHOT !== 'off';

async function withDatabase(test: (testDatabase: TestDatabase) => Promise<void>): Promise<void> {
  const testDatabase = await openTestDatabase();
  try {
    await test(testDatabase);
  } finally {
    await testDatabase.dispose();
  }
}

/**
 * Further sources are stored as amendments beside their records where the server owns the
 * embedded database and keeps its snapshot (a rewrite of a record scans the whole collection
 * there), and written into the record otherwise. Either way they are part of the record.
 */
describe('further sources of a record', () => {
  it('survive a stop without a checkpoint, and a start without the snapshot writes them into their records', async () => {
    await withDatabase(async (testDatabase) => {
      const first = await startTestServer({ testDatabase });
      const before = await first.query(SOURCES, { event: EVENT, measure: MEASURE });
      for (const subjectId of [EVENT, MEASURE]) {
        for (const source of QUOTES) await first.query(ATTACH, { input: { subjectId, source } }, { apiKey: EDITOR_KEY });
      }
      const amended = await first.query(SOURCES, { event: EVENT, measure: MEASURE });
      await first.stop();
      assert.equal(amended.event?.version, (before.event?.version ?? 0) + 2);
      assert.equal(amended.measure?.version, (before.measure?.version ?? 0) + 2);
      for (const record of [amended.event, amended.measure]) {
        assert.deepEqual(
          record?.sources.slice(-2).map((source) => source.quote),
          QUOTES.map((source) => source.quote),
        );
      }
      const stored = testDatabase.database.db;
      assert.equal(await stored.collection('amendments').countDocuments(), embeddedWithSnapshot ? 4 : 0);
      const storedEvent = await stored.collection('events').findOne({ _id: 'evt-kim-putin-summit' as never });
      assert.equal(storedEvent?.sources.length, before.event!.sources.length + (embeddedWithSnapshot ? 0 : 2));

      // The process dies without closing: no checkpoint, every record is read again.
      testDatabase.database.abandon();
      await testDatabase.reopen();
      const restarted = await startTestServer({ testDatabase, seed: false });
      try {
        assert.deepEqual(await restarted.query(SOURCES, { event: EVENT, measure: MEASURE }), amended);
      } finally {
        await restarted.stop();
      }

      testDatabase.database.abandon();
      await testDatabase.reopen(undefined, { snapshot: false });
      const withoutSnapshot = await startTestServer({ testDatabase, seed: false });
      try {
        assert.deepEqual(await withoutSnapshot.query(SOURCES, { event: EVENT, measure: MEASURE }), amended);
        assert.equal(await testDatabase.database.db.collection('amendments').countDocuments(), 0);
        const written = await testDatabase.database.db.collection('events').findOne({ _id: 'evt-kim-putin-summit' as never });
        assert.equal(written?.sources.length, before.event!.sources.length + 2);
        assert.equal(written?.version, amended.event?.version);
      } finally {
        await withoutSnapshot.stop();
      }
    });
  });
});
