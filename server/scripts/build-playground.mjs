// Bundles the playground (GraphiQL, its Monaco editors and their web workers) for the
// browser, so the server can serve it with no CDN: every file the page loads comes from
// the Dossier server. File names carry a content hash, so the server can let browsers keep
// them for a year; each file is also written gzip- and brotli-compressed, once, here.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { build } from 'esbuild';

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(server, 'dist/playground-assets');
fs.rmSync(outdir, { recursive: true, force: true });

const common = {
  outdir,
  bundle: true,
  minify: true,
  platform: 'browser',
  target: ['es2022'],
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
};

// Monaco runs its language services in workers, one classic script each.
const WORKERS = {
  'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
  'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
  'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
};

const results = await Promise.all([
  build({
    ...common,
    entryPoints: { app: path.join(server, 'src/playground/browser/app.tsx') },
    format: 'iife',
    jsx: 'automatic',
    // The icon font is a file of its own: cached once, not inlined into every stylesheet.
    loader: { '.ttf': 'file', '.woff2': 'file', '.png': 'dataurl', '.svg': 'dataurl' },
  }),
  build({ ...common, entryPoints: WORKERS, format: 'iife' }),
]);

/** Logical name (`app.js`, `graphql.worker.js`) -> hashed file name, read by the server. */
const manifest = {};
for (const { metafile } of results) {
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    const file = path.basename(output);
    if (file.endsWith('.map')) continue;
    const logical = meta.entryPoint
      ? `${file.replace(/-[A-Z0-9]+\.js$/, '')}.js`
      : file.endsWith('.css')
        ? `${file.replace(/-[A-Z0-9]+\.css$/, '')}.css`
        : file;
    manifest[logical] = file;
  }
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
await Promise.all(
  Object.values(manifest).map(async (file) => {
    const content = fs.readFileSync(path.join(outdir, file));
    const [gzipped, brotlied] = await Promise.all([
      gzip(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
      brotli(content, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      }),
    ]);
    fs.writeFileSync(path.join(outdir, `${file}.gz`), gzipped);
    fs.writeFileSync(path.join(outdir, `${file}.br`), brotlied);
  }),
);
fs.writeFileSync(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
