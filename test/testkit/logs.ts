import { createLogger, type Logger } from '@dossier/server';

/** One JSON log line, parsed. */
export type LogLine = Record<string, unknown> & { level: string; msg: string };

/** A logger whose lines are kept, parsed, exactly as they would be written (text included, in `texts`). */
export function captureLogs(level: 'info' | 'debug' = 'info'): { logger: Logger; lines: LogLine[]; texts: string[] } {
  const lines: LogLine[] = [];
  const texts: string[] = [];
  const logger = createLogger({
    level,
    format: 'json',
    destination: {
      write(text: string) {
        texts.push(text);
        lines.push(JSON.parse(text) as LogLine);
      },
    },
  });
  return { logger, lines, texts };
}
