// Prints what apps ship of the SDK (bundled, minified and gzipped as an app bundler would,
// graphql-ws included) and the files the package would publish. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const sdk = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function bundleSize(stdin, label) {
  const result = await build({ stdin: { contents: stdin, resolveDir: sdk }, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false });
  const code = result.outputFiles[0].contents;
  console.log(`${label}: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KiB min+gzip`);
}

await bundleSize(
  "import { createBaseClient, ArticlesDocument } from './dist/esm/index.js'; createBaseClient({ url: '/graphql' }).request(ArticlesDocument, {});",
  'one operation (createBaseClient and ArticlesDocument)',
);
await bundleSize(
  "import { createClient } from './dist/esm/index.js'; createClient({ url: '/graphql' }).articles({});",
  'createClient (a method for every operation)',
);
await bundleSize("import * as documents from './dist/esm/documents.js'; console.log(documents);", 'every operation as a TypedDocumentNode');

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: sdk, encoding: 'utf8' }));
console.log(`\npackage: ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked, ${pack.entryCount} files:`);
for (const file of pack.files) console.log(`  ${file.path}  ${(file.size / 1024).toFixed(1)} KiB`);
