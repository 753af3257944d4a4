/**
 * Ingestion accuracy (not a test): over a folder of pages, each `page.txt` with a
 * `page.expected.json` beside it ({ title, publishedAt, junkLines, actors }), prints title
 * and date accuracy, actor-linking precision and recall, and the junk lines left in bodies.
 *
 *   npm run bench:ingestion -w test                # the seed pages
 *   npm run bench:ingestion -w test -- <folder>
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildSeedDocuments, cleanPage, datePublication, findMentions, knownEventsOf, SEEDS_DIR } from '@dossier/server';

interface Expected {
  title: string;
  publishedAt: string | null;
  junkLines: string[];
  actors: string[];
}

const text = (date: { year: number; month?: number | null; day?: number | null } | null): string | null =>
  date
    ? [date.year, date.month, date.day]
        .filter((part) => part != null)
        .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
        .join('-')
    : null;

function main(): void {
  const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2] ?? path.join(SEEDS_DIR, 'articles'));
  // What a server loaded with the seeds knows: its actors, and the recorded events with their participants.
  const { actors, events: seedEvents } = buildSeedDocuments();
  const events = knownEventsOf(seedEvents, actors);
  const pages = fs.readdirSync(folder).filter((file) => file.endsWith('.txt') && fs.existsSync(path.join(folder, file.replace(/\.txt$/, '.expected.json'))));
  let titles = 0;
  let dates = 0;
  let datesToPrecision = 0;
  let truePositives = 0;
  let linked = 0;
  let expectedActors = 0;
  let junkLeft = 0;
  let junkTotal = 0;
  console.log('page                          title  date (got / expected)        actors linked / expected / right  junk left');
  for (const file of pages.sort()) {
    const expected = JSON.parse(fs.readFileSync(path.join(folder, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const page = cleanPage(fs.readFileSync(path.join(folder, file), 'utf8'));
    const body = page.paragraphs.join('\n\n');
    const date = text(datePublication(page.paragraphs, page.headerLines, { events }).publishedAt);
    const found = new Set(findMentions(body, actors).map((mention) => mention.actorId));
    const right = expected.actors.filter((actor) => found.has(actor)).length;
    const left = expected.junkLines.filter((line) => page.paragraphs.includes(line.trim()) || page.title === line.trim()).length;
    titles += page.title === expected.title ? 1 : 0;
    dates += date === expected.publishedAt ? 1 : 0;
    // "2023-10" for an article of 2023-10-14 is right as far as it goes.
    datesToPrecision += date !== null && expected.publishedAt?.startsWith(date) ? 1 : 0;
    truePositives += right;
    linked += found.size;
    expectedActors += expected.actors.length;
    junkLeft += left;
    junkTotal += expected.junkLines.length;
    console.log(
      `${file.slice(0, 28).padEnd(28)}  ${page.title === expected.title ? 'yes' : 'no '}    ${String(date).padEnd(10)} / ${String(expected.publishedAt).padEnd(10)}     ${String(found.size).padStart(6)} / ${String(expected.actors.length).padStart(8)} / ${String(right).padStart(5)}   ${left}/${expected.junkLines.length}`,
    );
  }
  const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`);
  console.log(`\n${pages.length} pages`);
  console.log(`title accuracy           ${percent(titles, pages.length)} (${titles}/${pages.length})`);
  console.log(
    `date accuracy            ${percent(dates, pages.length)} (${dates}/${pages.length}), right to its precision ${percent(datesToPrecision, pages.length)} (${datesToPrecision}/${pages.length})`,
  );
  console.log(`actor-linking precision  ${percent(truePositives, linked)} (${truePositives}/${linked})`);
  console.log(`actor-linking recall     ${percent(truePositives, expectedActors)} (${truePositives}/${expectedActors})`);
  console.log(`junk lines left          ${junkLeft} of ${junkTotal}`);
}

main();
