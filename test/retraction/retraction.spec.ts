import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, eventId, measureId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, openTestDatabase, READER_KEY, startTestServer, type Operation, type TestServer } from '../testkit/test-server';

const RETRACT = graphql(`
  mutation RetractionRetract($input: RetractRecordInput!) {
    retractRecord(input: $input) {
      record { id ... on Event { version retraction { reason by } } ... on Actor { version retraction { reason by } } }
      referencedBy { id }
      referenceCount
    }
  }
`);

const RESTORE = graphql(`
  mutation RetractionRestore($input: RestoreRecordInput!) {
    restoreRecord(input: $input) { record { id ... on Event { version retraction { reason } } } referenceCount }
  }
`);

const EVENT_READS = graphql(`
  query RetractionEventReads($id: ID!, $actor: ID!) {
    node(id: $id) { ... on Event { title version retraction { reason by } } }
    listed: events(filter: { search: "container" }) { totalCount edges { node { id } } }
    withRetracted: events(filter: { search: "container", includeRetracted: true }) { totalCount edges { node { id retraction { reason } } } }
    actor(id: $actor) { events(first: 100) { edges { node { id } } } }
  }
`);

const ACTOR_READS = graphql(`
  query RetractionActorReads($id: ID!) {
    node(id: $id) { ... on Actor { name retraction { reason } } }
    actors(filter: { search: "Budanov" }) { totalCount }
    withRetracted: actors(filter: { search: "Budanov", includeRetracted: true }) { totalCount }
  }
`);

const CONTAINER = eventId('evt-nk-container-delivery');
const NORTH_KOREA = actorId('north-korea');

describe('retracting a record', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const codeOf = async <TResult, TVariables>(operation: Operation<TResult, TVariables>, variables: TVariables, apiKey?: string) => {
    const response = await api.request(operation, variables, apiKey ? { apiKey } : {});
    return response.errors?.map((error) => [error.extensions?.code, error.extensions?.field]);
  };

  it('keeps it readable by id, takes it out of lists and relations, reports what refers to it, and restores it', async () => {
    const before = await api.query(EVENT_READS, { id: CONTAINER, actor: NORTH_KOREA });
    assert.deepEqual(
      before.listed.edges.map((edge) => edge.node.id),
      [CONTAINER],
    );
    assert.ok(before.actor?.events.edges.some((edge) => edge.node.id === CONTAINER));

    const retracted = await api.query(RETRACT, { input: { id: CONTAINER, reason: 'Duplicate of a later report' } }, { apiKey: EDITOR_KEY });
    assert.deepEqual(retracted.retractRecord, {
      record: { id: CONTAINER, version: (before.node?.version ?? 0) + 1, retraction: { reason: 'Duplicate of a later report', by: 'editor' } },
      referencedBy: [{ id: measureId('msr-rok-monitoring-cooperation') }, { id: measureId('msr-rok-review-additional-measures') }],
      referenceCount: 2,
    });

    const after = await api.query(EVENT_READS, { id: CONTAINER, actor: NORTH_KOREA });
    assert.deepEqual(after.node?.retraction, { reason: 'Duplicate of a later report', by: 'editor' });
    assert.equal(after.node?.title, before.node?.title);
    assert.deepEqual(after.listed, { totalCount: 0, edges: [] });
    assert.deepEqual(after.withRetracted, { totalCount: 1, edges: [{ node: { id: CONTAINER, retraction: { reason: 'Duplicate of a later report' } } }] });
    assert.ok(!after.actor?.events.edges.some((edge) => edge.node.id === CONTAINER));

    // A second retraction is refused, and writes nothing.
    assert.deepEqual(await codeOf(RETRACT, { input: { id: CONTAINER, reason: 'Again' } }, EDITOR_KEY), [['BAD_USER_INPUT', 'input.id']]);
    assert.equal((await api.query(EVENT_READS, { id: CONTAINER, actor: NORTH_KOREA })).node?.version, (before.node?.version ?? 0) + 1);

    const restored = await api.query(RESTORE, { input: { id: CONTAINER } }, { apiKey: EDITOR_KEY });
    assert.deepEqual(restored.restoreRecord, { record: { id: CONTAINER, version: (before.node?.version ?? 0) + 2, retraction: null }, referenceCount: 2 });
    const back = await api.query(EVENT_READS, { id: CONTAINER, actor: NORTH_KOREA });
    assert.deepEqual(back.listed, before.listed);
    assert.deepEqual(back.actor, before.actor);
    assert.deepEqual(await codeOf(RESTORE, { input: { id: CONTAINER } }, EDITOR_KEY), [['BAD_USER_INPUT', 'input.id']]);
  });

  it('retracts an actor: it leaves actor lists and reports the events and measures naming it', async () => {
    const budanov = actorId('kyrylo-budanov');
    const retracted = await api.query(RETRACT, { input: { id: budanov, reason: 'Merged into another record' } }, { apiKey: EDITOR_KEY });
    assert.deepEqual(retracted.retractRecord.referencedBy, [{ id: eventId('evt-budanov-statement') }]);
    assert.equal(retracted.retractRecord.referenceCount, 1);
    assert.deepEqual(await api.query(ACTOR_READS, { id: budanov }), {
      node: { name: 'Kyrylo Budanov', retraction: { reason: 'Merged into another record' } },
      actors: { totalCount: 0 },
      withRetracted: { totalCount: 1 },
    });
  });

  it('refuses bad input and keys without the editor role, writing nothing', async () => {
    const version = async () => (await api.query(EVENT_READS, { id: CONTAINER, actor: NORTH_KOREA })).node?.version;
    const held = await version();
    const input = { id: CONTAINER, reason: 'No' };
    assert.deepEqual(await codeOf(RETRACT, { input }), [['UNAUTHENTICATED', undefined]]);
    assert.deepEqual(await codeOf(RETRACT, { input }, READER_KEY), [['FORBIDDEN', undefined]]);
    assert.deepEqual(await codeOf(RETRACT, { input: { ...input, reason: '   ' } }, EDITOR_KEY), [['BAD_USER_INPUT', 'input.reason']]);
    assert.deepEqual(await codeOf(RETRACT, { input: { ...input, expectedVersion: (held ?? 0) - 1 } }, EDITOR_KEY), [['CONFLICT', 'input.expectedVersion']]);
    assert.deepEqual(await codeOf(RETRACT, { input: { ...input, id: 'not-an-id' } }, EDITOR_KEY), [['BAD_USER_INPUT', 'input.id']]);
    assert.deepEqual(await codeOf(RETRACT, { input: { ...input, id: eventId('no-such-event') } }, EDITOR_KEY), [['NOT_FOUND', 'input.id']]);
    assert.equal(await version(), held);
  });
});

const COUNTS = graphql(`
  query RetractionCounts($id: ID!) {
    events { totalCount }
    measures { totalCount }
    actors { totalCount }
    node(id: $id) { ... on Measure { statusHistory { status } end { kind } retraction { reason } } }
  }
`);

describe('records stored before retraction, merging and dated statuses existed', () => {
  it('are read as current, with their status as their course, and are not rewritten at start-up', async () => {
    const testDatabase = await openTestDatabase();
    try {
      const first = await startTestServer({ testDatabase });
      const expected = await first.query(COUNTS, { id: measureId('msr-rok-summons-russian-ambassador') });
      await first.stop();
      await testDatabase.reopen();
      const stored = testDatabase.database.db;
      const older = { standing: '', retraction: '', mergedInto: '', mergedFrom: '', statusHistory: '', end: '' };
      for (const name of ['actors', 'events', 'measures']) await stored.collection(name).updateMany({}, { $unset: older });
      await testDatabase.reopen();
      const again = await startTestServer({ testDatabase, seed: false });
      try {
        assert.deepEqual(await again.query(COUNTS, { id: measureId('msr-rok-summons-russian-ambassador') }), expected);
        assert.equal(await testDatabase.database.db.collection('events').countDocuments({ standing: { $exists: true } }), 0);
      } finally {
        await again.stop();
      }
    } finally {
      await testDatabase.dispose();
    }
  });
});
