import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import type { MongoClient, CommandStartedEvent } from 'mongodb';
import { createLogger, loadConfig, openDatabase, startDossier, type Database, type DossierServer, type Logger, type StartOptions } from '@dossier/server';
import { dataOf, errorOf, postGraphQL, type GraphQLErrorShape, type GraphQLResponse, type RequestOptions } from './graphql-client';

export const EDITOR_KEY = 'test-editor-key-0123456789';
export const READER_KEY = 'test-reader-key-0123456789';

/**
 * A database for one test file: with MONGODB_URI, a fresh database on that server;
 * otherwise an embedded FerretDB in a temporary folder. Either is removed by `dispose()`.
 */
export interface TestDatabase {
  /** The data folder of the embedded database (unused with MONGODB_URI). */
  readonly dataDir: string;
  readonly database: Database;
  /**
   * Reopens the same data (for restart tests): the embedded database is stopped, `whileClosed`
   * runs, and it is started again, with or without a snapshot (by default as the suite runs).
   */
  reopen(whileClosed?: () => void, options?: { snapshot?: boolean }): Promise<Database>;
  dispose(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const mongodbUri = process.env.MONGODB_URI;
  const databaseName = `dossier_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-test-'));
  // DOSSIER_SNAPSHOT=off runs the suite on the database read path, as with MongoDB.
  const open = (snapshot = process.env.DOSSIER_SNAPSHOT !== 'off') => openDatabase({ mongodbUri, databaseName, dataDir, snapshot });
  let database = await open();
  return {
    dataDir,
    get database() {
      return database;
    },
    async reopen(whileClosed, options = {}) {
      await database.close();
      whileClosed?.();
      database = await open(options.snapshot);
      return database;
    },
    async dispose() {
      if (mongodbUri) await database.db.dropDatabase().catch(() => {});
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An operation of the test suite, written as `graphql(\`…\`)` (see `./operations`): GraphQL
 * Code Generator types its result and variables from the schema.
 */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & object & { toString(): string };

export interface TestServer {
  readonly url: string;
  readonly server: DossierServer;
  readonly testDatabase: TestDatabase;
  /** True when the server reads from its in-memory snapshot (the embedded database, unless DOSSIER_SNAPSHOT=off). */
  readonly readsFromMemory: boolean;
  /** Runs an operation and returns the whole response. */
  request<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables, options?: RequestOptions): Promise<GraphQLResponse<TResult>>;
  /** Sends any text as an operation, for what is invalid or hostile on purpose; its data is not typed. */
  send(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<unknown>>;
  /** Runs an operation that must succeed and returns its data. */
  query<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables, options?: RequestOptions): Promise<TResult>;
  /** Runs an operation (or any text) that must fail with one error of `code` (on `field`, when given). */
  expectError<TResult, TVariables>(
    operation: Operation<TResult, TVariables> | string,
    variables: TVariables | Record<string, unknown>,
    options: RequestOptions,
    code: string,
    field?: string,
  ): Promise<GraphQLErrorShape>;
  /** Counts the database commands sent for requests while `action` runs (the subscription feed's background reads excluded). */
  countCommands(action: () => Promise<unknown>): Promise<{ count: number; commands: string[] }>;
  stop(): Promise<void>;
}

/**
 * Starts the real server, seeded, on a free port over a fresh database. `env` adds
 * configuration variables (limits, budgets, origins) to the test defaults.
 */
export async function startTestServer(
  options: { seed?: boolean; testDatabase?: TestDatabase; feed?: StartOptions['feed']; env?: Record<string, string>; logger?: Logger } = {},
): Promise<TestServer> {
  const testDatabase = options.testDatabase ?? (await openTestDatabase());
  const config = {
    ...loadConfig({ NODE_ENV: 'test', DOSSIER_API_KEYS: `editor:${EDITOR_KEY},reader:${READER_KEY}`, ...options.env }),
    host: '127.0.0.1',
    port: 0,
  };
  const server = await startDossier(config, {
    database: testDatabase.database,
    seedIfEmpty: options.seed ?? true,
    // Warnings and errors only: a line per request would bury the test report.
    logger: options.logger ?? createLogger({ level: 'warn', format: 'json' }),
    ...(options.feed ? { feed: options.feed } : {}),
  });
  const send = (query: string, variables: Record<string, unknown> = {}, requestOptions: RequestOptions = {}) =>
    postGraphQL<unknown>(server.url, query, variables, requestOptions);
  const request = <TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables, requestOptions: RequestOptions = {}) =>
    postGraphQL<TResult>(server.url, operation.toString(), (variables ?? {}) as Record<string, unknown>, requestOptions);
  return {
    url: server.url,
    server,
    testDatabase,
    readsFromMemory: testDatabase.database.snapshot !== undefined,
    request,
    send,
    async query<TResult, TVariables>(operation: Operation<TResult, TVariables>, variables?: TVariables, requestOptions: RequestOptions = {}) {
      return dataOf(await request(operation, variables, requestOptions), operation.toString(), (variables ?? {}) as Record<string, unknown>);
    },
    async expectError(operation, variables, requestOptions, code, field) {
      const query = operation.toString();
      return errorOf(await send(query, variables as Record<string, unknown>, requestOptions), query, variables as Record<string, unknown>, code, field);
    },
    async countCommands(action) {
      const client: MongoClient = testDatabase.database.client;
      const commands: string[] = [];
      const listener = (event: CommandStartedEvent) => {
        // The change feed's and the health check's own reads are labelled `dossier:…`.
        const comment = event.command.comment;
        const background = (typeof comment === 'string' && comment.startsWith('dossier:')) || ['getMore', 'killCursors'].includes(event.commandName);
        if (event.databaseName === testDatabase.database.db.databaseName && !background) commands.push(event.commandName);
      };
      client.on('commandStarted', listener);
      try {
        await action();
      } finally {
        client.off('commandStarted', listener);
      }
      return { count: commands.length, commands };
    },
    async stop() {
      await server.stop();
      if (!options.testDatabase) await testDatabase.dispose();
    },
  };
}

/** Every document of the domain collections, for "nothing changed" assertions. */
export async function snapshotCollections(database: Database): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const name of ['articles', 'article_texts', 'actors', 'events', 'measures', 'revisions']) {
    snapshot[name] = await database.db.collection(name).find({}).sort({ _id: 1 }).toArray();
  }
  return snapshot;
}
