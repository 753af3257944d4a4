import type { Db } from 'mongodb';
import { ErrorCode, GraphQLErrorWithCode } from '../errors/errors';
import { reasonOf, type Logger } from '../logging/logger';

/** Labels the health check's pings, so they can be told apart in database logs and command monitoring. */
export const HEALTH_CHECK_COMMENT = 'dossier:health';

export class DatabaseUnavailableError extends GraphQLErrorWithCode {
  constructor() {
    super('The database is not answering; try again shortly', ErrorCode.DATABASE_UNAVAILABLE, { http: { status: 503 } });
  }
}

export interface DatabaseHealthOptions {
  /** How often the database is pinged while it answers; four times as often while it does not. */
  readonly intervalMs: number;
  /** A ping slower than this counts as a failure. */
  readonly timeoutMs: number;
}

export const DEFAULT_HEALTH_OPTIONS: DatabaseHealthOptions = { intervalMs: 1_000, timeoutMs: 1_500 };

/**
 * Whether the database answers, from a ping every second. While it does not, requests are
 * refused at once with DATABASE_UNAVAILABLE instead of each waiting for the driver to give
 * up, operations under way are stopped (`signal`), and readiness reports 503. Each change of
 * state is logged once, as one line.
 */
export class DatabaseHealth {
  private up = true;
  private down = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private pinging = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
    private readonly options: DatabaseHealthOptions = DEFAULT_HEALTH_OPTIONS,
    /** The embedded database's process: its exit is an outage at once, without waiting for a ping. */
    private readonly process?: { readonly running: boolean; onExit(listener: () => void): () => void },
  ) {}

  private stopWatching: (() => void) | undefined;

  start(): void {
    this.running = true;
    this.stopWatching = this.process?.onExit(() => void this.check());
    const next = () => {
      if (!this.running) return;
      this.timer = setTimeout(() => void this.check().then(next), this.up ? this.options.intervalMs : this.options.intervalMs / 4);
      this.timer.unref();
    };
    next();
  }

  stop(): void {
    this.running = false;
    this.stopWatching?.();
    clearTimeout(this.timer);
  }

  get available(): boolean {
    return this.up;
  }

  /** Aborts, with DATABASE_UNAVAILABLE as the reason, when the database stops answering. */
  get signal(): AbortSignal {
    return this.down.signal;
  }

  /** Throws DATABASE_UNAVAILABLE while the database does not answer. */
  requireAvailable(): void {
    if (!this.up) throw new DatabaseUnavailableError();
  }

  /** Pings now; true when the database answered in time. */
  async check(): Promise<boolean> {
    if (this.pinging) return this.up;
    this.pinging = true;
    try {
      if (this.process && !this.process.running) throw new Error('the embedded FerretDB is not running');
      await this.db.command({ ping: 1, comment: HEALTH_CHECK_COMMENT }, { signal: AbortSignal.timeout(this.options.timeoutMs) });
      if (!this.up) {
        this.up = true;
        this.down = new AbortController();
        this.logger.info({ database: 'available' }, 'database available again');
      }
    } catch (error) {
      if (this.up) {
        this.up = false;
        this.down.abort(new DatabaseUnavailableError());
        this.logger.error({ database: 'unavailable', reason: reasonOf(error) }, 'database unavailable: requests are refused until it answers again');
      }
    } finally {
      this.pinging = false;
    }
    return this.up;
  }
}
