import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Role } from '../auth/api-keys';
import { Viewer } from '../auth/viewer';
import { DEVELOPMENT_API_KEYS, loadConfig } from '../config/config';
import { openPreparedDatabase } from '../composition/services';
import { runningServerOf } from '../db/embedded-ferretdb';
import { ArticleIngestionService } from '../ingestion/article-ingestion.service';

const USAGE = `Usage: npm run ingest -- [--server <url> --key <editor key>] <files or folders of page text>

Ingests every page into Dossier. When a server runs on the embedded database, the pages
are sent to it (it owns that database); --server sends them to any server. Otherwise they
are written to the configured database (MONGODB_URI, or the embedded one in DOSSIER_DATA_DIR).

  --server <url>   a Dossier GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql
  --key <key>      an editor API key for it (default: DOSSIER_EDITOR_KEY, or the first editor
                   key of DOSSIER_API_KEYS, or the development key)
  --help           this text`;

/** Text files under the given files and folders, in a stable order. */
function collectFiles(targets: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) visit(path.join(target, entry));
    } else if (!/\.(json|png|jpe?g|gif|pdf)$/i.test(target)) {
      files.push(target);
    }
  };
  for (const target of targets) visit(target);
  return files;
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

/** Stores one page's text; resolves whether it was new, rejects with the reason it was refused. */
type Ingest = (rawText: string) => Promise<boolean>;

const INGEST = 'mutation Ingest($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }';

/** Sends pages to a running server's API. */
function throughServer(url: string, apiKey: string): Ingest {
  return async (rawText) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ query: INGEST, variables: { input: { rawText } } }),
    });
    const body = (await response.json().catch(() => ({}))) as {
      data?: { ingestArticle?: { created: boolean } };
      errors?: { message: string }[];
      error?: { message: string };
    };
    if (body.errors?.length) throw new Error(body.errors[0]!.message);
    if (!body.data?.ingestArticle) throw new Error(body.error?.message ?? `the server answered HTTP ${response.status}`);
    return body.data.ingestArticle.created;
  };
}

/** An editor key for the server: the option, the environment, or the configuration's first. */
function editorKey(given: string | undefined): string {
  if (given) return given;
  if (process.env.DOSSIER_EDITOR_KEY) return process.env.DOSSIER_EDITOR_KEY;
  const spec = process.env.DOSSIER_API_KEYS ?? DEVELOPMENT_API_KEYS;
  const editor = spec
    .split(',')
    .map((entry) => entry.trim())
    .find((entry) => entry.toLowerCase().startsWith('editor:'));
  if (!editor) throw new Error('no editor API key: pass --key, or set DOSSIER_EDITOR_KEY');
  return editor.slice('editor:'.length);
}

/** `npm run ingest -- <files or folders>`: ingests every page, through the server that owns the database or into it. */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { server: { type: 'string' }, key: { type: 'string' }, help: { type: 'boolean' } },
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
  const files = collectFiles(targets);
  const config = loadConfig();
  const failures: { file: string; reason: string }[] = [];
  let created = 0;
  let duplicates = 0;
  const run = async (ingest: Ingest) => {
    for (const [index, file] of files.entries()) {
      try {
        if (await ingest(fs.readFileSync(file, 'utf8'))) created += 1;
        else duplicates += 1;
      } catch (error) {
        failures.push({ file: path.relative(base, file), reason: error instanceof Error ? error.message : String(error) });
      }
      progress(index + 1, files.length);
    }
  };

  const server = values.server ?? (config.mongodbUri ? undefined : runningServerOf(config.dataDir)?.url);
  if (server) {
    console.log(`Sending the pages to the Dossier server at ${server}`);
    await run(throughServer(server, editorKey(values.key)));
  } else {
    const { database, repositories } = await openPreparedDatabase(config);
    try {
      // Run locally against the database: the operator is trusted as an editor.
      const ingestion = new ArticleIngestionService(repositories.articles, repositories.actors, repositories.events);
      const editor = new Viewer(Role.EDITOR);
      // Ingesting articles changes no actor or event: read them once for the whole batch.
      const knowledge = await ingestion.loadKnowledge();
      if (knowledge.actors.length === 0)
        console.warn('Warning: the database holds no actors, so no article will be linked to any (load the seeds with `npm run seed`).');
      await run(async (rawText) => (await ingestion.ingest({ rawText }, editor, knowledge)).created);
    } finally {
      await database.close();
    }
  }
  console.log(`Ingested ${files.length} files: ${created} created, ${duplicates} already present, ${failures.length} failed.`);
  for (const failure of failures) console.log(`  failed: ${failure.file}: ${failure.reason}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Ingestion failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
