import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role } from '../auth/api-keys';
import { Viewer } from '../auth/viewer';
import { DEVELOPMENT_API_KEYS, loadConfig } from '../config/config';
import { openPreparedDatabase } from '../composition/services';
import { createLogger } from '../logging/logger';
import { runningServerOf } from '../db/embedded-ferretdb';
import { ArticleIngestionService } from '../ingestion/article-ingestion.service';
import { ProposalRecorder } from '../coding/proposals';
import { writingAs } from '../context/write-author';

const USAGE = `Usage: npm run ingest -- [--server <url> --key <editor key>] [--no-code] <files or folders>

Ingests news pages into Dossier:
  *.html, *.htm           a page's HTML (also any file that starts like HTML)
  *.jsonl, *.ndjson       a manifest: one JSON object per line, with \`html\` or \`text\`,
                          and optionally \`url\` and \`fetchedAt\` (ISO 8601)
  any other file          a page's text (images, PDFs and .json files are skipped)

When a server runs on the embedded database, the pages are sent to it (it owns that
database); --server sends them to any server. Otherwise they are written to the configured
database (MONGODB_URI, or the embedded one in DOSSIER_DATA_DIR).

  --server <url>   a Dossier GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql
  --key <key>      an editor API key for it (default: DOSSIER_EDITOR_KEY, or the first editor
                   key of DOSSIER_API_KEYS, or the development key)
  --no-code        store the articles without coding their events and measures (code them
                   later with the codeArticle mutation)
  --help           this text`;

/** Page files under the given files and folders, in a stable order. */
function collectFiles(targets: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) visit(path.join(target, entry));
    } else if (!/\.(json|png|jpe?g|gif|webp|svg|pdf)$/i.test(target)) {
      files.push(target);
    }
  };
  for (const target of targets) visit(target);
  return files;
}

/** What `ingestArticle` takes for one page. */
interface PageInput {
  html?: string;
  rawText?: string;
  url?: string;
  fetchedAt?: string;
  code?: boolean;
}

/** One page to ingest, or why a manifest line is not one. */
type Page = { readonly label: string; readonly input: PageInput } | { readonly label: string; readonly error: string };

const looksLikeHtml = (text: string): boolean => /^\s*(<!doctype html|<html[\s>])/i.test(text);

/** The pages of a file: a manifest gives one per line; any other file is one page. */
function pagesOf(file: string, label: string): Page[] {
  const content = fs.readFileSync(file, 'utf8');
  if (!/\.(jsonl|ndjson)$/i.test(file)) {
    return [{ label, input: /\.(x?html?)$/i.test(file) || looksLikeHtml(content) ? { html: content } : { rawText: content } }];
  }
  return content.split('\n').flatMap((line, index): Page[] => {
    if (line.trim() === '') return [];
    const where = `${label}:${index + 1}`;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      return [{ label: where, error: 'not a JSON object' }];
    }
    const { html, text, url, fetchedAt } = (entry ?? {}) as Record<string, unknown>;
    const strings = { html, text, url, fetchedAt };
    const wrong = Object.entries(strings).find(([, value]) => value !== undefined && value !== null && typeof value !== 'string');
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [{ label: where, error: 'not a JSON object' }];
    if (wrong) return [{ label: where, error: `\`${wrong[0]}\` must be a string` }];
    if ((html == null) === (text == null)) return [{ label: where, error: 'give exactly one of `html` and `text`' }];
    if (typeof fetchedAt === 'string' && Number.isNaN(Date.parse(fetchedAt))) return [{ label: where, error: '`fetchedAt` is not an ISO 8601 date and time' }];
    return [
      {
        label: where,
        input: {
          ...(typeof html === 'string' ? { html } : { rawText: text as string }),
          ...(typeof url === 'string' ? { url } : {}),
          ...(typeof fetchedAt === 'string' ? { fetchedAt } : {}),
        },
      },
    ];
  });
}

function progress(done: number, total: number): void {
  if (!process.stdout.isTTY) {
    if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) console.log(`${done}/${total}`);
    return;
  }
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

/** Stores one page; resolves whether it was new and how many records it was coded into, rejects with the reason it was refused. */
type Ingest = (input: PageInput) => Promise<{ created: boolean; coded: number }>;

const INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created events { id } measures { id } } }';
const ACTOR_COUNT = 'query ActorCount { actors(first: 1) { totalCount } }';

async function post(url: string, apiKey: string, query: string, variables: Record<string, unknown> = {}): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query, variables }),
  });
}

/** How many actors a running server knows (to warn when there are none to link to). */
async function actorsOnServer(url: string, apiKey: string): Promise<number | null> {
  const body = (await (await post(url, apiKey, ACTOR_COUNT)).json().catch(() => ({}))) as { data?: { actors?: { totalCount: number } } };
  return body.data?.actors?.totalCount ?? null;
}

/** Sends pages to a running server's API. */
function throughServer(url: string, apiKey: string): Ingest {
  return async (input) => {
    const response = await post(url, apiKey, INGEST, { input });
    const body = (await response.json().catch(() => ({}))) as {
      data?: { ingestArticle?: { created: boolean; events: unknown[]; measures: unknown[] } };
      errors?: { message: string }[];
      error?: { message: string };
    };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    if (!body.data?.ingestArticle) throw new Error(body.error?.message ?? `the server answered HTTP ${response.status}`);
    const { created, events, measures } = body.data.ingestArticle;
    return { created, coded: events.length + measures.length };
  };
}

/** An editor key for the server: the option, the environment, or the configuration's first. */
function editorKey(given: string | undefined): string {
  if (given) return given;
  if (process.env.DOSSIER_EDITOR_KEY) return process.env.DOSSIER_EDITOR_KEY;
  const spec = process.env.DOSSIER_API_KEYS ?? DEVELOPMENT_API_KEYS;
  // Entries are `role:key` or `name=role:key`.
  const editor = spec
    .split(',')
    .map((entry) => entry.trim().replace(/^[^=:]*=/, ''))
    .find((entry) => entry.toLowerCase().startsWith('editor:'));
  if (!editor) throw new Error('no editor API key: pass --key, or set DOSSIER_EDITOR_KEY');
  return editor.slice('editor:'.length);
}

/** `npm run ingest -- <files or folders>`: ingests every page, through the server that owns the database or into it. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { server: { type: 'string' }, key: { type: 'string' }, 'no-code': { type: 'boolean' }, help: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  const targets = positionals.map((target) => path.resolve(base, target));
  if (targets.length === 0) {
    console.error(USAGE);
    process.exit(2);
  }
  const missing = targets.find((target) => !fs.existsSync(target));
  if (missing) {
    console.error(`No such file or folder: ${missing}`);
    process.exit(2);
  }
  const pages = collectFiles(targets).flatMap((file) => pagesOf(file, path.relative(base, file)));
  const config = loadConfig();
  const failures: { file: string; reason: string }[] = [];
  let created = 0;
  let duplicates = 0;
  let coded = 0;
  const code = !values['no-code'];
  const run = async (ingest: Ingest) => {
    for (const [index, page] of pages.entries()) {
      try {
        if ('error' in page) throw new Error(page.error);
        const outcome = await ingest({ ...page.input, code });
        if (outcome.created) created += 1;
        else duplicates += 1;
        coded += outcome.coded;
      } catch (error) {
        failures.push({ file: page.label, reason: error instanceof Error ? error.message : String(error) });
      }
      progress(index + 1, pages.length);
    }
  };
  const noActors = 'Warning: the database holds no actors, so no article will be linked to any (load the seeds with `npm run seed`).';

  const server = values.server ?? (config.mongodbUri ? undefined : runningServerOf(config.dataDir)?.url);
  if (server) {
    console.log(`Sending the pages to the Dossier server at ${server}`);
    const key = editorKey(values.key);
    if ((await actorsOnServer(server, key).catch(() => null)) === 0) console.warn(noActors);
    await run(throughServer(server, key));
  } else {
    const { database, repositories } = await openPreparedDatabase(
      config,
      createLogger({ level: config.logLevel, format: config.logFormat, development: config.environment === 'development' }),
    );
    try {
      // Run locally against the database: the operator is trusted as an editor.
      const ingestion = new ArticleIngestionService(repositories.articles, repositories.actors, repositories.events);
      const recorder = new ProposalRecorder(repositories.articles, repositories.actors, repositories.events, repositories.measures);
      ingestion.codeWith((article, knownActors) => recorder.record(article, knownActors));
      const editor = new Viewer(Role.EDITOR);
      // Ingesting articles changes no actor, and coding proposes events but accepts none: read them once for the whole batch.
      const knowledge = await ingestion.loadKnowledge();
      if (knowledge.actors.length === 0) console.warn(noActors);
      // Revisions name the tool: there is no API key.
      await writingAs('ingest', () =>
        run(async (input) => {
          const outcome = await ingestion.ingest({ ...input, fetchedAt: input.fetchedAt ? new Date(input.fetchedAt) : null }, editor, knowledge);
          return { created: outcome.created, coded: outcome.events.length + outcome.measures.length };
        }),
      );
    } finally {
      await database.close();
    }
  }
  console.log(`Ingested ${pages.length} page${pages.length === 1 ? '' : 's'}: ${created} created, ${duplicates} already present, ${failures.length} failed.`);
  if (code)
    console.log(
      `Coded into ${coded} record${coded === 1 ? '' : 's'}: new proposals, or held events and measures with a new source (see the reviewQueue query).`,
    );
  for (const failure of failures) console.log(`  failed: ${failure.file}: ${failure.reason}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Ingestion failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
