import { MongoClient, type Db } from 'mongodb';
import { quietLogger, type Logger } from '../logging/logger';
import { AttachedServers } from './attached-servers';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-ferretdb';
import { Snapshot } from './memory-collection';
import { sealCheckpoint, takeCheckpoint, writeCheckpoint } from './snapshot-checkpoint';
import { WriteLocks } from './write-locks';

export interface Database {
  readonly client: MongoClient;
  readonly db: Db;
  /** The connection string in use (the embedded database's, when it runs one). */
  readonly uri: string;
  /** `embedded FerretDB` or `MongoDB at <host>`, for the start-up line. */
  readonly description: string;
  /**
   * True when this process started the database and is the only one writing to it (the
   * embedded database; other servers may read it): it may then keep shared state, like the
   * last change number, in memory.
   */
  readonly exclusive: boolean;
  /** The servers reading the database besides its owner (see `db/attached-servers.ts`). */
  readonly attachedServers: AttachedServers;
  /** Serializes this process's read-modify-writes of one record (see `Repository.modify`). */
  readonly writeLocks: WriteLocks;
  /** In-memory copies of the collections, read instead of the database: only for an exclusive database (see `Repository`). */
  readonly snapshot: Snapshot | undefined;
  /** Where the code working on this database reports what goes wrong. */
  readonly logger: Logger;
  /** The embedded FerretDB's process, when this process runs one: whether it runs, and when it exits. */
  readonly process: Pick<EmbeddedDatabase, 'running' | 'onExit'> | undefined;
  close(): Promise<void>;
  /** Kills the embedded database at once, for a process that must exit now; nothing for MongoDB. */
  abandon(): void;
  /** Records the URL of the server owning the embedded database, for other processes to write through it. */
  registerServer(url: string): void;
}

const CLOSE_GRACE_MS = 2_000;

export interface DatabaseOptions {
  readonly mongodbUri: string | undefined;
  readonly databaseName: string;
  readonly dataDir: string;
  /** Keep an in-memory snapshot of the records when the database is this process's own (default true). */
  readonly snapshot?: boolean;
  /** Default: warnings and errors on standard error. */
  readonly logger?: Logger;
}

/** Connects to `mongodbUri`, or starts the embedded FerretDB when there is none. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  let embedded: EmbeddedDatabase | undefined;
  let snapshot: Snapshot | undefined;
  let fromCheckpoint = false;
  let uri = options.mongodbUri;
  const logger = options.logger ?? quietLogger();
  if (!uri) {
    embedded = await startEmbeddedDatabase({ dataDir: options.dataDir, supervise: true, logger });
    uri = embedded.uri;
    // Taken (and so removed) even without a snapshot: this process may change the database.
    const restored = takeCheckpoint(options.dataDir, embedded.filesAtStart);
    if (options.snapshot !== false) snapshot = new Snapshot(restored);
    fromCheckpoint = snapshot !== undefined && restored !== undefined;
  }
  // Command monitoring lets tests count round trips; it costs nothing without listeners.
  // A heartbeat every second notices a restarted database within a second or two (the default is 10 s).
  const client = new MongoClient(uri, {
    monitorCommands: true,
    ignoreUndefined: true,
    serverSelectionTimeoutMS: 10_000,
    heartbeatFrequencyMS: 1_000,
    appName: 'dossier',
  });
  try {
    await client.connect();
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  const db = client.db(options.databaseName);
  const attachedServers = new AttachedServers(db, embedded !== undefined, logger);
  await attachedServers.start();
  return {
    client,
    db,
    uri,
    exclusive: embedded !== undefined,
    attachedServers,
    writeLocks: new WriteLocks(),
    snapshot,
    logger,
    process: embedded,
    description: embedded
      ? `embedded FerretDB (data in ${options.dataDir}${fromCheckpoint ? '; records read from the checkpoint of the last clean stop' : ''})`
      : `MongoDB at ${redact(uri)}`,
    async close() {
      await attachedServers.stop();
      const checkpoint = snapshot?.checkpoint();
      if (checkpoint) writeCheckpoint(options.dataDir, checkpoint);
      // A database that hangs must not hold up shutdown: the client gets a few seconds to say goodbye.
      await Promise.race([client.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
      await embedded?.stop();
      if (checkpoint && embedded) sealCheckpoint(options.dataDir, embedded.files(), [...checkpoint.keys()]);
    },
    abandon() {
      snapshot?.distrust();
      embedded?.kill();
    },
    registerServer(url) {
      embedded?.registerServer(url);
    },
  };
}

const redact = (uri: string): string => uri.replace(/\/\/[^@/]*@/, '//***@');
