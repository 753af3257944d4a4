// Prints the SDK's runtime size (minified + gzipped, as an app bundler would ship it,
// graphql-ws left out) and the files the package would publish. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const sdk = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function bundleSize(entry, label) {
  const result = await build({
    entryPoints: [path.join(sdk, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['graphql-ws'],
    write: false,
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  console.log(`${label}: ${(code.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(code).length / 1024).toFixed(1)} KiB min+gzip`);
}

await bundleSize('dist/esm/index.js', 'client (createClient, every operation method, errors)');
await bundleSize('dist/esm/documents.js', 'documents entry (every operation as a TypedDocumentNode)');

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: sdk, encoding: 'utf8' }));
console.log(`\npackage files (${pack.entryCount}, ${(pack.unpackedSize / 1024).toFixed(0)} KiB unpacked):`);
for (const file of pack.files) console.log(`  ${file.path}  ${(file.size / 1024).toFixed(1)} KiB`);
