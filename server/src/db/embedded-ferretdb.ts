import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logging/logger';
import { databaseFilesOf } from './snapshot-checkpoint';

const run = promisify(execFile);

export const FERRETDB_VERSION = 'v1.24.2';
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
const PID_FILE = 'dossier-ferretdb.pid';
const SERVER_FILE = 'dossier-server.json';

/** A failure the user can fix; its message is one line saying how. */
export class EmbeddedDatabaseError extends Error {}

/** Outside the work tree, so every clone and every test run shares one build. */
export function ferretdbBinaryPath(): string {
  const cacheRoot = process.env.DOSSIER_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'dossier');
  return path.join(cacheRoot, `ferretdb-${FERRETDB_VERSION}`);
}

/**
 * Builds the pinned FerretDB once with the Go toolchain and caches the binary.
 *
 * The module is fetched with `go mod download` and built from a copy rather than with
 * `go install …@version`: the module source lacks the generated `build/version/version.txt`
 * that the binary insists on, and `go install` also asks the proxy for the module's version
 * list, which a proxy serving only pinned versions refuses.
 */
export async function ensureFerretdbBinary(log: (line: string) => void = () => {}): Promise<string> {
  const binary = ferretdbBinaryPath();
  if (fs.existsSync(binary)) return binary;

  try {
    await run('go', ['version']);
  } catch {
    throw new EmbeddedDatabaseError(
      'Go is not installed (needed once to build the embedded FerretDB): install Go 1.22 or newer, or set MONGODB_URI to use your own MongoDB.',
    );
  }
  log(`Building FerretDB ${FERRETDB_VERSION} with Go (first start only, about a minute)…`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-ferretdb-build-'));
  try {
    const { stdout } = await goCommand(['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], workDir);
    const moduleDir = (JSON.parse(stdout) as { Dir: string }).Dir;
    const sourceDir = path.join(workDir, 'src');
    fs.cpSync(moduleDir, sourceDir, { recursive: true });
    makeWritable(sourceDir);
    fs.writeFileSync(path.join(sourceDir, 'build/version/version.txt'), `${FERRETDB_VERSION}\n`);
    fs.mkdirSync(path.dirname(binary), { recursive: true });
    const partial = `${binary}.${process.pid}.partial`;
    await goCommand(['build', '-trimpath', '-o', partial, './cmd/ferretdb'], sourceDir);
    fs.renameSync(partial, binary); // atomic: a concurrent start never sees half a binary
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  log(`FerretDB ${FERRETDB_VERSION} built: ${binary}`);
  return binary;
}

async function goCommand(args: string[], cwd: string): Promise<{ stdout: string }> {
  try {
    return await run('go', args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GOFLAGS: '-mod=mod' } });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? error)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' | ');
    throw new EmbeddedDatabaseError(`Building FerretDB failed (go ${args[0]}): ${stderr}. Check Go module proxy access, or set MONGODB_URI.`);
  }
}

function makeWritable(dir: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    fs.chmodSync(entryPath, entry.isDirectory() ? 0o755 : 0o644);
    if (entry.isDirectory()) makeWritable(entryPath);
  }
  fs.chmodSync(dir, 0o755);
}

export interface EmbeddedDatabase {
  readonly uri: string;
  readonly port: number;
  /** The FerretDB process (it changes on restart). */
  readonly pid: number;
  /** False from the moment the process exits unexpectedly until it listens again. */
  readonly running: boolean;
  /** FerretDB's own log, in the data folder. */
  readonly logFile: string;
  /** Calls `listener` when the process exits without being asked to; returns what stops it. */
  onExit(listener: () => void): () => void;
  /** Stops the database process and starts it again on the same port and data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
  /** SIGKILL, without waiting: for a process that must exit now. */
  kill(): void;
  /** Tells other processes (`npm run ingest`) where the server owning this database listens. */
  registerServer(url: string): void;
  /** The database files before FerretDB started (see `db/snapshot-checkpoint.ts`). */
  readonly filesAtStart: string;
  /** The database files now. */
  files(): string;
}

export interface EmbeddedDatabaseOptions {
  /** Holds the SQLite files, FerretDB's state and its log; kept across restarts. */
  readonly dataDir: string;
  /** Start FerretDB again, with back-off, when it exits unexpectedly (default false: the caller restarts it). */
  readonly supervise?: boolean;
  readonly logger?: Logger;
}

/** FerretDB's own log, beside its data. */
export const FERRETDB_LOG = 'ferretdb.log';

/** Waits before starting a crashed FerretDB again: 1 s, doubling to 30 s; back to 1 s once it stayed up a minute. */
const RESTART_DELAYS_MS = { first: 1_000, max: 30_000, stableAfter: 60_000 };

/**
 * Starts FerretDB (SQLite backend) on a free loopback port and waits until it accepts
 * connections. Supervised, a process that exits without being asked to is started again
 * on the same port and data, so the driver reconnects by itself and the change feed's
 * subscribers resume from the stored records (see `EventChangeFeed`).
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const logger = options.logger;
  const binary = await ensureFerretdbBinary((line) => logger?.info(line));
  const sqliteDir = path.join(options.dataDir, 'sqlite');
  const stateDir = path.join(options.dataDir, 'state');
  const logFile = path.join(options.dataDir, FERRETDB_LOG);
  fs.mkdirSync(sqliteDir, { recursive: true });
  fs.mkdirSync(stateDir, { recursive: true });
  claimDataDir(stateDir);
  const filesAtStart = databaseFilesOf(sqliteDir);

  const port = await freeLoopbackPort();
  const pidFile = path.join(stateDir, PID_FILE);
  const start = () => launch(binary, port, sqliteDir, stateDir, logFile);
  let child = await start();
  let running = true;
  let stopping = false;
  let crashes = 0;
  let upSince = Date.now();
  let restartTimer: NodeJS.Timeout | undefined;
  let relaunching: Promise<void> | undefined;
  const exitListeners = new Set<() => void>();

  const watch = (watched: ChildProcess) => {
    watched.once('exit', (code, signal) => {
      if (watched !== child || stopping) return;
      running = false;
      for (const listener of exitListeners) listener();
      if (!options.supervise) return;
      if (Date.now() - upSince > RESTART_DELAYS_MS.stableAfter) crashes = 0;
      scheduleRestart(`exited unexpectedly (${signal ?? `exit code ${code}`})`);
    });
  };
  const scheduleRestart = (what: string) => {
    const delay = Math.min(RESTART_DELAYS_MS.max, RESTART_DELAYS_MS.first * 2 ** crashes++);
    logger?.error({ ferretdb: 'down', restartInMs: delay, logFile }, `embedded FerretDB ${what}; starting it again in ${delay / 1000} s (its log: ${logFile})`);
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      relaunching = relaunch().finally(() => {
        relaunching = undefined;
      });
    }, delay);
    restartTimer.unref();
  };
  const relaunch = async () => {
    if (stopping) return;
    try {
      child = await start();
    } catch (error) {
      if (!stopping) scheduleRestart(`could not be started again (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (stopping) return;
    running = true;
    upSince = Date.now();
    watch(child);
    logger?.info({ ferretdb: 'up', port }, `embedded FerretDB running again on port ${port}`);
  };
  /** Stops any pending or running restart, then the process. */
  const halt = async () => {
    stopping = true;
    clearTimeout(restartTimer);
    await relaunching;
    await stopProcess(child, pidFile);
  };
  watch(child);

  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    logFile,
    filesAtStart,
    files: () => databaseFilesOf(sqliteDir),
    get pid() {
      return child.pid!;
    },
    get running() {
      return running;
    },
    onExit(listener) {
      exitListeners.add(listener);
      return () => exitListeners.delete(listener);
    },
    async restart() {
      await halt();
      child = await start();
      stopping = false;
      running = true;
      upSince = Date.now();
      watch(child);
    },
    stop: async () => {
      fs.rmSync(path.join(stateDir, SERVER_FILE), { force: true });
      await halt();
    },
    registerServer(url) {
      fs.writeFileSync(path.join(stateDir, SERVER_FILE), JSON.stringify({ pid: process.pid, url }));
    },
    kill() {
      stopping = true;
      clearTimeout(restartTimer);
      child.kill('SIGKILL');
      fs.rmSync(pidFile, { force: true });
    },
  };
}

async function launch(binary: string, port: number, sqliteDir: string, stateDir: string, logFile: string): Promise<ChildProcess> {
  const logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const log = fs.openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(
      binary,
      [
        '--telemetry=disable',
        `--listen-addr=127.0.0.1:${port}`,
        '--handler=sqlite',
        `--sqlite-url=file:${sqliteDir}/`,
        `--state-dir=${stateDir}`,
        '--debug-addr=-',
        '--log-level=warn',
      ],
      // FerretDB allocates for every document it decodes, and decodes a whole collection for
      // most queries: a less eager collector reads collections about 1.5 times as fast, and
      // the soft limit keeps it from growing past 1 GiB on the largest scans.
      { stdio: ['ignore', log, log], env: { GOGC: '400', GOMEMLIMIT: '1GiB', ...process.env } },
    );
  } finally {
    fs.closeSync(log);
  }
  fs.writeFileSync(path.join(stateDir, PID_FILE), `${child.pid} ${process.pid}\n`);

  await waitUntilListening(child, port, () => lastLines(logFile, logStart), logFile);
  return child;
}

/** The last lines FerretDB wrote since `from`, joined into one. */
function lastLines(logFile: string, from: number): string {
  try {
    const text = fs.readFileSync(logFile).subarray(from).toString('utf8');
    return text.trim().split('\n').slice(-2).join(' | ').slice(-600);
  } catch {
    return '';
  }
}

/** The server that owns the embedded database in `dataDir`, when one runs: writes must go through it. */
export function runningServerOf(dataDir: string): { url: string } | undefined {
  try {
    const { pid, url } = JSON.parse(fs.readFileSync(path.join(dataDir, 'state', SERVER_FILE), 'utf8')) as { pid: number; url: string };
    return isAlive(pid) ? { url } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pid file names the FerretDB process and the Dossier process that owns it. A live
 * owner means a server already uses this data folder; a dead one left an orphan behind
 * holding the data files, which is stopped.
 */
function claimDataDir(stateDir: string): void {
  const pidFile = path.join(stateDir, PID_FILE);
  if (!fs.existsSync(pidFile)) return;
  const [databasePid, ownerPid] = fs.readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number);
  if (!isRunningFerretdb(databasePid, stateDir)) return;
  if (ownerPid && isAlive(ownerPid)) {
    throw new EmbeddedDatabaseError(
      `The data folder ${path.dirname(stateDir)} is in use by a running Dossier process (pid ${ownerPid}): stop it, or set DOSSIER_DATA_DIR to another folder.`,
    );
  }
  process.kill(databasePid!, 'SIGKILL');
}

function isRunningFerretdb(pid: number | undefined, stateDir: string): boolean {
  if (!pid) return false;
  try {
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes(`ferretdb-${FERRETDB_VERSION}`) && commandLine.includes(stateDir);
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilListening(child: ChildProcess, port: number, lastLog: () => string, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const reason = lastLog();
      throw new EmbeddedDatabaseError(
        `The embedded FerretDB exited at start (${reason || `exit ${child.exitCode}`}; its log: ${logFile}). Delete the data folder if it is damaged, or set MONGODB_URI.`,
      );
    }
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new EmbeddedDatabaseError(`The embedded FerretDB did not accept connections on port ${port} within 30 s (its log: ${logFile}).`);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function stopProcess(child: ChildProcess, pidFile: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // A stopped (SIGSTOP) process only acts on SIGTERM once it runs again.
    child.kill('SIGCONT');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  fs.rmSync(pidFile, { force: true });
}
