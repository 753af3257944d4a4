import { Role } from '../auth/api-keys';
import { DEVELOPMENT_API_KEYS, loadConfig, SETTINGS } from './config';

/** Where a credential would show: only its first characters are kept. */
const masked = (secret: string): string => (secret.length <= 4 ? '****' : `${secret.slice(0, 2)}****`);

const maskedKeys = (value: string): string =>
  value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const colon = entry.indexOf(':');
      return colon < 0 ? masked(entry) : `${entry.slice(0, colon)}:${masked(entry.slice(colon + 1))}`;
    })
    .join(',');

const maskedUri = (uri: string): string => uri.replace(/\/\/([^@/]*)@/, (_whole, credentials: string) => `//${masked(credentials)}@`);

/**
 * The effective configuration, one line per variable: its value and whether it was set or
 * is the default, with API keys and database credentials masked. Validates first, so a bad
 * variable fails here as it would at start.
 */
export function describeConfig(environment: NodeJS.ProcessEnv = process.env): string[] {
  const config = loadConfig(environment);
  const effective: Record<(typeof SETTINGS)[number], string> = {
    NODE_ENV: config.environment,
    HOST: config.host,
    PORT: String(config.port),
    MONGODB_URI: config.mongodbUri ? maskedUri(config.mongodbUri) : '(none: the embedded FerretDB)',
    DOSSIER_DB_NAME: config.databaseName,
    DOSSIER_DATA_DIR: config.dataDir,
    DOSSIER_API_KEYS: maskedKeys(environment.DOSSIER_API_KEYS ?? DEVELOPMENT_API_KEYS),
    DOSSIER_PLAYGROUND: String(config.playground),
    DOSSIER_MAX_DEPTH: String(config.limits.depth),
    DOSSIER_MAX_ALIASES: String(config.limits.aliases),
    DOSSIER_MAX_DIRECTIVES: String(config.limits.directives),
    DOSSIER_MAX_TOKENS: String(config.limits.tokens),
    DOSSIER_MAX_ROOT_FIELDS: String(config.limits.rootFields),
    DOSSIER_MAX_COST: String(config.limits.cost),
    DOSSIER_OPERATION_TIMEOUT_MS: String(config.operationTimeoutMs),
    DOSSIER_REQUESTS_PER_MINUTE: Object.entries(config.budgets)
      .map(([role, budget]) => `${role.toLowerCase()}:${budget.requests}`)
      .join(','),
    DOSSIER_COST_PER_MINUTE: Object.entries(config.budgets)
      .map(([role, budget]) => `${role.toLowerCase()}:${budget.cost}`)
      .join(','),
    DOSSIER_ALLOWED_ORIGINS: config.allowedOrigins.join(',') || '(same origin only)',
    DOSSIER_MAX_SUBSCRIPTIONS_PER_SOCKET: String(config.maxSubscriptionsPerSocket),
    DOSSIER_MAX_SOCKETS_PER_CLIENT: String(config.maxSocketsPerClient),
    DOSSIER_TRUST_PROXY: String(config.trustProxy),
    DOSSIER_SNAPSHOT: config.snapshot ? 'on' : 'off',
    LOG_LEVEL: config.logLevel,
    LOG_FORMAT: config.logFormat ?? '(pretty on a terminal in development, else json)',
    METRICS_TOKEN: config.metricsToken ? masked(config.metricsToken) : '(none: /metrics is open)',
  };
  const width = Math.max(...SETTINGS.map((name) => name.length));
  const developmentKeys = environment.DOSSIER_API_KEYS === undefined && config.apiKeys.some((key) => key.role === Role.EDITOR);
  return SETTINGS.map((name) => {
    const origin = environment[name] === undefined ? (name === 'DOSSIER_API_KEYS' && developmentKeys ? 'development keys' : 'default') : 'set';
    return `${name.padEnd(width)}  ${effective[name]}  (${origin})`;
  });
}
