/**
 * Ingestion accuracy (not a test): reads every page of a folder the way ingestion does and
 * compares what it found with the page's `.expected.json` (format: test/corpus/README.md).
 * Pages served as HTML are read with their address and fetch time; stored text copies are
 * read as text alone. Prints a line per page and format, then the totals.
 *
 *   npm run bench:ingestion -w test                      # the seed pages
 *   npm run bench:ingestion -w test -- <folder> [...]     # e.g. test/corpus/pages
 *   npm run bench:ingestion -w test -- <folder> --verbose # every miss, line by line
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSeedDocuments, knownEventsOf, readPage, SEEDS_DIR, type KnownActor } from '@dossier/server';
import { corpusActors, dateText, annotatedStems } from '../testkit/corpus';

type Kind = 'NAME' | 'ALIAS' | 'METONYM' | 'DEMONYM';

interface Expected {
  url?: string | null;
  fetchedAt?: string | null;
  language?: string;
  title: string;
  /** One value, or one per format when the formats date the page differently (a text copy without the address). */
  publishedAt: string | null | Record<string, string | null>;
  dateSource?: string | Record<string, string | null>;
  outlet?: string | null;
  agency?: string | null;
  junkLines: string[];
  metaLines?: string[];
  /** Either the ids of the actors named, or each id with the kinds of naming used. */
  actors: string[] | Record<string, Kind[]>;
  candidates?: string[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folders = args.filter((arg) => !arg.startsWith('--')).map((folder) => path.resolve(process.env.INIT_CWD ?? process.cwd(), folder));
if (folders.length === 0) folders.push(path.join(SEEDS_DIR, 'articles'));

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Outlet and agency names compare without case, punctuation or a leading "The". */
const nameKey = (name: string | null | undefined): string =>
  (name ?? '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

interface Tally {
  pages: number;
  titles: number;
  datesExpected: number;
  datesExact: number;
  datesToPrecision: number;
  datesWrong: number;
  wrongYears: number;
  datesMissing: number;
  sourcesRight: number;
  sourcesExpected: number;
  outlets: number;
  agencies: number;
  junkLeft: number;
  junkTotal: number;
  proseLost: number;
  proseTotal: number;
  linkTrue: number;
  linkFound: number;
  linkExpected: number;
  demonymTrue: number;
  demonymFound: number;
  demonymExpected: number;
  candidateTrue: number;
  candidateFound: number;
  candidateExpected: number;
  languages: number;
  millis: number[];
  sizes: number[];
}

const emptyTally = (): Tally => ({
  pages: 0,
  titles: 0,
  datesExpected: 0,
  datesExact: 0,
  datesToPrecision: 0,
  datesWrong: 0,
  wrongYears: 0,
  datesMissing: 0,
  sourcesRight: 0,
  sourcesExpected: 0,
  outlets: 0,
  agencies: 0,
  junkLeft: 0,
  junkTotal: 0,
  proseLost: 0,
  proseTotal: 0,
  linkTrue: 0,
  linkFound: 0,
  linkExpected: 0,
  demonymTrue: 0,
  demonymFound: 0,
  demonymExpected: 0,
  candidateTrue: 0,
  candidateFound: 0,
  candidateExpected: 0,
  languages: 0,
  millis: [],
  sizes: [],
});

/** The actors expected, split into those named (name, alias, metonym) and those only called by a demonym. */
function expectedActors(expected: Expected): { named: Set<string>; demonyms: Set<string> } {
  if (Array.isArray(expected.actors)) return { named: new Set(expected.actors), demonyms: new Set() };
  const entries = Object.entries(expected.actors);
  return {
    named: new Set(entries.filter(([, kinds]) => kinds.some((kind) => kind !== 'DEMONYM')).map(([id]) => id)),
    demonyms: new Set(entries.filter(([, kinds]) => kinds.includes('DEMONYM')).map(([id]) => id)),
  };
}

/** Lines of the stored text copy that are article prose: neither title, junk nor meta. */
function proseLines(textCopy: string, expected: Expected): string[] {
  const other = new Set([expected.title, ...expected.junkLines, ...(expected.metaLines ?? [])].map(squash));
  return textCopy
    .split('\n')
    .map(squash)
    .filter((line) => line.length > 0 && !other.has(line));
}

const shared = (found: Set<string>, wanted: Set<string>): number => [...found].filter((item) => wanted.has(item)).length;
const candidateKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

async function measure(
  file: string,
  format: 'html' | 'txt',
  expected: Expected,
  textCopy: string | null,
  actors: KnownActor[],
  events: ReturnType<typeof knownEventsOf>,
  tally: Tally,
): Promise<void> {
  const raw = fs.readFileSync(file, 'utf8');
  const input =
    format === 'html'
      ? { html: raw, url: expected.url ?? null, fetchedAt: expected.fetchedAt ? new Date(expected.fetchedAt) : null }
      : { text: raw, url: null, fetchedAt: null };
  // Timed warm, as a running server reads pages: once untimed, then timed.
  await readPage(input, { actors, events });
  const started = performance.now();
  const reading = await readPage(input, { actors, events });
  tally.millis.push(performance.now() - started);
  tally.sizes.push(reading.paragraphs.join('\n\n').length);
  tally.pages += 1;
  const misses: string[] = [];

  const titleRight = squash(reading.title ?? '') === squash(expected.title);
  tally.titles += titleRight ? 1 : 0;
  if (!titleRight) misses.push(`title: got "${reading.title}"`);

  const got = dateText(reading.publishedAt);
  const wanted = expected.publishedAt !== null && typeof expected.publishedAt === 'object' ? (expected.publishedAt[format] ?? null) : expected.publishedAt;
  let dateVerdict = 'exact';
  if (wanted === null) {
    if (got !== null) dateVerdict = 'wrong';
  } else {
    tally.datesExpected += 1;
    if (got === wanted) tally.datesExact += 1;
    else if (got === null) dateVerdict = 'missing';
    else if (wanted.startsWith(got) || got.startsWith(wanted)) dateVerdict = 'to precision';
    else dateVerdict = 'wrong';
    if (got !== null && got.slice(0, 4) !== wanted.slice(0, 4)) tally.wrongYears += 1;
  }
  if (dateVerdict === 'to precision') tally.datesToPrecision += 1;
  if (dateVerdict === 'wrong') tally.datesWrong += 1;
  if (dateVerdict === 'missing') tally.datesMissing += 1;
  if (dateVerdict !== 'exact') misses.push(`date: got ${got} (${reading.dateSource}), expected ${wanted}; ${reading.dateNote}`);

  const wantedSource =
    typeof expected.dateSource === 'string' ? expected.dateSource : (expected.dateSource?.[format] ?? (wanted === null ? 'UNKNOWN' : undefined));
  if (wantedSource) {
    tally.sourcesExpected += 1;
    if (reading.dateSource === wantedSource) tally.sourcesRight += 1;
    else misses.push(`date source: got ${reading.dateSource}, expected ${wantedSource}`);
  }

  const outletRight = nameKey(reading.outlet) === nameKey(expected.outlet);
  tally.outlets += outletRight ? 1 : 0;
  if (!outletRight) misses.push(`outlet: got ${reading.outlet} (${reading.outletSource}), expected ${expected.outlet ?? null}`);
  const agencyRight = nameKey(reading.agency) === nameKey(expected.agency);
  tally.agencies += agencyRight ? 1 : 0;
  if (!agencyRight) misses.push(`agency: got ${reading.agency}, expected ${expected.agency ?? null}`);

  const languageRight = !expected.language || reading.language === expected.language;
  tally.languages += languageRight ? 1 : 0;
  if (!languageRight) misses.push(`language: got ${reading.language}, expected ${expected.language}`);

  const paragraphs = new Set(reading.paragraphs.map(squash));
  const body = squash(reading.paragraphs.join(' '));
  // A junk line is left when it survives as a paragraph, or (long enough to be unmistakable) inside one.
  const left = expected.junkLines.map(squash).filter((line) => paragraphs.has(line) || (line.length >= 25 && body.includes(line)));
  tally.junkLeft += left.length;
  tally.junkTotal += expected.junkLines.length;
  for (const line of left) misses.push(`junk left: ${line.slice(0, 100)}`);
  if (textCopy !== null) {
    const prose = proseLines(textCopy, expected);
    const lost = prose.filter((line) => !body.includes(line));
    tally.proseLost += lost.length;
    tally.proseTotal += prose.length;
    for (const line of lost) misses.push(`prose lost: ${line.slice(0, 100)}`);
  }

  const wantedActors = expectedActors(expected);
  const named = new Set(reading.mentions.filter((mention) => mention.kind !== 'DEMONYM').map((mention) => mention.actorId));
  const demonyms = new Set(reading.mentions.filter((mention) => mention.kind === 'DEMONYM').map((mention) => mention.actorId));
  tally.linkTrue += shared(named, wantedActors.named);
  tally.linkFound += named.size;
  tally.linkExpected += wantedActors.named.size;
  for (const id of named) if (!wantedActors.named.has(id)) misses.push(`linked wrongly: ${id} (${reading.mentions.find((m) => m.actorId === id)?.text})`);
  for (const id of wantedActors.named) if (!named.has(id)) misses.push(`not linked: ${id}`);
  if (!Array.isArray(expected.actors)) {
    tally.demonymTrue += shared(demonyms, wantedActors.demonyms);
    tally.demonymFound += demonyms.size;
    tally.demonymExpected += wantedActors.demonyms.size;
  }

  if (expected.candidates) {
    const found = new Set(reading.candidateNames.map(candidateKey));
    const wantedCandidates = new Set(expected.candidates.map(candidateKey));
    tally.candidateTrue += shared(found, wantedCandidates);
    tally.candidateFound += found.size;
    tally.candidateExpected += wantedCandidates.size;
    for (const name of reading.candidateNames) if (!wantedCandidates.has(candidateKey(name))) misses.push(`candidate wrongly: ${name}`);
    for (const name of expected.candidates) if (!found.has(candidateKey(name))) misses.push(`candidate missed: ${name}`);
  }

  const mark = (right: boolean) => (right ? 'ok ' : 'NO ');
  console.log(
    `${path.basename(file).slice(0, 44).padEnd(44)} ${format.padEnd(4)} ${mark(titleRight)}  ${(got ?? '-').padEnd(10)} ${dateVerdict.padEnd(12)} ${String(reading.dateSource).padEnd(9)} ${mark(outletRight)}  ${mark(agencyRight)}  ${String(left.length).padStart(2)} ${misses
      .filter((miss) => miss.startsWith('prose lost'))
      .length.toString()
      .padStart(
        3,
      )}  ${String(misses.filter((miss) => /^(linked wrongly|not linked)/.test(miss)).length).padStart(4)}  ${String(misses.filter((miss) => miss.startsWith('candidate')).length).padStart(4)}`,
  );
  if (verbose) for (const miss of misses) console.log(`    ${miss}`);
}

const percent = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`);
const ratio = (part: number, whole: number): string => `${percent(part, whole)} (${part}/${whole})`;
const f1 = (truePositives: number, found: number, expected: number): string => {
  const precision = found === 0 ? 0 : truePositives / found;
  const recall = expected === 0 ? 0 : truePositives / expected;
  return precision + recall === 0 ? '0' : ((2 * precision * recall) / (precision + recall)).toFixed(3);
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

function report(label: string, tally: Tally): void {
  console.log(`\n${label}: ${tally.pages} readings`);
  console.log(`  title                ${ratio(tally.titles, tally.pages)}`);
  console.log(
    `  date                 exact ${ratio(tally.datesExact, tally.datesExpected)}, right to its precision ${tally.datesToPrecision}, wrong ${tally.datesWrong} (wrong year ${tally.wrongYears}), missing ${tally.datesMissing}`,
  );
  console.log(`  date source          ${ratio(tally.sourcesRight, tally.sourcesExpected)}`);
  console.log(`  outlet               ${ratio(tally.outlets, tally.pages)}`);
  console.log(`  agency               ${ratio(tally.agencies, tally.pages)}`);
  console.log(`  language             ${ratio(tally.languages, tally.pages)}`);
  console.log(`  junk lines left      ${tally.junkLeft} of ${tally.junkTotal}`);
  console.log(`  prose lines lost     ${tally.proseLost} of ${tally.proseTotal}`);
  console.log(
    `  actor linking        precision ${ratio(tally.linkTrue, tally.linkFound)}, recall ${ratio(tally.linkTrue, tally.linkExpected)}, F1 ${f1(tally.linkTrue, tally.linkFound, tally.linkExpected)}`,
  );
  console.log(`  demonyms             precision ${ratio(tally.demonymTrue, tally.demonymFound)}, recall ${ratio(tally.demonymTrue, tally.demonymExpected)}`);
  console.log(
    `  candidate names      precision ${ratio(tally.candidateTrue, tally.candidateFound)}, recall ${ratio(tally.candidateTrue, tally.candidateExpected)}`,
  );
  const perPage = median(tally.millis);
  const size = median(tally.sizes);
  console.log(
    `  reading time         median ${perPage.toFixed(1)} ms per page (median body ${size} characters), max ${Math.max(...tally.millis).toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  const actors = corpusActors(folders);
  const { actors: seedActors, events: seedEvents } = buildSeedDocuments();
  const events = knownEventsOf(seedEvents, seedActors);
  const total = emptyTally();
  const byFormat = { html: emptyTally(), txt: emptyTally() };
  console.log(`${'page'.padEnd(44)} fmt  title date       verdict      source    outlet agency junk prose links cands`);
  for (const folder of folders) {
    for (const stem of annotatedStems(folder)) {
      const expected = JSON.parse(fs.readFileSync(path.join(folder, `${stem}.expected.json`), 'utf8')) as Expected;
      const textFile = path.join(folder, `${stem}.txt`);
      const textCopy = fs.existsSync(textFile) ? fs.readFileSync(textFile, 'utf8') : null;
      for (const format of ['html', 'txt'] as const) {
        const file = path.join(folder, `${stem}.${format}`);
        if (!fs.existsSync(file)) continue;
        const tally = emptyTally();
        await measure(file, format, expected, textCopy, actors, events, tally);
        for (const target of [total, byFormat[format]]) {
          for (const key of Object.keys(tally) as (keyof Tally)[]) {
            const value = tally[key];
            if (Array.isArray(value)) (target[key] as number[]).push(...value);
            else (target[key] as number) += value;
          }
        }
      }
    }
  }
  report('HTML pages', byFormat.html);
  report('Text copies', byFormat.txt);
  report('All', total);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
