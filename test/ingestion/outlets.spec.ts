import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readSeeds } from '@dossier/server';
import { articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const INGEST = graphql(`
  mutation OutletsIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { article { id outlet agency syndicatedWith { id } } }
  }
`);
const CREATE_PUBLISHER = graphql(`
  mutation OutletsCreatePublisher($input: CreateActorInput!) { createActor(input: $input) { actor { name hosts } } }
`);

const seeds = readSeeds();
const STORY =
  'Negotiators from both governments met for a second day of talks on fishing quotas and port access, officials said, and agreed to meet again after consulting their capitals.';
const page = (...lines: string[]) => ['Fishing talks go into a second day as quota row drags on', ...lines].join('\n\n');

describe('the outlet and the agency of a page', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  /** The copy of seed page 002 ingested below: another retelling of the same Yonhap report. */
  let seedCopyId = '';
  const ingest = async (input: Record<string, unknown>) => (await api.query(INGEST, { input } as never, { apiKey: EDITOR_KEY })).ingestArticle.article;

  it('names the outlet from the address: a known publisher’s hosts first, then the shipped table of news hosts', async () => {
    assert.equal((await ingest({ rawText: page(STORY), url: 'https://www.reuters.com/world/asia-pacific/fishing-talks-2024-05-02/' })).outlet, 'Reuters');
    assert.equal((await ingest({ rawText: page(STORY, 'More'), url: 'https://amp.theguardian.com/world/2024/may/02/fishing-talks' })).outlet, 'The Guardian');
    const { createActor } = await api.query(
      CREATE_PUBLISHER,
      { input: { name: 'The Harbour Post', kind: 'MEDIA', hosts: ['https://www.harbourpost.example/'] } },
      { apiKey: EDITOR_KEY },
    );
    assert.deepEqual(createActor.actor.hosts, ['harbourpost.example']);
    assert.equal((await ingest({ rawText: page(STORY, 'Share'), url: 'https://m.harbourpost.example/world/fishing-talks' })).outlet, 'The Harbour Post');
  });

  it('names the outlet the page declares, or the one it names itself on a text copy', async () => {
    const html = `<html><head><meta property="og:site_name" content="Coastline Weekly"></head><body><h1>Fishing talks go into a second day</h1><p>${STORY}</p></body></html>`;
    assert.equal((await ingest({ html })).outlet, 'Coastline Weekly');
    const outlets: (string | null)[] = [];
    for (const number of ['002', '003'] as const) {
      const article = await ingest({ rawText: `${seeds.rawTexts.get(SEED_ARTICLES[number])}\nscroll to top\n` });
      outlets.push(article.outlet);
      if (number === '002') seedCopyId = article.id;
    }
    assert.deepEqual(outlets, ['The Kyiv Independent', 'Caliber.Az']);
  });

  it('reads the credited agency from the dateline or a credit line, never from a source being quoted', async () => {
    const credited = async (...lines: string[]) => (await ingest({ rawText: page(...lines) })).agency;
    assert.equal(await credited(`TOKYO, May 2 (AFP) - ${STORY}`), 'Agence France-Presse');
    assert.equal(await credited(STORY, 'Reporting by Ana Cruz; Editing by Tom Hale', 'PTI SH ZH'), 'Press Trust of India');
    assert.equal(await credited(`${STORY} One negotiator told Reuters the gap had narrowed.`), null);
    assert.equal(await credited(`SEOUL -- ${STORY} The talks were first reported by Yonhap.`), 'Yonhap News Agency');
  });

  it('groups a retelling of the same agency report with the reports it retells, keeping each', async () => {
    const original = seeds.rawTexts.get(SEED_ARTICLES['002'])!;
    const paragraphs = original.split('\n').filter((line) => line.includes('Yonhap') || line.startsWith('Park noted') || line.startsWith('When asked'));
    const retelling = ['Seoul weighs sanctions over Moscow–Pyongyang arms talks', '', ...paragraphs.flatMap((line) => [line, ''])].join('\n');
    const article = await ingest({ rawText: retelling });
    assert.deepEqual(
      [article.agency, article.syndicatedWith.map((other) => other.id).sort()],
      ['Yonhap News Agency', [articleId(SEED_ARTICLES['002']), seedCopyId].sort()],
    );
  });
});
