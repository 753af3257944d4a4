import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSeedDocuments, readSeeds } from '@dossier/server';
import { SEED_ARTICLES } from '../testkit/ids';

const seeds = readSeeds();
const documents = buildSeedDocuments(seeds);
const bodies = new Map(documents.articles.map((article) => [article._id, article.body]));

/** Every `{article, quote}` pair anywhere in the curated JSON. */
function evidenceIn(value: unknown, where: string, found: { where: string; article: string; quote: string }[] = []) {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) evidenceIn(item, `${where}[${index}]`, found);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.article === 'string' && typeof record.quote === 'string') found.push({ where, article: record.article, quote: record.quote });
    else for (const [key, item] of Object.entries(record)) evidenceIn(item, `${where}.${key}`, found);
  }
  return found;
}

const allEvidence = [...evidenceIn(seeds.actors, 'actors'), ...evidenceIn(seeds.events, 'events'), ...evidenceIn(seeds.measures, 'measures')];

describe('curated seeds', () => {
  it('hold the five seed articles verbatim', () => {
    assert.deepEqual(
      seeds.articles.map((article) => article.file),
      Object.entries(SEED_ARTICLES).map(([number, id]) => `articles/${number}_${id}.txt`),
    );
  });

  it('record at least 25 actors, 12 events and 12 measures', () => {
    assert.deepEqual({ actors: seeds.actors.length, events: seeds.events.length, measures: seeds.measures.length }, { actors: 30, events: 15, measures: 13 });
  });

  it('quote every article: each quote is an exact substring of its article body and raw text', () => {
    assert.equal(allEvidence.length, 76);
    for (const evidence of allEvidence) {
      assert.ok(bodies.get(evidence.article)?.includes(evidence.quote), `${evidence.where}: not in the body of ${evidence.article}: ${evidence.quote}`);
      assert.ok(seeds.rawTexts.get(evidence.article)?.includes(evidence.quote), `${evidence.where}: not in the raw text`);
    }
    assert.deepEqual(new Set(allEvidence.map((evidence) => evidence.article)), new Set(Object.values(SEED_ARTICLES)));
  });

  it('store offsets that point at the quote in the body', () => {
    const stored = [...documents.events.flatMap((event) => event.sources), ...documents.measures.flatMap((measure) => measure.sources)];
    for (const evidence of stored) assert.equal(bodies.get(evidence.articleId)!.slice(evidence.start, evidence.end), evidence.quote);
  });

  it('give every event and measure at least one source', () => {
    for (const record of [...documents.events, ...documents.measures]) assert.ok(record.sources.length > 0, record._id);
  });

  it('date articles by their text, not by the scrape date in the page header', () => {
    assert.deepEqual(
      documents.articles.map((article) => [article._id, article.publishedAt, article.publishedAtSource, article.pageHeaderDate]),
      [
        [SEED_ARTICLES['000'], { year: 2023, month: 10, day: 14, approximate: false }, 'INFERRED', { year: 2023, month: 12, day: 5, approximate: false }],
        [SEED_ARTICLES['001'], { year: 2024, month: 1, approximate: false }, 'INFERRED', null],
        [SEED_ARTICLES['002'], { year: 2023, month: 9, day: 15, approximate: false }, 'TEXT', null],
        [SEED_ARTICLES['003'], { year: 2023, month: 9, day: 23, approximate: false }, 'TEXT', null],
        [SEED_ARTICLES['004'], { year: 2023, month: 9, day: 19, approximate: false }, 'TEXT', { year: 2023, month: 9, day: 23, approximate: false }],
      ],
    );
  });

  it('keep both dates of Shoigu’s visit to Pyongyang with their sources', () => {
    const visit = documents.events.find((event) => event._id === 'evt-shoigu-pyongyang-visit')!;
    assert.deepEqual(
      visit.dateClaims.map((claim) => [claim.date, claim.source.articleId]),
      [
        [{ year: 2023, month: 7, approximate: false }, SEED_ARTICLES['003']],
        [{ year: 2023, month: 8, approximate: false }, SEED_ARTICLES['002']],
      ],
    );
    assert.deepEqual(visit.date, { year: 2023, approximate: false });
    assert.deepEqual([visit.dateStart, visit.dateEnd], ['2023-07-01', '2023-08-31']);
  });

  it('strip page furniture from the bodies and keep the paragraphs', () => {
    const body000 = bodies.get(SEED_ARTICLES['000'])!;
    assert.ok(!body000.includes('2023-12-05'));
    assert.ok(!body000.includes('Blackpink'));
    assert.ok(body000.endsWith('through diplomatic efforts. (Yonhap)'));
    assert.equal(body000.split('\n\n').length, 6);
    const body004 = bodies.get(SEED_ARTICLES['004'])!;
    assert.ok(body004.startsWith('SEOUL: South Korea summoned'));
    assert.ok(body004.endsWith('into active conflicts. — Agencies'));
    assert.ok(!/scattered clouds|30°C|No Image|arrow up|home icon/.test(body004));
    const body002 = bodies.get(SEED_ARTICLES['002'])!;
    assert.ok(!/Read also|Leave a Comment|Consider supporting/.test(body002));
    assert.equal(body002.split('\n\n').length, 11);
  });

  it('link each alias of an actor to that actor', () => {
    const mentions = documents.articles.find((article) => article._id === SEED_ARTICLES['000'])!.mentions;
    const linked = (text: string) => mentions.filter((mention) => mention.text === text).map((mention) => mention.actorId);
    assert.deepEqual(linked('Pyongyang'), ['north-korea']);
    assert.deepEqual(linked('the North'), ['north-korea']);
    assert.deepEqual(linked('Kim Jong-un'), ['kim-jong-un']);
    assert.deepEqual(linked("Seoul's foreign ministry"), ['south-korea-foreign-ministry']);
    assert.deepEqual(linked('Seoul'), ['south-korea']);
  });
});
