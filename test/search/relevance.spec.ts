import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DossierGraphQLError, type DossierClient } from '@dossier/sdk';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

/** Pages about desalination, written to rank in a known order (no seed article mentions it). */
const filler = (count: number): string =>
  Array.from({ length: count }, (_, n) => `Officials reviewed the budget of the coastal region for the year, item ${n + 1}.`).join(' ');

const PAGES = {
  titleAndBody: `Desalination plant opens on the coast\n\nA desalination plant opened on Monday. Its desalination capacity doubles the supply. ${filler(2)}\n`,
  bodyFourTimes: `Coastal towns weigh their water supply\n\nDesalination came up first. Desalination costs were discussed, desalination permits too, and desalination subsidies. ${filler(2)}\n`,
  bodyOnce: `Regional budget approved for the coming year\n\nThe budget mentions desalination once. ${filler(3)}\n`,
  stemOnceLonger: `A long review of the coastal budget\n\nSome water there is desalinated. ${filler(12)}\n`,
  unrelated: `Harbour festival draws crowds\n\nThe harbour festival drew crowds on Sunday. ${filler(2)}\n`,
};

describe('search relevance', () => {
  let api: TestServer;
  let editor: DossierClient;
  before(async () => {
    api = await startTestServer();
    editor = sdkFor(api, EDITOR_KEY);
    for (const rawText of Object.values(PAGES)) await editor.ingestArticle({ input: { rawText } });
  });
  after(() => api.stop());

  const ranked = async (search: string) =>
    (await editor.articles({ filter: { search }, orderBy: 'RELEVANCE', first: 10 })).articles.edges.map((edge) => edge.node.title);

  it('ranks a title match first, then more mentions, then a mention in a longer text; stems match', async () => {
    assert.deepEqual(await ranked('desalination'), [
      'Desalination plant opens on the coast',
      'Coastal towns weigh their water supply',
      'Regional budget approved for the coming year',
      'A long review of the coastal budget',
    ]);
  });

  it('needs every word of a multi-word search, the last one possibly unfinished', async () => {
    assert.deepEqual(await ranked('desalination plant'), ['Desalination plant opens on the coast']);
    assert.deepEqual(await ranked('desalination pla'), ['Desalination plant opens on the coast']);
  });

  it('pages through ranked results with cursors, without repeating or skipping', async () => {
    const first = await editor.articles({ filter: { search: 'desalination' }, orderBy: 'RELEVANCE', first: 2 });
    const second = await editor.articles({ filter: { search: 'desalination' }, orderBy: 'RELEVANCE', first: 2, after: first.articles.pageInfo.endCursor });
    assert.deepEqual(
      [...first.articles.edges, ...second.articles.edges].map((edge) => edge.node.title),
      await ranked('desalination'),
    );
    assert.equal(second.articles.pageInfo.hasNextPage, false);
    assert.equal(first.articles.totalCount, 4);
  });

  it('refuses RELEVANCE without a search', async () => {
    await assert.rejects(editor.articles({ orderBy: 'RELEVANCE' }), (error: unknown) => {
      assert.ok(error instanceof DossierGraphQLError);
      assert.deepEqual([error.code, error.field], ['BAD_USER_INPUT', 'orderBy']);
      return true;
    });
  });
});
