import { randomUUID } from 'node:crypto';
import type { Collection, Db } from 'mongodb';
import { reasonOf, type Logger } from '../logging/logger';

/** Where servers reading a database they did not start say that they are there. */
export const SERVERS = 'servers';

interface ServerDocument {
  _id: string;
  at: Date;
}

const HEARTBEAT_MS = 10_000;
/** A server that has not said it is there for this long has stopped. */
const PRESENT_FOR_MS = 30_000;
const WATCH_MS = 1_000;
/** Marks this background read, which no request causes. */
const WATCH_COMMENT = 'dossier:attached-servers';

/**
 * The servers reading a database besides the one that owns it. Other servers may read the
 * embedded database through `MONGODB_URI`; they read records as stored, so its owner must
 * store every change in the record itself while any of them is there (see `Repository.amend`).
 * A server that does not own its database says every `HEARTBEAT_MS` that it is there; the
 * owner looks every `WATCH_MS`, on a collection holding one small document per server.
 */
export class AttachedServers {
  private readonly servers: Collection<ServerDocument>;
  private readonly id = randomUUID();
  private present = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(
    db: Db,
    private readonly owner: boolean,
    private readonly logger: Logger,
  ) {
    this.servers = db.collection<ServerDocument>(SERVERS);
  }

  /** For the owner: whether another server read the database in the last half minute. */
  get any(): boolean {
    return this.present;
  }

  /** Calls `listener` each time the owner learns that another server has come. */
  onAttached(listener: () => void): void {
    this.listeners.add(listener);
  }

  async start(): Promise<void> {
    if (this.owner) await this.look();
    else await this.announce();
    this.timer = setInterval(() => void (this.owner ? this.look() : this.announce()), this.owner ? WATCH_MS : HEARTBEAT_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (!this.owner) await this.servers.deleteOne({ _id: this.id }).catch(() => {});
  }

  private async announce(): Promise<void> {
    try {
      await this.servers.replaceOne({ _id: this.id }, { at: new Date() }, { upsert: true, comment: WATCH_COMMENT });
    } catch (error) {
      this.logger.warn({ reason: reasonOf(error) }, 'could not tell the owner of the database that this server reads it (tried again shortly)');
    }
  }

  private async look(): Promise<void> {
    try {
      const present = (await this.servers.findOne({ at: { $gt: new Date(Date.now() - PRESENT_FOR_MS) } }, { comment: WATCH_COMMENT })) !== null;
      const came = present && !this.present;
      this.present = present;
      if (came) for (const listener of this.listeners) listener();
    } catch {
      // The database is down: the supervisor reports it, and the next look decides.
    }
  }
}
