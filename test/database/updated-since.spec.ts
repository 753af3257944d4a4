import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, eventId, measureId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };

const CHANGED = graphql(`
  query UpdatedSinceLists($since: DateTimeISO!) {
    events(filter: { updatedSince: $since }) { totalCount edges { node { id } } }
    measures(filter: { updatedSince: $since }) { totalCount edges { node { id } } }
    actors(filter: { updatedSince: $since }) { totalCount edges { node { id } } }
    articles(filter: { updatedSince: $since }) { totalCount }
  }
`);

const TOUCH = graphql(`
  mutation UpdatedSinceTouch($event: UpdateEventInput!, $measure: UpdateMeasureInput!, $actor: UpdateActorInput!) {
    updateEvent(input: $event) { event { id } }
    updateMeasure(input: $measure) { measure { id } }
    updateActor(input: $actor) { actor { id } }
  }
`);

describe('lists of what changed since a moment', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('hold nothing until a record changes, then exactly the records changed', async () => {
    const since = new Date().toISOString();
    const none = await api.query(CHANGED, { since });
    assert.deepEqual([none.events.totalCount, none.measures.totalCount, none.actors.totalCount, none.articles.totalCount], [0, 0, 0, 0]);
    const ids = { event: eventId('evt-kim-putin-summit'), measure: measureId('msr-rok-sanctions-10-individuals'), actor: actorId('japan') };
    await api.query(
      TOUCH,
      {
        event: { id: ids.event, description: 'Changed.' },
        measure: { id: ids.measure, details: 'Changed.' },
        actor: { id: ids.actor, description: 'Changed.' },
      },
      editor,
    );
    const changed = await api.query(CHANGED, { since });
    assert.deepEqual(
      [changed.events.edges, changed.measures.edges, changed.actors.edges, changed.articles.totalCount],
      [[{ node: { id: ids.event } }], [{ node: { id: ids.measure } }], [{ node: { id: ids.actor } }], 0],
    );
  });
});
