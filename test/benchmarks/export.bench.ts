/**
 * Export benchmark (not a test): `npm run export`'s program on a copy of a generated corpus
 * of 100,000 records (see `scale-corpus.ts`: 20,548 events, 10,274 articles and their raw
 * texts, 17,808 measures, 41,096 actors), then `npm run import`'s program loading that
 * export into an empty database. Prints each one's duration and the peak resident memory of
 * its process (VmHWM, sampled) and of the embedded FerretDB it runs.
 *
 *   npm run bench:export -w test
 *   npm run bench:export -w test -- 2000    # a corpus of 2,000 events instead
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { DATABASE_NAME, ensureCorpus } from './scale-corpus';
import { residentMb } from './scale-proc';

const CLI = path.resolve(__dirname, '../../../server/dist/cli');
/** Events of the corpus whose records number 100,000 in all. */
const EVENTS = 20_548;
const GOAL_MB = 200;
const SAMPLE_MS = 20;

interface Run {
  readonly seconds: number;
  readonly peakMb: number;
  readonly ferretdbPeakMb: number;
  readonly stderr: string;
}

/** The embedded FerretDB of a data folder, once its pid file names one. */
function ferretdbPid(dataDir: string): number | undefined {
  try {
    return (
      Number(
        fs
          .readFileSync(path.join(dataDir, 'state', 'dossier-ferretdb.pid'), 'utf8')
          .trim()
          .split(/\s+/)[0],
      ) || undefined
    );
  } catch {
    return undefined;
  }
}

/** Runs a command-line program to its end, sampling its own and its FerretDB's peak memory. */
function runCli(program: string, args: readonly string[], dataDir: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const { MONGODB_URI: _embedded, ...inherited } = process.env;
    const child = spawn(process.execPath, [path.join(CLI, `${program}.cli.js`), ...args], {
      env: { ...inherited, DOSSIER_DATA_DIR: dataDir, DOSSIER_DB_NAME: DATABASE_NAME },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peakMb = 0;
    let ferretdbPeakMb = 0;
    let stderr = '';
    readline.createInterface({ input: child.stderr! }).on('line', (line) => {
      stderr += `${line}\n`;
    });
    const sample = setInterval(() => {
      // An ended process (or a zombie, which has no VmHWM) leaves the peaks as they were.
      try {
        peakMb = Math.max(peakMb, residentMb(child.pid!).peak || 0);
        const ferretdb = ferretdbPid(dataDir);
        if (ferretdb) ferretdbPeakMb = Math.max(ferretdbPeakMb, residentMb(ferretdb).peak || 0);
      } catch {
        // The process ended between two samples.
      }
    }, SAMPLE_MS);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(sample);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`${program} exited with ${code}: ${stderr}`));
      else resolve({ seconds, peakMb, ferretdbPeakMb, stderr });
    });
  });
}

const mb = (value: number): string => `${value.toFixed(0)} MB`;

async function main(): Promise<void> {
  const events = Number(process.argv[2] ?? EVENTS);
  const corpus = await ensureCorpus(events, (line) => console.log(line));
  const { info } = corpus;
  const records = info.events + info.articles * 2 + info.measures + info.actors;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-export-bench-'));
  try {
    const source = path.join(temp, 'source');
    fs.cpSync(corpus.dir, source, { recursive: true });
    const file = path.join(temp, 'export.ndjson');
    console.log(
      `== ${records.toLocaleString('en-US')} records (${info.events} events, ${info.articles} articles and raw texts, ${info.measures} measures, ${info.actors} actors)`,
    );

    const exported = await runCli('export', ['--out', file], source);
    const lines = await countLines(file);
    if (lines !== records + 2) throw new Error(`the export holds ${lines} lines, not ${records} records and 2 more`);
    const size = fs.statSync(file).size / 1024 / 1024;
    console.log(
      `export: ${exported.seconds.toFixed(1)} s, ${Math.round(records / exported.seconds).toLocaleString('en-US')} records/s, ${size.toFixed(0)} MB file; peak RSS ${mb(exported.peakMb)} (goal < ${GOAL_MB} MB: ${exported.peakMb < GOAL_MB ? 'met' : 'MISSED'}), embedded FerretDB ${mb(exported.ferretdbPeakMb)}`,
    );

    const target = path.join(temp, 'target');
    const imported = await runCli('import', [file], target);
    console.log(
      `import: ${imported.seconds.toFixed(1)} s, ${Math.round(records / imported.seconds).toLocaleString('en-US')} records/s (indexes included); peak RSS ${mb(imported.peakMb)}, embedded FerretDB ${mb(imported.ferretdbPeakMb)}`,
    );
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

async function countLines(file: string): Promise<number> {
  let lines = 0;
  for await (const chunk of fs.createReadStream(file)) {
    for (const byte of chunk as Buffer) if (byte === 10) lines += 1;
  }
  return lines;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
