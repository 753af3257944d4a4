import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { readSeeds } from '@dossier/server';
import { SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const CLI = path.resolve(__dirname, '../../../server/dist/cli/ingest.cli.js');

const HOTLINE_ARTICLES = graphql(`
  query IngestCliHotlineArticles { articles(filter: { search: "military hotline" }) { totalCount edges { node { title } } } }
`);

describe('npm run ingest', () => {
  let api: TestServer;
  let folder: string;
  before(async () => {
    api = await startTestServer();
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-pages-'));
    const seeds = readSeeds();
    fs.mkdirSync(path.join(folder, 'nested'));
    fs.writeFileSync(path.join(folder, 'a-seed.txt'), seeds.rawTexts.get(SEED_ARTICLES['003'])!);
    fs.writeFileSync(
      path.join(folder, 'nested', 'b-new.txt'),
      'Japan and South Korea agree on a hotline\n\nTokyo and Seoul agreed on Monday to open a military hotline, officials said.\n\nRead also: Other news\n',
    );
    fs.writeFileSync(
      path.join(folder, 'nested', 'c-new-again.txt'),
      'Japan and South Korea agree on a hotline\n\nTokyo and Seoul agreed on Monday to open a military hotline, officials said.\n\nRead also: Other news\n',
    );
    fs.writeFileSync(path.join(folder, 'd-empty.txt'), '\n\n');
  });
  after(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await api.stop();
  });

  it('ingests a folder through a running server and closes with a summary of what was created, already present and failed', async () => {
    const result = await promisify(execFile)(process.execPath, [CLI, '--server', api.url, '--key', EDITOR_KEY, folder]).catch(
      (error: { code: number; stdout: string }) => error,
    );
    const lines = result.stdout.trim().split('\n');
    assert.equal((result as { code?: number }).code, 1, 'a failed file makes the exit code 1');
    assert.deepEqual(lines.slice(-2), [
      'Ingested 4 files: 1 created, 2 already present, 1 failed.',
      '  failed: ' + path.join(path.relative(process.cwd(), folder), 'd-empty.txt') + ': input.rawText: must not be empty',
    ]);
    const { articles } = await api.query(HOTLINE_ARTICLES);
    assert.deepEqual(articles, { totalCount: 1, edges: [{ node: { title: 'Japan and South Korea agree on a hotline' } }] });
  });
});
