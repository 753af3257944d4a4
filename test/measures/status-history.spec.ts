import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, measureId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const CREATE = graphql(`
  mutation StatusHistoryCreate($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }
`);

const UPDATE = graphql(`
  mutation StatusHistoryUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version } } }
`);

const COURSE = graphql(`
  query StatusHistoryCourse($id: ID!) {
    measure(id: $id) {
      status
      version
      statusHistory { status date { text } source { quote article { id } } }
      end { kind date { text } source { quote } }
    }
  }
`);

const ARTICLE = articleId(SEED_ARTICLES['004']);
const SUMMONED = "South Korea summoned Russia's ambassador";
const OFFICIAL = { articleId: articleId(SEED_ARTICLES['000']), quote: 'a senior government official said Saturday' };

describe('the course of a measure', () => {
  let api: TestServer;
  const editor = { apiKey: EDITOR_KEY };
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('starts with the status a curated measure was recorded with, dated and sourced as the measure is', async () => {
    const { measure } = await api.query(COURSE, { id: measureId('msr-rok-summons-russian-ambassador') });
    assert.equal(measure?.statusHistory.length, 1);
    assert.equal(measure?.statusHistory[0]?.status, measure?.status);
    assert.equal(measure?.end, null);
  });

  it('records each new status with its date and quote, dates the current one, and ends and resumes', async () => {
    const { createMeasure } = await api.query(
      CREATE,
      {
        input: {
          title: 'Halcyon export ban',
          kind: 'SANCTION',
          status: 'THREATENED',
          issuerIds: [actorId('south-korea')],
          targetIds: [actorId('russia')],
          date: '2024-01-10',
          sources: [{ articleId: ARTICLE, quote: SUMMONED }],
        },
      },
      editor,
    );
    const id = createMeasure.measure.id;
    const threatened = { status: 'THREATENED', date: { text: '2024-01-10' }, source: { quote: SUMMONED, article: { id: ARTICLE } } };
    assert.deepEqual((await api.query(COURSE, { id })).measure?.statusHistory, [threatened]);

    await api.query(UPDATE, { input: { id, status: 'IMPLEMENTED', statusDate: '2024-02', statusSource: OFFICIAL } }, editor);
    const implemented = { status: 'IMPLEMENTED', date: { text: '2024-02' }, source: { quote: OFFICIAL.quote, article: { id: OFFICIAL.articleId } } };
    assert.deepEqual((await api.query(COURSE, { id })).measure?.statusHistory, [threatened, implemented]);

    // The same status again with a more precise date: the current step is dated, not repeated.
    await api.query(UPDATE, { input: { id, status: 'IMPLEMENTED', statusDate: '2024-02-03' } }, editor);
    await api.query(UPDATE, { input: { id, title: 'Halcyon export ban (extended)' } }, editor);
    const dated = (await api.query(COURSE, { id })).measure;
    assert.deepEqual(dated?.statusHistory, [threatened, { ...implemented, date: { text: '2024-02-03' } }]);
    assert.equal(dated?.status, 'IMPLEMENTED');

    await api.query(UPDATE, { input: { id, end: { kind: 'LIFTED', date: '2024-06', source: OFFICIAL } } }, editor);
    assert.deepEqual((await api.query(COURSE, { id })).measure?.end, { kind: 'LIFTED', date: { text: '2024-06' }, source: { quote: OFFICIAL.quote } });
    await api.query(UPDATE, { input: { id, end: null } }, editor);
    const resumed = (await api.query(COURSE, { id })).measure;
    assert.equal(resumed?.end, null);
    assert.equal(resumed?.version, 6);
  });

  it('refuses a bad status date or quote, writing nothing', async () => {
    const id = measureId('msr-rok-summons-russian-ambassador');
    const held = await api.query(COURSE, { id });
    const codes = async (input: object) =>
      (await api.request(UPDATE, { input: { id, ...input } }, editor)).errors?.map((error) => [error.extensions?.code, error.extensions?.field]);
    assert.deepEqual(await codes({ status: 'IMPLEMENTED', statusDate: '2024-13' }), [['BAD_USER_INPUT', 'input.statusDate']]);
    assert.deepEqual(await codes({ status: 'IMPLEMENTED', statusSource: { articleId: ARTICLE, quote: 'no such words' } }), [
      ['BAD_USER_INPUT', 'input.statusSource.quote'],
    ]);
    assert.deepEqual(await codes({ end: { kind: 'LAPSED', date: 'soon' } }), [['BAD_USER_INPUT', 'input.end.date']]);
    assert.deepEqual(await api.query(COURSE, { id }), held);
  });
});
