import path from 'node:path';
import { z } from 'zod';
import { parseApiKeys, type ApiKey } from '../auth/api-keys';

const repoRoot = path.resolve(__dirname, '../../..');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  DOSSIER_DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - only').default('dossier'),
  DOSSIER_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  DOSSIER_API_KEYS: z.string().optional(),
  DOSSIER_PLAYGROUND: z.enum(['true', 'false']).optional(),
});

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
}

/** Development keys, so the quick start can write without any setup. Refused in production. */
export const DEVELOPMENT_API_KEYS = 'editor:dev-editor-key,reader:dev-reader-key';

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
  };
}
