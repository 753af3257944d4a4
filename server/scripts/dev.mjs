// `npm run dev`: the server, rebuilt and restarted whenever one of its sources changes.
// TypeScript recompiles what changed (`tsc --watch`, incremental); Node restarts the
// server when a compiled file it loaded changes (`node --watch`), which stops the server
// with SIGTERM, so the embedded database is shut down cleanly before the next start.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const server = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.resolve(server, '../node_modules/typescript/bin/tsc');

const compiler = spawn(process.execPath, [tsc, '-p', 'tsconfig.json', '--watch', '--preserveWatchOutput'], {
  cwd: server,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let running;
compiler.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  // The server starts once the first compilation is written, not before: else it would
  // start on the previous build and restart at once.
  if (!running && /Watching for file changes/.test(text)) {
    running = spawn(process.execPath, ['--watch', '--enable-source-maps', 'dist/main.js'], { cwd: server, stdio: 'inherit', env: { ...process.env } });
    running.once('exit', (code) => stop(code ?? 0));
  }
});
compiler.once('exit', (code) => stop(code ?? 1));

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  compiler.kill('SIGTERM');
  if (running && running.exitCode === null) {
    running.once('exit', () => process.exit(code));
    running.kill('SIGTERM');
  } else {
    process.exit(code);
  }
}
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));
