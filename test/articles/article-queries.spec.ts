import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { ArticleFilter, ArticleOrder } from '../testkit/operations/graphql';
import { startTestServer, type TestServer } from '../testkit/test-server';

const ARTICLES = graphql(`
  query ArticleQueriesIds($filter: ArticleFilter, $orderBy: ArticleOrder) {
    articles(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } }
  }
`);

const DATES = graphql(`
  query ArticleQueriesDates($id: ID!) {
    article(id: $id) {
      title outlet agency language publishedAt { text precision } publishedAtSource pageHeaderDate { text } contentHash
      events { totalCount } measures { totalCount }
    }
  }
`);

const MENTIONS = graphql(`
  query ArticleQueriesMentions($id: ID!) { article(id: $id) { body mentions { text start end actor { name } } } }
`);
const ids = (...numbers: (keyof typeof SEED_ARTICLES)[]) => numbers.map((number) => articleId(SEED_ARTICLES[number]));

describe('articles', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const found = async (filter: ArticleFilter | null, orderBy: ArticleOrder = 'PUBLISHED_AT_ASC') =>
    (await api.query(ARTICLES, { filter, orderBy })).articles.edges.map((edge) => edge.node.id);

  it('are ordered by their real publication date', async () => {
    assert.deepEqual(await found(null), ids('002', '004', '003', '000', '001'));
    assert.deepEqual(await found(null, 'PUBLISHED_AT_DESC'), ids('001', '000', '003', '004', '002'));
  });

  it('are filtered by words, mentioned actor, outlet, agency and publication date', async () => {
    assert.deepEqual(await found({ search: 'Vostochny' }), ids('004', '003'));
    assert.deepEqual(await found({ actorIds: [actorId('kang-sun-nam')] }), ids('000'));
    assert.deepEqual(await found({ actorIds: [actorId('yoon-suk-yeol')] }), ids('004', '001'));
    assert.deepEqual(await found({ outlet: 'Caliber.Az' }), ids('003'));
    assert.deepEqual(await found({ agency: 'Yonhap News Agency' }), ids('002', '003', '000', '001'));
    assert.deepEqual(await found({ publishedAt: { from: '2023-09-16', to: '2023-10' } }), ids('004', '003', '000'));
  });

  it('tell how their date was found and keep the misleading page header date', async () => {
    const { article } = await api.query(DATES, { id: articleId(SEED_ARTICLES['000']) });
    assert.ok(article, 'the article is found');
    assert.deepEqual(article, {
      title: "S. Korea to review additional measures against N. Korea's arms transfer to Russia",
      outlet: null,
      agency: 'Yonhap News Agency',
      language: 'en',
      publishedAt: { text: '2023-10-14', precision: 'DAY' },
      publishedAtSource: 'INFERRED',
      pageHeaderDate: { text: '2023-12-05' },
      contentHash: article.contentHash,
      events: { totalCount: 3 },
      measures: { totalCount: 3 },
    });
    assert.match(article.contentHash, /^[0-9a-f]{64}$/);
  });

  it('list their actor mentions with offsets into the body', async () => {
    const { article } = await api.query(MENTIONS, { id: articleId(SEED_ARTICLES['002']) });
    assert.ok(article, 'the article is found');
    for (const mention of article.mentions) assert.equal(article.body.slice(mention.start, mention.end), mention.text);
    const first = article.mentions.slice(0, 4).map((mention) => `${mention.text} → ${mention.actor.name}`);
    assert.deepEqual(first, ['South Korea → South Korea', 'Russia → Russia', 'North Korea → North Korea', 'Yonhap News Agency → Yonhap News Agency']);
  });
});
