// Fails when sdk/src/generated differs from what codegen.yml produces from the current
// schema and operations. Generates in memory: the working tree is left as it is.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { executeCodegen, loadContext } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
const context = await loadContext(path.join(root, 'codegen.yml'));
context.updateConfig({ silent: true });
const { result, error } = await executeCodegen(context);
if (error) throw error;
const stale = result.filter((file) => !fs.existsSync(file.filename) || fs.readFileSync(file.filename, 'utf8') !== file.content);
if (stale.length > 0) {
  console.error(`Generated SDK code is stale: ${stale.map((file) => file.filename).join(', ')}. Run \`npm run codegen\` and commit the result.`);
  process.exit(1);
}
console.log(`sdk/src/generated is up to date (${result.length} files).`);
