/**
 * Write throughput benchmark (not a test): a server process on its own embedded FerretDB
 * (seeded), clients in this process sending mutations through the SDK. For 1 and 8
 * concurrent clients, prints operations per second and latency p50/p99 of creating and
 * updating events, actors and measures, and of attaching evidence.
 *
 *   npm run bench:writes -w test              # 200 operations per row
 *   npm run bench:writes -w test -- 400       # operations per row
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DossierClient } from '@dossier/sdk';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { sdkAt } from '../testkit/sdk';
import { startServerProcess } from '../testkit/server-process';
import { EDITOR_KEY } from '../testkit/test-server';

const SOURCE = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };

type Operation = (editor: DossierClient, n: number) => Promise<unknown>;

interface Targets {
  eventIds: string[];
  actorIds: string[];
  measureIds: string[];
}

const operations = (targets: Targets, run: string): Record<string, Operation> => ({
  createEvent: (editor, n) =>
    editor.createEvent({
      input: {
        title: `Bench event ${run} ${n}`,
        kind: 'STATEMENT',
        date: '2023-09-19',
        participants: [{ actorId: actorId('south-korea'), role: 'INITIATOR' }],
        sources: [SOURCE],
      },
    }),
  updateEvent: (editor, n) => editor.updateEvent({ input: { id: targets.eventIds[n % targets.eventIds.length]!, title: `Bench event ${run} updated ${n}` } }),
  attachEvidence: (editor, n) => editor.attachEvidence({ input: { subjectId: targets.eventIds[n % targets.eventIds.length]!, source: SOURCE } }),
  createActor: (editor, n) => editor.createActor({ input: { name: `Bench actor ${run} ${n}`, kind: 'PERSON' } }),
  updateActor: (editor, n) => editor.updateActor({ input: { id: targets.actorIds[n % targets.actorIds.length]!, description: `Updated ${run} ${n}` } }),
  createMeasure: (editor, n) =>
    editor.createMeasure({
      input: { title: `Bench measure ${run} ${n}`, kind: 'WARNING', status: 'ANNOUNCED', issuerIds: [actorId('south-korea')], sources: [SOURCE] },
    }),
  updateMeasure: (editor, n) => editor.updateMeasure({ input: { id: targets.measureIds[n % targets.measureIds.length]!, details: `Updated ${run} ${n}` } }),
});

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Runs `count` operations spread over `clients` concurrent clients; returns ops/s and latencies. */
async function measure(editors: DossierClient[], clients: number, count: number, operation: Operation) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    editors.slice(0, clients).map(async (editor) => {
      for (let n = next++; n < count; n = next++) {
        const at = performance.now();
        await operation(editor, n);
        latencies.push(performance.now() - at);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: count / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-writes-'));
  // The editor's request and cost budgets would throttle the benchmark: they are lifted.
  const server = await startServerProcess({ dataDir, env: { DOSSIER_REQUESTS_PER_MINUTE: 'editor:0', DOSSIER_COST_PER_MINUTE: 'editor:0' } });
  const editors = Array.from({ length: 8 }, () => sdkAt(server.url, EDITOR_KEY));
  console.log(`Dossier write benchmark: ${os.cpus().length} cores, Node ${process.version}, embedded FerretDB, ${count} operations per row`);
  console.log('operation        clients   ops/s   p50 ms   p99 ms');
  try {
    // Records to update: a few, so concurrent clients update the same records.
    const editor = editors[0]!;
    const targets: Targets = { eventIds: [], actorIds: [], measureIds: [] };
    const setup = operations(targets, 'setup');
    for (let n = 0; n < 4; n++) {
      targets.eventIds.push(((await setup.createEvent!(editor, n)) as { createEvent: { event: { id: string } } }).createEvent.event.id);
      targets.actorIds.push(((await setup.createActor!(editor, n)) as { createActor: { actor: { id: string } } }).createActor.actor.id);
      targets.measureIds.push(((await setup.createMeasure!(editor, n)) as { createMeasure: { measure: { id: string } } }).createMeasure.measure.id);
    }
    for (const clients of [1, 8]) {
      for (const [name, operation] of Object.entries(operations(targets, `c${clients}`))) {
        const { perSecond, p50, p99 } = await measure(editors, clients, count, operation);
        console.log(
          `${name.padEnd(15)}  ${String(clients).padStart(7)}  ${perSecond.toFixed(1).padStart(6)}  ${p50.toFixed(1).padStart(7)}  ${p99.toFixed(1).padStart(7)}`,
        );
      }
    }
  } finally {
    await Promise.all(editors.map((editor) => editor.close()));
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
