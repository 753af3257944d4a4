import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readSeeds } from '@dossier/server';
import { SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const INGEST = graphql(`
  mutation PublicationDatesIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      article { publishedAt { text precision } publishedAtSource publishedAtNote pageHeaderDate { text } flags }
    }
  }
`);

const seeds = readSeeds();
const seedPage = (number: keyof typeof SEED_ARTICLES): string => seeds.rawTexts.get(SEED_ARTICLES[number])!;

const STORY =
  'Negotiators from both governments met for a second day of talks on fishing quotas and port access, officials said, and agreed to meet again after consulting their capitals.';

describe('dating a page', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const dated = async (input: Record<string, unknown>) => {
    const { ingestArticle } = await api.query(INGEST, { input } as never, { apiKey: EDITOR_KEY });
    const article = ingestArticle.article;
    return {
      date: article.publishedAt?.text ?? null,
      source: article.publishedAtSource,
      note: article.publishedAtNote,
      flags: article.flags,
      header: article.pageHeaderDate?.text ?? null,
    };
  };
  const page = (title: string, ...lines: string[]) => [title, ...lines, STORY].join('\n\n');

  it('takes the day the publisher declares, as written in its own time zone', async () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Fishing talks go into a second day","datePublished":"2024-05-02T23:30:00-04:00"}</script></head>
      <body><h1>Fishing talks go into a second day</h1><p>${STORY}</p></body></html>`;
    const result = await dated({ html });
    assert.deepEqual([result.date, result.source, result.note], ['2024-05-02', 'METADATA', 'The publisher declares 2024-05-02T23:30:00-04:00.']);
  });

  it('reads the date line under the headline, in the formats news sites use', async () => {
    const cases: [string, string][] = [
      ['Published: 8:15pm, 24 Aug, 2023', '2023-08-24'],
      ['Sun 14 Apr 2024 19.02 BST', '2024-04-14'],
      ['Updated 4:37 PM EST, February 2, 2024', '2024-02-02'],
      ['Published on: 24/04/2025 - 18:52', '2025-04-24'],
      ['입력 2024.04.14 15:32 | 수정 2024.04.14 18:05', '2024-04-14'],
    ];
    for (const [line, day] of cases) {
      const result = await dated({ rawText: page(`Fishing talks resume as quota row drags on (${day})`, 'By Ana Cruz', line) });
      assert.deepEqual([result.date, result.source], [day, 'BYLINE'], line);
    }
  });

  it('completes a dateline without a year from the day the copy was fetched', async () => {
    const result = await dated({
      rawText: page('Seoul and Tokyo agree to resume fishing talks', `SEOUL, Oct. 12 (Yonhap) -- ${STORY}`),
      fetchedAt: '2023-10-20T09:00:00Z',
    });
    assert.deepEqual(
      [result.date, result.source, result.note],
      ['2023-10-12', 'DATELINE', 'The dateline gives 2023-10-12 (the year from the day the copy was taken).'],
    );
  });

  it('takes a date from the page’s address when nothing else gives one', async () => {
    const html = `<html><body><h1>Port authority opens new ferry terminal</h1><p>${STORY}</p></body></html>`;
    const result = await dated({ html, url: 'https://news.example/world/2024/03/25/port-authority-opens-terminal' });
    assert.deepEqual([result.date, result.source], ['2024-03-25', 'URL']);
  });

  it('takes the latest day the text reports, its year from a recorded event', async () => {
    const result = await dated({ rawText: `${seedPage('002')}\nShare this article\n` });
    assert.deepEqual([result.date, result.source], ['2023-09-15', 'TEXT']);
  });

  it('works a date out from recorded events and weekdays, and sets aside a header date the text rules out', async () => {
    const fromFuture = await dated({ rawText: seedPage('004').replace('scattered clouds', 'light rain') });
    assert.deepEqual(
      [fromFuture.date, fromFuture.source, fromFuture.header, fromFuture.flags],
      ['2023-09-19', 'INFERRED', '2023-09-23', ['HEADER_DATE_CONTRADICTED']],
    );
    assert.equal(
      fromFuture.note,
      'The header date 2023-09-23 cannot be the publication date: the text still expects 2023-09-20, the text calls an event of 2023-09-13 "last week", and the Tuesday it reports before that is 2023-09-19.',
    );
    const fromAnchor = await dated({ rawText: `${seedPage('000').replace('scroll to top', '')}\nLeave a comment\n` });
    assert.deepEqual([fromAnchor.date, fromAnchor.source, fromAnchor.header], ['2023-10-14', 'INFERRED', '2023-12-05']);
    assert.match(
      fromAnchor.note!,
      /^The copy was taken on 2023-12-05: .*the text reports the event of 2023-10-13 on its weekday, so the Saturday the text reports is 2023-10-14\.$/,
    );
  });

  it('dates a page with nothing else to go on no earlier than the latest recorded event it reports', async () => {
    const result = await dated({ rawText: seedPage('001').replace('scroll to top', 'Share') });
    assert.deepEqual([result.date, result.source], ['2024-01', 'INFERRED']);
    assert.equal(result.note, 'The latest recorded event the text reports is of 2024-01~: the page is no older.');
  });

  it('keeps the strongest of disagreeing sources and flags the disagreement', async () => {
    const html = `<html><head><meta property="article:published_time" content="2024-03-25T09:00:00Z"></head><body>
      <h1>Ferry operators strike over new port fees</h1><p class="date">March 20, 2024</p><p>${STORY}</p></body></html>`;
    const result = await dated({ html });
    assert.deepEqual([result.date, result.source, result.flags], ['2024-03-25', 'METADATA', ['DATE_SOURCES_CONFLICT']]);
    assert.equal(
      result.note,
      'The publisher declares 2024-03-25T09:00:00Z. But the date line under the headline gives 2024-03-20: the metadata is the stronger evidence.',
    );
  });

  it('never takes a year the text mentions as history for the publication year', async () => {
    const result = await dated({
      rawText: page(
        'Treaty signed in 1999 faces its sternest test',
        'The ship was run aground in 1999, and the 2016 ruling of an arbitral tribunal found that the claims had no legal basis. In 1999 the dispute was already old; by 2016 it had become a test of the law of the sea.',
      ),
    });
    assert.deepEqual([result.date, result.source, result.note], [null, 'UNKNOWN', 'Neither the page nor the text gives a date.']);
  });
});
