import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const CREATE_EVENT = graphql(`
  mutation RoundTripsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }
`);

const EVENTS_WITH_RELATIONS = graphql(`
  query RoundTripsEventsWithRelations($first: Int) {
    events(first: $first, orderBy: TITLE_ASC) {
      edges { node {
        title
        participants { role actor { name kind } }
        sources { quote article { title outlet } }
      } }
    }
  }
`);

const COUNTED_EVENTS = graphql(`
  query RoundTripsCountedEvents { events(first: 2) { totalCount edges { node { title } } } }
`);

const ACTORS_WITH_RELATIONS = graphql(`
  query RoundTripsActorsWithRelations($first: Int) {
    actors(first: $first, orderBy: NAME_ASC) { edges { node {
      name
      events(first: 5) { totalCount edges { node { title participants { actor { name } } } } }
      measuresIssued(first: 3) { edges { node { title } } }
    } } }
  }
`);

describe('database round trips', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
    // Ten more events, so that a page of 20 exists, each with its own participants and sources.
    const people = [
      'park-jin',
      'chang-ho-jin',
      'yoon-suk-yeol',
      'kim-jong-un',
      'vladimir-putin',
      'sergei-shoigu',
      'antony-blinken',
      'yoko-kamikawa',
      'kang-sun-nam',
      'kyrylo-budanov',
    ];
    for (const [index, person] of people.entries()) {
      await api.query(
        CREATE_EVENT,
        {
          input: {
            title: `Round-trip event ${index}`,
            kind: 'STATEMENT',
            date: `2023-11-${String(index + 1).padStart(2, '0')}`,
            participants: [
              { actorId: actorId(person), role: 'INITIATOR' },
              { actorId: actorId('south-korea-nis'), role: 'TARGET' },
            ],
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
      assert.ok(events.edges.every((edge) => edge.node.participants.every((participant) => participant.actor.name)));
    });
    // The page, then one batched `$in` for all actors and one for all articles; no count, since none is selected.
    // From the snapshot, none at all.
    assert.deepEqual(two.commands.sort(), api.readsFromMemory ? [] : ['find', 'find', 'find']);
    assert.deepEqual(twenty.commands.sort(), two.commands);
  });

  it('count a list only when its totalCount is selected', async () => {
    const counted = await api.countCommands(() => api.query(COUNTED_EVENTS));
    assert.deepEqual(counted.commands.sort(), api.readsFromMemory ? [] : ['aggregate', 'find']);
  });

  it("are the same for 20 actors with their events and the events' participants as for 2", async () => {
    const two = await api.countCommands(() => api.query(ACTORS_WITH_RELATIONS, { first: 2 }));
    const twenty = await api.countCommands(async () => {
      const { actors } = await api.query(ACTORS_WITH_RELATIONS, { first: 20 });
      assert.equal(actors.edges.length, 20);
      assert.ok(actors.edges.some((edge) => edge.node.events.edges.length > 0));
    });
    // The actors; their events, and the events' totals; their measures; the participants' actors.
    assert.deepEqual(two.commands, api.readsFromMemory ? [] : ['find', 'find', 'find', 'find', 'find']);
    assert.deepEqual(twenty.commands, two.commands);
  });
});
