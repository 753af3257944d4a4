/**
 * Coding accuracy (not a test): reads every page of a folder the way ingestion does, codes
 * its body and compares the proposals with the events and measures of the page's
 * `.expected.json` (format: test/corpus/README.md). For the seed articles, whose expected
 * files hold no events, the gold is the curated seed events and measures quoting them.
 * A proposal matches a gold record of the same kind whose quote overlaps its own in the body.
 * Then the annotated pages are ingested into a server of their own, to count how many
 * reports of one happening on different pages ended in one record (see `coding-merges.ts`).
 *
 *   npm run bench:coding -w test                       # test/corpus/pages and the seed articles
 *   npm run bench:coding -w test -- <folder> [...]      # e.g. test/corpus/pages
 *   npm run bench:coding -w test -- <folder> --verbose  # every miss and false proposal
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSeedDocuments, codeArticle, knownEventsOf, readPage, SEEDS_DIR } from '@dossier/server';
import { corpusActors, dateText, annotatedStems } from '../testkit/corpus';
import { measureMerges } from './coding-merges';

interface GoldRecord {
  family: 'event' | 'measure';
  kind: string;
  /** The initiator of an event (else its first actor), the first issuer of a measure. */
  mainActor: string | null;
  date: string | null;
  status: string | null;
  quote: string;
  core: boolean;
}

interface Proposal {
  family: 'event' | 'measure';
  kind: string;
  mainActor: string | null;
  date: string | null;
  status: string | null;
  start: number;
  end: number;
  quote: string;
}

interface ExpectedPage {
  url?: string | null;
  fetchedAt?: string | null;
  publishedAt: string | null | Record<string, string | null>;
  events?: { kind: string; actors: { id: string; role: string }[]; date: string | null; quote: string; core: boolean }[];
  measures?: { kind: string; issuers: string[]; status: string; date: string | null; quote: string; core: boolean }[];
}

interface SeedSource {
  article: string;
  quote: string;
}
interface SeedEvent {
  kind: string;
  date: string | null;
  participants: { actor: string; role: string }[];
  dateClaims?: { date: string; source: SeedSource }[];
  sources: SeedSource[];
}
interface SeedMeasure {
  kind: string;
  status: string;
  date: string | null;
  issuers: string[];
  sources: SeedSource[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const base = process.env.INIT_CWD ?? process.cwd();
const folders = args.filter((arg) => !arg.startsWith('--')).map((folder) => path.resolve(base, folder));
if (folders.length === 0) folders.push(path.resolve(__dirname, '../../corpus/pages'), path.join(SEEDS_DIR, 'articles'));

/** The seed articles' gold: the curated records that quote them (all counted as core: the seeds record what each article is about). */
function seedGold(): Map<string, GoldRecord[]> {
  const read = <T>(file: string): T[] => JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8')) as T[];
  const byArticle = new Map<string, GoldRecord[]>();
  const add = (article: string, record: GoldRecord) => byArticle.set(article, [...(byArticle.get(article) ?? []), record]);
  for (const event of read<SeedEvent>('events.json')) {
    const main = event.participants.find((participant) => participant.role === 'INITIATOR') ?? event.participants[0];
    for (const source of event.sources) {
      const claim = event.dateClaims?.find((candidate) => candidate.source.article === source.article);
      add(source.article, {
        family: 'event',
        kind: event.kind,
        mainActor: main?.actor ?? null,
        date: claim?.date ?? event.date,
        status: null,
        quote: source.quote,
        core: true,
      });
    }
  }
  for (const measure of read<SeedMeasure>('measures.json')) {
    for (const source of measure.sources) {
      add(source.article, {
        family: 'measure',
        kind: measure.kind,
        mainActor: measure.issuers[0] ?? null,
        date: measure.date,
        status: measure.status,
        quote: source.quote,
        core: true,
      });
    }
  }
  return byArticle;
}

function pageGold(expected: ExpectedPage): GoldRecord[] {
  return [
    ...(expected.events ?? []).map((event) => ({
      family: 'event' as const,
      kind: event.kind,
      mainActor: (event.actors.find((actor) => actor.role === 'INITIATOR') ?? event.actors[0])?.id ?? null,
      date: event.date,
      status: null,
      quote: event.quote,
      core: event.core,
    })),
    ...(expected.measures ?? []).map((measure) => ({
      family: 'measure' as const,
      kind: measure.kind,
      mainActor: measure.issuers[0] ?? null,
      date: measure.date,
      status: measure.status,
      quote: measure.quote,
      core: measure.core,
    })),
  ];
}

interface Tally {
  expected: number;
  expectedCore: number;
  found: number;
  matched: number;
  matchedCore: number;
  /** Core records matched with the right main actor too (or with none to get right). */
  matchedCoreActor: number;
  roleRight: number;
  roleJudged: number;
  dateRight: number;
  statusRight: number;
  statusJudged: number;
}
const emptyTally = (): Tally => ({
  expected: 0,
  expectedCore: 0,
  found: 0,
  matched: 0,
  matchedCore: 0,
  matchedCoreActor: 0,
  roleRight: 0,
  roleJudged: 0,
  dateRight: 0,
  statusRight: 0,
  statusJudged: 0,
});
const tallies = new Map<string, Tally>();
const tallyOf = (key: string): Tally => {
  if (!tallies.has(key)) tallies.set(key, emptyTally());
  return tallies.get(key)!;
};
const millis: number[] = [];
const sizes: number[] = [];

function score(label: string, folder: string, body: string, gold: GoldRecord[], proposals: Proposal[]): void {
  const taken = new Set<number>();
  const misses: string[] = [];
  for (const record of gold) {
    const keys = [`${record.family} ${record.kind}`, `${record.family} all`, 'all', `folder ${folder}`];
    for (const key of keys) {
      tallyOf(key).expected += 1;
      if (record.core) tallyOf(key).expectedCore += 1;
    }
    const start = body.indexOf(record.quote);
    let best = -1;
    let bestOverlap = 0;
    if (start >= 0) {
      const end = start + record.quote.length;
      proposals.forEach((proposal, index) => {
        if (taken.has(index) || proposal.family !== record.family || proposal.kind !== record.kind) return;
        const overlap = Math.min(end, proposal.end) - Math.max(start, proposal.start);
        if (overlap > bestOverlap) {
          best = index;
          bestOverlap = overlap;
        }
      });
    }
    if (best < 0) {
      misses.push(`missed ${record.core ? 'core ' : ''}${record.kind}: "${record.quote}"${start < 0 ? ' (quote not in body)' : ''}`);
      continue;
    }
    taken.add(best);
    const proposal = proposals[best]!;
    for (const key of keys) {
      const tally = tallyOf(key);
      tally.matched += 1;
      if (record.core) tally.matchedCore += 1;
      if (record.core && (record.mainActor === null || proposal.mainActor === record.mainActor)) tally.matchedCoreActor += 1;
      if (record.mainActor) {
        tally.roleJudged += 1;
        if (proposal.mainActor === record.mainActor) tally.roleRight += 1;
      }
      if (proposal.date === record.date) tally.dateRight += 1;
      if (record.status) {
        tally.statusJudged += 1;
        if (proposal.status === record.status) tally.statusRight += 1;
      }
    }
    if (verbose && proposal.mainActor !== record.mainActor)
      misses.push(`actor ${record.kind}: got ${proposal.mainActor}, want ${record.mainActor}: "${record.quote}"`);
    if (verbose && proposal.date !== record.date) misses.push(`date ${record.kind}: got ${proposal.date}, want ${record.date}: "${record.quote}"`);
    if (verbose && record.status && proposal.status !== record.status)
      misses.push(`status ${record.kind}: got ${proposal.status}, want ${record.status}: "${record.quote}"`);
  }
  proposals.forEach((proposal, index) => {
    for (const key of [`${proposal.family} ${proposal.kind}`, `${proposal.family} all`, 'all', `folder ${folder}`]) tallyOf(key).found += 1;
    if (!taken.has(index)) misses.push(`false ${proposal.kind}: "${proposal.quote}"`);
  });
  console.log(
    `${label.slice(0, 60).padEnd(60)} gold ${String(gold.length).padStart(3)} proposed ${String(proposals.length).padStart(3)} matched ${String(taken.size).padStart(3)}`,
  );
  if (verbose) for (const miss of misses) console.log(`    ${miss}`);
}

const percent = (part: number, whole: number): string => (whole === 0 ? '   -  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

function report(): void {
  console.log(`\n${'kind'.padEnd(34)} gold core found  precision  recall(core) +main actor  recall(all)  main actor   date      status`);
  // Kinds first, then each family, each folder, and everything.
  const rank = (key: string): number => (key === 'all' ? 3 : key.startsWith('folder ') ? 2 : key.endsWith(' all') ? 1 : 0);
  const keys = [...tallies.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const key of keys) {
    const tally = tallies.get(key)!;
    console.log(
      `${key.padEnd(34)} ${String(tally.expected).padStart(4)} ${String(tally.expectedCore).padStart(4)} ${String(tally.found).padStart(5)}    ${percent(tally.matched, tally.found)}     ${percent(tally.matchedCore, tally.expectedCore)}  ${percent(tally.matchedCoreActor, tally.expectedCore)}      ${percent(tally.matched, tally.expected)}      ${percent(tally.roleRight, tally.roleJudged)}     ${percent(tally.dateRight, tally.matched)}   ${percent(tally.statusRight, tally.statusJudged)}`,
    );
  }
  console.log(
    `\ncoding time: median ${median(millis).toFixed(1)} ms per page (median body ${median(sizes)} characters), max ${Math.max(...millis).toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  const actors = corpusActors(folders);
  const seeds = seedGold();
  const quotes = { checked: 0, exact: 0 };
  // Pages are read as ingestion reads them, knowing the recorded events (which date pages that do not date themselves).
  const { actors: seedActors, events: seedEvents } = buildSeedDocuments();
  const events = knownEventsOf(seedEvents, seedActors);
  for (const folder of folders) {
    for (const stem of annotatedStems(folder)) {
      const expected = JSON.parse(fs.readFileSync(path.join(folder, `${stem}.expected.json`), 'utf8')) as ExpectedPage;
      const seedId = /^\d+_([0-9a-f]+)$/.exec(stem)?.[1];
      const gold = expected.events || expected.measures ? pageGold(expected) : seedId ? (seeds.get(seedId) ?? []) : [];
      if (gold.length === 0 && !expected.events && !expected.measures) continue;
      const htmlFile = path.join(folder, `${stem}.html`);
      const textFile = path.join(folder, `${stem}.txt`);
      const input = fs.existsSync(htmlFile)
        ? { html: fs.readFileSync(htmlFile, 'utf8'), url: expected.url ?? null, fetchedAt: expected.fetchedAt ? new Date(expected.fetchedAt) : null }
        : { text: fs.readFileSync(textFile, 'utf8'), url: null, fetchedAt: null };
      const reading = await readPage(input, { actors, events });
      const body = reading.paragraphs.join('\n\n');
      const codingInput = { body, publishedAt: reading.publishedAt, actors, exclude: reading.dateline ? [reading.dateline] : [], language: reading.language };
      // Timed warm: once untimed (the model loads on first use), then timed.
      codeArticle(codingInput);
      const started = performance.now();
      const coded = codeArticle(codingInput);
      millis.push(performance.now() - started);
      sizes.push(body.length);
      // What is recorded: the recorder leaves out what the text says did not happen, and events naming nobody.
      const recorded = {
        events: coded.events.filter((event) => event.mode !== 'NEGATED' && event.actors.length > 0),
        measures: coded.measures.filter((measure) => measure.mode !== 'NEGATED'),
      };
      const proposals: Proposal[] = [
        ...recorded.events.map((event) => ({
          family: 'event' as const,
          kind: event.kind,
          mainActor: (event.actors.find((actor) => actor.role === 'INITIATOR') ?? event.actors[0])?.actorId ?? null,
          date: dateText(event.date),
          status: null,
          start: event.start,
          end: event.end,
          quote: event.quote,
        })),
        ...recorded.measures.map((measure) => ({
          family: 'measure' as const,
          kind: measure.kind,
          mainActor: measure.issuers[0] ?? null,
          date: dateText(measure.date),
          status: measure.status,
          start: measure.start,
          end: measure.end,
          quote: measure.quote,
        })),
      ];
      score(stem, path.relative(path.resolve(__dirname, '../../..'), folder), body, gold, proposals);
      for (const proposal of [...coded.events, ...coded.measures]) {
        quotes.checked += 1;
        if (body.slice(proposal.start, proposal.end) === proposal.quote) quotes.exact += 1;
        else if (verbose) console.log(`  quote not at its offsets in ${stem}: "${proposal.quote}"`);
      }
    }
  }
  report();
  console.log(`quotes: ${quotes.exact} of ${quotes.checked} proposals quote the body exactly at their offsets`);
  await measureMerges(folders, verbose);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
