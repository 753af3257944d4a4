import { BadUserInputError, truncated } from '../errors/errors';

/** A position in a sorted list: the sort value and the key of the last row seen. */
export interface CursorPosition {
  readonly value: string;
  readonly key: string;
}

export const encodeCursor = (position: CursorPosition): string => Buffer.from(JSON.stringify([position.value, position.key]), 'utf8').toString('base64url');

export function decodeCursor(cursor: string, field: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { value: parsed[0], key: parsed[1] };
    }
  } catch {
    // reported below
  }
  throw new BadUserInputError(field, `"${truncated(cursor)}" is not a cursor from this API`);
}
