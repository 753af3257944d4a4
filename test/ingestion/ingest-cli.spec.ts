import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { readSeeds } from '@dossier/server';
import { corpusPage } from '../testkit/corpus';
import { dataOf, postGraphQL } from '../testkit/graphql-client';
import { SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { IngestCliArticlesQuery } from '../testkit/operations/graphql';
import { startServerProcess, type ServerProcess } from '../testkit/server-process';
import { EDITOR_KEY, READER_KEY } from '../testkit/test-server';

const CLI = path.resolve(__dirname, '../../../server/dist/cli/ingest.cli.js');

const INGESTED = graphql(`
  query IngestCliArticles { articles(first: 100, orderBy: TITLE_ASC) { edges { node { title outlet rawFormat url fetchedAt language } } } }
`);

/** Runs the program behind `npm run ingest` with the given arguments and environment. */
async function ingest(args: readonly string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const { MONGODB_URI: _ignored, ...inherited } = process.env;
  return promisify(execFile)(process.execPath, [CLI, ...args], { env: { ...inherited, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

const HOTLINE =
  'Japan and South Korea agree on a hotline\n\nTokyo and Seoul agreed on Monday to open a military hotline, officials said.\n\nRead also: Other news\n';
const FERRY = 'Ferry operators strike over port fees\n\nFerry operators walked out on Monday over new port fees, their union said.';

describe('npm run ingest', () => {
  let dataDir: string;
  let folder: string;
  let server: ServerProcess;
  const wire = corpusPage('01');
  const french = corpusPage('40');
  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-data-'));
    server = await startServerProcess({ dataDir });
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pages-'));
    fs.mkdirSync(path.join(folder, 'nested'));
    fs.writeFileSync(path.join(folder, 'a-seed.txt'), readSeeds().rawTexts.get(SEED_ARTICLES['003'])!);
    fs.writeFileSync(path.join(folder, 'nested', 'b-new.txt'), HOTLINE);
    fs.writeFileSync(path.join(folder, 'nested', 'c-new-again.txt'), HOTLINE);
    fs.writeFileSync(path.join(folder, 'd-empty.txt'), '\n\n');
    fs.writeFileSync(path.join(folder, 'e-wire.html'), wire.html!);
    fs.writeFileSync(
      path.join(folder, 'f-manifest.jsonl'),
      [
        JSON.stringify({ url: french.expected.url, fetchedAt: french.expected.fetchedAt, html: french.html }),
        '',
        JSON.stringify({ text: FERRY }),
        '{"text": "unfinished',
        JSON.stringify({ html: '<p>x</p>', text: 'x' }),
      ].join('\n'),
    );
    fs.writeFileSync(path.join(folder, 'g-photo.png'), 'not a page');
  });
  after(async () => {
    await server.stop();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('explains itself with --help', async () => {
    const run = await ingest(['--help'], {});
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: npm run ingest -- \[--server <url> --key <editor key>\] \[--no-code\] <files or folders>\n/);
    assert.match(run.stdout, /\*\.jsonl, \*\.ndjson +a manifest: one JSON object per line/);
  });

  it('sends text, HTML and manifest pages to the server running on the embedded database, and closes with a summary', async () => {
    const run = await ingest([folder], { DOSSIER_DATA_DIR: dataDir, DOSSIER_EDITOR_KEY: EDITOR_KEY, INIT_CWD: folder });
    assert.equal(run.code, 1, 'a failed page makes the exit code 1');
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines[0], `Sending the pages to the Dossier server at ${server.url}`);
    assert.deepEqual(lines.slice(-5), [
      'Ingested 9 pages: 4 created, 2 already present, 3 failed.',
      'Coded into 2 records: new proposals, or held events and measures with a new source (see the reviewQueue query).',
      '  failed: d-empty.txt: input.rawText: must not be empty',
      '  failed: f-manifest.jsonl:4: not a JSON object',
      '  failed: f-manifest.jsonl:5: give exactly one of `html` and `text`',
    ]);
    const query = INGESTED.toString();
    const { articles } = dataOf(await postGraphQL<IngestCliArticlesQuery>(server.url, query, {}, { apiKey: READER_KEY }), query);
    const stored = new Map(articles.edges.map(({ node }) => [node.title, node]));
    assert.deepEqual(
      [HOTLINE.split('\n')[0]!, FERRY.split('\n')[0]!, wire.expected.title, french.expected.title].map((title) => {
        const { outlet, rawFormat, url, fetchedAt, language } = stored.get(title)!;
        return [rawFormat, outlet, url, fetchedAt, language];
      }),
      [
        ['TEXT', null, null, null, 'en'],
        ['TEXT', null, null, null, 'en'],
        ['HTML', 'Transpacific Newswire', null, null, 'en'],
        ['HTML', 'Le Courrier du Fleuve', french.expected.url, '2023-09-25T12:30:00.000Z', 'fr'],
      ],
    );
  });

  it('writes into a database no server runs on, warning when it holds no actors to link to', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-cli-empty-'));
    try {
      const file = path.join(folder, 'nested', 'b-new.txt');
      const run = await ingest([file], { DOSSIER_DATA_DIR: empty });
      assert.equal(run.code, 0);
      assert.match(run.stderr, /Warning: the database holds no actors, so no article will be linked to any \(load the seeds with `npm run seed`\)\./);
      assert.deepEqual(run.stdout.trim().split('\n').slice(-2), [
        'Ingested 1 page: 1 created, 0 already present, 0 failed.',
        'Coded into 0 records: new proposals, or held events and measures with a new source (see the reviewQueue query).',
      ]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
