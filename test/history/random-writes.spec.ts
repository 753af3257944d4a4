import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { graphql } from '../testkit/operations';
import { runCli, withoutTime } from '../testkit/records-cli';
import { EDITOR_KEY, openTestDatabase, startTestServer, type TestServer } from '../testkit/test-server';

const WRITES = 1_000;
const FOLLOW_EVERY = 100;

const START = graphql(`
  query RandomWritesStart {
    articles(first: 20) { edges { node { id body } } }
    actors(first: 100) { edges { node { id kind } } }
    events(first: 100) { edges { node { id } } }
    measures(first: 100) { edges { node { id } } }
  }
`);
const CREATE_ACTOR = graphql(`
  mutation RandomWritesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }
`);
const UPDATE_ACTOR = graphql(`
  mutation RandomWritesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }
`);
const CREATE_EVENT = graphql(`
  mutation RandomWritesCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }
`);
const UPDATE_EVENT = graphql(`
  mutation RandomWritesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }
`);
const CREATE_MEASURE = graphql(`
  mutation RandomWritesCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }
`);
const UPDATE_MEASURE = graphql(`
  mutation RandomWritesUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id } } }
`);
const ATTACH = graphql(`
  mutation RandomWritesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }
`);
const RETRACT = graphql(`
  mutation RandomWritesRetract($input: RetractRecordInput!) { retractRecord(input: $input) { referenceCount } }
`);
const RESTORE = graphql(`
  mutation RandomWritesRestore($input: RestoreRecordInput!) { restoreRecord(input: $input) { referenceCount } }
`);
const MERGE_ACTORS = graphql(`
  mutation RandomWritesMergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { movedReferences } }
`);
const MERGE_EVENTS = graphql(`
  mutation RandomWritesMergeEvents($input: MergeEventsInput!) { mergeEvents(input: $input) { movedReferences } }
`);
const INGEST = graphql(`
  mutation RandomWritesIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { created events { id } measures { id } } }
`);
const QUEUE = graphql(`
  query RandomWritesQueue { reviewQueue(first: 50) { edges { node { ... on Event { id } ... on Measure { id } } } } }
`);
const ACCEPT = graphql(`
  mutation RandomWritesAccept($id: ID!) { acceptProposal(id: $id, note: "Checked against the source") { record { ... on Event { id } ... on Measure { id } } } }
`);
const REJECT = graphql(`
  mutation RandomWritesReject($id: ID!) { rejectProposal(id: $id, reason: "Not a happening of its own") { record { ... on Event { id } ... on Measure { id } } } }
`);
const CHANGES = graphql(`
  query RandomWritesChanges($after: String) {
    changes(after: $after, first: 100) { pageInfo { hasNextPage endCursor } edges { node { recordId revision { version } } } }
  }
`);

/** A small seeded generator (mulberry32): the same writes on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Held {
  readonly id: string;
  retracted: boolean;
  merged: boolean;
}

/** Records by id with the version of their latest change, as a client following `changes` holds them. */
class FollowingClient {
  cursor: string | null = null;
  readonly versions = new Map<string, number>();
  /** Every change seen, in feed order, as `<record id>@<version>`. */
  readonly seen: string[] = [];

  async follow(api: TestServer): Promise<void> {
    for (;;) {
      const { changes } = await api.query(CHANGES, { after: this.cursor });
      for (const { node } of changes.edges) {
        this.versions.set(node.recordId, Math.max(this.versions.get(node.recordId) ?? 0, node.revision.version));
        this.seen.push(`${node.recordId}@${node.revision.version}`);
      }
      this.cursor = changes.pageInfo.endCursor ?? this.cursor;
      if (!changes.pageInfo.hasNextPage) return;
    }
  }
}

const TYPE_OF: Record<string, string> = { articles: 'Article', actors: 'Actor', events: 'Event', measures: 'Measure' };

/** Each record of an export by global id, with its version. */
function versionsIn(file: string): Map<string, number> {
  const versions = new Map<string, number>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const parsed = JSON.parse(line) as { collection?: string; record?: { _id: string; version: { $numberInt?: string; $numberDouble?: string } } };
    const type = parsed.collection && TYPE_OF[parsed.collection];
    if (!type || !parsed.record) continue;
    const id = Buffer.from(`${type}:${parsed.record._id}`, 'utf8').toString('base64url');
    versions.set(id, Number(parsed.record.version.$numberInt ?? parsed.record.version.$numberDouble));
  }
  return versions;
}

describe('a thousand random writes', () => {
  it('are followed exactly through the change feed, and survive export, import and export byte for byte', async () => {
    const random = generator(20261122);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const original = await openTestDatabase();
    const copy = await openTestDatabase();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-random-writes-'));
    try {
      const api = await startTestServer({ testDatabase: original });
      const client = new FollowingClient();
      let written = 0;
      let halfway = { cursor: '', seen: 0 };
      try {
        const editor = { apiKey: EDITOR_KEY };
        const start = await api.query(START);
        const articles = start.articles.edges.map(({ node }) => node);
        const actors = start.actors.edges.map(({ node }) => ({ id: node.id, kind: node.kind, retracted: false, merged: false }));
        const events: Held[] = start.events.edges.map(({ node }) => ({ id: node.id, retracted: false, merged: false }));
        const measures: Held[] = start.measures.edges.map(({ node }) => ({ id: node.id, retracted: false, merged: false }));
        const current = <T extends Held>(records: T[]) => records.filter((record) => !record.retracted && !record.merged);
        // A run of words from one line of a body: a quote found verbatim.
        const quote = () => {
          const article = pick(articles);
          const line = pick(article.body.split('\n').filter((text) => text.length > 80));
          const spaces = [...line.matchAll(/ /g)].map((match) => match.index!);
          const from = pick(spaces.slice(0, -8));
          const to = spaces[spaces.indexOf(from) + 3 + Math.floor(random() * 5)]!;
          return { articleId: article.id, quote: line.slice(from + 1, to) };
        };
        const people = () => current(actors).filter((actor) => actor.kind === 'PERSON');

        const writes: Record<string, () => Promise<unknown>> = {
          async createActor() {
            const name = `Person ${written} ${Math.floor(random() * 1e6)}`;
            const { createActor } = await api.query(CREATE_ACTOR, { input: { name, kind: 'PERSON', sources: [quote()] } }, editor);
            actors.push({ id: createActor.actor.id, kind: 'PERSON', retracted: false, merged: false });
          },
          updateActor: () => api.query(UPDATE_ACTOR, { input: { id: pick(current(actors)).id, description: `Described at write ${written}` } }, editor),
          async createEvent() {
            const participants = [...new Set([pick(current(actors)).id, pick(current(actors)).id])].map((actorId) => ({
              actorId,
              role: 'PARTICIPANT' as const,
            }));
            const input = {
              title: `Meeting ${written}`,
              kind: 'MEETING' as const,
              participants,
              sources: [quote()],
              dateClaims: random() < 0.5 ? [{ date: '2024-01', source: quote() }] : [],
            };
            const { createEvent } = await api.query(CREATE_EVENT, { input }, editor);
            events.push({ id: createEvent.event.id, retracted: false, merged: false });
          },
          updateEvent: () => api.query(UPDATE_EVENT, { input: { id: pick(current(events)).id, location: `Place ${written}`, comment: 'Located' } }, editor),
          async createMeasure() {
            const input = {
              title: `Warning ${written}`,
              kind: 'WARNING' as const,
              status: 'THREATENED' as const,
              issuerIds: [pick(current(actors)).id],
              sources: [quote()],
            };
            const { createMeasure } = await api.query(CREATE_MEASURE, { input }, editor);
            measures.push({ id: createMeasure.measure.id, retracted: false, merged: false });
          },
          updateMeasure: () =>
            api.query(
              UPDATE_MEASURE,
              { input: { id: pick(current(measures)).id, status: pick(['ANNOUNCED', 'IMPLEMENTED'] as const), statusDate: '2024-02', statusSource: quote() } },
              editor,
            ),
          attachEvidence: () =>
            api.query(ATTACH, { input: { subjectId: pick([...current(events), ...current(measures), ...current(actors)]).id, source: quote() } }, editor),
          async retract() {
            const record = pick([...current(events), ...current(measures), ...current(actors)]);
            await api.query(RETRACT, { input: { id: record.id, reason: `Retracted at write ${written}` } }, editor);
            record.retracted = true;
          },
          async restore() {
            const retracted = [...events, ...measures, ...actors].filter((record) => record.retracted && !record.merged);
            if (retracted.length === 0) {
              await writes.retract!();
              return;
            }
            const record = pick(retracted);
            await api.query(RESTORE, { input: { id: record.id } }, editor);
            record.retracted = false;
          },
          async mergeActors() {
            const candidates = people();
            const survivor = pick(candidates);
            const merged = candidates.find((actor) => actor !== survivor);
            if (!merged) {
              await writes.createActor!();
              return;
            }
            await api.query(MERGE_ACTORS, { input: { survivorId: survivor.id, mergedIds: [merged.id] } }, editor);
            merged.merged = true;
          },
          async mergeEvents() {
            const [survivor, merged] = [pick(current(events)), pick(current(events))];
            if (survivor === merged) {
              await writes.createEvent!();
              return;
            }
            await api.query(MERGE_EVENTS, { input: { survivorId: survivor.id, mergedIds: [merged.id] } }, editor);
            merged.merged = true;
          },
          async ingest() {
            const article = pick(articles);
            const paragraphs = article.body.split('\n\n');
            const rawText = [`Briefing number ${written} on the talks`, ...paragraphs.slice(0, 4), `Filed as item ${written}.`].join('\n\n');
            const { ingestArticle } = await api.query(INGEST, { input: { rawText } }, editor);
            for (const { id } of ingestArticle.events) if (!events.some((event) => event.id === id)) events.push({ id, retracted: false, merged: false });
            for (const { id } of ingestArticle.measures)
              if (!measures.some((measure) => measure.id === id)) measures.push({ id, retracted: false, merged: false });
          },
          async review() {
            const queue = (await api.query(QUEUE)).reviewQueue.edges.map(({ node }) => node.id);
            if (queue.length === 0) {
              await writes.ingest!();
              return;
            }
            const id = pick(queue);
            if (random() < 0.7) await api.query(ACCEPT, { id }, editor);
            else await api.query(REJECT, { id }, editor);
          },
        };
        const weights: [string, number][] = [
          ['createActor', 8],
          ['updateActor', 8],
          ['createEvent', 10],
          ['updateEvent', 8],
          ['createMeasure', 8],
          ['updateMeasure', 8],
          ['attachEvidence', 14],
          ['retract', 6],
          ['restore', 4],
          ['mergeActors', 3],
          ['mergeEvents', 3],
          ['ingest', 6],
          ['review', 14],
        ];
        const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
        for (written = 0; written < WRITES; written++) {
          const roll = random() * total;
          let reached = 0;
          const [name] =
            weights.find(([, weight]) => {
              reached += weight;
              return roll < reached;
            }) ?? weights[0]!;
          await writes[name]!();
          if ((written + 1) % FOLLOW_EVERY === 0) await client.follow(api);
          if (written + 1 === WRITES / 2) halfway = { cursor: client.cursor!, seen: client.seen.length };
        }
        await client.follow(api);
      } finally {
        await api.stop();
      }

      const first = path.join(folder, 'first.ndjson');
      const second = path.join(folder, 'second.ndjson');
      const exportedFirst = await runCli('export', ['--out', first], original);
      assert.equal(exportedFirst.status, 0, exportedFirst.stderr);
      const exported = versionsIn(first);
      assert.ok(exported.size > 500, `${exported.size} records exported`);
      assert.deepEqual(
        [...client.versions].sort(([a], [b]) => (a < b ? -1 : 1)),
        [...exported].sort(([a], [b]) => (a < b ? -1 : 1)),
      );

      // The changes since halfway, exported: the ones the client saw after its cursor then.
      const since = path.join(folder, 'since.ndjson');
      const exportedSince = await runCli('export', ['--since', halfway.cursor, '--out', since], original);
      assert.equal(exportedSince.status, 0, exportedSince.stderr);
      const [, ...changeLines] = fs.readFileSync(since, 'utf8').trimEnd().split('\n');
      const closing = JSON.parse(changeLines.pop()!) as { end: true; count: number; cursor: string };
      const changed = changeLines.map((line) => {
        const { revision, record } = JSON.parse(line) as {
          revision: { collection: string; recordKey: string; version: { $numberInt: string } };
          record: unknown;
        };
        assert.ok(record, `the record of ${revision.collection}/${revision.recordKey} is in the line`);
        const id = Buffer.from(`${TYPE_OF[revision.collection]}:${revision.recordKey}`, 'utf8').toString('base64url');
        return `${id}@${revision.version.$numberInt}`;
      });
      assert.deepEqual(changed, client.seen.slice(halfway.seen));
      assert.deepEqual({ count: closing.count, cursor: closing.cursor }, { count: changed.length, cursor: client.cursor });

      const imported = await runCli('import', [first], copy);
      assert.equal(imported.status, 0, imported.stderr);
      const exportedSecond = await runCli('export', ['--out', second], copy);
      assert.equal(exportedSecond.status, 0, exportedSecond.stderr);
      assert.equal(withoutTime(second), withoutTime(first));
    } finally {
      await original.dispose();
      await copy.dispose();
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
