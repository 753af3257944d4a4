/**
 * One record per happening (part of `npm run bench:coding`): ingests the annotated pages of
 * the folders into a server of its own (which knows the corpus actors), coding each, then
 * reads back every event and measure with its sources. A source stands for the gold record
 * of its page whose quote it overlaps, of the same kind; gold records of one `happening` on
 * different pages are a same-happening pair. Prints how many pairs whose both sides were
 * proposed ended in one record, and how many pairs of sources one record joined belong to
 * different happenings (wrong merges).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { annotatedStems, createCorpusActors } from '../testkit/corpus';
import { dataOf, postGraphQL } from '../testkit/graphql-client';
import { startServerProcess } from '../testkit/server-process';
import { EDITOR_KEY } from '../testkit/test-server';

interface GoldHappening {
  readonly happening: string;
  readonly kind: string;
  readonly quote: string;
}

interface AnnotatedPage {
  readonly url?: string | null;
  readonly fetchedAt?: string | null;
  readonly events?: GoldHappening[];
  readonly measures?: GoldHappening[];
}

interface StoredRecord {
  readonly id: string;
  readonly kind: string;
  readonly date: { text: string } | null;
  readonly participants?: { role: string; actor: { name: string } }[];
  readonly issuers?: { name: string }[];
  readonly targets?: { name: string }[];
  readonly sources: { start: number; end: number; quote: string; article: { id: string } }[];
}

interface RecordPage {
  readonly edges: { node: StoredRecord }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const INGEST = 'mutation MergesIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { id body } } }';
const RECORDS = `query MergesRecords($after: String) {
  events(filter: { review: [PROPOSED, ACCEPTED] }, first: 100, after: $after) { edges { node { id kind date { text } participants { role actor { name } } sources { start end quote article { id } } } } pageInfo { hasNextPage endCursor } }
}`;
const MEASURE_RECORDS = `query MergesMeasures($after: String) {
  measures(filter: { review: [PROPOSED, ACCEPTED] }, first: 100, after: $after) { edges { node { id kind date { text } issuers { name } targets { name } sources { start end quote article { id } } } } pageInfo { hasNextPage endCursor } }
}`;

/** Gold records located in an article's body. */
type Located = GoldHappening & { readonly articleId: string; readonly start: number; readonly end: number };

/** `verbose`: print every wrong merge and every same-happening pair left apart. */
export async function measureMerges(folders: readonly string[], verbose = false): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-merges-'));
  const server = await startServerProcess({ dataDir });
  const post = async <T>(query: string, variables: Record<string, unknown>) =>
    dataOf(await postGraphQL<T>(server.url, query, variables, { apiKey: EDITOR_KEY }), query);
  try {
    await createCorpusActors(server.url, folders);
    const gold: Located[] = [];
    for (const folder of folders) {
      for (const stem of annotatedStems(folder)) {
        const page = JSON.parse(fs.readFileSync(path.join(folder, `${stem}.expected.json`), 'utf8')) as AnnotatedPage;
        const records = [...(page.events ?? []), ...(page.measures ?? [])].filter((record) => record.happening);
        if (records.length === 0) continue;
        const html = path.join(folder, `${stem}.html`);
        const input = fs.existsSync(html)
          ? { html: fs.readFileSync(html, 'utf8'), url: page.url ?? null, fetchedAt: page.fetchedAt ?? null }
          : { rawText: fs.readFileSync(path.join(folder, `${stem}.txt`), 'utf8') };
        const { ingestArticle } = await post<{ ingestArticle: { created: boolean; article: { id: string; body: string } } }>(INGEST, { input });
        const { id, body } = ingestArticle.article;
        for (const record of records) {
          const start = body.indexOf(record.quote);
          if (start >= 0) gold.push({ ...record, articleId: id, start, end: start + record.quote.length });
        }
      }
    }
    const stored: StoredRecord[] = [];
    for (const [query, field] of [
      [RECORDS, 'events'],
      [MEASURE_RECORDS, 'measures'],
    ] as const) {
      let after: string | null = null;
      do {
        const data: Record<string, RecordPage> = await post<Record<string, RecordPage>>(query, { after });
        stored.push(...data[field]!.edges.map((edge) => edge.node));
        after = data[field]!.pageInfo.hasNextPage ? data[field]!.pageInfo.endCursor : null;
      } while (after);
    }
    report(gold, stored, verbose);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(gold: readonly Located[], stored: readonly StoredRecord[], verbose: boolean): void {
  const byId = new Map(stored.map((record) => [record.id, record]));
  // A record's actors and date, to tell why two reports did or did not join.
  const describe = (id: string): string => {
    const record = byId.get(id)!;
    const actors = record.participants
      ? record.participants.map((participant) => `${participant.actor.name}/${participant.role}`).join(', ')
      : `${(record.issuers ?? []).map((actor) => actor.name).join(', ')} -> ${(record.targets ?? []).map((actor) => actor.name).join(', ')}`;
    return `${record.kind} [${actors}] ${record.date?.text ?? 'undated'}`;
  };
  // The gold record each source stands for, and the records holding each gold record.
  const holders = new Map<Located, Set<string>>();
  const happeningsOf = new Map<string, { articleId: string; happening: string; quote: string }[]>();
  for (const record of stored) {
    const matched: { articleId: string; happening: string; quote: string }[] = [];
    for (const source of record.sources) {
      const located = gold.find(
        (candidate) =>
          candidate.articleId === source.article.id && candidate.kind === record.kind && candidate.start < source.end && source.start < candidate.end,
      );
      if (!located) continue;
      matched.push({ articleId: source.article.id, happening: located.happening, quote: source.quote });
      holders.set(located, (holders.get(located) ?? new Set()).add(record.id));
    }
    happeningsOf.set(record.id, matched);
  }
  let pairs = 0;
  let merged = 0;
  for (const [index, a] of gold.entries()) {
    for (const b of gold.slice(index + 1)) {
      if (a.happening !== b.happening || a.articleId === b.articleId) continue;
      const heldA = holders.get(a);
      const heldB = holders.get(b);
      if (!heldA || !heldB) continue;
      pairs += 1;
      if ([...heldA].some((id) => heldB.has(id))) merged += 1;
      else if (verbose) {
        console.log(`  apart: ${a.happening} (${a.kind}): "${a.quote}" / "${b.quote}"`);
        console.log(`    held as ${[...heldA].map(describe).join(' | ')} / ${[...heldB].map(describe).join(' | ')}`);
      }
    }
  }
  let joined = 0;
  let wrong = 0;
  for (const [id, matched] of happeningsOf) {
    for (const [index, a] of matched.entries()) {
      for (const b of matched.slice(index + 1)) {
        if (a.articleId === b.articleId) continue;
        joined += 1;
        if (a.happening !== b.happening) {
          wrong += 1;
          if (verbose) console.log(`  wrong merge: ${a.happening} + ${b.happening} in ${describe(id)}: "${a.quote}" / "${b.quote}"`);
        }
      }
    }
  }
  const percent = (part: number, whole: number) => (whole === 0 ? '   -' : `${((100 * part) / whole).toFixed(1)}%`);
  const happenings = new Set(gold.map((record) => record.happening)).size;
  console.log(
    `\nOne record per happening: ${gold.length} gold records located, ${happenings} happenings; ${stored.length} events and measures stored after coding`,
  );
  console.log(`  same-happening pairs across articles, both sides proposed: ${pairs}; in one record: ${merged} (${percent(merged, pairs)})`);
  console.log(
    `  pairs of sources from different articles joined in one record: ${joined}; of different happenings (wrong merges): ${wrong} (${percent(wrong, joined)})`,
  );
}
