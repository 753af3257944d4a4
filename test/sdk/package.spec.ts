/**
 * The SDK as an app outside this repository gets it: the tarball `npm pack` makes, unpacked
 * into a fresh app folder whose node_modules hold only the package, its dependencies and
 * the tools the app itself would install (no `ws`).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../../..');
const SDK = path.join(ROOT, 'sdk');
const NODE_MODULES = path.join(ROOT, 'node_modules');
const bin = (name: string) => path.join(NODE_MODULES, '.bin', name);

/** Links a package installed in the repository into the app, as the app's own install would put it. */
function linkPackage(app: string, name: string): void {
  const target = path.join(app, 'node_modules', name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.symlinkSync(fs.realpathSync(path.join(NODE_MODULES, name)), target, 'dir');
}

describe('the published SDK package', () => {
  let api: TestServer;
  let work: string;
  let tarball: string;
  let packed: { path: string; size: number }[];
  let app: string;

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-sdk-package-'));
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: SDK });
    const [pack] = JSON.parse(stdout) as { filename: string; files: { path: string; size: number }[] }[];
    tarball = path.join(work, pack!.filename);
    packed = pack!.files;
    app = path.join(work, 'app');
    const installed = path.join(app, 'node_modules/@dossier/sdk');
    fs.mkdirSync(installed, { recursive: true });
    await run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "an-app", "private": true, "type": "module" }\n');
    for (const name of ['graphql-ws', '@graphql-typed-document-node/core', 'graphql', '@graphql-codegen', '@types/node']) linkPackage(app, name);
    api = await startTestServer();
  });
  after(async () => {
    await api?.stop();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('publishes the ESM and CommonJS builds, a documents entry for node10 resolution, the schema and the license, and no sources', () => {
    const files = packed.map((file) => file.path);
    assert.deepEqual(
      files.filter((file) => !file.startsWith('dist/')),
      ['LICENSE', 'README.md', 'documents/package.json', 'package.json', 'schema.graphql'],
    );
    for (const format of ['esm', 'cjs']) {
      for (const entry of ['index', 'documents']) {
        assert.ok(files.includes(`dist/${format}/${entry}.js`), `dist/${format}/${entry}.js`);
        assert.ok(files.includes(`dist/${format}/${entry}.d.ts`), `dist/${format}/${entry}.d.ts`);
      }
    }
    const installed = path.join(app, 'node_modules/@dossier/sdk');
    assert.equal(fs.readFileSync(path.join(installed, 'schema.graphql'), 'utf8'), fs.readFileSync(path.join(ROOT, 'server/schema.graphql'), 'utf8'));
    assert.equal(fs.readFileSync(path.join(installed, 'LICENSE'), 'utf8'), fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'));
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(manifest.private, undefined);
    assert.equal(manifest.license, 'MIT');
    assert.deepEqual(manifest.engines, { node: '>=20.11' });
  });

  it('passes publint, suggestions included', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(SDK, 'package.json'), 'utf8'));
    const { messages } = await publint({ pkgDir: SDK, level: 'suggestion', strict: true });
    assert.deepEqual(
      messages.map((message) => `${message.type}: ${formatMessage(message, manifest)}`),
      [],
    );
  });

  it('has the right types for every entry point under node10, node16 (CommonJS and ESM) and bundler resolution', async () => {
    // schema.graphql is a data file, not a module: there is no type to check for it.
    const { stdout } = await run(bin('attw'), [tarball, '--no-definitely-typed', '--exclude-entrypoints', './schema.graphql', '--format', 'json'], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      problems?: unknown[];
      analysis: { problems: unknown[]; entrypoints: Record<string, { resolutions: Record<string, { resolution?: { fileName: string } }> }> };
    };
    assert.deepEqual(report.analysis.problems, []);
    const resolved = Object.fromEntries(
      Object.entries(report.analysis.entrypoints).map(([entry, { resolutions }]) => [
        entry,
        Object.fromEntries(
          Object.entries(resolutions).map(([mode, { resolution }]) => [mode, resolution?.fileName.replace('/node_modules/@dossier/sdk/', '')]),
        ),
      ]),
    );
    assert.deepEqual(resolved, {
      '.': { node10: 'dist/cjs/index.d.ts', 'node16-cjs': 'dist/cjs/index.d.ts', 'node16-esm': 'dist/esm/index.d.ts', bundler: 'dist/esm/index.d.ts' },
      './documents': {
        node10: 'dist/cjs/documents.d.ts',
        'node16-cjs': 'dist/cjs/documents.d.ts',
        'node16-esm': 'dist/esm/documents.d.ts',
        bundler: 'dist/esm/documents.d.ts',
      },
      './package.json': { node10: 'package.json', 'node16-cjs': 'package.json', 'node16-esm': 'package.json', bundler: 'package.json' },
    });
  });

  it('loaded as ESM and as CommonJS in one process, recognises an error from either copy as an instance of either class', async () => {
    fs.writeFileSync(
      path.join(app, 'both-formats.mjs'),
      `import { createRequire } from 'node:module';
import * as esm from '@dossier/sdk';
const cjs = createRequire(import.meta.url)('@dossier/sdk');
const [url] = process.argv.slice(2);
const refused = await cjs.createClient({ url }).createActor({ input: { name: 'Nobody', kind: 'PERSON' } }).catch((error) => error);
const unreachable = await esm.createClient({ url: url.replace(/:\\d+\\//, ':1/') }).events({}).catch((error) => error);
console.log(JSON.stringify({
  twoCopies: esm.DossierGraphQLError !== cjs.DossierGraphQLError,
  refusedByCjs: [refused.code, refused instanceof cjs.DossierGraphQLError, refused instanceof esm.DossierGraphQLError, esm.isDossierError(refused)],
  unreachableFromEsm: [unreachable instanceof esm.DossierNetworkError, unreachable instanceof cjs.DossierNetworkError, cjs.isDossierError(unreachable)],
  otherErrors: [new Error('x') instanceof esm.DossierGraphQLError, refused instanceof cjs.DossierNetworkError, new cjs.DossierHttpError(500, '') instanceof esm.DossierHttpError],
}));
`,
    );
    const { stdout } = await run(process.execPath, ['both-formats.mjs', api.url], { cwd: app });
    assert.deepEqual(JSON.parse(stdout), {
      twoCopies: true,
      refusedByCjs: ['UNAUTHENTICATED', true, true, true],
      unreachableFromEsm: [true, true, true],
      otherErrors: [false, false, true],
    });
  });

  it('on a runtime without a global WebSocket and without `ws`, a subscription fails naming the createClient option to pass', async () => {
    fs.writeFileSync(
      path.join(app, 'no-websocket.mjs'),
      `import { createClient } from '@dossier/sdk';
const dossier = createClient({ url: process.argv[2] });
try {
  for await (const added of dossier.eventAdded({})) console.log(added);
} catch (error) {
  console.log(\`\${error.name}: \${error.message}\`);
}
`,
    );
    // Node 22+ has a global WebSocket; this flag takes it away, as on Node 20.
    const { stdout } = await run(process.execPath, ['--no-experimental-websocket', 'no-websocket.mjs', api.url], { cwd: app });
    assert.equal(
      stdout.trim(),
      'TypeError: Subscriptions need a WebSocket class, and this runtime has no global WebSocket (Node 20): install the `ws` package, or pass one as createClient({ url, webSocket: WebSocket })',
    );
  });

  it("lets an app generate its own types from the shipped schema with GraphQL Code Generator's client preset, then run them", async () => {
    const example = path.join(ROOT, 'test/examples/codegen');
    fs.copyFileSync(path.join(example, 'codegen.ts'), path.join(app, 'codegen.ts'));
    fs.mkdirSync(path.join(app, 'src'), { recursive: true });
    fs.copyFileSync(path.join(example, 'src/app.ts'), path.join(app, 'src/app.ts'));
    await run(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: app });
    const generated = fs.readFileSync(path.join(app, 'src/gql/graphql.ts'), 'utf8');
    assert.match(generated, /export type ActorsByNameQuery = /);
    fs.writeFileSync(
      path.join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          outDir: 'dist',
          rootDir: 'src',
        },
        include: ['src'],
      }),
    );
    await run(process.execPath, [path.join(NODE_MODULES, 'typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: app }).catch((error: { stdout?: string }) => {
      assert.fail(`the generated types do not compile:\n${error.stdout}`);
    });
    const { stdout } = await run(process.execPath, ['dist/app.js'], { cwd: app, env: { ...process.env, DOSSIER_URL: api.url, DOSSIER_API_KEY: EDITOR_KEY } });
    const { actors } = await sdkFor(api).actors({ filter: { search: 'Korea' }, orderBy: 'NAME_ASC', first: 5 });
    assert.ok(actors.edges.length > 1);
    assert.deepEqual(
      stdout.trim().split('\n'),
      actors.edges.map(({ node }) => `${node.kind} ${node.name}`),
    );
  });

  it('bundles a one-query app with that operation alone, within the size budget the README states', async () => {
    const readme = fs.readFileSync(path.join(SDK, 'README.md'), 'utf8');
    const budgetKiB = Number(/at most \*\*(\d+(?:\.\d+)?) KiB\*\* minified and gzipped/.exec(readme)?.[1]);
    assert.ok(budgetKiB > 0, 'the README states the budget');
    const result = await build({
      entryPoints: [path.join(ROOT, 'test/examples/src/browser.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    });
    const code = result.outputFiles[0]!.contents;
    const gzipped = gzipSync(code).length;
    console.log(`one-query app: ${code.length} bytes minified, ${gzipped} bytes minified and gzipped (budget ${budgetKiB} KiB)`);
    const text = Buffer.from(code).toString('utf8');
    assert.ok(text.includes('query articles('), 'the operation the app uses is in the bundle');
    for (const other of ['ingestArticle', 'query events(', 'subscription eventAdded', 'mutation createActor'])
      assert.ok(!text.includes(other), `${other} is left out`);
    assert.ok(gzipped <= budgetKiB * 1024, `${gzipped} bytes > ${budgetKiB} KiB`);
  });
});
