import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { CursorsEventsPageQuery, CursorsTimelinePageQuery, EventOrder } from '../testkit/operations/graphql';
import { startTestServer, type TestServer } from '../testkit/test-server';

const PAGE = graphql(`
  query CursorsEventsPage($first: Int, $after: String, $orderBy: EventOrder) {
    events(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id title } }
    }
  }
`);

const TIMELINE = graphql(`
  query CursorsTimelinePage($ids: [ID!]!, $first: Int, $after: String) {
    timeline(actorIds: $ids, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { __typename ... on Event { title } ... on Measure { title } } }
    }
  }
`);

describe('cursor pagination', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  async function walk(first: number, orderBy: EventOrder) {
    const titles: string[] = [];
    const pages: number[] = [];
    let after: string | null = null;
    for (;;) {
      const { events }: CursorsEventsPageQuery = await api.query(PAGE, { first, after, orderBy });
      assert.equal(events.totalCount, 15);
      assert.equal(events.pageInfo.hasPreviousPage, after !== null);
      titles.push(...events.edges.map((edge) => edge.node.title));
      pages.push(events.edges.length);
      if (!events.pageInfo.hasNextPage) return { titles, pages, last: events.pageInfo.endCursor };
      assert.equal(events.pageInfo.endCursor, events.edges.at(-1)?.cursor);
      after = events.pageInfo.endCursor;
    }
  }

  it('walks forward page by page through every item exactly once, in order', async () => {
    const all = (await api.query(PAGE, { first: 100, orderBy: 'DATE_ASC' })).events.edges.map((edge) => edge.node.title);
    assert.equal(all.length, 15);
    for (const orderBy of ['DATE_ASC', 'DATE_DESC', 'TITLE_ASC'] as const) {
      const expected = (await api.query(PAGE, { first: 100, orderBy })).events.edges.map((edge) => edge.node.title);
      const { titles, pages } = await walk(4, orderBy);
      assert.deepEqual(pages, [4, 4, 4, 3]);
      assert.deepEqual(titles, expected);
    }
    assert.deepEqual([...all].sort(), [...(await walk(4, 'TITLE_ASC')).titles].sort());
  });

  it('orders by date with undated events first ascending and last descending', async () => {
    const ascending = (await api.query(PAGE, { first: 3, orderBy: 'DATE_ASC' })).events.edges.map((edge) => edge.node.title);
    assert.deepEqual(ascending, [
      'Kim Jong Un declares inter-Korean relations hostile',
      'North Korea supplies ballistic missiles and launchers to Russia',
      'Moscow offers Pyongyang food in exchange for weapons',
    ]);
    const descending = (await api.query(PAGE, { first: 100, orderBy: 'DATE_DESC' })).events.edges.map((edge) => edge.node.title);
    assert.deepEqual(descending.slice(-2), [
      'North Korea supplies ballistic missiles and launchers to Russia',
      'Kim Jong Un declares inter-Korean relations hostile',
    ]);
  });

  it('returns an empty last page past the end', async () => {
    const { last } = await walk(5, 'DATE_ASC');
    const { events } = await api.query(PAGE, { first: 5, after: last, orderBy: 'DATE_ASC' });
    assert.deepEqual(events, {
      totalCount: 15,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
      edges: [],
    });
  });

  it('refuses a malformed cursor with BAD_USER_INPUT', async () => {
    for (const after of ['garbage', Buffer.from('["only one"]').toString('base64url'), '!!!']) {
      const error = await api.expectError(PAGE, { first: 2, after }, {}, 'BAD_USER_INPUT', 'after');
      assert.equal(error.message, `after: "${after}" is not a cursor from this API`);
    }
  });

  it('refuses a page size out of range with BAD_USER_INPUT', async () => {
    await api.expectError(PAGE, { first: 101 }, {}, 'BAD_USER_INPUT', 'first');
    await api.expectError(PAGE, { first: -1 }, {}, 'BAD_USER_INPUT', 'first');
    const { events } = await api.query(PAGE, { first: 0 });
    assert.deepEqual([events.totalCount, events.edges.length, events.pageInfo.hasNextPage], [15, 0, false]);
  });

  it('pages through relations and timelines the same way', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (;;) {
      const { timeline }: CursorsTimelinePageQuery = await api.query(TIMELINE, { ids: [actorId('russia')], first: 5, after });
      totalCount = timeline.totalCount;
      seen.push(...timeline.edges.map((edge) => `${edge.node.__typename}: ${edge.node.title}`));
      if (!timeline.pageInfo.hasNextPage) break;
      after = timeline.pageInfo.endCursor;
    }
    const whole = (await api.query(TIMELINE, { ids: [actorId('russia')], first: 100, after: null })).timeline;
    assert.equal(seen.length, totalCount);
    assert.deepEqual(
      seen,
      whole.edges.map((edge) => `${edge.node.__typename}: ${edge.node.title}`),
    );
  });
});
