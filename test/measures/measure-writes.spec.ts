import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, eventId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };

const CREATE = graphql(`
  mutation MeasureWritesCreate($input: CreateMeasureInput!) {
    createMeasure(input: $input) {
      measure { id title kind status date { text precision } issuers { name } targets { name } respondsTo { title } legalBasis details sources { quote } }
    }
  }
`);

const JAPAN_WARNINGS = graphql(`
  query MeasureWritesJapanWarnings($japan: ID!) { measures(filter: { issuerIds: [$japan], kinds: [WARNING] }) { edges { node { id } } } }
`);

const UPDATE = graphql(`
  mutation MeasureWritesUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { title status date { text } issuers { name } } } }
`);

describe('writing measures', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('records a measure with issuers, targets, the events it answers and its legal basis', async () => {
    const { createMeasure } = await api.query(
      CREATE,
      {
        input: {
          title: 'Japan joins the trilateral warning',
          kind: 'WARNING',
          status: 'ANNOUNCED',
          issuerIds: [actorId('japan'), actorId('yoko-kamikawa'), actorId('japan')],
          targetIds: [actorId('russia')],
          date: '2023-09-22',
          respondsToEventIds: [eventId('evt-kim-putin-summit')],
          legalBasis: ['UN Security Council resolutions'],
          details: 'Part of the agreement in New York.',
          sources: [{ articleId: articleId(SEED_ARTICLES['003']), quote: 'The ministers expressed deep concern' }],
        },
      },
      editor,
    );
    const { id, ...measure } = createMeasure.measure;
    assert.deepEqual(measure, {
      title: 'Japan joins the trilateral warning',
      kind: 'WARNING',
      status: 'ANNOUNCED',
      date: { text: '2023-09-22', precision: 'DAY' },
      issuers: [{ name: 'Japan' }, { name: 'Yoko Kamikawa' }],
      targets: [{ name: 'Russia' }],
      respondsTo: [{ title: 'Kim Jong Un and Vladimir Putin hold a summit in Russia' }],
      legalBasis: ['UN Security Council resolutions'],
      details: 'Part of the agreement in New York.',
      sources: [{ quote: 'The ministers expressed deep concern' }],
    });
    const { measures } = await api.query(JAPAN_WARNINGS, { japan: actorId('japan') });
    assert.deepEqual(measures.edges, [{ node: { id } }]);
  });

  it('moves a considered measure on to implemented', async () => {
    const id = Buffer.from('Measure:msr-rok-considers-unilateral-sanctions').toString('base64url');
    const { updateMeasure } = await api.query(UPDATE, { input: { id, status: 'IMPLEMENTED', date: '2023-11' } }, editor);
    assert.deepEqual(updateMeasure.measure, {
      title: 'South Korea considers unilateral sanctions against Russia and North Korea',
      status: 'IMPLEMENTED',
      date: { text: '2023-11' },
      issuers: [{ name: 'South Korea' }, { name: 'Park Jin' }],
    });
  });
});
