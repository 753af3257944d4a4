import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { EventFilter, EventOrder } from '../testkit/operations/graphql';
import { startTestServer, type TestServer } from '../testkit/test-server';

const EVENTS = graphql(`
  query EventFiltersTitles($filter: EventFilter, $orderBy: EventOrder) {
    events(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }
  }
`);

describe('event filters', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const titles = async (filter: EventFilter, orderBy: EventOrder = 'TITLE_ASC') => {
    const { events } = await api.query(EVENTS, { filter, orderBy });
    assert.equal(events.totalCount, events.edges.length);
    return events.edges.map((edge) => edge.node.title);
  };

  it('searches the words of titles, descriptions and locations, case-insensitively and by stem', async () => {
    assert.deepEqual(await titles({ search: 'pOcHeOn' }), ['South Korean and U.S. troops hold a joint live-fire exercise in Pocheon']);
    assert.deepEqual(await titles({ search: 'new york' }), ['South Korean, U.S. and Japanese foreign ministers meet in New York']);
    assert.deepEqual(await titles({ search: 'armored trains' }), ['Kim Jong Un travels to Russia by armored train']);
    // The last word may be unfinished; characters other than letters and digits separate words.
    assert.deepEqual(await titles({ search: 'armored tra' }), ['Kim Jong Un travels to Russia by armored train']);
    assert.deepEqual(await titles({ search: 'live-fire (exercise)' }), ['South Korean and U.S. troops hold a joint live-fire exercise in Pocheon']);
    const refused = await api.expectError(EVENTS, { filter: { search: '(.*) the' } }, {}, 'BAD_USER_INPUT', 'filter.search');
    assert.equal(refused.message, 'filter.search: "(.*) the" has no words to search for, only common ones such as "the"');
  });

  it('filters by participating actor', async () => {
    assert.deepEqual(await titles({ actorIds: [actorId('japan')] }), ['South Korean, U.S. and Japanese foreign ministers meet in New York']);
    assert.deepEqual(await titles({ actorIds: [actorId('sergei-shoigu'), actorId('kyrylo-budanov')] }), [
      'Kyrylo Budanov says Russia is receiving North Korean shells',
      'Sergei Shoigu visits Pyongyang',
    ]);
  });

  it('filters by kind', async () => {
    assert.deepEqual(await titles({ kinds: ['ARMS_TRANSFER'] }), [
      'North Korea delivers over 1,000 containers of military equipment to Russia',
      'North Korea supplies ballistic missiles and launchers to Russia',
      'North Korean artillery shells and rockets shipped to Russia',
    ]);
    assert.deepEqual(await titles({ kinds: ['MEETING', 'MILITARY_EXERCISE'] }), [
      'Kim Jong Un and Vladimir Putin hold a summit in Russia',
      'South Korean and U.S. troops hold a joint live-fire exercise in Pocheon',
      'South Korean, U.S. and Japanese foreign ministers meet in New York',
    ]);
  });

  it('filters by date range, matching any day an event may have happened on', async () => {
    // An event known only to the year or month may have happened on that day too.
    assert.deepEqual(await titles({ date: { from: '2023-09-13', to: '2023-09-13' } }, 'DATE_ASC'), [
      'Moscow offers Pyongyang food in exchange for weapons',
      'Kim Jong Un travels to Russia by armored train',
      'Kyrylo Budanov says Russia is receiving North Korean shells',
      'Kim Jong Un and Vladimir Putin hold a summit in Russia',
    ]);
    // Shoigu's visit is claimed for July and for August: both ranges find it.
    assert.ok((await titles({ date: { from: '2023-07', to: '2023-07' } })).includes('Sergei Shoigu visits Pyongyang'));
    assert.ok((await titles({ date: { from: '2023-08-31', to: '2023-08-31' } })).includes('Sergei Shoigu visits Pyongyang'));
    assert.deepEqual(await titles({ date: { from: '2024' } }, 'DATE_ASC'), [
      "South Korea's spy agency nominee names Kim Ju-ae as likely successor",
      'South Korean and U.S. troops hold a joint live-fire exercise in Pocheon',
      'White House discloses North Korean ballistic missile deliveries to Russia',
    ]);
    assert.deepEqual(await titles({ date: { to: '2023-06' } }), ['Moscow offers Pyongyang food in exchange for weapons']);
  });

  it('filters by reporting article', async () => {
    assert.deepEqual(await titles({ articleIds: [articleId(SEED_ARTICLES['004'])] }), ['Kim Jong Un and Vladimir Putin hold a summit in Russia']);
  });

  it('combines filters with AND', async () => {
    assert.deepEqual(await titles({ actorIds: [actorId('north-korea')], kinds: ['STATEMENT'], date: { from: '2023-10', to: '2023-10' } }), [
      'White House discloses North Korean arms delivery to Russia',
    ]);
  });
});
