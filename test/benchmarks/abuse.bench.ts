/**
 * Abuse benchmark (not a test).
 *
 * 1. The nested relation attack at 2 to 5 levels on a seeded server: with the limits lifted
 *    (database round trips and time per request: what batching alone achieves), and with
 *    `first: 100` under the default limits (refused before any round trip).
 * 2. The heaviest operation the default limits still allow, sent by 20 clients in a loop to
 *    a server process on its own embedded FerretDB, while one more client asks a cheap
 *    question: its latency p50/p99, against the same question on an idle server.
 *
 *   npm run bench:abuse -w test
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postGraphQL } from '../testkit/graphql-client';
import { eventId } from '../testkit/ids';
import { startServerProcess } from '../testkit/server-process';
import { startTestServer, type TestServer } from '../testkit/test-server';

const level = (first: number, inner: string) => `events(first: ${first}) { edges { node { title participants { role actor { name ${inner} } } } } }`;

/** `actors(first: 100)` with `levels` nested event relations of `first` rows each. */
function attack(levels: number, first: number): string {
  let inner = '';
  for (let n = 0; n < levels; n++) inner = level(first, inner);
  return `{ actors(first: 100) { edges { node { name ${inner} } } } }`;
}

/** Cost 18,101, under the default limit of 20,000: 100 actors, 6 events each, each event's participants. */
const HEAVIEST =
  '{ actors(first: 100) { edges { node { id name kind aliases events(first: 6) { totalCount edges { node { id title kind date { text } participants { role actor { id name } } } } } } } } }';
const CHEAP = `{ event(id: "${eventId('evt-kim-putin-summit')}") { title } }`;

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** One request: database round trips, time, response size, and the first error code if any. */
async function measureRequest(api: TestServer, query: string) {
  let bytes = 0;
  let ms = 0;
  let code: string | undefined;
  const { count } = await api.countCommands(async () => {
    const started = performance.now();
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const text = await response.text();
    ms = performance.now() - started;
    bytes = text.length;
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
  });
  return { count, ms, bytes, code };
}

const row = (levels: number, m: Awaited<ReturnType<typeof measureRequest>>) =>
  `${String(levels).padStart(6)}  ${String(m.count).padStart(11)}  ${m.ms.toFixed(0).padStart(14)}  ${String(m.bytes).padStart(14)}  ${m.code ?? 'answered'}`;

async function nestedAttack(): Promise<void> {
  const header = 'levels  round trips  ms per request  response bytes  outcome';
  // With 100 rows a level the answer outgrows memory past 3 levels on the seeds (actors and
  // events refer to each other), so the lifted run takes 2 rows a level: the shape, not the size.
  const lifted = await startTestServer({
    env: { DOSSIER_MAX_DEPTH: '1000', DOSSIER_MAX_COST: String(Number.MAX_SAFE_INTEGER), DOSSIER_MAX_TOKENS: '100000', DOSSIER_COST_PER_MINUTE: 'anonymous:0' },
  });
  try {
    console.log('Nested attack, limits lifted, 2 rows a level (seeded: 30 actors, 15 events)');
    console.log(header);
    for (let levels = 2; levels <= 5; levels++) console.log(row(levels, await measureRequest(lifted, attack(levels, 2))));
  } finally {
    await lifted.stop();
  }
  const guarded = await startTestServer();
  try {
    console.log('\nNested first: 100 attack, default limits');
    console.log(header);
    for (let levels = 2; levels <= 5; levels++) console.log(row(levels, await measureRequest(guarded, attack(levels, 100))));
  } finally {
    await guarded.stop();
  }
}

async function cheapLatency(url: string, seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    const started = performance.now();
    const response = await postGraphQL(url, CHEAP);
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

async function heaviestAllowed(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-abuse-'));
  // Default limits; budgets off, so that 20 clients on one address can keep sending.
  const server = await startServerProcess({ dataDir, env: { DOSSIER_REQUESTS_PER_MINUTE: 'anonymous:0', DOSSIER_COST_PER_MINUTE: 'anonymous:0' } });
  try {
    const probe = await postGraphQL(server.url, HEAVIEST);
    if (probe.errors) throw new Error(`the heaviest operation was refused: ${JSON.stringify(probe.errors)}`);
    const idle = await cheapLatency(server.url, 5);
    let stop = false;
    let heavy = 0;
    const heavyTimes: number[] = [];
    const clients = Array.from({ length: 20 }, async () => {
      while (!stop) {
        const started = performance.now();
        await postGraphQL(server.url, HEAVIEST);
        heavyTimes.push(performance.now() - started);
        heavy += 1;
      }
    });
    const loaded = await cheapLatency(server.url, 15);
    stop = true;
    await Promise.all(clients);
    heavyTimes.sort((a, b) => a - b);
    console.log('\nCheap query while 20 clients send the heaviest allowed operation (cost 18,101 of 20,000), server process on its own FerretDB');
    console.log('                         requests   p50 ms   p99 ms');
    console.log(
      `cheap, idle server       ${String(idle.length).padStart(8)}  ${percentile(idle, 50).toFixed(1).padStart(7)}  ${percentile(idle, 99).toFixed(1).padStart(7)}`,
    );
    console.log(
      `cheap, under attack      ${String(loaded.length).padStart(8)}  ${percentile(loaded, 50).toFixed(1).padStart(7)}  ${percentile(loaded, 99).toFixed(1).padStart(7)}`,
    );
    console.log(
      `heaviest (20 clients)    ${String(heavy).padStart(8)}  ${percentile(heavyTimes, 50).toFixed(1).padStart(7)}  ${percentile(heavyTimes, 99).toFixed(1).padStart(7)}`,
    );
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Dossier abuse benchmark: ${os.cpus().length} cores, Node ${process.version}`);
  await nestedAttack();
  await heaviestAllowed();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
