import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eventually, nextWithin } from '../testkit/async';
import { sdkFor } from '../testkit/sdk';
import { articleId, eventId, measureId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { AmendmentsCodedQuery } from '../testkit/operations/graphql';
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

const CREATE_ACTOR = graphql(`
  mutation AmendmentsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }
`);

const INGEST = graphql(`
  mutation AmendmentsIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { article { id } events { id version sources { quote } } measures { id version sources { quote } } }
  }
`);

const CHANGES = graphql(`
  query AmendmentsChanges($after: String) {
    changes(after: $after, first: 100) { pageInfo { endCursor hasNextPage } edges { node { recordType recordId revision { version changes { field added } } } } }
  }
`);

const CODED = graphql(`
  query AmendmentsCoded($event: ID!, $measure: ID!) {
    event: node(id: $event) { ... on Event { version sources { quote } } }
    measure: node(id: $measure) { ... on Measure { version sources { quote } } }
  }
`);

// Pages written for this spec: a report of a visit and a summons, and a second outlet's retelling of both.
const REPORT_PAGE = [
  'Ruritania summons Borduria envoy as minister visits Ruritania',
  'June 3, 2025',
  "Ruritania summoned Borduria's ambassador on Monday to protest the seizure of a Ruritanian fishing boat.",
  "Borduria's foreign minister visited Ruritania on Monday for talks on the border.",
].join('\n');
const RETELLING_PAGE = [
  'Envoy summoned over boat seizure',
  'June 4, 2025',
  'Ruritania summoned the Bordurian ambassador on Monday over the seizure of the fishing boat, the foreign ministry said.',
  "Borduria's foreign minister visited Ruritania on Monday for border talks, officials said.",
].join('\n');

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

/**
 * Coding an article stores the further reports it makes of held records together when its
 * coding ends; until then they are its own, and once stored they are part of the record
 * like any other change: in its version, its history, the change feed, the event
 * subscriptions and a restart without a checkpoint.
 */
describe('further reports coded from a retelling', () => {
  it('join their records, reach subscribers and the change feed once each, and survive a stop without a checkpoint', async () => {
    await withDatabase(async (testDatabase) => {
      const server = await startTestServer({ testDatabase });
      let amended: AmendmentsCodedQuery | undefined;
      let ids = { event: '', measure: '' };
      try {
        for (const input of [
          { name: 'Ruritania', kind: 'STATE' as const, demonyms: ['Ruritanian'] },
          { name: 'Borduria', kind: 'STATE' as const, demonyms: ['Bordurian'] },
        ]) {
          await server.query(CREATE_ACTOR, { input }, { apiKey: EDITOR_KEY });
        }
        const first = await server.query(INGEST, { input: { rawText: REPORT_PAGE } }, { apiKey: EDITOR_KEY });
        const [event] = first.ingestArticle.events;
        const [measure] = first.ingestArticle.measures;
        assert.ok(event && measure, 'the report proposes a visit and a summons');
        let before = (await server.query(CHANGES, {}, { apiKey: EDITOR_KEY })).changes;
        while (before.pageInfo.hasNextPage) before = (await server.query(CHANGES, { after: before.pageInfo.endCursor }, { apiKey: EDITOR_KEY })).changes;
        const updates = sdkFor(server, EDITOR_KEY)
          .eventChanged({ filter: { review: ['PROPOSED'] } })
          [Symbol.asyncIterator]();
        try {
          const delivered = nextWithin(updates, 10_000, 'the visit with its second source');
          assert.ok(await eventually(() => server.server.eventFeed.subscriberCount === 1, 5_000), 'the subscription is registered');
          const retold = await server.query(INGEST, { input: { rawText: RETELLING_PAGE } }, { apiKey: EDITOR_KEY });
          assert.deepEqual(
            retold.ingestArticle.events.map((record) => ({ id: record.id, version: record.version, sources: record.sources.length })),
            [{ id: event.id, version: event.version + 1, sources: 2 }],
          );
          assert.deepEqual(
            retold.ingestArticle.measures.map((record) => ({ id: record.id, version: record.version, sources: record.sources.length })),
            [{ id: measure.id, version: measure.version + 1, sources: 2 }],
          );
          const change = await delivered;
          assert.deepEqual([change.eventChanged.kind, change.eventChanged.event.id], ['UPDATED', event.id]);
        } finally {
          await updates.return?.();
        }
        const { changes: after } = await server.query(CHANGES, { after: before.pageInfo.endCursor }, { apiKey: EDITOR_KEY });
        assert.deepEqual(
          after.edges.map(({ node }) => [node.recordType, node.revision.version, node.revision.changes.map((fieldChange) => fieldChange.field)]),
          [
            ['ARTICLE', 1, []],
            // The retelling words the visit as the report did, and the summons otherwise (the words kept for matching are part of its coding).
            ['EVENT', event.version + 1, ['sources']],
            ['MEASURE', measure.version + 1, ['coding', 'sources']],
          ],
        );
        ids = { event: event.id, measure: measure.id };
        amended = await server.query(CODED, ids);
        assert.equal(await testDatabase.database.db.collection('amendments').countDocuments(), embeddedWithSnapshot ? 2 : 0);
      } finally {
        await server.stop();
      }

      // The process dies without closing: no checkpoint, every record is read again.
      testDatabase.database.abandon();
      await testDatabase.reopen();
      const restarted = await startTestServer({ testDatabase, seed: false });
      try {
        assert.deepEqual(await restarted.query(CODED, ids), amended);
      } finally {
        await restarted.stop();
      }
    });
  });
});
