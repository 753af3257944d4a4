import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { parseApiKeys, Role, type ApiKey } from '../auth/api-keys';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from '../limits/operation-limits';
import { DEFAULT_CLIENT_BUDGETS, ROLE_ANONYMOUS, type ClientBudgets } from '../limits/client-budgets';
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from '../logging/logger';

const repoRoot = path.resolve(__dirname, '../../..');

/** An IP address, or a host name that is not a malformed address ("999.1.1.1"). */
const isHost = (value: string): boolean => isIP(value) !== 0 || (/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(value) && !/^[\d.]+$/.test(value));

const positiveInt = z.coerce.number().int().min(1, 'a whole number, at least 1');

/** `anonymous:300,reader:600,editor:1200`: a number per role; 0 turns the budget off. */
const roleNumbers = z.string().transform((value, context) => {
  const numbers: Partial<Record<'anonymous' | 'reader' | 'editor', number>> = {};
  for (const entry of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^(anonymous|reader|editor):(\d+)$/.exec(entry);
    if (!match) {
      context.addIssue({ code: 'custom', message: `expected role:number with role anonymous, reader or editor, got "${entry.slice(0, 40)}"` });
      return z.NEVER;
    }
    numbers[match[1] as 'anonymous' | 'reader' | 'editor'] = Number(match[2]);
  }
  return numbers;
});

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().refine(isHost, 'an IP address of this machine (127.0.0.1, ::1, 0.0.0.0 for all) or a host name (localhost)').default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  MONGODB_URI: z
    .string()
    .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
    .optional(),
  DOSSIER_DB_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - only')
    .default('dossier'),
  DOSSIER_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  DOSSIER_API_KEYS: z.string().optional(),
  DOSSIER_PLAYGROUND: z.enum(['true', 'false']).optional(),
  DOSSIER_MAX_DEPTH: positiveInt.optional(),
  DOSSIER_MAX_ALIASES: positiveInt.optional(),
  DOSSIER_MAX_DIRECTIVES: positiveInt.optional(),
  DOSSIER_MAX_TOKENS: positiveInt.optional(),
  DOSSIER_MAX_ROOT_FIELDS: positiveInt.optional(),
  DOSSIER_MAX_COST: positiveInt.optional(),
  DOSSIER_OPERATION_TIMEOUT_MS: z.coerce.number().int().min(100, 'at least 100').default(10_000),
  DOSSIER_REQUESTS_PER_MINUTE: roleNumbers.optional(),
  DOSSIER_COST_PER_MINUTE: roleNumbers.optional(),
  DOSSIER_ALLOWED_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'origins are scheme://host[:port], comma-separated')))
    .optional(),
  DOSSIER_MAX_SUBSCRIPTIONS_PER_SOCKET: positiveInt.default(20),
  DOSSIER_MAX_SOCKETS_PER_CLIENT: positiveInt.default(20),
  DOSSIER_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  DOSSIER_SNAPSHOT: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
});

/** Every environment variable Dossier reads. */
export const SETTINGS = Object.keys(environmentSchema.shape) as (keyof typeof environmentSchema.shape)[];

export interface Config {
  readonly environment: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  /** Absent: the server runs its own embedded FerretDB. */
  readonly mongodbUri: string | undefined;
  readonly databaseName: string;
  /** Embedded database files and the FerretDB state live here. */
  readonly dataDir: string;
  readonly apiKeys: readonly ApiKey[];
  /** Serve the playground and answer introspection (default: on, except in production). */
  readonly playground: boolean;
  /** Prefilled in the playground's headers: the development editor key, in development with the development keys only. */
  readonly playgroundEditorKey: string | undefined;
  /** What one operation may ask for. */
  readonly limits: OperationLimits;
  /** An operation still running after this is stopped. */
  readonly operationTimeoutMs: number;
  /** Requests and cost each client may use per minute, by role. */
  readonly budgets: ClientBudgets;
  /** Browser origins other than the server's own allowed to call the API (CORS) and open sockets. */
  readonly allowedOrigins: readonly string[];
  readonly maxSubscriptionsPerSocket: number;
  readonly maxSocketsPerClient: number;
  /** Take the client's address from `X-Forwarded-For` (behind a proxy you run). */
  readonly trustProxy: boolean;
  /** Serve reads from an in-memory snapshot of the embedded database (see `Repository`). */
  readonly snapshot: boolean;
  readonly logLevel: LogLevel;
  /** Unset: readable lines on a terminal in development, JSON lines otherwise. */
  readonly logFormat: LogFormat | undefined;
  /** When set, `/metrics` answers only requests bearing it (`Authorization: Bearer <token>`). */
  readonly metricsToken: string | undefined;
}

/** Development keys, so the quick start can write without any setup. Refused in production. */
export const DEVELOPMENT_EDITOR_KEY = 'dev-editor-key';
export const DEVELOPMENT_API_KEYS = `editor:${DEVELOPMENT_EDITOR_KEY},reader:dev-reader-key`;

export class ConfigError extends Error {}

/** Reads and validates the environment once; the error names the bad variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`Invalid environment variable ${issue.path.join('.')}: ${issue.message}`);
  }
  const env = parsed.data;
  if (env.NODE_ENV === 'production' && !env.DOSSIER_API_KEYS) {
    throw new ConfigError('Invalid environment variable DOSSIER_API_KEYS: required in production');
  }
  let apiKeys: ApiKey[];
  try {
    apiKeys = parseApiKeys(env.DOSSIER_API_KEYS ?? DEVELOPMENT_API_KEYS);
  } catch (error) {
    throw new ConfigError(`Invalid environment variable DOSSIER_API_KEYS: ${(error as Error).message}`);
  }
  return {
    environment: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    mongodbUri: env.MONGODB_URI,
    databaseName: env.DOSSIER_DB_NAME,
    dataDir: path.resolve(env.DOSSIER_DATA_DIR),
    apiKeys,
    playground: env.DOSSIER_PLAYGROUND ? env.DOSSIER_PLAYGROUND === 'true' : env.NODE_ENV !== 'production',
    playgroundEditorKey: env.NODE_ENV === 'development' && !env.DOSSIER_API_KEYS ? DEVELOPMENT_EDITOR_KEY : undefined,
    limits: {
      depth: env.DOSSIER_MAX_DEPTH ?? DEFAULT_OPERATION_LIMITS.depth,
      aliases: env.DOSSIER_MAX_ALIASES ?? DEFAULT_OPERATION_LIMITS.aliases,
      directives: env.DOSSIER_MAX_DIRECTIVES ?? DEFAULT_OPERATION_LIMITS.directives,
      tokens: env.DOSSIER_MAX_TOKENS ?? DEFAULT_OPERATION_LIMITS.tokens,
      rootFields: env.DOSSIER_MAX_ROOT_FIELDS ?? DEFAULT_OPERATION_LIMITS.rootFields,
      cost: env.DOSSIER_MAX_COST ?? DEFAULT_OPERATION_LIMITS.cost,
    },
    operationTimeoutMs: env.DOSSIER_OPERATION_TIMEOUT_MS,
    budgets: {
      [ROLE_ANONYMOUS]: {
        requests: env.DOSSIER_REQUESTS_PER_MINUTE?.anonymous ?? DEFAULT_CLIENT_BUDGETS.anonymous.requests,
        cost: env.DOSSIER_COST_PER_MINUTE?.anonymous ?? DEFAULT_CLIENT_BUDGETS.anonymous.cost,
      },
      [Role.READER]: {
        requests: env.DOSSIER_REQUESTS_PER_MINUTE?.reader ?? DEFAULT_CLIENT_BUDGETS.READER.requests,
        cost: env.DOSSIER_COST_PER_MINUTE?.reader ?? DEFAULT_CLIENT_BUDGETS.READER.cost,
      },
      [Role.EDITOR]: {
        requests: env.DOSSIER_REQUESTS_PER_MINUTE?.editor ?? DEFAULT_CLIENT_BUDGETS.EDITOR.requests,
        cost: env.DOSSIER_COST_PER_MINUTE?.editor ?? DEFAULT_CLIENT_BUDGETS.EDITOR.cost,
      },
    },
    allowedOrigins: env.DOSSIER_ALLOWED_ORIGINS ?? [],
    maxSubscriptionsPerSocket: env.DOSSIER_MAX_SUBSCRIPTIONS_PER_SOCKET,
    maxSocketsPerClient: env.DOSSIER_MAX_SOCKETS_PER_CLIENT,
    trustProxy: env.DOSSIER_TRUST_PROXY === 'true',
    snapshot: env.DOSSIER_SNAPSHOT === 'on',
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT,
    metricsToken: env.METRICS_TOKEN,
  };
}
