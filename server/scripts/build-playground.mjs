// Bundles the playground (GraphiQL and its toolkit) for the browser, so the server can
// serve it with no CDN: every file the page loads comes from the Dossier server.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  entryPoints: { app: path.join(server, 'src/playground/browser/app.tsx') },
  outdir: path.join(server, 'dist/playground-assets'),
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff2': 'dataurl', '.png': 'dataurl', '.svg': 'dataurl' },
  legalComments: 'none',
  logLevel: 'warning',
});
