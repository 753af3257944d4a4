/**
 * Ingestion speed (not a test): a server process on its own embedded FerretDB (seeded, and
 * knowing the corpus's actors), one editor sending the corpus pages through `ingestArticle`,
 * one after another, as text copies and as HTML. Every page is sent once to warm up, then
 * `rounds` more times made unique by a furniture line, so each call stores a new article
 * (and, coded, adds sources to the records its first copy proposed). The call asks back
 * only what the ingest command does and the body's length. Run twice, on fresh servers:
 * without coding and with it. Prints the round-trip latency per call (median, p90, max) by
 * format and by body size, and the whole batch's time in each mode.
 *
 *   npm run bench:ingestion-speed -w test             # 3 timed rounds
 *   npm run bench:ingestion-speed -w test -- 9        # about 1,000 timed pages
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS_PAGES, createCorpusActors } from '../testkit/corpus';
import { dataOf, postGraphQL } from '../testkit/graphql-client';
import { startServerProcess } from '../testkit/server-process';
import { EDITOR_KEY } from '../testkit/test-server';

const rounds = Number(process.argv[2] ?? 3);

const INGEST = 'mutation BenchIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { body } events { id } measures { id } } }';

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

interface Sample {
  readonly format: 'HTML' | 'TEXT';
  readonly bodyLength: number;
  readonly millis: number;
}

async function run(code: boolean): Promise<{ pages: number; seconds: number; coded: number; firstPages: number; firstSeconds: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-ingest-'));
  const server = await startServerProcess({ dataDir });
  try {
    await createCorpusActors(server.url, [CORPUS_PAGES]);
    const pages = fs
      .readdirSync(CORPUS_PAGES)
      .filter((file) => /\.(html|txt)$/.test(file))
      .sort()
      .map((file) => ({
        format: file.endsWith('.html') ? ('HTML' as const) : ('TEXT' as const),
        content: fs.readFileSync(path.join(CORPUS_PAGES, file), 'utf8'),
      }));
    const samples: Sample[] = [];
    let coded = 0;
    let timedSeconds = 0;
    // The warm-up round sends every page once: distinct pages, as a first ingestion of a corpus is.
    let firstCopiesSeconds = 0;
    for (let round = 0; round <= rounds; round++) {
      for (const [index, page] of pages.entries()) {
        // A different comment count makes each copy a new page (a new content hash) without changing its text.
        const marker =
          page.format === 'HTML'
            ? `\n<footer><span class="comments">Comments (${round * 1000 + index})</span></footer>`
            : `\nComments (${round * 1000 + index})\n`;
        const input = page.format === 'HTML' ? { html: page.content + marker, code } : { rawText: page.content + marker, code };
        const started = performance.now();
        const response = await postGraphQL<{ ingestArticle: { created: boolean; article: { body: string }; events: unknown[]; measures: unknown[] } }>(
          server.url,
          INGEST,
          { input },
          { apiKey: EDITOR_KEY },
        );
        const { ingestArticle } = dataOf(response, INGEST);
        const millis = performance.now() - started;
        if (!ingestArticle.created) throw new Error('a page meant to be new was already stored');
        if (round === 0) {
          firstCopiesSeconds += millis / 1000;
          continue;
        }
        samples.push({ format: page.format, bodyLength: ingestArticle.article.body.length, millis });
        timedSeconds += millis / 1000;
        coded += ingestArticle.events.length + ingestArticle.measures.length;
      }
    }
    console.log(`\n== ${code ? 'with coding' : 'without coding'}`);
    console.log(
      `${pages.length} pages (${pages.filter((page) => page.format === 'HTML').length} HTML, ${pages.filter((page) => page.format === 'TEXT').length} text), ${rounds} timed rounds after one warm-up round`,
    );
    console.log('ingestArticle round trip, one editor, sequential calls:');
    console.log(`${'pages'.padEnd(34)} ${'calls'.padStart(6)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'max'.padStart(9)}`);
    const row = (label: string, selected: Sample[]) => {
      const sorted = selected.map((sample) => sample.millis).sort((a, b) => a - b);
      if (sorted.length === 0) return;
      const format = (value: number) => `${value.toFixed(1)} ms`.padStart(9);
      console.log(
        `${label.padEnd(34)} ${String(sorted.length).padStart(6)} ${format(percentile(sorted, 50))} ${format(percentile(sorted, 90))} ${format(sorted[sorted.length - 1]!)}`,
      );
    };
    row('all', samples);
    row(
      'text copies',
      samples.filter((sample) => sample.format === 'TEXT'),
    );
    row(
      'HTML pages',
      samples.filter((sample) => sample.format === 'HTML'),
    );
    row(
      'body 1,500-2,500 characters',
      samples.filter((sample) => sample.bodyLength >= 1500 && sample.bodyLength <= 2500),
    );
    row(
      '  of which text copies',
      samples.filter((sample) => sample.bodyLength >= 1500 && sample.bodyLength <= 2500 && sample.format === 'TEXT'),
    );
    row(
      '  of which HTML pages',
      samples.filter((sample) => sample.bodyLength >= 1500 && sample.bodyLength <= 2500 && sample.format === 'HTML'),
    );
    row(
      'body over 2,500 characters',
      samples.filter((sample) => sample.bodyLength > 2500),
    );
    return { pages: samples.length, seconds: timedSeconds, coded, firstPages: pages.length, firstSeconds: firstCopiesSeconds };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const plain = await run(false);
  const coded = await run(true);
  console.log(
    `\nfirst copies: ${plain.firstPages} distinct pages in ${plain.firstSeconds.toFixed(1)} s without coding, ${coded.firstSeconds.toFixed(1)} s with coding (×${(coded.firstSeconds / plain.firstSeconds).toFixed(2)})`,
  );
  console.log(
    `bulk (every later copy retells a page already coded, so its happenings join held records): ${plain.pages} timed pages in ${plain.seconds.toFixed(1)} s without coding, ${coded.seconds.toFixed(1)} s with coding (×${(coded.seconds / plain.seconds).toFixed(2)}; coded into ${coded.coded} records, proposed or held)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
