import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { startTestServer, type TestServer } from '../testkit/test-server';

const SOUTH_KOREA_MEASURES = graphql(`
  query SeedQuestionsSouthKoreaMeasures($sk: ID!) {
    measures(filter: { issuerIds: [$sk] }, orderBy: DATE_ASC, first: 50) {
      totalCount
      edges { node { title kind status date { text } targets { name } sources { quote article { id } } } }
    }
  }
`);

const KIM_EVENTS = graphql(`
  query SeedQuestionsKimEvents($kim: ID!) {
    actor(id: $kim) { name aliases events { totalCount edges { node { title date { text precision } participants { role actor { name } } } } } }
  }
`);

const SHOIGU = graphql(`
  query SeedQuestionsShoigu($shoigu: ID!) {
    actor(id: $shoigu) {
      articles(orderBy: PUBLISHED_AT_ASC) { totalCount edges { node { id outlet publishedAt { text } } } }
      events {
        edges { node { title date { text precision } dateDisputed dateClaims { date { text precision } source { quote article { id outlet } } } } }
      }
    }
  }
`);

describe('the questions the seeds answer', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('lists every measure South Korea issued, by date, with targets and quotes', async () => {
    const { measures } = await api.query(SOUTH_KOREA_MEASURES, { sk: actorId('south-korea') });
    assert.equal(measures.totalCount, 11);
    assert.deepEqual(
      measures.edges.map(({ node }) => [node.date?.text ?? null, node.kind, node.status, node.targets.map((t) => t.name)]),
      [
        [null, 'SANCTION', 'IMPLEMENTED', ['Russia']],
        ['2023-09', 'SANCTION', 'IMPLEMENTED', ['North Korea', 'Kang Sun-nam']],
        ['2023-09-15', 'SANCTION', 'CONSIDERED', ['Russia', 'North Korea']],
        ['2023-09-15', 'WARNING', 'ANNOUNCED', ['North Korea', 'Russia']],
        ['2023-09-19', 'DIPLOMATIC_PROTEST', 'IMPLEMENTED', ['Russia']],
        ['2023-09-19', 'WARNING', 'ANNOUNCED', ['Russia']],
        ['2023-09-22', 'AGREEMENT', 'AGREED', ['Russia', 'North Korea']],
        ['2023-10-14', 'MONITORING', 'IMPLEMENTED', ['North Korea', 'Russia']],
        ['2023-10-14', 'REVIEW', 'CONSIDERED', ['North Korea', 'Russia']],
        ['2024-01~', 'DEMAND', 'ANNOUNCED', ['Russia']],
        ['2024-01~', 'MILITARY_DETERRENCE', 'ANNOUNCED', ['North Korea']],
      ],
    );
    const summons = measures.edges[4].node;
    assert.equal(summons.title, "South Korea summons Russia's ambassador over military cooperation with North Korea");
    assert.deepEqual(
      summons.sources.map((source) => source.quote),
      [
        "South Korea summoned Russia's ambassador to warn Moscow against any military cooperation with North Korea on Tuesday",
        'First Vice Foreign Minister Chang Ho-jin summoned Russia\'s ambassador in Seoul to urge "Russia to immediately halt any moves to expand military cooperation with North Korea and to abide by (UN) Security Council Resolutions,"',
      ],
    );
  });

  it('lists the events Kim Jong Un took part in', async () => {
    const { actor } = await api.query(KIM_EVENTS, { kim: actorId('kim-jong-un') });
    assert.ok(actor, 'Kim Jong Un is found');
    assert.equal(actor.name, 'Kim Jong Un');
    assert.deepEqual(actor.aliases, ['Kim Jong-un']);
    assert.deepEqual(
      actor.events.edges.map(({ node }) => [node.date?.text ?? null, node.title]),
      [
        [null, 'Kim Jong Un declares inter-Korean relations hostile'],
        ['2023-09', 'Kim Jong Un travels to Russia by armored train'],
        ['2023-09-13', 'Kim Jong Un and Vladimir Putin hold a summit in Russia'],
      ],
    );
    assert.deepEqual(actor.events.edges[2].node.participants, [
      { role: 'PARTICIPANT', actor: { name: 'Kim Jong Un' } },
      { role: 'HOST', actor: { name: 'Vladimir Putin' } },
      { role: 'PARTICIPANT', actor: { name: 'North Korea' } },
      { role: 'HOST', actor: { name: 'Russia' } },
    ]);
  });

  it('finds the articles mentioning Sergei Shoigu and both dates reported for his visit to Pyongyang', async () => {
    const { actor } = await api.query(SHOIGU, { shoigu: actorId('sergei-shoigu') });
    assert.ok(actor, 'Sergei Shoigu is found');
    assert.deepEqual(
      actor.articles.edges.map(({ node }) => [node.outlet, node.publishedAt?.text]),
      [
        ['The Kyiv Independent', '2023-09-15'],
        ['Caliber.Az', '2023-09-23'],
      ],
    );
    assert.equal(actor.events.edges.length, 1);
    const visit = actor.events.edges[0].node;
    assert.equal(visit.title, 'Sergei Shoigu visits Pyongyang');
    assert.deepEqual(visit.date, { text: '2023', precision: 'YEAR' });
    assert.equal(visit.dateDisputed, true);
    assert.deepEqual(
      visit.dateClaims.map((claim) => [claim.date.text, claim.date.precision, claim.source.article.outlet, claim.source.quote]),
      [
        ['2023-07', 'MONTH', 'Caliber.Az', 'In July, Russian Defense Minister Sergei Shoigu visited Pyongyang and attended an arms exhibition'],
        ['2023-08', 'MONTH', 'The Kyiv Independent', 'Earlier in August, Russian Defense Minister Sergei Shoigu visited North Korea’s capital'],
      ],
    );
    assert.deepEqual(
      visit.dateClaims.map((claim) => claim.source.article.id),
      [SEED_ARTICLES['003'], SEED_ARTICLES['002']].map((key) => Buffer.from(`Article:${key}`).toString('base64url')),
    );
  });
});
