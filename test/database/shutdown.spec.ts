import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';

const MAIN = path.resolve(__dirname, '../../../server/dist/main.js');

/** Processes whose command line mentions `text`. */
const processesMentioning = (text: string): number[] =>
  fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    })
    .map(Number);

describe('shutting down', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}, stops the embedded FerretDB and exits 0`, async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-shutdown-'));
      const server = spawn(process.execPath, [MAIN], {
        env: { PATH: process.env.PATH ?? '', HOME: os.homedir(), PORT: '0', DOSSIER_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      try {
        for (let waited = 0; !output.includes('ready at') && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
        assert.match(output, /ready at/);
        assert.equal(processesMentioning(dataDir).length, 1, 'the embedded FerretDB runs');
        server.kill(signal);
        assert.equal(await exited, 0, output);
        assert.match(output, new RegExp(`${signal}: shutting down`));
        assert.deepEqual(processesMentioning(dataDir), [], 'no FerretDB is left behind');
      } finally {
        server.kill('SIGKILL');
        for (const pid of processesMentioning(dataDir)) process.kill(pid, 'SIGKILL');
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
});
