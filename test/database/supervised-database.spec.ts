import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { eventuallyAsync, nextWithin } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import type { LogLine } from '../testkit/logs';
import { sdkAt } from '../testkit/sdk';
import { startServerProcess } from '../testkit/server-process';
import { EDITOR_KEY } from '../testkit/test-server';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The FerretDB process of a data folder, from the pid file the server keeps in it. */
const ferretdbPid = (dataDir: string): number => Number(fs.readFileSync(path.join(dataDir, 'state', 'dossier-ferretdb.pid'), 'utf8').split(' ')[0]);
const listenAddress = (pid: number): string | undefined =>
  fs
    .readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .find((argument) => argument.startsWith('--listen-addr='));

describe('the supervised embedded FerretDB', () => {
  it('killed mid-run, is started again on the same port and data, and a subscription delivers what is recorded afterwards', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-supervised-'));
    const server = await startServerProcess({ dataDir, env: { LOG_FORMAT: 'json' } });
    const lines = () =>
      server
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as LogLine);
    const ready = server.url.replace('/graphql', '/health/ready');
    const subscriber = sdkAt(server.url);
    const editor = sdkAt(server.url, EDITOR_KEY);
    const changes = subscriber.eventAdded({ filter: { search: 'Supervised' } })[Symbol.asyncIterator]();
    try {
      const first = nextWithin(changes, 30_000, 'the event before the crash');
      assert.ok(await eventuallyAsync(async () => lines().some((line) => line.msg === 'subscription started'), 15_000), 'subscribed');
      await recordEvent(editor, 'Supervised before');
      assert.equal((await first).eventAdded.event.title, 'Supervised before');

      const killed = ferretdbPid(dataDir);
      const address = listenAddress(killed);
      const afterCrash = nextWithin(changes, 90_000, 'the event after the crash');
      afterCrash.catch(() => {}); // awaited below
      process.kill(killed, 'SIGKILL');

      assert.ok(await eventuallyAsync(async () => lines().some((line) => line.ferretdb === 'up'), 60_000), 'FerretDB runs again');
      const logFile = path.join(dataDir, 'ferretdb.log');
      const down = lines().find((line) => line.ferretdb === 'down');
      assert.ok(down);
      assert.equal(down.level, 'error');
      assert.equal(down.logFile, logFile);
      assert.match(
        down.msg,
        new RegExp(`^embedded FerretDB exited unexpectedly \\(SIGKILL\\); starting it again in 1 s \\(its log: ${logFile.replaceAll('.', '\\.')}\\)$`),
      );
      assert.ok(fs.existsSync(logFile), 'FerretDB logs to a file in the data folder');
      // Readiness said so while it was down: the exit is an outage at once, not at the next ping.
      const database = lines().filter((line) => line.database !== undefined);
      assert.deepEqual(
        database.slice(0, 1).map((line) => [line.database, line.reason]),
        [['unavailable', 'the embedded FerretDB is not running']],
      );

      const restarted = ferretdbPid(dataDir);
      assert.notEqual(restarted, killed);
      assert.ok(isAlive(restarted));
      assert.equal(listenAddress(restarted), address, 'the same port');
      assert.ok(await eventuallyAsync(async () => (await fetch(ready)).status === 200, 30_000), 'ready again');
      assert.ok(await eventuallyAsync(async () => lines().some((line) => line.database === 'available'), 10_000));

      await recordEvent(editor, 'Supervised after');
      assert.equal((await afterCrash).eventAdded.event.title, 'Supervised after', 'the subscription resumed by itself');
    } finally {
      await changes.return?.();
      await subscriber.close();
      await editor.close();
      assert.equal(await server.stop(), 0);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
