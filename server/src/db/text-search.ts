import { BadUserInputError } from '../errors/errors';
import type { Criterion } from './criteria';

export const MAX_SEARCH_LENGTH = 200;

/**
 * A search as a criterion: a case-insensitive substring of any of `paths`. Text indexes are
 * not portable to the embedded FerretDB, so search matches the few fields that matter.
 */
export function searchCriterion(search: string | null | undefined, paths: readonly string[], field: string): Criterion[] {
  const text = search?.trim();
  if (!text) return [];
  if (text.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(field, `at most ${MAX_SEARCH_LENGTH} characters`);
  return [{ kind: 'text', paths, text }];
}
