/**
 * Scale benchmark (not a test): the real server, as its own process on its own embedded
 * FerretDB, over corpora of 1,000, 10,000 and 50,000 events cloned from the seeds (see
 * scale-corpus.ts; cached under ~/.cache/dossier or DOSSIER_CACHE_DIR), and over the plain
 * seeds. For each: start-up time (first, and again after a clean stop), resident memory, idle CPU, and for six questions the
 * latency of one client, the throughput of 20, the CPU per request, the database commands
 * per request, and the latency of a bare-driver baseline on the same database.
 *
 *   npm run bench:scale -w test                      # seeds, 1,000, 10,000, 50,000 events
 *   npm run bench:scale -w test -- seeds 1000 10000  # the sizes given
 *   npm run bench:scale -w test -- 50000 --snapshot=off   # the server reading from the database
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { openDatabase, readSeeds } from '@dossier/server';
import { actorId, eventId } from '../testkit/ids';
import { startServerProcess, type ServerProcess } from '../testkit/server-process';
import { startTestServer, type TestDatabase, type TestServer } from '../testkit/test-server';
import { countsFor, DATABASE_NAME, ensureCorpus, writeSeedsCorpus, type Corpus } from './scale-corpus';
import { CLOCK_TICKS, closeConnections, cpuTicks, ferretdbOf, httpRequest, residentMb, startChild, type ChildServer } from './scale-proc';

const BUDGETS_OFF = { DOSSIER_REQUESTS_PER_MINUTE: 'anonymous:0,reader:0,editor:0', DOSSIER_COST_PER_MINUTE: 'anonymous:0,reader:0,editor:0' };
const WARMUPS = 5;
const SAMPLES = 50;
/** Single-client phases take fewer samples when 50 would take longer than this. */
const SEQUENTIAL_BUDGET_MS = 20_000;
const CLIENTS = 20;
const CONCURRENT_SECONDS = 5;
const IDLE_SECONDS = 10;
/** The operation deadline of the in-process server without the snapshot. */
const OFF_DEADLINE_MS = 300_000;
const SOUTH_KOREA = actorId('south-korea');

interface Query {
  readonly key: string;
  readonly label: string;
  /** The POST body of request number `n`. */
  body(n: number): string;
  /** The baseline's path for request number `n`. */
  baselinePath(n: number): string;
}

function queriesFor(eventKeys: readonly string[]): Query[] {
  const fixed = (key: string, label: string, query: string): Query => ({ key, label, body: () => JSON.stringify({ query }), baselinePath: () => `/${key}` });
  const eventKey = (n: number) => eventKeys[n % eventKeys.length]!;
  return [
    fixed(
      'a',
      'events(20) + actors, articles',
      '{ events(first: 20) { edges { node { id title date { text } participants { role actor { id name } } sources { quote article { id title outlet } } } } } }',
    ),
    fixed(
      'b',
      "South Korea's measures (50)",
      `{ measures(filter: { issuerIds: ["${SOUTH_KOREA}"] }, first: 50) { edges { node { title kind status date { text } targets { name } } } } }`,
    ),
    fixed(
      'c',
      'articles search "sanctions"',
      '{ articles(filter: { search: "sanctions" }, first: 20) { totalCount edges { node { id title outlet publishedAt { text } } } } }',
    ),
    {
      key: 'd',
      label: 'node(id) of an event',
      body: (n) => JSON.stringify({ query: 'query Event($id: ID!) { node(id: $id) { ... on Event { id title } } }', variables: { id: eventId(eventKey(n)) } }),
      baselinePath: (n) => `/d?id=${encodeURIComponent(eventKey(n))}`,
    },
    fixed(
      'e',
      "South Korea's timeline (20)",
      `{ timeline(actorIds: ["${SOUTH_KOREA}"], first: 20) { edges { node { __typename ... on Event { title } ... on Measure { title } } } } }`,
    ),
    fixed(
      'f',
      'measures kinds+statuses+dates',
      '{ measures(filter: { kinds: [SANCTION, WARNING], statuses: [IMPLEMENTED, ANNOUNCED], date: { from: "2020-01-01", to: "2022-12-31" } }, first: 20, orderBy: DATE_DESC) { totalCount edges { node { title date { text } } } } }',
    ),
  ];
}

const now = () => performance.now();
const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const median = (values: readonly number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const ms = (value: number): string => (Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0));
const thousands = (value: number): string => value.toLocaleString('en-US');
const sleep = (millis: number) => new Promise((resolve) => setTimeout(resolve, millis));

/** Sends request `n`; true when it was answered without errors. */
type Send = (n: number) => Promise<boolean>;

const graphqlSend =
  (url: string, query: Query): Send =>
  async (n) => {
    const { status, text } = await httpRequest(new URL(url), 'POST', query.body(n));
    return status === 200 && !text.includes('"errors":[');
  };

const baselineSend =
  (url: string, query: Query): Send =>
  async (n) =>
    (await httpRequest(new URL(url + query.baselinePath(n)), 'GET')).status === 200;

/**
 * One client, one request after another: up to `WARMUPS` first (fewer, at least one, when
 * they take more than a quarter of the budget), then `SAMPLES`, fewer when they would take
 * longer than `SEQUENTIAL_BUDGET_MS` (at least 10, or 3 for requests of several seconds).
 */
async function sequential(send: Send): Promise<{ sorted: number[]; errors: number }> {
  let errors = 0;
  const timed = async (n: number) => {
    const started = now();
    if (!(await send(n))) errors += 1;
    return now() - started;
  };
  const warm: number[] = [];
  do {
    warm.push(await timed(warm.length));
  } while (warm.length < WARMUPS && warm.reduce((a, b) => a + b) < SEQUENTIAL_BUDGET_MS / 4);
  const typical = median(warm.length > 1 ? warm.slice(1) : warm);
  const fewest = typical > 5_000 ? 3 : 10;
  const samples = Math.max(fewest, Math.min(SAMPLES, Math.floor(SEQUENTIAL_BUDGET_MS / Math.max(typical, 0.001))));
  const latencies: number[] = [];
  for (let n = 0; n < samples; n++) latencies.push(await timed(warm.length + n));
  return { sorted: latencies.sort((a, b) => a - b), errors };
}

/** `CLIENTS` clients for `CONCURRENT_SECONDS` (requests under way then finish): answers per second, and the CPU the processes used. */
async function concurrent(send: Send, pids: readonly number[]): Promise<{ perSecond: number; requests: number; errors: number; ticks: number[] }> {
  const before = pids.map(cpuTicks);
  const started = now();
  const until = started + CONCURRENT_SECONDS * 1000;
  let next = 0;
  let requests = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (now() < until) {
        if (await send(next++)) requests += 1;
        else errors += 1;
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  const ticks = pids.map((pid, index) => cpuTicks(pid) - before[index]!);
  return { perSecond: requests / seconds, requests, errors, ticks };
}

/** The first place two answers differ, for the `same` column. */
function firstDifference(a: unknown, b: unknown, at = 'data'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${at}: ${a.length} items vs ${b.length}`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (difference) return difference;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}

interface InProcessFigures {
  readonly trips: number;
  readonly commands: string[];
  /** Time in-process: the median of 3 requests (the first counted), or the one counted when it took over 2 s. */
  readonly ms: number;
  readonly runs: number;
  readonly error?: string;
}

/**
 * The database commands each query sends, counted on an in-process server on a copy of the
 * data (the server process's commands cannot be observed from here), with the snapshot on
 * or off; and the keys of some events, for query d.
 */
async function inProcess(dataDir: string, snapshot: boolean, makeQueries: (eventKeys: string[]) => Query[]) {
  const database = await openDatabase({ mongodbUri: undefined, databaseName: DATABASE_NAME, dataDir, snapshot });
  const testDatabase: TestDatabase = { dataDir, database, reopen: async () => database, dispose: () => database.close() };
  let api: TestServer | undefined;
  try {
    const startedAt = now();
    // Without the snapshot, reads are slow enough on large corpora to reach the 10 s deadline: it is lifted to count every command.
    api = await startTestServer({
      testDatabase,
      seed: false,
      env: { ...BUDGETS_OFF, ...(snapshot ? {} : { DOSSIER_OPERATION_TIMEOUT_MS: String(OFF_DEADLINE_MS) }) },
    });
    const startSeconds = (now() - startedAt) / 1000;
    const events = await database.db
      .collection<{ _id: string }>('events')
      .find({}, { projection: { _id: 1 } })
      .limit(1000)
      .toArray();
    const eventKeys = events.map((event) => event._id);
    const queries = makeQueries(eventKeys);
    const figures = new Map<string, InProcessFigures>();
    for (const query of queries) {
      const { query: text, variables } = JSON.parse(query.body(0)) as { query: string; variables?: Record<string, unknown> };
      const times: number[] = [];
      let error: string | undefined;
      const run = async () => {
        const started = now();
        const response = await api!.send(text, variables ?? {});
        times.push(now() - started);
        if (response.errors) error ??= response.errors.map((e) => e.extensions?.code ?? e.message).join(', ');
      };
      const { count, commands } = await api.countCommands(run);
      if (times[0]! < 2_000) {
        await run();
        await run();
      }
      figures.set(query.key, { trips: count, commands, ms: median(times), runs: times.length, ...(error ? { error } : {}) });
    }
    return { figures, eventKeys, startSeconds };
  } finally {
    await api?.stop();
    await database.close();
  }
}

/**
 * Asks the server's readiness every second while it runs, and counts the refusals (503)
 * by phase: the server refuses every request while its database misses health pings, even
 * requests it would serve from memory.
 */
class ReadinessWatch {
  phase = 'start';
  private readonly refusals = new Map<string, { checks: number; refused: number }>();
  private readonly timer: NodeJS.Timeout;
  private checking = false;

  constructor(private readonly readyUrl: URL) {
    this.timer = setInterval(() => void this.check(), 1_000);
  }

  private async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    const phase = this.phase;
    const counts = this.refusals.get(phase) ?? { checks: 0, refused: 0 };
    this.refusals.set(phase, counts);
    counts.checks += 1;
    try {
      if ((await httpRequest(this.readyUrl, 'GET')).status !== 200) counts.refused += 1;
    } catch {
      counts.refused += 1;
    } finally {
      this.checking = false;
    }
  }

  /** Waits until the server is ready (at most a minute). */
  async ready(): Promise<void> {
    const deadline = now() + 60_000;
    while ((await httpRequest(this.readyUrl, 'GET')).status !== 200) {
      if (now() > deadline) throw new Error('the server stayed unready for a minute');
      await sleep(200);
    }
  }

  stop(): string[] {
    clearInterval(this.timer);
    return [...this.refusals].filter(([, counts]) => counts.refused > 0).map(([phase, counts]) => `${phase}: ${counts.refused} of ${counts.checks}`);
  }
}

interface Row {
  query: Query;
  p50: number;
  p99: number;
  samples: number;
  errors: number;
  perSecond: number;
  concurrentErrors: number;
  cpuServer: number;
  cpuDatabase: number;
  trips: InProcessFigures;
  tripsOff: InProcessFigures | undefined;
  baselineP50: number;
  baselineSamples: number;
  same: string | undefined;
}

const LEGEND = `Columns: p50/p99 ms: one client, sequential, after ${WARMUPS} warm-ups (n requests; fewer than ${SAMPLES} when slow).
  req/s@${CLIENTS}: ${CLIENTS} kept-alive connections for ${CONCURRENT_SECONDS} s. CPU ms/req: user+system CPU of the server + its FerretDB
  during that phase, per request. trips: database commands per request, counted on an in-process server on a copy of the same
  data; off: the same with DOSSIER_SNAPSHOT=off (reads from the database; deadline lifted to ${OFF_DEADLINE_MS / 1000} s); ms off: its in-process
  time (median of 3; ¹ one run, when over 2 s). base p50: a bare-driver node:http server on the same FerretDB (fewest commands,
  by hand); ×base = p50 / base p50; same: the baseline's JSON deep-equals Dossier's data.`;

function printTable(rows: readonly Row[]): void {
  const header = `  ${'query'.padEnd(33)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} ${'n'.padStart(3)} ${`req/s@${CLIENTS}`.padStart(9)} ${'CPU ms/req'.padStart(13)} ${'trips'.padStart(5)} ${'off'.padStart(4)} ${'ms off'.padStart(7)} ${'base p50'.padStart(8)} ${'×base'.padStart(6)}  same`;
  console.log(header);
  const notes: string[] = [];
  const listed = (pick: (row: Row) => string | undefined) =>
    rows.flatMap((row) => {
      const value = pick(row);
      return value === undefined ? [] : [`${row.query.key} ${value}`];
    });
  const commandList = (commands: readonly string[]) =>
    [...new Set(commands)]
      .map((name) => `${name}${commands.filter((c) => c === name).length > 1 ? `×${commands.filter((c) => c === name).length}` : ''}`)
      .join('+');
  for (const row of rows) {
    const cpu = `${ms(row.cpuServer)}+${ms(row.cpuDatabase)}`;
    console.log(
      `  ${`${row.query.key} ${row.query.label}`.padEnd(33)} ${ms(row.p50).padStart(6)} ${ms(row.p99).padStart(6)} ${String(row.samples).padStart(3)} ${row.perSecond.toFixed(0).padStart(9)} ${cpu.padStart(13)} ${String(row.trips.trips).padStart(5)} ${(row.tripsOff ? String(row.tripsOff.trips) : '-').padStart(4)} ${(row.tripsOff ? `${ms(row.tripsOff.ms)}${row.tripsOff.runs === 1 ? '¹' : ''}` : '-').padStart(7)} ${ms(row.baselineP50).padStart(8)} ${(row.p50 / row.baselineP50).toFixed(2).padStart(6)}  ${row.same ? 'no' : 'yes'}`,
    );
    if (row.errors || row.concurrentErrors)
      notes.push(`${row.query.key}: ${row.errors} errors single-client, ${row.concurrentErrors} at ${CLIENTS} connections`);
    if (row.trips.error) notes.push(`${row.query.key}: in-process (snapshot on) answered with errors: ${row.trips.error}`);
    if (row.tripsOff?.error) notes.push(`${row.query.key}: in-process with the snapshot off answered with errors: ${row.tripsOff.error}`);
    if (row.same) notes.push(`${row.query.key}: baseline differs at ${row.same}`);
  }
  const sending = (pick: (row: Row) => InProcessFigures | undefined) => listed((row) => (pick(row)?.trips ? commandList(pick(row)!.commands) : undefined));
  if (sending((row) => row.trips).length) notes.push(`commands with the snapshot: ${sending((row) => row.trips).join(' · ')}`);
  if (sending((row) => row.tripsOff).length) notes.push(`commands with the snapshot off: ${sending((row) => row.tripsOff).join(' · ')}`);
  const fewer = listed((row) => (row.samples < SAMPLES ? String(row.samples) : undefined));
  if (fewer.length) notes.push(`Dossier p50/p99 of fewer samples (slow): ${fewer.join(', ')}`);
  const fewerBase = listed((row) => (row.baselineSamples < SAMPLES ? String(row.baselineSamples) : undefined));
  if (fewerBase.length) notes.push(`baseline p50 of fewer samples (slow): ${fewerBase.join(', ')}`);
  for (const note of notes) console.log(`  · ${note}`);
}

/** Stops what was started, newest first, whatever happens. */
class Cleanup {
  private readonly tasks: { label: string; run: () => Promise<void> | void }[] = [];

  add(label: string, run: () => Promise<void> | void): void {
    this.tasks.push({ label, run });
  }

  async runAll(): Promise<void> {
    while (this.tasks.length > 0) {
      const task = this.tasks.pop()!;
      try {
        await task.run();
      } catch (error) {
        console.error(`cleanup (${task.label}) failed:`, error);
      }
    }
  }
}

const cleanup = new Cleanup();

async function runSize(size: number | 'seeds', options: { snapshot: boolean; snapshotOffTrips: boolean }): Promise<void> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-scale-'));
  const local = new Cleanup();
  cleanup.add(`size ${size}`, () => local.runAll());
  local.add('temporary folder', () => fs.rmSync(temp, { recursive: true, force: true }));
  try {
    let corpus: Corpus;
    const generationStarted = now();
    if (size === 'seeds') {
      corpus = await writeSeedsCorpus(path.join(temp, 'corpus'));
    } else {
      corpus = await ensureCorpus(size, (line) => console.log(line));
    }
    const { info } = corpus;
    const generation = corpus.generated
      ? `generated in ${((now() - generationStarted) / 1000).toFixed(1)} s`
      : `cached in ${corpus.dir}, generated in ${info.generationSeconds.toFixed(1)} s`;
    console.log(
      `\n== ${size === 'seeds' ? 'seeds: ' : ''}${thousands(info.events)} events · ${thousands(info.articles)} articles · ${thousands(info.measures)} measures · ${thousands(info.actors)} actors  (${generation})`,
    );
    console.log(
      `   "sanction" in ${thousands(info.sanctionArticles)} articles (${((100 * info.sanctionArticles) / info.articles).toFixed(0)}%); South Korea issues ${thousands(info.southKoreaMeasures)} measures, takes part in ${thousands(info.southKoreaEvents)} events`,
    );

    const copy = (name: string) => {
      const dir = path.join(temp, name);
      fs.cpSync(corpus.dir, dir, { recursive: true });
      return dir;
    };

    // Round trips, in-process on copies (the snapshot on, then off), before the server process starts.
    let eventKeys: string[] = [];
    const on = await inProcess(copy('in-process'), true, (keys) => {
      eventKeys = keys;
      return queriesFor(keys);
    });
    fs.rmSync(path.join(temp, 'in-process'), { recursive: true, force: true });
    // Without the snapshot the server may not start at all on a large corpus: that is reported, and the run goes on.
    let off: Awaited<ReturnType<typeof inProcess>> | undefined;
    let offFailure: string | undefined;
    if (options.snapshotOffTrips) {
      const offStarted = now();
      try {
        off = await inProcess(copy('in-process-off'), false, queriesFor);
      } catch (error) {
        offFailure = `failed after ${((now() - offStarted) / 1000).toFixed(0)} s: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`;
      }
    }
    fs.rmSync(path.join(temp, 'in-process-off'), { recursive: true, force: true });
    const queries = queriesFor(eventKeys);

    // The server process, on its own copy.
    const dataDir = copy('server');
    const startedAt = now();
    const server: ServerProcess = await startServerProcess({ dataDir, env: { ...BUDGETS_OFF, ...(options.snapshot ? {} : { DOSSIER_SNAPSHOT: 'off' }) } });
    const startSeconds = (now() - startedAt) / 1000;
    local.add('server process', async () => {
      await server.stop();
    });
    const ferretdb = ferretdbOf(dataDir);
    const memoryAtStart = { server: residentMb(server.pid), database: residentMb(ferretdb.pid) };
    const baseline: ChildServer = await startChild(path.join(__dirname, 'scale-baseline.js'), {
      BASELINE_MONGODB_URI: `mongodb://127.0.0.1:${ferretdb.port}/`,
      BASELINE_DB_NAME: DATABASE_NAME,
    });
    local.add('baseline process', () => baseline.stop());

    const readiness = new ReadinessWatch(new URL('/health/ready', server.url));
    local.add('readiness checks', () => void readiness.stop());
    const rows: Row[] = [];
    for (const query of queries) {
      readiness.phase = `${query.key} Dossier`;
      await readiness.ready();
      const dossier = graphqlSend(server.url, query);
      const dossierAnswer = await httpRequest(new URL(server.url), 'POST', query.body(0));
      const dossierJson = JSON.parse(dossierAnswer.text) as { data?: unknown; errors?: unknown };
      if (dossierJson.errors) throw new Error(`query ${query.key} failed: ${dossierAnswer.text.slice(0, 500)}`);
      const baselineAnswer = await httpRequest(new URL(baseline.url + query.baselinePath(0)), 'GET');
      if (baselineAnswer.status !== 200) throw new Error(`baseline ${query.key} failed: ${baselineAnswer.text.slice(0, 500)}`);
      const same = firstDifference(dossierJson.data, JSON.parse(baselineAnswer.text));

      const single = await sequential(dossier);
      const loaded = await concurrent(dossier, [server.pid, ferretdb.pid]);
      readiness.phase = `${query.key} baseline`;
      const base = await sequential(baselineSend(baseline.url, query));
      if (base.errors) throw new Error(`baseline ${query.key}: ${base.errors} errors`);
      const tickMs = 1000 / CLOCK_TICKS;
      rows.push({
        query,
        p50: percentile(single.sorted, 50),
        p99: percentile(single.sorted, 99),
        samples: single.sorted.length,
        errors: single.errors,
        perSecond: loaded.perSecond,
        concurrentErrors: loaded.errors,
        cpuServer: (loaded.ticks[0]! * tickMs) / Math.max(1, loaded.requests),
        cpuDatabase: (loaded.ticks[1]! * tickMs) / Math.max(1, loaded.requests),
        trips: on.figures.get(query.key)!,
        tripsOff: off?.figures.get(query.key),
        baselineP50: percentile(base.sorted, 50),
        baselineSamples: base.sorted.length,
        same,
      });
    }

    const refused = readiness.stop();
    closeConnections();
    const idleBefore = [cpuTicks(server.pid), cpuTicks(ferretdb.pid)];
    const idleStarted = now();
    await sleep(IDLE_SECONDS * 1000);
    const idleSeconds = (now() - idleStarted) / 1000;
    const idle = [cpuTicks(server.pid) - idleBefore[0]!, cpuTicks(ferretdb.pid) - idleBefore[1]!].map((ticks) => (100 * ticks) / CLOCK_TICKS / idleSeconds);
    const memoryAtEnd = { server: residentMb(server.pid), database: residentMb(ferretdb.pid) };

    // A restart after a clean stop reads the checkpoint that stop wrote (server/src/db/snapshot-checkpoint.ts).
    await server.stop();
    const restartedAt = now();
    const restarted = await startServerProcess({ dataDir, env: { ...BUDGETS_OFF, ...(options.snapshot ? {} : { DOSSIER_SNAPSHOT: 'off' }) } });
    const restartSeconds = (now() - restartedAt) / 1000;
    const memoryAtRestart = residentMb(restarted.pid);
    await restarted.stop();

    console.log(
      `   start-up ${startSeconds.toFixed(2)} s (in-process: ${on.startSeconds.toFixed(2)} s with the snapshot${off ? `, ${off.startSeconds.toFixed(2)} s without` : ''}${offFailure ? ', without: did not start' : ''}) · server${options.snapshot ? '' : ' (DOSSIER_SNAPSHOT=off)'} pid ${server.pid}, FerretDB pid ${ferretdb.pid}`,
    );
    console.log(`   restart after a clean stop ${restartSeconds.toFixed(2)} s (RSS ${memoryAtRestart.rss.toFixed(0)} MB)`);
    console.log(
      `   RSS MB at start / after the queries (peak): server ${memoryAtStart.server.rss.toFixed(0)} / ${memoryAtEnd.server.rss.toFixed(0)} (${memoryAtEnd.server.peak.toFixed(0)}) · FerretDB ${memoryAtStart.database.rss.toFixed(0)} / ${memoryAtEnd.database.rss.toFixed(0)} (${memoryAtEnd.database.peak.toFixed(0)})`,
    );
    console.log(
      `   idle CPU over ${IDLE_SECONDS} s: ${(idle[0]! + idle[1]!).toFixed(1)}% of a core (server ${idle[0]!.toFixed(1)}%, FerretDB ${idle[1]!.toFixed(1)}%)`,
    );
    if (offFailure) console.log(`   in-process server with DOSSIER_SNAPSHOT=off ${offFailure}`);
    if (refused.length) console.log(`   server not ready (503 on /health/ready, checked every second) during: ${refused.join('; ')}`);
    printTable(rows);
  } finally {
    await local.runAll();
  }
}

function parseArguments(argv: readonly string[]): { sizes: (number | 'seeds')[]; snapshot: boolean; snapshotOffTrips: boolean } {
  let snapshot = true;
  let snapshotOffTrips = true;
  const sizes: (number | 'seeds')[] = [];
  for (const argument of argv) {
    if (argument === '--snapshot=off') snapshot = false;
    else if (argument === '--no-off-trips') snapshotOffTrips = false;
    else if (argument === 'seeds') sizes.push('seeds');
    else if (/^\d[\d_,]*$/.test(argument)) sizes.push(Number(argument.replace(/[_,]/g, '')));
    else throw new Error(`unknown argument "${argument}": give sizes (numbers of events, or "seeds"), --snapshot=off, --no-off-trips`);
  }
  return { sizes: sizes.length > 0 ? sizes : ['seeds', 1_000, 10_000, 50_000], snapshot, snapshotOffTrips };
}

async function main(): Promise<void> {
  const { sizes, snapshot, snapshotOffTrips } = parseArguments(process.argv.slice(2));
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(`Dossier scale benchmark: ${os.cpus().length} cores (${cpu}), Node ${process.version}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB`);
  console.log(
    `Sizes: ${sizes.map((size) => (size === 'seeds' ? `seeds (${readSeeds().events.length} events)` : thousands(size))).join(', ')}; server process reads ${snapshot ? 'from its snapshot' : 'from the database (DOSSIER_SNAPSHOT=off)'}`,
  );
  for (const size of sizes)
    if (size !== 'seeds' && countsFor(size).articles < 15) throw new Error(`${size} events is too few for a generated corpus (30 at least)`);
  console.log(LEGEND);
  for (const size of sizes) await runSize(size, { snapshot, snapshotOffTrips });
}

const interrupted = (signal: string) => {
  console.error(`\n${signal}: stopping`);
  void cleanup.runAll().finally(() => process.exit(130));
};
process.once('SIGINT', () => interrupted('SIGINT'));
process.once('SIGTERM', () => interrupted('SIGTERM'));

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup.runAll();
    closeConnections();
    // Timers of the in-process servers' clients may linger a moment: exit once everything is stopped.
    process.exit();
  });
