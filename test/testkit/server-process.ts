import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freeLoopbackPort } from '@dossier/server';
import { EDITOR_KEY, READER_KEY } from './test-server';

const MAIN = path.resolve(__dirname, '../../../server/dist/main.js');

export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** SIGKILL: the process gets no chance to close its sockets. */
  kill(): Promise<void>;
  /** SIGTERM, then waits for the process to exit; resolves with its exit code. */
  stop(): Promise<number | null>;
  /** What the process wrote to standard output so far (its log lines). */
  stdout(): string;
}

/**
 * Runs `server/dist/main.js` as a separate process, as a second instance would run: on the
 * database at `mongodbUri`, or on an embedded FerretDB of its own with its data in `dataDir`.
 */
export async function startServerProcess(
  options: ({ mongodbUri: string; databaseName: string } | { dataDir: string }) & { port?: number; env?: Record<string, string> },
): Promise<ServerProcess> {
  const port = options.port ?? (await freeLoopbackPort());
  const { MONGODB_URI: _ignored, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      ...inherited,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...('dataDir' in options ? { DOSSIER_DATA_DIR: options.dataDir } : { MONGODB_URI: options.mongodbUri, DOSSIER_DB_NAME: options.databaseName }),
      DOSSIER_API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}`,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ready at (http[^\s"]+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server process exited (${code}) before it was ready:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url,
    port,
    pid: child.pid!,
    stdout: () => stdout,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
