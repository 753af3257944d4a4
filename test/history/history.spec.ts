import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { HistoryOfActorQuery } from '../testkit/operations/graphql';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, READER_KEY, snapshotCollections, startTestServer, type TestServer } from '../testkit/test-server';

/** The editor key carries a name, which revisions record; the reader's is unnamed (called `reader`). */
const KEYS = `desk-editor=editor:${EDITOR_KEY},reader:${READER_KEY}`;
const editor = { apiKey: EDITOR_KEY };
const reader = { apiKey: READER_KEY };

const ACTOR_HISTORY = graphql(`
  query HistoryOfActor($id: ID!, $first: Int, $after: String, $orderBy: HistoryOrder) {
    actor(id: $id) {
      version
      history(first: $first, after: $after, orderBy: $orderBy) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage endCursor }
        edges { node { version at by comment created changes { field before after added } } }
      }
    }
  }
`);

const EVENT_HISTORY = graphql(`
  query HistoryOfEvent($id: ID!) {
    event(id: $id) { version history { edges { node { version by comment created changes { field before after added } } } } }
  }
`);

const MEASURE_HISTORY = graphql(`
  query HistoryOfMeasure($id: ID!) {
    measure(id: $id) { version history(orderBy: OLDEST_FIRST) { edges { node { version by comment created changes { field before after added } } } } }
  }
`);

const ARTICLE_HISTORY = graphql(`
  query HistoryOfArticle($id: ID!) {
    article(id: $id) { version body history { totalCount edges { node { version by comment created changes { field } } } } }
  }
`);

const ACTORS_WITH_HISTORY = graphql(`
  query HistoryOfActors($first: Int) {
    actors(first: $first) { edges { node { id history(first: 1) { edges { node { version by } } } } } }
  }
`);

const ACTORS_WITHOUT_HISTORY = graphql(`
  query HistoryOfActorsListOnly($first: Int) {
    actors(first: $first) { edges { node { id } } }
  }
`);

const CREATE_ACTOR = graphql(`
  mutation HistoryCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id version } } }
`);

const UPDATE_ACTOR = graphql(`
  mutation HistoryUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id version } } }
`);

const CREATE_EVENT = graphql(`
  mutation HistoryCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id version } } }
`);

const UPDATE_EVENT = graphql(`
  mutation HistoryUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id version } } }
`);

const UPDATE_MEASURE = graphql(`
  mutation HistoryUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id version } } }
`);

const ATTACH = graphql(`
  mutation HistoryAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote start end } } }
`);

const INGEST = graphql(`
  mutation HistoryIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { article { id version } measures { id title review version } }
  }
`);

const ACCEPT = graphql(`
  mutation HistoryAccept($id: ID!, $note: String, $measure: MeasureChanges) {
    acceptProposal(id: $id, note: $note, measure: $measure) { record { ... on Measure { id version } } }
  }
`);

// A page written for this spec: one protest the coder proposes as a measure.
const PROTEST_PAGE = [
  'Manila protests coast guard manoeuvres',
  'June 3, 2025',
  "The Philippines summoned China's ambassador on Monday to protest dangerous manoeuvres by a coast guard ship near Scarborough Shoal.",
].join('\n');

const SUMMONS = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };

describe('history of records', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer({ env: { DOSSIER_API_KEYS: KEYS } });
  });
  after(() => api.stop());

  it('records who created an actor, each change with its old and new values and comment, and an attached quote', async () => {
    const started = Date.now();
    const { createActor } = await api.query(CREATE_ACTOR, { input: { name: 'Records Agency', kind: 'ORGANIZATION', aliases: ['RA'] } }, editor);
    const id = createActor.actor.id;
    const { updateActor } = await api.query(
      UPDATE_ACTOR,
      { input: { id, description: 'Keeps the records.', aliases: ['RA', 'Rec. Agency'], kind: 'MEDIA', comment: 'From the agency site.' } },
      editor,
    );
    assert.equal(updateActor.actor.version, 2);
    const { attachEvidence } = await api.query(ATTACH, { input: { subjectId: id, source: SUMMONS } }, editor);
    const finished = Date.now();

    const { actor } = await api.query(ACTOR_HISTORY, { id });
    assert.equal(actor?.version, 3);
    const revisions = actor!.history.edges.map(({ node }) => node);
    for (const revision of revisions) {
      const at = Date.parse(revision.at as string);
      assert.ok(at >= started - 1_000 && at <= finished + 1_000, `revision ${revision.version} is timed when it was written`);
    }
    assert.deepEqual(
      revisions.map(({ at: _at, ...revision }) => revision),
      [
        {
          version: 3,
          by: 'desk-editor',
          comment: null,
          created: false,
          changes: [
            {
              field: 'sources',
              before: null,
              after: null,
              added: [{ articleId: SEED_ARTICLES['004'], quote: SUMMONS.quote, start: attachEvidence.evidence.start, end: attachEvidence.evidence.end }],
            },
          ],
        },
        {
          version: 2,
          by: 'desk-editor',
          comment: 'From the agency site.',
          created: false,
          changes: [
            { field: 'aliases', before: null, after: null, added: ['Rec. Agency'] },
            { field: 'description', before: null, after: 'Keeps the records.', added: null },
            { field: 'kind', before: 'ORGANIZATION', after: 'MEDIA', added: null },
          ],
        },
        { version: 1, by: 'desk-editor', comment: null, created: true, changes: [] },
      ],
    );
    assert.deepEqual(actor!.history.pageInfo, { hasNextPage: false, hasPreviousPage: false, endCursor: actor!.history.pageInfo.endCursor });
    assert.equal(actor!.history.totalCount, 3);
  });

  it('records an event update that replaces a list with both lists, and curated seeds as written by the seed', async () => {
    const { createEvent } = await api.query(
      CREATE_EVENT,
      { input: { title: 'Records talks', kind: 'MEETING', date: '2025-05', participants: [{ actorId: actorId('japan'), role: 'HOST' }], sources: [SUMMONS] } },
      editor,
    );
    const id = createEvent.event.id;
    await api.query(
      UPDATE_EVENT,
      { input: { id, title: 'Records talks in Tokyo', date: '2025-05-02', participants: [], comment: 'Date from the ministry.' } },
      editor,
    );
    const { event } = await api.query(EVENT_HISTORY, { id });
    assert.deepEqual(
      event!.history.edges.map(({ node }) => node),
      [
        {
          version: 2,
          by: 'desk-editor',
          comment: 'Date from the ministry.',
          created: false,
          changes: [
            { field: 'date', before: { year: 2025, month: 5, approximate: false }, after: { year: 2025, month: 5, day: 2, approximate: false }, added: null },
            { field: 'participants', before: [{ actorId: 'japan', role: 'HOST' }], after: [], added: null },
            { field: 'title', before: 'Records talks', after: 'Records talks in Tokyo', added: null },
          ],
        },
        { version: 1, by: 'desk-editor', comment: null, created: true, changes: [] },
      ],
    );
    const { actor } = await api.query(ACTOR_HISTORY, { id: actorId('japan') });
    assert.deepEqual(
      actor!.history.edges.map(({ node: { version, by, created, changes } }) => ({ version, by, created, changes })),
      [{ version: 1, by: 'seed', created: true, changes: [] }],
    );
  });

  it('records an ingested article and its proposal as written by the ingesting key, and the review decision with its edits', async () => {
    for (const input of [
      { name: 'Philippines', kind: 'STATE' as const, metonyms: ['Manila'], demonyms: ['Philippine', 'Filipino'] },
      { name: 'China', kind: 'STATE' as const, metonyms: ['Beijing'], demonyms: ['Chinese'] },
    ])
      await api.query(CREATE_ACTOR, { input }, editor);
    const { ingestArticle } = await api.query(INGEST, { input: { rawText: PROTEST_PAGE } }, editor);
    const { article } = await api.query(ARTICLE_HISTORY, { id: ingestArticle.article.id });
    assert.deepEqual(article!.history, { totalCount: 1, edges: [{ node: { version: 1, by: 'desk-editor', comment: null, created: true, changes: [] } }] });

    const [proposal] = ingestArticle.measures;
    assert.ok(proposal, 'the protest is proposed');
    assert.equal(proposal.review, 'PROPOSED');
    await api.query(
      ACCEPT,
      { id: proposal.id, note: 'Confirmed by the ministry.', measure: { title: 'The Philippines summons the Chinese ambassador' } },
      editor,
    );
    await api.query(UPDATE_MEASURE, { input: { id: proposal.id, status: 'ANNOUNCED', comment: 'The ministry calls it announced.' } }, editor);
    const { measure } = await api.query(MEASURE_HISTORY, { id: proposal.id });
    assert.deepEqual(
      measure!.history.edges.map(({ node }) => node),
      [
        { version: 1, by: 'desk-editor', comment: null, created: true, changes: [] },
        {
          version: 2,
          by: 'desk-editor',
          comment: null,
          created: false,
          changes: [
            { field: 'review', before: 'PROPOSED', after: 'ACCEPTED', added: null },
            { field: 'reviewNote', before: null, after: 'Confirmed by the ministry.', added: null },
            { field: 'title', before: proposal.title, after: 'The Philippines summons the Chinese ambassador', added: null },
          ],
        },
        {
          version: 3,
          by: 'desk-editor',
          comment: 'The ministry calls it announced.',
          created: false,
          changes: [
            { field: 'status', before: 'IMPLEMENTED', after: 'ANNOUNCED', added: null },
            // The new status is added to the measure's course, undated as the update gave no date.
            { field: 'statusHistory', before: null, after: null, added: [{ status: 'ANNOUNCED', date: null, source: null }] },
          ],
        },
      ],
    );
  });

  it('pages through a history in either order', async () => {
    const { createActor } = await api.query(CREATE_ACTOR, { input: { name: 'Paged Agency', kind: 'ORGANIZATION' } }, editor);
    const id = createActor.actor.id;
    for (const n of [2, 3, 4, 5]) await api.query(UPDATE_ACTOR, { input: { id, description: `Draft ${n}.` } }, editor);
    const versions = async (orderBy: 'NEWEST_FIRST' | 'OLDEST_FIRST') => {
      const pages: number[][] = [];
      let after: string | null = null;
      for (;;) {
        const read: HistoryOfActorQuery = await api.query(ACTOR_HISTORY, { id, first: 2, after, orderBy });
        const history = read.actor!.history;
        pages.push(history.edges.map(({ node }) => node.version));
        assert.equal(history.totalCount, 5);
        assert.equal(history.pageInfo.hasPreviousPage, after !== null);
        if (!history.pageInfo.hasNextPage) return pages;
        after = history.pageInfo.endCursor;
      }
    };
    assert.deepEqual(await versions('NEWEST_FIRST'), [[5, 4], [3, 2], [1]]);
    assert.deepEqual(await versions('OLDEST_FIRST'), [[1, 2], [3, 4], [5]]);
    const { actor } = await api.query(ACTOR_HISTORY, { id, first: 1, orderBy: 'OLDEST_FIRST' });
    assert.deepEqual(actor!.history.edges[0]!.node.changes, []);
    const { actor: second } = await api.query(ACTOR_HISTORY, { id, first: 1, after: actor!.history.pageInfo.endCursor, orderBy: 'OLDEST_FIRST' });
    assert.deepEqual(second!.history.edges[0]!.node.changes, [{ field: 'description', before: null, after: 'Draft 2.', added: null }]);
    await api.expectError(ACTOR_HISTORY, { id, after: 'not-a-cursor' }, {}, 'BAD_USER_INPUT', 'after');
  });

  it('refuses a comment over 1,000 characters with BAD_USER_INPUT, writing nothing', async () => {
    const { createActor } = await api.query(CREATE_ACTOR, { input: { name: 'Commented Agency', kind: 'ORGANIZATION' } }, editor);
    const id = createActor.actor.id;
    const before = await snapshotCollections(api.testDatabase.database);
    const error = await api.expectError(
      UPDATE_ACTOR,
      { input: { id, description: 'Changed.', comment: 'x'.repeat(1_001) } },
      editor,
      'BAD_USER_INPUT',
      'input.comment',
    );
    assert.equal(error.message, 'input.comment: at most 1000 characters, got 1001');
    assert.deepEqual(await snapshotCollections(api.testDatabase.database), before, 'nothing written');
    const { actor } = await api.query(ACTOR_HISTORY, { id });
    assert.equal(actor!.version, 1);
    assert.equal(actor!.history.totalCount, 1);
    const accepted = await api.query(UPDATE_ACTOR, { input: { id, description: 'Changed.', comment: 'y'.repeat(1_000) } }, editor);
    assert.equal(accepted.updateActor.actor.version, 2);
  });

  it('is readable with a reader key and without any key', async () => {
    const { createActor } = await api.query(CREATE_ACTOR, { input: { name: 'Public Agency', kind: 'ORGANIZATION' } }, editor);
    for (const options of [reader, {}]) {
      const { actor } = await api.query(ACTOR_HISTORY, { id: createActor.actor.id }, options);
      assert.deepEqual(
        actor!.history.edges.map(({ node }) => [node.version, node.by]),
        [[1, 'desk-editor']],
      );
    }
  });

  it('reads the histories of a list of records together, in one database command at most', async () => {
    const list = await api.countCommands(() => api.query(ACTORS_WITHOUT_HISTORY, { first: 10 }));
    const withHistory = await api.countCommands(async () => {
      const { actors } = await api.query(ACTORS_WITH_HISTORY, { first: 10 });
      assert.equal(actors.edges.length, 10);
      for (const { node } of actors.edges) assert.equal(node.history.edges.length, 1, `${node.id} has a history`);
    });
    assert.equal(withHistory.count - list.count, api.readsFromMemory ? 0 : 1, withHistory.commands.join(', '));
  });

  it('is served by the SDK for any node id', async () => {
    const sdk = sdkFor(api);
    try {
      const { node } = await sdk.history({ id: actorId('japan'), first: 1 });
      assert.ok(node && node.__typename === 'Actor');
      assert.deepEqual(
        node.history.edges.map(({ node: revision }) => [revision.version, revision.by, revision.created]),
        [[1, 'seed', true]],
      );
    } finally {
      await sdk.close();
    }
  });
});
