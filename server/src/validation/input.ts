import type { Criterion } from '../db/criteria';
import { BadUserInputError, ConflictError } from '../errors/errors';

export const LIMITS = {
  name: 200,
  title: 300,
  text: 2_000,
  quote: 2_000,
  listItems: 50,
  sources: 100,
  comment: 1_000,
} as const;

/** Trims and checks a required text; an empty or oversize value is refused, naming the field. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(field, 'must not be empty');
  if (text.length > max) throw new BadUserInputError(field, `at most ${max} characters, got ${text.length}`);
  return text;
}

/** An optional text: null or absent is none; an empty text is refused (send null for none). */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined) return null;
  return requiredText(value, field, max);
}

/** A required field in an update: absent keeps the stored value; null is refused, since it cannot be cleared. */
export function keptUnlessGiven<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw new BadUserInputError(field, 'cannot be cleared: it is required (leave it out to keep the stored value)');
  return value;
}

/** An optional field in an update: absent (undefined) keeps the stored value, null clears it, a value is checked. */
export function clearedOr<T, R>(value: T | null | undefined, check: (value: T) => R): R | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  return check(value);
}

export function limitedList<T>(values: readonly T[] | null | undefined, field: string, max: number): readonly T[] {
  const list = values ?? [];
  if (list.length > max) throw new BadUserInputError(field, `at most ${max} items, got ${list.length}`);
  return list;
}

/** Names an input inside `parent` (`filter.search`), or at the top level when `parent` is ''. */
export const inputPath =
  (parent: string) =>
  (name: string): string =>
    parent ? `${parent}.${name}` : name;

/**
 * Refuses a change made against another version of the record than the one stored: the
 * client read it before someone else changed it, and would overwrite what it never saw.
 */
export function requireVersion(expected: number | null | undefined, current: { readonly version: number }, what: string): void {
  if (expected === null || expected === undefined || expected === current.version) return;
  throw new ConflictError(
    `the ${what} is at version ${current.version}, not ${expected}: read it again and make the change against what it holds now`,
    'input.expectedVersion',
  );
}

/** Records changed after a moment (`updatedSince`), for clients keeping a copy current. */
export function updatedSinceCriterion(since: Date | null | undefined, field: string): Criterion[] {
  if (since === null || since === undefined) return [];
  if (Number.isNaN(since.getTime())) throw new BadUserInputError(field, 'is not a date and time');
  return [{ kind: 'range', path: 'updatedAt', above: since }];
}
