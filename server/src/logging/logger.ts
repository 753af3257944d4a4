import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Unset: pretty when `development` and standard output is a terminal, JSON otherwise. */
  readonly format?: LogFormat | undefined;
  readonly development?: boolean;
  /** Where lines go (default: standard output). */
  readonly destination?: DestinationStream;
}

/**
 * The server's one logger: a JSON object per line (`level` as a word, `time` in ISO 8601),
 * or, for a person at a terminal, pino-pretty's coloured lines. Written synchronously, so
 * the last lines before an exit are not lost.
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  const format = options.format ?? (options.development && !options.destination && process.stdout.isTTY ? 'pretty' : 'json');
  if (format === 'pretty') {
    return pino(
      settings,
      pretty({ sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname', ...(options.destination ? { destination: options.destination } : {}) }),
    );
  }
  return pino(settings, options.destination ?? pino.destination({ dest: 1, sync: true }));
}

/** The logger of code run without one (libraries, tests): warnings and errors only, as JSON on standard error. */
export const quietLogger = (): Logger =>
  pino(
    { level: 'warn', timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label: string) => ({ level: label }) } },
    pino.destination({ dest: 2, sync: true }),
  );

/** A one-line description of an error, for log lines that do not need its stack. */
export const reasonOf = (error: unknown): string => (error instanceof Error ? error.message.split('\n')[0]! : String(error));
