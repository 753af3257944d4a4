import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildDossierSchema } from './build-schema';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

const HEADER = '# Generated from the server code by `npm run emit-schema`. Do not edit.\n\n';

/** The SDL committed as `server/schema.graphql`, sorted so diffs stay small. */
export async function schemaText(): Promise<string> {
  return `${HEADER}${printSchema(lexicographicSortSchema(await buildDossierSchema()))}\n`;
}

async function main(): Promise<void> {
  const text = await schemaText();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (committed !== text) {
      console.error('server/schema.graphql is stale: run `npm run emit-schema` and commit the result.');
      process.exit(1);
    }
    console.log('server/schema.graphql is up to date.');
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, text);
  console.log(`Wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
