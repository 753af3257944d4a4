import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { articleId, eventId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { ChangesFeedQuery } from '../testkit/operations/graphql';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, openTestDatabase, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };

const CHANGES = graphql(`
  query ChangesFeed($after: String, $types: [RecordType!], $first: Int) {
    changes(after: $after, types: $types, first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          recordType
          recordId
          record { id ... on Actor { name version } ... on Event { title version } }
          revision { version by comment created changes { field before after added } }
        }
      }
    }
  }
`);

const CREATE_ACTOR = graphql(`
  mutation ChangesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }
`);

const UPDATE_ACTOR = graphql(`
  mutation ChangesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }
`);

const UPDATE_EVENT = graphql(`
  mutation ChangesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }
`);

const SUMMIT_NOW = graphql(`
  query ChangesSummit($id: ID!) { event(id: $id) { title location } }
`);

const ATTACH = graphql(`
  mutation ChangesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }
`);

const SUMMIT = eventId('evt-kim-putin-summit');
const SEED_RECORDS = 30 + 5 + 15 + 13;

/** Reads the feed on from `after` to its end, `first` at a time. */
async function readToEnd(api: TestServer, after: string | null, first: number, types?: ('ARTICLE' | 'ACTOR' | 'EVENT' | 'MEASURE')[]) {
  const nodes: ChangesFeedQuery['changes']['edges'][number]['node'][] = [];
  let cursor = after;
  for (;;) {
    const { changes }: ChangesFeedQuery = await api.query(CHANGES, { after: cursor, first, ...(types ? { types } : {}) });
    nodes.push(...changes.edges.map((edge) => edge.node));
    if (changes.edges.length > 0) cursor = changes.pageInfo.endCursor;
    if (!changes.pageInfo.hasNextPage) return { nodes, cursor };
  }
}

describe('the change feed', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('starts with the seeds, each created once, in one order across record types', async () => {
    const { changes } = await api.query(CHANGES, { first: 100 });
    assert.equal(changes.totalCount, SEED_RECORDS);
    assert.equal(changes.edges.length, SEED_RECORDS);
    assert.equal(changes.pageInfo.hasNextPage, false);
    const counts: Record<string, number> = {};
    for (const { node } of changes.edges) {
      assert.deepEqual([node.revision.version, node.revision.by, node.revision.created], [1, 'seed', true]);
      counts[node.recordType] = (counts[node.recordType] ?? 0) + 1;
    }
    assert.deepEqual(counts, { ARTICLE: 5, ACTOR: 30, EVENT: 15, MEASURE: 13 });
    assert.equal(new Set(changes.edges.map(({ node }) => node.recordId)).size, SEED_RECORDS);
  });

  it('continues from a cursor with every later write, each once and in the order made, page by page', async () => {
    const { cursor: start } = await readToEnd(api, null, 100);
    const { event: summit } = await api.query(SUMMIT_NOW, { id: SUMMIT });
    const { createActor } = await api.query(CREATE_ACTOR, { input: { name: 'Feed Agency', kind: 'ORGANIZATION' } }, editor);
    const actor = createActor.actor.id;
    await api.query(UPDATE_EVENT, { input: { id: SUMMIT, location: 'Vostochny Cosmodrome, Amur', comment: 'Place from the Kremlin.' } }, editor);
    await api.query(UPDATE_ACTOR, { input: { id: actor, description: 'Watches the feed.' } }, editor);
    await api.query(
      ATTACH,
      { input: { subjectId: actor, source: { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" } } },
      editor,
    );

    const { nodes, cursor: end } = await readToEnd(api, start, 2);
    assert.deepEqual(
      nodes.map(({ recordType, recordId, record, revision }) => ({ recordType, recordId, record, version: revision.version, comment: revision.comment })),
      [
        { recordType: 'ACTOR', recordId: actor, record: { id: actor, name: 'Feed Agency', version: 3 }, version: 1, comment: null },
        { recordType: 'EVENT', recordId: SUMMIT, record: { id: SUMMIT, title: summit!.title, version: 2 }, version: 2, comment: 'Place from the Kremlin.' },
        { recordType: 'ACTOR', recordId: actor, record: { id: actor, name: 'Feed Agency', version: 3 }, version: 2, comment: null },
        { recordType: 'ACTOR', recordId: actor, record: { id: actor, name: 'Feed Agency', version: 3 }, version: 3, comment: null },
      ],
    );
    assert.deepEqual(nodes[1]!.revision.changes, [{ field: 'location', before: summit!.location, after: 'Vostochny Cosmodrome, Amur', added: null }]);
    const { changes } = await api.query(CHANGES, { after: end, first: 10 });
    assert.deepEqual([changes.edges, changes.totalCount, changes.pageInfo.hasNextPage], [[], 0, false], 'nothing after the last change');

    const events = await readToEnd(api, start, 10, ['EVENT']);
    assert.deepEqual(
      events.nodes.map(({ recordId, revision }) => [recordId, revision.version]),
      [[SUMMIT, 2]],
    );
    const actors = await readToEnd(api, start, 10, ['ACTOR', 'MEASURE']);
    assert.deepEqual(
      actors.nodes.map(({ recordId, revision }) => [recordId, revision.version]),
      [
        [actor, 1],
        [actor, 2],
        [actor, 3],
      ],
    );
  });

  it('refuses a cursor it did not hand out', async () => {
    await api.expectError(CHANGES, { after: 'bm90LWEtY3Vyc29y' }, {}, 'BAD_USER_INPUT', 'after');
    await api.expectError(CHANGES, { first: 101 }, {}, 'BAD_USER_INPUT', 'first');
  });

  it('is served by the SDK', async () => {
    const sdk = sdkFor(api);
    try {
      const { changes } = await sdk.changes({ types: ['MEASURE'], first: 3 });
      assert.deepEqual(
        changes.edges.map(({ node }) => [node.recordType, node.revision.by]),
        [
          ['MEASURE', 'seed'],
          ['MEASURE', 'seed'],
          ['MEASURE', 'seed'],
        ],
      );
      assert.equal(changes.totalCount, 13);
    } finally {
      await sdk.close();
    }
  });

  it('continues from a cursor across a restart of the server and its database, numbering on above the stored changes', async () => {
    const testDatabase = await openTestDatabase();
    try {
      let first = await startTestServer({ testDatabase });
      let cursor: string | null;
      try {
        await first.query(CREATE_ACTOR, { input: { name: 'Before Restart', kind: 'ORGANIZATION' } }, editor);
        cursor = (await readToEnd(first, null, 100)).cursor;
      } finally {
        await first.stop();
      }
      await testDatabase.reopen();
      first = await startTestServer({ testDatabase });
      try {
        const { createActor } = await first.query(CREATE_ACTOR, { input: { name: 'After Restart', kind: 'ORGANIZATION' } }, editor);
        const { nodes } = await readToEnd(first, cursor, 10);
        assert.deepEqual(
          nodes.map(({ recordId, revision }) => [recordId, revision.version]),
          [[createActor.actor.id, 1]],
        );
        const { changes } = await first.query(CHANGES, { first: 100 });
        assert.equal(changes.totalCount, SEED_RECORDS + 2, 'every change once, the seeds not written again');
      } finally {
        await first.stop();
      }
    } finally {
      await testDatabase.dispose();
    }
  });
});
