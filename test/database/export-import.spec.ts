import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { runCli, withoutTime } from '../testkit/records-cli';
import { EDITOR_KEY, openTestDatabase, startTestServer, type TestDatabase } from '../testkit/test-server';

const A3 = articleId(SEED_ARTICLES['003']);

const CREATE_ACTOR = graphql(`
  mutation ExportImportCreateActor { createActor(input: { name: "Export Witness", kind: PERSON, aliases: ["E. Witness"] }) { actor { id } } }
`);

const CREATE_EVENT = graphql(`
  mutation ExportImportCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }
`);

const ATTACH = graphql(`
  mutation ExportImportAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }
`);

const INGEST = graphql(`
  mutation ExportImportIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }
`);

const STATE = graphql(`
  query ExportImportState($event: ID!, $actor: ID!, $article: ID!) {
    events { totalCount }
    actors { totalCount }
    measures { totalCount }
    articles { totalCount }
    changes(first: 100) { totalCount edges { cursor node { recordType recordId revision { version by } } } }
    event: node(id: $event) { ... on Event { title date { text } dateClaims { date { text } } participants { role actor { name } } sources { quote start end article { id } } version ...ExportImportHistory } }
    actor: node(id: $actor) { ... on Actor { name aliases ...ExportImportHistory } }
    article: node(id: $article) { ... on Article { title rawText ...ExportImportHistory } }
  }

  fragment ExportImportHistory on Node {
    ... on Event { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }
    ... on Actor { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }
    ... on Article { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }
  }
`);

describe('export and import', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-export-'));
  const first = path.join(folder, 'first.ndjson');
  const second = path.join(folder, 'second.ndjson');
  let original: TestDatabase;
  let copy: TestDatabase;
  let ids: { event: string; actor: string; article: string };
  let originalState: unknown;

  before(async () => {
    original = await openTestDatabase();
    copy = await openTestDatabase();
    const api = await startTestServer({ testDatabase: original });
    try {
      const editor = { apiKey: EDITOR_KEY };
      const actor = (await api.query(CREATE_ACTOR, {}, editor)).createActor.actor.id;
      const event = (
        await api.query(
          CREATE_EVENT,
          {
            input: {
              title: 'Arms exhibition visited',
              kind: 'OTHER',
              participants: [
                { actorId: actor, role: 'PARTICIPANT' },
                { actorId: actorId('north-korea'), role: 'HOST' },
              ],
              dateClaims: [{ date: '2023-07', source: { articleId: A3, quote: 'In July' } }],
              sources: [{ articleId: A3, quote: 'attended an arms exhibition' }],
            },
          },
          editor,
        )
      ).createEvent.event.id;
      await api.query(ATTACH, { input: { subjectId: event, source: { articleId: A3, quote: 'In July' } } }, editor);
      const article = (
        await api.query(
          INGEST,
          { input: { rawText: 'Border talks resume in Geneva\n\nNegotiators met in Geneva on Tuesday after a pause of two years, officials said.' } },
          editor,
        )
      ).ingestArticle.article.id;
      ids = { event, actor, article };
      originalState = await api.query(STATE, ids);
      const eventHistory = (originalState as { event: { history: { edges: { node: { version: number; by: string } }[] } } }).event.history;
      assert.deepEqual(
        eventHistory.edges.map(({ node }) => [node.version, node.by]),
        [
          [2, 'editor'],
          [1, 'editor'],
        ],
        'the event was created, then given a source',
      );
    } finally {
      await api.stop();
    }
  });

  after(async () => {
    await original.dispose();
    await copy.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('exports every record, imports them into an empty database, and exports the same text from it', async () => {
    const exported = await runCli('export', ['--out', first], original);
    assert.equal(exported.status, 0, exported.stderr);
    const lines = fs.readFileSync(first, 'utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!) as { format: string; version: number; collections: string[] };
    assert.deepEqual(
      { ...header, exportedAt: undefined },
      {
        format: 'dossier-records',
        version: 1,
        exportedAt: undefined,
        collections: ['actors', 'article_texts', 'articles', 'events', 'measures', 'revisions'],
      },
    );
    const end = JSON.parse(lines.at(-1)!) as {
      end: boolean;
      counts: Record<string, number>;
      cursor: { changeNumber: number; updatedAt: string; changes: string };
    };
    const feed = (originalState as { changes: { edges: { cursor: string }[] } }).changes.edges;
    assert.equal(end.cursor.changes, feed.at(-1)!.cursor, "the closing cursor is the change feed's cursor of the latest change");
    // The seeds (30 actors, 5 articles, 15 events, 13 measures), one actor and one event created, one article ingested;
    // a revision for each record written, and one more for the evidence attached to the event.
    assert.deepEqual(end.counts, { actors: 31, article_texts: 6, articles: 6, events: 16, measures: 13, revisions: 67 });
    assert.equal(lines.length, 1 + 31 + 6 + 6 + 16 + 13 + 67 + 1);
    assert.ok(end.cursor.changeNumber >= 2, `the created and the evidenced event each took a change number: ${end.cursor.changeNumber}`);
    const records = lines.slice(1, -1).map((line) => JSON.parse(line) as { collection: string; record: { _id: string } });
    const keys = records.map(({ collection, record }) => [collection, record._id]);
    const byCollectionThenId = (a: string[], b: string[]) => (a[0] === b[0] ? (a[1]! < b[1]! ? -1 : 1) : a[0]! < b[0]! ? -1 : 1);
    assert.deepEqual(keys, [...keys].sort(byCollectionThenId));
    // Dates and integers keep their BSON types.
    const created = records.find(({ record }) => Buffer.from(ids.event, 'base64url').toString() === `Event:${record._id}`)!.record as Record<string, unknown>;
    assert.deepEqual(Object.keys(created.createdAt as object), ['$date']);
    assert.deepEqual(created.version, { $numberInt: '2' });

    const imported = await runCli('import', [first], copy);
    assert.equal(imported.status, 0, imported.stderr);
    const again = await runCli('export', ['--out', second], copy);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(withoutTime(second), withoutTime(first));
  });

  it('serves the imported database exactly as the original', async () => {
    const api = await startTestServer({ testDatabase: copy, seed: false });
    try {
      assert.deepEqual(await api.query(STATE, ids), originalState);
    } finally {
      await api.stop();
    }
  });

  it('refuses to import into a database holding records, and writes nothing', async () => {
    const refused = await runCli('import', [first], original);
    assert.equal(refused.status, 1);
    assert.equal(refused.stderr, 'Import failed: The database is not empty: the "actors" collection holds records (import only into an empty database)\n');
    const unchanged = await runCli('export', ['--out', second], original);
    assert.equal(unchanged.status, 0, unchanged.stderr);
    assert.equal(withoutTime(second), withoutTime(first));
  });

  it('refuses an incomplete export before writing anything', async () => {
    const truncated = path.join(folder, 'truncated.ndjson');
    fs.writeFileSync(truncated, fs.readFileSync(first, 'utf8').split('\n').slice(0, 10).join('\n'));
    const empty = await openTestDatabase();
    try {
      const refused = await runCli('import', [truncated], empty);
      assert.deepEqual(refused, { status: 1, stderr: `Import failed: ${truncated} has no closing line: the export is incomplete\n` });
      assert.equal(await empty.database.db.collection('actors').countDocuments(), 0);
    } finally {
      await empty.dispose();
    }
  });
});
