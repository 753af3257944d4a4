import { BadUserInputError } from '../errors/errors';

export const MAX_SEARCH_LENGTH = 200;

/**
 * Case-insensitive substring match. Text indexes are not portable to the embedded
 * FerretDB, so search is a regular expression over the few fields that matter.
 */
export function searchQuery(search: string | null | undefined, fields: readonly string[], field: string): Record<string, unknown> {
  const text = search?.trim();
  if (!text) return {};
  if (text.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(field, `at most ${MAX_SEARCH_LENGTH} characters`);
  const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { $or: fields.map((name) => ({ [name]: { $regex: pattern, $options: 'i' } })) };
}

/** Combines filter parts, dropping empty ones. */
export function allOf(...parts: Record<string, unknown>[]): Record<string, unknown> {
  const nonEmpty = parts.filter((part) => Object.keys(part).length > 0);
  if (nonEmpty.length === 0) return {};
  if (nonEmpty.length === 1) return nonEmpty[0]!;
  return { $and: nonEmpty };
}
