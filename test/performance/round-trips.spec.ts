import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const EVENTS_WITH_RELATIONS = `query ($first: Int) {
  events(first: $first, orderBy: TITLE_ASC) {
    edges { node {
      title
      participants { role actor { name kind } }
      sources { quote article { title outlet } }
    } }
  }
}`;

describe('database round trips', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
    // Ten more events, so that a page of 20 exists, each with its own participants and sources.
    const people = ['park-jin', 'chang-ho-jin', 'yoon-suk-yeol', 'kim-jong-un', 'vladimir-putin', 'sergei-shoigu', 'antony-blinken', 'yoko-kamikawa', 'kang-sun-nam', 'kyrylo-budanov'];
    for (const [index, person] of people.entries()) {
      await api.query(
        `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }`,
        {
          input: {
            title: `Round-trip event ${index}`,
            kind: 'STATEMENT',
            date: `2023-11-${String(index + 1).padStart(2, '0')}`,
            participants: [{ actorId: actorId(person), role: 'INITIATOR' }, { actorId: actorId('south-korea-nis'), role: 'TARGET' }],
            sources: [{ articleId: articleId(Object.values(SEED_ARTICLES)[index % 5]!), quote: 'the' }],
          },
        },
        { apiKey: EDITOR_KEY },
      );
    }
  });
  after(() => api.stop());

  it('are the same for 20 events with participants, their actors and source articles as for 2', async () => {
    const two = await api.countCommands(() => api.query(EVENTS_WITH_RELATIONS, { first: 2 }));
    const twenty = await api.countCommands(async () => {
      const { events } = await api.query(EVENTS_WITH_RELATIONS, { first: 20 });
      assert.equal(events.edges.length, 20);
      assert.ok(events.edges.every((edge: any) => edge.node.participants.every((participant: any) => participant.actor.name)));
    });
    // The page, its count, then one batched `$in` for all actors and one for all articles.
    assert.deepEqual(two.commands.sort(), ["aggregate", "find", "find", "find"]);
    assert.deepEqual(twenty.commands.sort(), two.commands);
  });
});
