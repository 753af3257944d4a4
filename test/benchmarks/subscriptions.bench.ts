/**
 * Subscription delivery benchmark (not a test): a server process on its own embedded
 * FerretDB, N subscribers in this process (100 subscriptions per graphql-ws connection),
 * events recorded one at a time through the API. Prints delivery latency p50/p99 (from
 * just before the mutation is sent to each subscriber's receipt), the server's resident
 * memory per 1,000 idle subscribers, and its memory after 1,000 subscribe/unsubscribe cycles.
 *
 *   npm run bench:subscriptions -w test            # 1, 100, 1000, 10000 subscribers
 *   npm run bench:subscriptions -w test -- 1 100   # chosen sizes
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient as createWsClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { startEmbeddedDatabase } from '@dossier/server';
import { sleep } from '../testkit/async';
import { recordEvent } from '../testkit/events';
import { sdkAt } from '../testkit/sdk';
import { startServerProcess } from '../testkit/server-process';
import { EDITOR_KEY } from '../testkit/test-server';

const PER_CONNECTION = 100;
const SUBSCRIPTION = 'subscription { eventAdded(filter: { search: "Bench" }) { cursor event { id title } } }';

const rssKiB = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);
const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const subscriberCounts = sizes.length > 0 ? sizes : [1, 100, 1_000, 10_000];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-'));
  const database = await startEmbeddedDatabase({ dataDir });
  // Many subscriptions on few sockets from one address: the per-socket and per-client caps are raised.
  const server = await startServerProcess({
    mongodbUri: database.uri,
    databaseName: 'bench',
    env: {
      DOSSIER_MAX_SUBSCRIPTIONS_PER_SOCKET: String(PER_CONNECTION),
      DOSSIER_MAX_SOCKETS_PER_CLIENT: '1000',
      DOSSIER_REQUESTS_PER_MINUTE: 'anonymous:0,editor:0',
    },
  });
  const editor = sdkAt(server.url, EDITOR_KEY);
  const wsUrl = server.url.replace('http', 'ws');
  console.log(`Dossier subscription benchmark: ${os.cpus().length} cores, Node ${process.version}, server pid ${server.pid}`);
  console.log('subscribers  events  deliveries  p50 ms  p99 ms  max ms  server RSS per 1,000 idle subscribers');
  try {
    for (const count of subscriberCounts) {
      const baseline = rssKiB(server.pid);
      const clients: Client[] = [];
      const receipts = new Map<string, number[]>();
      const unsubscribes: (() => void)[] = [];
      for (let i = 0; i < count; i++) {
        if (i % PER_CONNECTION === 0) clients.push(createWsClient({ url: wsUrl, webSocketImpl: WebSocket, lazy: true, retryAttempts: 0 }));
        unsubscribes.push(
          clients.at(-1)!.subscribe<{ eventAdded: { event: { id: string } } }>(
            { query: SUBSCRIPTION },
            {
              next: ({ data }) => {
                const id = data!.eventAdded.event.id;
                const times = receipts.get(id) ?? [];
                times.push(performance.now());
                receipts.set(id, times);
              },
              error: () => {},
              complete: () => {},
            },
          ),
        );
      }
      await sleep(1_000 + count / 5); // every subscription registered
      const idle = rssKiB(server.pid);

      const events = count >= 10_000 ? 5 : 20;
      const latencies: number[] = [];
      for (let n = 0; n < events; n++) {
        const sent = performance.now();
        const event = await recordEvent(editor, `Bench ${count}/${n}`);
        const deadline = Date.now() + 60_000;
        while ((receipts.get(event.id)?.length ?? 0) < count && Date.now() < deadline) await sleep(5);
        for (const at of receipts.get(event.id) ?? []) latencies.push(at - sent);
      }
      latencies.sort((a, b) => a - b);
      const perThousand = count >= 100 ? `${((((idle - baseline) / count) * 1_000) / 1024).toFixed(1)} MiB` : 'n/a (too few to measure)';
      console.log(
        `${String(count).padStart(11)}  ${String(events).padStart(6)}  ${String(latencies.length).padStart(10)}  ${percentile(latencies, 50).toFixed(0).padStart(6)}  ${percentile(latencies, 99).toFixed(0).padStart(6)}  ${latencies.at(-1)!.toFixed(0).padStart(6)}  ${perThousand}`,
      );
      for (const unsubscribe of unsubscribes) unsubscribe();
      await Promise.all(clients.map((client) => client.dispose()));
      await sleep(500);
    }

    const before = rssKiB(server.pid);
    const client = sdkAt(server.url);
    for (let cycle = 0; cycle < 1_000; cycle++) {
      const subscription = client.eventAdded({})[Symbol.asyncIterator]();
      const pending = subscription.next();
      await subscription.return?.();
      await pending;
    }
    await client.close();
    await sleep(1_000);
    console.log(`1,000 subscribe/unsubscribe cycles: server RSS ${(before / 1024).toFixed(1)} MiB before, ${(rssKiB(server.pid) / 1024).toFixed(1)} MiB after`);
  } finally {
    await editor.close();
    await server.stop();
    await database.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
