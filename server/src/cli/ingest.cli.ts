import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Role } from '../auth/api-keys';
import { Viewer } from '../auth/viewer';
import { loadConfig } from '../config/config';
import { createRepositories, prepareDatabase } from '../composition/services';
import { openDatabase } from '../db/database';
import { ArticleIngestionService } from '../ingestion/article-ingestion.service';

/** Text files under the given files and folders, in a stable order. */
function collectFiles(targets: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (target: string) => {
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) visit(path.join(target, entry));
    } else if (!/\.(json|png|jpe?g|gif|pdf)$/i.test(target)) {
      files.push(target);
    }
  };
  for (const target of targets) visit(target);
  return files;
}

function progress(done: number, total: number): void {
  if (!process.stdout.isTTY) {
    if (done === total || done % Math.max(1, Math.floor(total / 10)) === 0) console.log(`${done}/${total}`);
    return;
  }
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${done === total ? '\n' : ''}`);
}

/** `npm run ingest -- <files or folders>`: ingests every page into the configured database. */
async function main(): Promise<void> {
  const base = process.env.INIT_CWD ?? process.cwd();
  const targets = process.argv.slice(2).map((target) => path.resolve(base, target));
  if (targets.length === 0) {
    console.error('Usage: npm run ingest -- <files or folders of page text>');
    process.exit(2);
  }
  const missing = targets.find((target) => !fs.existsSync(target));
  if (missing) {
    console.error(`No such file or folder: ${missing}`);
    process.exit(2);
  }
  const files = collectFiles(targets);
  const config = loadConfig();
  const database = await openDatabase({ mongodbUri: config.mongodbUri, databaseName: config.databaseName, dataDir: config.dataDir, log: (line) => console.log(line) });
  const failures: { file: string; reason: string }[] = [];
  let created = 0;
  let duplicates = 0;
  try {
    const repositories = createRepositories(database);
    await prepareDatabase(repositories);
    // Run locally against the database: the operator is trusted as an editor.
    const ingestion = new ArticleIngestionService(repositories.articles, repositories.actors, repositories.events);
    const editor = new Viewer(Role.EDITOR);
    // Ingesting articles changes no actor or event: read them once for the whole batch.
    const knowledge = await ingestion.loadKnowledge();
    for (const [index, file] of files.entries()) {
      try {
        const { created: isNew } = await ingestion.ingest({ rawText: fs.readFileSync(file, 'utf8') }, editor, knowledge);
        if (isNew) created += 1;
        else duplicates += 1;
      } catch (error) {
        failures.push({ file: path.relative(base, file), reason: error instanceof Error ? error.message : String(error) });
      }
      progress(index + 1, files.length);
    }
  } finally {
    await database.close();
  }
  console.log(`Ingested ${files.length} files: ${created} created, ${duplicates} already present, ${failures.length} failed.`);
  for (const failure of failures) console.log(`  failed: ${failure.file}: ${failure.reason}`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Ingestion failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
