import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { corpusPage } from '../testkit/corpus';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, snapshotCollections, startTestServer, type TestServer } from '../testkit/test-server';

const INGEST = graphql(`
  mutation ReadingPagesIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      created
      article {
        title
        body
        authors
        outlet
        agency
        language
        flags
        publishedAt { text }
        publishedAtSource
        fetchedAt
        rawFormat
        rawText
        removedLines { text kind reason }
        mentions { text kind actor { name } }
        candidateNames
      }
    }
  }
`);

const asEditor = { apiKey: EDITOR_KEY };

describe('reading a page', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('takes an HTML page’s title, date, outlet, authors and credit from what the publisher declares, and its text without the furniture', async () => {
    const page = corpusPage('01');
    const { ingestArticle } = await api.query(INGEST, { input: { html: page.html, url: page.expected.url, fetchedAt: page.expected.fetchedAt } }, asEditor);
    const article = ingestArticle.article;
    assert.deepEqual(
      [article.title, article.publishedAt?.text, article.publishedAtSource, article.outlet, article.agency, article.authors, article.language],
      [
        'Philippines summons Chinese envoy, says water cannon attack injured crew',
        '2024-03-25',
        'METADATA',
        'Transpacific Newswire',
        'Reuters',
        ['Carla Mendoza', 'Paolo Reyes'],
        'en',
      ],
    );
    assert.deepEqual(article.body.split('\n\n'), page.prose);
    assert.deepEqual([article.rawFormat, article.rawText, article.fetchedAt], ['HTML', page.html, '2024-03-26T03:05:00.000Z']);
    const removed = new Map(article.removedLines.map((line) => [line.text, `${line.kind}: ${line.reason}`]));
    assert.equal(removed.get('By Carla Mendoza and Paolo Reyes'), 'META: byline');
    assert.equal(
      removed.get(
        'A Chinese coast guard vessel fires water cannon towards a Philippine resupply boat near Second Thomas Shoal in the South China Sea, March 23, 2024. Philippine Coast Guard/Handout via Reuters',
      ),
      'JUNK: photo caption',
    );
    assert.equal(removed.get('Advertisement · Scroll to continue'), 'JUNK: advertisement');
    // The database knows only the seeds' actors: the Philippines and the China Coast Guard are new to it.
    assert.deepEqual(article.candidateNames, ['Philippines', 'China Coast Guard', "Ren'ai Jiao", 'State Department', 'Matthew Miller']);
  });

  it('reads the page’s stored text copy to the same body, dating it from its byline and naming the outlet from the page', async () => {
    const page = corpusPage('01');
    const { ingestArticle } = await api.query(INGEST, { input: { rawText: page.text } }, asEditor);
    const article = ingestArticle.article;
    assert.deepEqual(article.body.split('\n\n'), page.prose);
    assert.deepEqual(
      [article.publishedAt?.text, article.publishedAtSource, article.outlet, article.agency, article.rawFormat],
      ['2024-03-25', 'BYLINE', 'Transpacific Newswire', 'Reuters', 'TEXT'],
    );
    // Every line of the page is the title, a paragraph, or a removed line with its reason.
    const lines = page.text!.split('\n').filter((line) => line.trim());
    assert.equal(lines.length, 1 + page.prose.length + article.removedLines.length);
    for (const line of page.expected.junkLines)
      assert.ok(
        article.removedLines.some((removed) => removed.text === line && removed.kind === 'JUNK'),
        line,
      );
  });

  it('keeps short prose lines and subheadings, and drops captions, related headlines and notes about the author', async () => {
    for (const number of ['30', '34', '42']) {
      const page = corpusPage(number);
      const { ingestArticle } = await api.query(INGEST, { input: { rawText: page.text } }, asEditor);
      assert.deepEqual(ingestArticle.article.body.split('\n\n'), page.prose, `page ${number}`);
    }
  });

  it('reads the text of a page that declares nothing', async () => {
    const html = `<html><body><div class="top"><a href="/">Home</a> <a href="/world">World</a></div>
      <h2>Harbour talks end without a deal as both sides dig in</h2>
      <p>Negotiators from the two port cities ended three days of talks on Thursday without an agreement on fishing rights, officials said.</p>
      <p>Another round is expected next month.</p>
      <div class="footer">© 2024 Coastline Weekly. All rights reserved.</div></body></html>`;
    const { ingestArticle } = await api.query(INGEST, { input: { html } }, asEditor);
    assert.deepEqual(
      [ingestArticle.article.title, ingestArticle.article.body, ingestArticle.article.outlet],
      [
        'Harbour talks end without a deal as both sides dig in',
        'Negotiators from the two port cities ended three days of talks on Thursday without an agreement on fishing rights, officials said.\n\nAnother round is expected next month.',
        'Coastline Weekly',
      ],
    );
  });

  it('stores a page in another language with its language and a flag, its text unmangled by English rules', async () => {
    const page = corpusPage('40');
    const { ingestArticle } = await api.query(INGEST, { input: { html: page.html, url: page.expected.url, fetchedAt: page.expected.fetchedAt } }, asEditor);
    const article = ingestArticle.article;
    assert.deepEqual(
      [article.title, article.language, article.flags, article.publishedAt?.text, article.outlet, article.mentions, article.candidateNames],
      [page.expected.title, 'fr', ['NOT_ENGLISH'], '2023-09-25', 'Le Courrier du Fleuve', [], []],
    );
    assert.deepEqual(article.body.split('\n\n'), page.prose);
  });

  it('refuses a page given both as HTML and as text, or given neither way, and stores nothing', async () => {
    const before = await snapshotCollections(api.testDatabase.database);
    for (const input of [{ html: '<p>Talks</p>', rawText: 'Talks' }, { url: 'https://news.example/a' }]) {
      const error = await api.expectError(INGEST, { input }, asEditor, 'BAD_USER_INPUT', 'input');
      assert.equal(error.message, 'input: give the page either as `html` or as `rawText`, not both and not neither');
    }
    const error = await api.expectError(INGEST, { input: { rawText: 'Talks', fetchedAt: 'yesterday' } }, asEditor, 'BAD_USER_INPUT');
    assert.match(error.message, /fetchedAt/);
    assert.deepEqual(await snapshotCollections(api.testDatabase.database), before);
  });
});
