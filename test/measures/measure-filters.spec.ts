import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, eventId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { MeasureFilter } from '../testkit/operations/graphql';
import { startTestServer, type TestServer } from '../testkit/test-server';

const MEASURES = graphql(`
  query MeasureFiltersIds($filter: MeasureFilter, $orderBy: MeasureOrder) {
    measures(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id title } } }
  }
`);

const RESPONSES = graphql(`
  query MeasureFiltersResponses($id: ID!) {
    event(id: $id) { responses(orderBy: TITLE_ASC) { totalCount edges { node { title respondsTo { title } } } } }
  }
`);
const ids = (...keys: string[]) => keys.map((key) => Buffer.from(`Measure:${key}`).toString('base64url'));

describe('measure filters', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const found = async (filter: MeasureFilter) => {
    const { measures } = await api.query(MEASURES, { filter, orderBy: 'DATE_ASC' });
    assert.equal(measures.totalCount, measures.edges.length);
    return measures.edges.map((edge) => edge.node.id);
  };

  it('filters by issuer, by target, and by either', async () => {
    assert.deepEqual(await found({ issuerIds: [actorId('japan')] }), ids('msr-trilateral-tough-measures'));
    assert.deepEqual(await found({ targetIds: [actorId('kang-sun-nam')] }), ids('msr-rok-sanctions-10-individuals'));
    assert.deepEqual(await found({ actorIds: [actorId('chang-ho-jin')] }), ids('msr-rok-summons-russian-ambassador', 'msr-rok-warns-clear-consequences'));
    assert.deepEqual(
      await found({ issuerIds: [actorId('united-states')] }),
      ids('msr-us-threatens-sanctions', 'msr-trilateral-tough-measures', 'msr-rok-us-extended-deterrence', 'msr-us-religious-freedom-designation'),
    );
  });

  it('filters by kind and status', async () => {
    assert.deepEqual(await found({ kinds: ['SANCTION'], statuses: ['CONSIDERED'] }), ids('msr-rok-considers-unilateral-sanctions'));
    assert.deepEqual(await found({ statuses: ['THREATENED', 'AGREED'] }), ids('msr-us-threatens-sanctions', 'msr-trilateral-tough-measures'));
  });

  it('filters by date range', async () => {
    // Measures known only to the month of September may have been taken in that week.
    assert.deepEqual(
      await found({ date: { from: '2023-09-19', to: '2023-09-22' } }),
      ids(
        'msr-rok-sanctions-10-individuals',
        'msr-us-threatens-sanctions',
        'msr-rok-summons-russian-ambassador',
        'msr-rok-warns-clear-consequences',
        'msr-trilateral-tough-measures',
      ),
    );
  });

  it('filters by the events measures respond to', async () => {
    assert.deepEqual(
      await found({ respondsToEventIds: [eventId('evt-nk-container-delivery')] }),
      ids('msr-rok-monitoring-cooperation', 'msr-rok-review-additional-measures'),
    );
  });

  it('filters by reporting article and by words in the title or details', async () => {
    assert.deepEqual(
      await found({ articleIds: [articleId(SEED_ARTICLES['004'])] }),
      ids('msr-rok-summons-russian-ambassador', 'msr-rok-warns-clear-consequences'),
    );
    assert.deepEqual(await found({ search: '22nd consecutive' }), ids('msr-us-religious-freedom-designation'));
  });

  it('links measures and the events they answer in both directions', async () => {
    const { event } = await api.query(RESPONSES, { id: eventId('evt-kim-putin-summit') });
    assert.ok(event, 'the event is found');
    assert.deepEqual(
      event.responses.edges.map((edge) => edge.node.title),
      [
        'South Korea considers unilateral sanctions against Russia and North Korea',
        "South Korea summons Russia's ambassador over military cooperation with North Korea",
        'South Korea warns Russia of clear consequences',
        'South Korea warns that a Russia–North Korea arms agreement would threaten peace',
        'South Korea, the United States and Japan agree on tough measures against a Russia–North Korea arms deal',
      ],
    );
    assert.deepEqual(event.responses.edges[4].node.respondsTo, [
      { title: 'Kim Jong Un and Vladimir Putin hold a summit in Russia' },
      { title: 'South Korean, U.S. and Japanese foreign ministers meet in New York' },
    ]);
  });
});
