import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Operation names are chosen by clients: past this many distinct ones, new names count as `other`. */
const MAX_OPERATION_NAMES = 100;

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface OperationSample {
  readonly operationName: string | undefined;
  readonly operationType: string | undefined;
  readonly transport: 'http' | 'ws';
  readonly code: string;
  readonly limit: string | undefined;
  readonly durationMs: number;
}

/** Read at each scrape: how far this instance's change feed is behind what the database holds. */
export interface ChangeFeedPosition {
  /** The last change number the feed has seen and delivered. */
  readonly seen: number;
  /** The latest change number stored (claimed) in the database. */
  stored(): Promise<number>;
}

/**
 * The server's Prometheus metrics (prom-client), in a registry of its own so that several
 * servers in one process (the tests) keep separate counts. Served at `/metrics`.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  private readonly operations = new Counter({
    name: 'dossier_graphql_operations_total',
    help: 'GraphQL operations answered, by operation name, type, transport and result code (OK or the first error code).',
    labelNames: ['operation', 'type', 'transport', 'code'] as const,
    registers: [this.registry],
  });
  private readonly operationSeconds = new Histogram({
    name: 'dossier_graphql_operation_duration_seconds',
    help: 'Time to answer a GraphQL operation (for a subscription: how long it ran), by operation name, type and result code.',
    labelNames: ['operation', 'type', 'code'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'dossier_operations_refused_total',
    help: 'Operations refused by a limit (depth, aliases, directives, tokens, rootFields, cost) or a budget (budget:requests, budget:cost).',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  private readonly sockets = new Gauge({
    name: 'dossier_websocket_connections',
    help: 'Open WebSocket connections.',
    registers: [this.registry],
  });
  private readonly subscriptions = new Gauge({
    name: 'dossier_subscriptions_active',
    help: 'Subscriptions running.',
    registers: [this.registry],
  });
  private readonly databaseCommandSeconds = new Histogram({
    name: 'dossier_database_command_duration_seconds',
    help: 'Database commands as the driver reports them, by command and outcome (ok, failed).',
    labelNames: ['command', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });
  private readonly ingestions = new Counter({
    name: 'dossier_ingestions_total',
    help: 'Pages ingested, by outcome (created, duplicate, failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly ingestionSeconds = new Histogram({
    name: 'dossier_ingestion_duration_seconds',
    help: 'Time to ingest one page, coding included.',
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly codings = new Counter({
    name: 'dossier_codings_total',
    help: 'Articles coded into proposed events and measures, by outcome (ok, failed).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly codingSeconds = new Histogram({
    name: 'dossier_coding_duration_seconds',
    help: 'Time to code one article and record its proposals.',
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly proposals = new Counter({
    name: 'dossier_coding_proposals_total',
    help: 'Events and measures coded articles support (new proposals, and held records they add a source to), by kind of record.',
    labelNames: ['record'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** One answered GraphQL operation (see `OperationReports`). */
  observeOperation(sample: OperationSample): void {
    const type = sample.operationType ?? 'unknown';
    const operation = this.operationLabel(sample.operationName);
    this.operations.inc({ operation, type, transport: sample.transport, code: sample.code });
    this.operationSeconds.observe({ operation, type, code: sample.code }, sample.durationMs / 1000);
    if (sample.limit) this.refusals.inc({ limit: sample.limit });
  }

  setSockets(open: number): void {
    this.sockets.set(open);
  }

  setSubscriptions(running: number): void {
    this.subscriptions.set(running);
  }

  observeDatabaseCommand(command: string, outcome: 'ok' | 'failed', durationMs: number): void {
    this.databaseCommandSeconds.observe({ command, outcome }, durationMs / 1000);
  }

  observeIngestion(outcome: 'created' | 'duplicate' | 'failed', seconds: number): void {
    this.ingestions.inc({ outcome });
    this.ingestionSeconds.observe(seconds);
  }

  observeCoding(outcome: 'ok' | 'failed', seconds: number, proposed: { events: number; measures: number }): void {
    this.codings.inc({ outcome });
    this.codingSeconds.observe(seconds);
    this.proposals.inc({ record: 'event' }, proposed.events);
    this.proposals.inc({ record: 'measure' }, proposed.measures);
  }

  /** The change feed's position, read at each scrape (a failed read of the database leaves its gauges as they were). */
  followChangeFeed(position: ChangeFeedPosition): void {
    new Gauge({
      name: 'dossier_change_feed_seen_change',
      help: 'The last event change number this instance has seen and delivered.',
      registers: [this.registry],
      collect() {
        this.set(position.seen);
      },
    });
    new Gauge({
      name: 'dossier_change_feed_stored_change',
      help: 'The latest event change number stored in the database.',
      registers: [this.registry],
      async collect() {
        const stored = await position.stored().catch(() => undefined);
        if (stored !== undefined) this.set(stored);
      },
    });
    new Gauge({
      name: 'dossier_change_feed_lag_changes',
      help: 'Event changes stored but not yet seen by this instance (stored minus seen).',
      registers: [this.registry],
      async collect() {
        const stored = await position.stored().catch(() => undefined);
        if (stored !== undefined) this.set(Math.max(0, stored - position.seen));
      },
    });
  }

  private operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}
