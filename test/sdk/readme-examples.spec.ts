/**
 * Every TypeScript example in the READMEs is a file of the `test/examples` workspace, shown in
 * full under a `<!-- example: <path> -->` line: the first test keeps the two identical, the
 * others run each file (compiled with strict TypeScript by the build) against a live server:
 * Node examples as processes, browser examples bundled by esbuild and loaded in Chromium
 * from the server's own origin.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { eventually } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(ROOT, 'test/examples');
const READMES = ['README.md', 'sdk/README.md'];

/** The README's TypeScript blocks, each with the file its marker names (undefined when it has none). */
function typeScriptBlocks(readme: string): { file: string | undefined; code: string }[] {
  const text = fs.readFileSync(path.join(ROOT, readme), 'utf8');
  return [...text.matchAll(/(?:<!-- example: (\S+) -->\n)?```(?:ts|tsx|typescript)\n([\s\S]*?)```/g)].map((match) => ({ file: match[1], code: match[2]! }));
}

/**
 * React and React DOM from the examples workspace for every importer: other workspaces
 * hoist an older React to the repository root, where the client libraries would find it.
 */
const oneReact: Plugin = {
  name: 'one-react',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, (args) =>
      args.pluginData === 'one-react' ? undefined : esbuild.resolve(args.path, { kind: args.kind, resolveDir: EXAMPLES, pluginData: 'one-react' }),
    );
  },
};

describe('the README examples', () => {
  let api: TestServer;
  let origin: string;
  let browser: Browser;
  const children: ChildProcess[] = [];

  before(async () => {
    api = await startTestServer();
    origin = new URL(api.url).origin;
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  after(async () => {
    for (const child of children) child.kill();
    await browser?.close();
    await api?.stop();
  });

  const runExample = async (file: string, apiKey?: string) =>
    run(process.execPath, [path.join(EXAMPLES, 'dist', file)], {
      env: { ...process.env, DOSSIER_URL: api.url, ...(apiKey ? { DOSSIER_API_KEY: apiKey } : {}) },
    });

  /** A page of the server's origin running the example's bundle; the page's GraphQL requests reach the real server. */
  async function openInBrowser(example: string): Promise<{ page: Page; errors: string[]; graphqlMethods: string[] }> {
    const result = await build({
      entryPoints: [path.join(EXAMPLES, 'src', example)],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [oneReact],
      write: false,
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    const graphqlMethods: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(api.url)) graphqlMethods.push(request.method());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.route(`${origin}/example/page.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><meta charset="utf-8"><input id="search"><ul id="results"></ul><div id="root"></div><script type="module" src="/example/app.js"></script>',
      }),
    );
    await page.route(`${origin}/example/app.js`, (route) => route.fulfill({ contentType: 'text/javascript', body: result.outputFiles[0]!.text }));
    await page.goto(`${origin}/example/page.html`);
    return { page, errors, graphqlMethods };
  }

  const listed = (page: Page, selector: string) => page.locator(`${selector} li`).allTextContents();

  it('are in the READMEs word for word, each from a file of the examples workspace', () => {
    const blocks = READMES.flatMap((readme) => typeScriptBlocks(readme).map((block) => ({ readme, ...block })));
    assert.ok(blocks.length >= 9, `${blocks.length} examples`);
    for (const { readme, file, code } of blocks) {
      assert.ok(file, `${readme} has a TypeScript block without an <!-- example: … --> line:\n${code}`);
      assert.equal(code, fs.readFileSync(path.join(ROOT, file), 'utf8'), `${readme}: the block of ${file} differs from the file`);
    }
  });

  it('quick start (Node ESM): lists the events of Kim Jong Un', async () => {
    const dossier = sdkFor(api);
    const kim = (await dossier.actors({ filter: { search: 'Kim Jong Un' } })).actors.edges[0]!.node;
    const { events } = await dossier.events({ filter: { actorIds: [kim.id] }, first: 10 });
    assert.ok(events.edges.length > 0);
    const { stdout } = await runExample('quick-start.mjs');
    assert.deepEqual(
      stdout.trim().split('\n'),
      events.edges.map(({ node }) => `${node.date?.text ?? 'undated'} ${node.title}`),
    );
  });

  it('Node ESM: lists the events of Kim Jong Un, then reports the refused duplicate actor with its code and field', async () => {
    const dossier = sdkFor(api);
    const kim = (await dossier.actors({ filter: { search: 'Kim Jong Un' } })).actors.edges[0]!.node;
    const { events } = await dossier.events({ filter: { actorIds: [kim.id] }, first: 10 });
    const { stdout, stderr } = await runExample('node.mjs', EDITOR_KEY);
    assert.deepEqual(
      stdout.trim().split('\n'),
      events.edges.map(({ node }) => `${node.date?.text ?? 'undated'} ${node.title}`),
    );
    assert.match(stderr.trim(), /^BAD_USER_INPUT input\.name input\.name: .*Kim Jong Un/);
    const anonymous = await runExample('node.mjs');
    assert.match(anonymous.stderr.trim(), /^UNAUTHENTICATED undefined /);
  });

  it('Node CommonJS: lists implemented measures with their issuers', async () => {
    const { measures } = await sdkFor(api).measures({ filter: { statuses: ['IMPLEMENTED'] }, orderBy: 'TITLE_ASC', first: 5 });
    assert.ok(measures.edges.length > 0);
    const { stdout } = await runExample('node.cjs');
    assert.deepEqual(stdout.trim().split('\n'), [
      `${measures.totalCount} measures implemented, the first ${measures.edges.length}:`,
      ...measures.edges.map(({ node }) => `${node.issuers.map((issuer) => issuer.name).join(', ')}: ${node.title}`),
    ]);
  });

  it('live events (Node 20, no WebSocket option): prints a meeting as it is recorded', async () => {
    const child = spawn(process.execPath, ['--no-experimental-websocket', path.join(EXAMPLES, 'dist/live-events.mjs')], {
      env: { ...process.env, DOSSIER_URL: api.url },
    });
    children.push(child);
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    assert.ok(await eventually(() => api.server.eventFeed.subscriberCount === 1, 10_000), `the example subscribes: ${output}`);
    await recordEvent(sdkFor(api, EDITOR_KEY), 'A statement the example does not watch');
    const meeting = await recordEvent(sdkFor(api, EDITOR_KEY), 'Foreign ministers meet, seen by the live example', { kind: 'MEETING' });
    assert.ok(await eventually(() => output.includes('\n'), 10_000), 'the example prints the meeting');
    child.kill();
    assert.equal(output, `ADDED ${meeting.title}\n`);
  });

  it('browser: searches as the user types, each keystroke cancelling the search it replaces', async () => {
    const { articles } = await sdkFor(api).articles({ filter: { search: 'Korea' }, first: 20 });
    assert.ok(articles.edges.length > 1);
    const { page, errors } = await openInBrowser('browser.ts');
    try {
      const aborted: string[] = [];
      page.on('requestfailed', (request) => aborted.push(request.failure()?.errorText ?? ''));
      await page.locator('#search').pressSequentially('Korea');
      const expected = articles.edges.map(({ node }) => node.title);
      await page.waitForFunction((count) => document.querySelectorAll('#results li').length === count, expected.length, { timeout: 10_000 });
      assert.deepEqual(await listed(page, '#results'), expected);
      assert.deepEqual(errors, []);
      assert.ok(
        aborted.every((reason) => reason === 'net::ERR_ABORTED'),
        aborted.join(', '),
      );
    } finally {
      await page.close();
    }
  });

  it('Apollo Client 4: useQuery from @apollo/client/react renders the meetings', async () => {
    const { events } = await sdkFor(api).events({ filter: { kinds: ['MEETING'] }, orderBy: 'TITLE_ASC', first: 10 });
    assert.ok(events.edges.length > 0);
    const { page, errors } = await openInBrowser('apollo.tsx');
    try {
      await page.waitForSelector('#root li, #root [role=alert]', { timeout: 10_000 });
      assert.deepEqual(errors, []);
      assert.deepEqual(
        await listed(page, '#root'),
        events.edges.map(({ node }) => node.title),
      );
    } finally {
      await page.close();
    }
  });

  it('urql: renders the implemented measures, its queries sent as POST', async () => {
    const { measures } = await sdkFor(api).measures({ filter: { statuses: ['IMPLEMENTED'] }, orderBy: 'TITLE_ASC', first: 10 });
    assert.ok(measures.edges.length > 0);
    const { page, errors, graphqlMethods } = await openInBrowser('urql.tsx');
    try {
      await page.waitForSelector('#root li, #root [role=alert]', { timeout: 10_000 });
      assert.deepEqual(errors, []);
      assert.deepEqual(graphqlMethods, ['POST']);
      assert.deepEqual(
        await listed(page, '#root'),
        measures.edges.map(({ node }) => node.title),
      );
    } finally {
      await page.close();
    }
  });
});
