import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const MAIN = path.resolve(__dirname, '../../../server/dist/main.js');

/** Runs the server as a user would and returns how it ended. */
async function start(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(process.execPath, [MAIN], { env: { HOME: os.homedir(), ...env }, timeout: 60_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, stderr: failure.stderr };
  }
}

describe('start-up failures', () => {
  it('without Go and without a built FerretDB, say so in one line', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-no-go-'));
    try {
      const result = await start({ PATH: '/nonexistent', DOSSIER_CACHE_DIR: empty, DOSSIER_DATA_DIR: empty, PORT: '0' });
      assert.equal(result.code, 1);
      assert.equal(
        result.stderr,
        'Dossier could not start: Go is not installed (needed once to build the embedded FerretDB): install Go 1.22 or newer, or set MONGODB_URI to use your own MongoDB.\n',
      );
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('with the port taken, say so in one line', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const result = await start({ PATH: process.env.PATH ?? '', PORT: String(port), MONGODB_URI: 'mongodb://127.0.0.1:1/' });
      assert.equal(result.code, 1);
      assert.equal(result.stderr, `Dossier could not start: Port ${port} on 127.0.0.1 is already in use: stop the other server or set PORT to a free port.\n`);
    } finally {
      blocker.close();
    }
  });

  it('with an invalid setting, name the variable in one line', async () => {
    const result = await start({ PATH: process.env.PATH ?? '', PORT: 'eighty' });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^Dossier could not start: Invalid environment variable PORT: .+\n$/);
  });

  it('with a host that is no address, or not one of this machine, say so in one line naming HOST', async () => {
    const malformed = await start({ PATH: process.env.PATH ?? '', HOST: '999.1.1.1' });
    assert.equal(malformed.code, 1);
    assert.equal(
      malformed.stderr,
      'Dossier could not start: Invalid environment variable HOST: an IP address of this machine (127.0.0.1, ::1, 0.0.0.0 for all) or a host name (localhost)\n',
    );
    // An address reserved for documentation: no machine has it.
    const elsewhere = await start({ PATH: process.env.PATH ?? '', HOST: '192.0.2.1', PORT: '0', MONGODB_URI: 'mongodb://127.0.0.1:1/' });
    assert.equal(elsewhere.code, 1);
    assert.equal(
      elsewhere.stderr,
      'Dossier could not start: HOST=192.0.2.1 is not an address of this machine: set HOST to one of its addresses (127.0.0.1, or 0.0.0.0 for all).\n',
    );
  });
});
