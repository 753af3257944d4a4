import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { freeLoopbackPort } from '@dossier/server';
import { eventuallyAsync } from '../testkit/async';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * A copy of the server's sources and build beside links to the installed packages and the
 * seeds: `npm run dev` edits nothing of the checkout while a source file is changed under it.
 */
function copyOfServer(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-dev-'));
  fs.copyFileSync(path.join(ROOT, 'tsconfig.base.json'), path.join(copy, 'tsconfig.base.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  fs.symlinkSync(path.join(ROOT, 'seeds'), path.join(copy, 'seeds'));
  fs.mkdirSync(path.join(copy, 'server'));
  for (const entry of ['src', 'scripts', 'dist', 'package.json', 'tsconfig.json']) {
    fs.cpSync(path.join(ROOT, 'server', entry), path.join(copy, 'server', entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'server', 'node_modules'), path.join(copy, 'server', 'node_modules'));
  return copy;
}

const liveness = async (url: string): Promise<unknown> => {
  try {
    return await (await fetch(url)).json();
  } catch {
    return undefined;
  }
};

describe('npm run dev', () => {
  it('rebuilds and restarts the server when a server source file changes, and stops cleanly', async () => {
    const copy = copyOfServer();
    const port = await freeLoopbackPort();
    const { MONGODB_URI: _embedded, ...inherited } = process.env;
    const dev = spawn(process.execPath, [path.join(copy, 'server', 'scripts', 'dev.mjs')], {
      env: { ...inherited, NODE_ENV: 'development', PORT: String(port), DOSSIER_DATA_DIR: path.join(copy, 'data'), LOG_FORMAT: 'json' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    dev.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => dev.once('exit', resolve));
    const live = `http://127.0.0.1:${port}/health/live`;
    try {
      assert.ok(await eventuallyAsync(async () => JSON.stringify(await liveness(live)) === '{"status":"live"}', 120_000), `serves:\n${output}`);

      const app = path.join(copy, 'server', 'src', 'app.ts');
      fs.writeFileSync(app, fs.readFileSync(app, 'utf8').replace("JSON.stringify({ status: 'live' })", "JSON.stringify({ status: 'live', edited: true })"));
      assert.ok(
        await eventuallyAsync(async () => JSON.stringify(await liveness(live)) === '{"status":"live","edited":true}', 120_000),
        `serves the edited source:\n${output}`,
      );
      assert.match(output, /SIGTERM: shutting down/, 'the previous server was stopped cleanly');
    } finally {
      dev.kill('SIGINT');
      assert.equal(await exited, 0, output);
    }
    // The server was stopped, and with it its database, before `npm run dev` exited.
    assert.equal(output.match(/: shutting down/g)?.length, 2, output);
    assert.ok(!fs.existsSync(path.join(copy, 'data', 'state', 'dossier-ferretdb.pid')), 'the embedded database was stopped');
    fs.rmSync(copy, { recursive: true, force: true });
  });
});
