// Builds the ESM and CommonJS outputs with their type declarations, and copies in the
// files published beside them: the server's schema (for apps that generate their own
// types) and the license.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const sdk = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(sdk, '..');
const tsc = path.join(path.dirname(fileURLToPath(import.meta.resolve('typescript/package.json'))), 'bin', 'tsc');
fs.rmSync(path.join(sdk, 'dist'), { recursive: true, force: true });
for (const config of ['tsconfig.json', 'tsconfig.cjs.json']) execFileSync(process.execPath, [tsc, '-p', config], { cwd: sdk, stdio: 'inherit' });
// Each output folder declares its module system, so Node loads `.js` files right in both.
fs.writeFileSync(path.join(sdk, 'dist/esm/package.json'), '{ "type": "module" }\n');
fs.writeFileSync(path.join(sdk, 'dist/cjs/package.json'), '{ "type": "commonjs" }\n');
fs.copyFileSync(path.join(root, 'server/schema.graphql'), path.join(sdk, 'schema.graphql'));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(sdk, 'LICENSE'));
