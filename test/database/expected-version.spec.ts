import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, eventId, measureId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, snapshotCollections, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };

const VERSIONS = graphql(`
  query ExpectedVersionRead($event: ID!, $measure: ID!, $actor: ID!) {
    event(id: $event) { version description }
    measure(id: $measure) { version details }
    actor(id: $actor) { version description }
  }
`);

const UPDATE_EVENT = graphql(`
  mutation ExpectedVersionEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { version description } } }
`);

const UPDATE_MEASURE = graphql(`
  mutation ExpectedVersionMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version details } } }
`);

const UPDATE_ACTOR = graphql(`
  mutation ExpectedVersionActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { version description } } }
`);

describe('updates made against a version', () => {
  let api: TestServer;
  const ids = { event: eventId('evt-kim-putin-summit'), measure: measureId('msr-rok-sanctions-10-individuals'), actor: actorId('japan') };
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('apply when the record is still at that version, and are refused with CONFLICT, writing nothing, when it moved on', async () => {
    const read = await api.query(VERSIONS, ids);
    const { event, measure, actor } = read;
    assert.ok(event && measure && actor, 'the seed records exist');
    // Another editor changes each record first.
    await api.query(UPDATE_EVENT, { input: { id: ids.event, description: 'First editor.' } }, editor);
    await api.query(UPDATE_MEASURE, { input: { id: ids.measure, details: 'First editor.' } }, editor);
    await api.query(UPDATE_ACTOR, { input: { id: ids.actor, description: 'First editor.' } }, editor);
    const before = await snapshotCollections(api.testDatabase.database);
    const refusal = (what: string, version: number) =>
      `input.expectedVersion: the ${what} is at version ${version + 1}, not ${version}: read it again and make the change against what it holds now`;
    const stale = [
      await api.expectError(
        UPDATE_EVENT,
        { input: { id: ids.event, description: 'Second editor.', expectedVersion: event.version } },
        editor,
        'CONFLICT',
        'input.expectedVersion',
      ),
      await api.expectError(
        UPDATE_MEASURE,
        { input: { id: ids.measure, details: 'Second editor.', expectedVersion: measure.version } },
        editor,
        'CONFLICT',
        'input.expectedVersion',
      ),
      await api.expectError(
        UPDATE_ACTOR,
        { input: { id: ids.actor, description: 'Second editor.', expectedVersion: actor.version } },
        editor,
        'CONFLICT',
        'input.expectedVersion',
      ),
    ];
    assert.deepEqual(
      stale.map((error) => error.message),
      [refusal('event', event.version), refusal('measure', measure.version), refusal('actor', actor.version)],
    );
    assert.deepEqual(await snapshotCollections(api.testDatabase.database), before, 'nothing written');
    const { updateEvent } = await api.query(
      UPDATE_EVENT,
      { input: { id: ids.event, description: 'Second editor.', expectedVersion: event.version + 1 } },
      editor,
    );
    assert.deepEqual(updateEvent.event, { version: event.version + 2, description: 'Second editor.' });
    const { updateMeasure } = await api.query(
      UPDATE_MEASURE,
      { input: { id: ids.measure, details: 'Second editor.', expectedVersion: measure.version + 1 } },
      editor,
    );
    assert.deepEqual(updateMeasure.measure, { version: measure.version + 2, details: 'Second editor.' });
    const { updateActor } = await api.query(
      UPDATE_ACTOR,
      { input: { id: ids.actor, description: 'Second editor.', expectedVersion: actor.version + 1 } },
      editor,
    );
    assert.deepEqual(updateActor.actor, { version: actor.version + 2, description: 'Second editor.' });
  });
});
