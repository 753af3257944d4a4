import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { buildSeedDocuments, cleanPage, curatedBody, datePublication, findMentions, knownEventsOf, readSeeds, SEEDS_DIR } from '@dossier/server';
import { DossierGraphQLError } from '@dossier/sdk';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, snapshotCollections, startTestServer, type TestServer } from '../testkit/test-server';

const seeds = readSeeds();
const page = (number: keyof typeof SEED_ARTICLES): string => seeds.rawTexts.get(SEED_ARTICLES[number])!;

describe('cleaning a page', () => {
  for (const article of seeds.articles) {
    it(`finds the title, keeps every paragraph and drops exactly the page furniture of ${article.file}`, () => {
      const cleaned = cleanPage(seeds.rawTexts.get(article.id)!);
      assert.equal(cleaned.title, article.title);
      assert.deepEqual(cleaned.paragraphs, curatedBody(seeds.rawTexts.get(article.id)!, article).split('\n\n'));
      assert.deepEqual(
        cleaned.removed.map((line) => line.text),
        seeds.rawTexts
          .get(article.id)!
          .split('\n')
          .filter((line) => article.removedLines.some((removed) => removed.text === line)),
      );
    });
  }
});

describe('linking a page to actors', () => {
  const actors = buildSeedDocuments().actors;
  // The expected files map each actor the body names to how it is named (test/corpus/README.md).
  const expectedActors = (file: string): string[] =>
    Object.keys(
      (JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as { actors: Record<string, string[]> }).actors,
    ).sort();

  for (const article of seeds.articles) {
    it(`links exactly the actors a reader finds in ${article.file}`, () => {
      const body = cleanPage(seeds.rawTexts.get(article.id)!).paragraphs.join('\n\n');
      const linked = [...new Set(findMentions(body, actors).map((mention) => mention.actorId))].sort();
      assert.deepEqual(linked, expectedActors(article.file));
    });
  }
});

/** The recorded seed events with their participants, as a server loaded with the seeds knows them. */
const seedDocuments = buildSeedDocuments();
const knownEvents = () => knownEventsOf(seedDocuments.events, seedDocuments.actors);

describe('dating a page', () => {
  const dateOf = (number: keyof typeof SEED_ARTICLES) => {
    const cleaned = cleanPage(page(number));
    return datePublication(cleaned.paragraphs, cleaned.headerLines);
  };

  it('takes the latest date the text reports as past', () => {
    const dated = dateOf('002');
    assert.deepEqual([dated.publishedAt, dated.source, dated.headerContradicted], [{ year: 2023, month: 9, day: 15 }, 'TEXT', false]);
  });

  it('lets the text win over a header date it rules out, and says so', () => {
    const dated = dateOf('004');
    assert.deepEqual(
      [dated.publishedAt, dated.source, dated.pageHeaderDate, dated.headerContradicted],
      [{ year: 2023, month: 9, day: 19 }, 'INFERRED', { year: 2023, month: 9, day: 23 }, true],
    );
    assert.equal(
      dated.note,
      'The header date 2023-09-23 cannot be the publication date: the text still expects 2023-09-20, and the Tuesday it reports before that is 2023-09-19.',
    );
  });

  it('takes the year from a recorded event when the text names no year', () => {
    const cleaned = cleanPage(page('003'));
    assert.equal(datePublication(cleaned.paragraphs, cleaned.headerLines).source, 'UNKNOWN');
    const dated = datePublication(cleaned.paragraphs, cleaned.headerLines, { events: knownEvents() });
    assert.deepEqual([dated.publishedAt, dated.source], [{ year: 2023, month: 9, day: 23 }, 'TEXT']);
  });

  it('rules out a header date by a recorded event the text calls "last month"', () => {
    const cleaned = cleanPage(page('000'));
    const dated = datePublication(cleaned.paragraphs, cleaned.headerLines, { events: knownEvents() });
    assert.deepEqual(
      [dated.publishedAt, dated.source, dated.pageHeaderDate, dated.headerContradicted],
      [{ year: 2023, month: 10 }, 'INFERRED', { year: 2023, month: 12, day: 5 }, true],
    );
    assert.equal(dated.note, 'The header date 2023-12-05 cannot be the publication date: the text calls an event of 2023-09-13 "last month".');
  });

  it('keeps a header date the text agrees with, and admits when there is no date at all', () => {
    assert.deepEqual(datePublication(['The minister spoke on March 3, 2024.'], ['Tuesday, March 5, 2024']).source, 'PAGE_HEADER');
    assert.deepEqual(datePublication(['Nothing here is dated at all, as it happens.'], []).source, 'UNKNOWN');
  });
});

describe('ingesting a page', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('stores a new page cleaned, dated, flagged and linked to the actors it names; the same text twice is one article', async () => {
    const editor = sdkFor(api, EDITOR_KEY);
    const rawText = page('004').replace('scattered clouds', 'light rain').replace('30°C / 30°C', '21°C / 17°C');
    const first = await editor.ingestArticle({ input: { rawText, outlet: 'Example Daily' } });
    assert.equal(first.ingestArticle.created, true);
    const article = first.ingestArticle.article;
    assert.deepEqual(
      [article.title, article.outlet, article.agency, article.publishedAt?.text, article.publishedAtSource, article.pageHeaderDate?.text, article.flags],
      [
        'South Korea urges Russia to halt military cooperation with N Korea',
        'Example Daily',
        null,
        '2023-09-19',
        'INFERRED',
        '2023-09-23',
        ['HEADER_DATE_CONTRADICTED'],
      ],
    );
    assert.ok(!/light rain|21°C|arrow up|home icon/.test(article.body));
    const linked = new Set(article.mentions.map((mention) => mention.actor.name));
    for (const name of ['South Korea', 'Russia', 'North Korea', 'Kim Jong Un', 'Vladimir Putin', 'Chang Ho-jin', 'Yoon Suk Yeol', 'United States'])
      assert.ok(linked.has(name), name);
    for (const mention of article.mentions) assert.equal(article.body.slice(mention.start, mention.end), mention.text);

    const again = await editor.ingestArticle({ input: { rawText } });
    assert.deepEqual([again.ingestArticle.created, again.ingestArticle.article.id], [false, article.id]);
    const { actor } = await editor.actorArticles({ id: actorId('chang-ho-jin') });
    assert.deepEqual(actor?.articles.edges.map((edge) => edge.node.id).sort(), [article.id, articleId(SEED_ARTICLES['004'])].sort());
  });

  it('keeps names that look like unknown actors as candidates, not links', async () => {
    const rawText =
      'Spy chief nominee meets defence officials\n\nCho Tae-yong met Lee Jong-sup and officials of the Joint Chiefs of Staff in Seoul on Monday, South Korea said.\n';
    const { ingestArticle } = await sdkFor(api, EDITOR_KEY).ingestArticle({ input: { rawText } });
    assert.deepEqual(ingestArticle.article.candidateNames, ['Cho Tae-yong', 'Lee Jong-sup', 'Joint Chiefs of Staff']);
    assert.deepEqual(
      ingestArticle.article.mentions.map((mention) => mention.actor.name),
      ['South Korea', 'South Korea'],
    );
  });

  it('groups a retelling of the same agency report with the original, keeping both', async () => {
    const original = seeds.rawTexts.get(SEED_ARTICLES['002'])!;
    const paragraphs = original.split('\n').filter((line) => line.includes('Yonhap') || line.startsWith('Park noted') || line.startsWith('When asked'));
    const retelling = ['Seoul weighs sanctions over Moscow–Pyongyang arms talks', '', ...paragraphs.flatMap((line) => [line, ''])].join('\n');
    const editor = sdkFor(api, EDITOR_KEY);
    const { ingestArticle } = await editor.ingestArticle({ input: { rawText: retelling } });
    assert.equal(ingestArticle.created, true);
    assert.equal(ingestArticle.article.agency, 'Yonhap');
    assert.deepEqual(
      ingestArticle.article.syndicatedWith.map((article) => article.id),
      [articleId(SEED_ARTICLES['002'])],
    );
    const { article } = await editor.article({ id: articleId(SEED_ARTICLES['002']) });
    assert.deepEqual(
      article?.syndicatedWith.map((other) => other.id),
      [ingestArticle.article.id],
    );
    const unrelated = await editor.article({ id: articleId(SEED_ARTICLES['003']) });
    assert.deepEqual(unrelated.article?.syndicatedWith, [], 'another Yonhap report stays out of the cluster');
  });

  it('takes the outlet from where a page names itself', async () => {
    const editor = sdkFor(api, EDITOR_KEY);
    const outlets: (string | null)[] = [];
    for (const number of ['002', '003'] as const) {
      const { ingestArticle } = await editor.ingestArticle({ input: { rawText: `${page(number)}\nscroll to top\n` } });
      outlets.push(ingestArticle.article.outlet);
    }
    assert.deepEqual(outlets, ['The Kyiv Independent', 'Caliber.Az']);
  });

  it('recognises a seed page as the article already stored', async () => {
    const { ingestArticle } = await sdkFor(api, EDITOR_KEY).ingestArticle({ input: { rawText: page('002') } });
    assert.deepEqual([ingestArticle.created, ingestArticle.article.id], [false, articleId(SEED_ARTICLES['002'])]);
  });

  it('flags a page with a headline and no text', async () => {
    const { ingestArticle } = await sdkFor(api, EDITOR_KEY).ingestArticle({ input: { rawText: 'Seoul and Tokyo hold talks on defence\n\nscroll to top\n' } });
    assert.deepEqual([ingestArticle.created, ingestArticle.article.flags, ingestArticle.article.body], [true, ['NO_BODY'], '']);
  });

  it('refuses empty, binary, oversize and headline-less input with BAD_USER_INPUT and stores nothing', async () => {
    const editor = sdkFor(api, EDITOR_KEY);
    const before = await snapshotCollections(api.testDatabase.database);
    const cases: [string, string][] = [
      ['   \n  ', 'input.rawText: must not be empty'],
      ['PNG\u0000\u0001\u0002 binary', 'input.rawText: looks like binary data, not text'],
      ['x '.repeat(260_000), 'input.rawText: at most 500000 characters, got 520000'],
      ['scroll to top\n30°C', 'input.rawText: no headline found: the page has no line of text that reads as one'],
    ];
    for (const [rawText, message] of cases) {
      await assert.rejects(editor.ingestArticle({ input: { rawText } }), (error: unknown) => {
        assert.ok(error instanceof DossierGraphQLError);
        assert.deepEqual([error.code, error.message], ['BAD_USER_INPUT', message]);
        return true;
      });
    }
    const fiveMegabytes = 'Text that goes on. '.repeat(280_000);
    await assert.rejects(
      editor.ingestArticle({ input: { rawText: fiveMegabytes } }),
      (error: unknown) => error instanceof DossierGraphQLError && error.code === 'BAD_USER_INPUT',
    );
    assert.deepEqual(await snapshotCollections(api.testDatabase.database), before);
  });
});
