import type { Document, Filter } from 'mongodb';

/**
 * What a list filter asks of a record, in a form both the database and memory can
 * evaluate: domains turn their validated filter input into criteria once (`*.filter.ts`),
 * repositories compile them to a MongoDB query (`toQuery`), and live subscriptions to a
 * predicate (`toPredicate`), so one filter selects the same records either way.
 */
export type Criterion =
  /** The value at `path` (through arrays: `participants.actorId`) is one of `values`. */
  /** With `orMissing`, a record without the field matches too (a field added since it was stored, read as its default). */
  | { readonly kind: 'anyOf'; readonly path: string; readonly values: readonly string[]; readonly orMissing?: boolean }
  /** The record's `searchTerms` hold every term of `all`, and one starting with `prefix` (see `db/search-terms.ts`). */
  | { readonly kind: 'terms'; readonly all: readonly string[]; readonly prefix?: string | undefined }
  /** The record's day span (`dateStart`..`dateEnd`) overlaps `from`..`to` (`YYYY-MM-DD`); an undated record never does. */
  | { readonly kind: 'overlaps'; readonly from?: string | undefined; readonly to?: string | undefined }
  /** The number or date at `path` is above `above` and at most `upTo` (each when given). */
  | { readonly kind: 'range'; readonly path: string; readonly above?: number | Date | undefined; readonly upTo?: number | Date | undefined }
  /** At least one of the criteria holds. */
  | { readonly kind: 'either'; readonly of: readonly Criterion[] };

/** Every criterion must hold; none: every record. */
export type Criteria = readonly Criterion[];

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function criterionQuery(criterion: Criterion): Record<string, unknown> {
  switch (criterion.kind) {
    case 'anyOf':
      return criterion.orMissing
        ? { $or: [{ [criterion.path]: { $in: [...criterion.values] } }, { [criterion.path]: { $exists: false } }] }
        : { [criterion.path]: { $in: [...criterion.values] } };
    case 'terms':
      return {
        $and: [
          ...criterion.all.map((term) => ({ searchTerms: term })),
          ...(criterion.prefix ? [{ searchTerms: { $regex: `^${escapeRegExp(criterion.prefix)}` } }] : []),
        ],
      };
    case 'overlaps':
      return {
        ...(criterion.from ? { dateEnd: { $gte: criterion.from } } : {}),
        ...(criterion.to ? { dateStart: { $lte: criterion.to, $gt: '' } } : {}),
      };
    case 'range':
      return {
        [criterion.path]: {
          ...(criterion.above !== undefined ? { $gt: criterion.above } : {}),
          ...(criterion.upTo !== undefined ? { $lte: criterion.upTo } : {}),
        },
      };
    case 'either':
      return { $or: criterion.of.map(criterionQuery) };
  }
}

/** The MongoDB query for criteria. */
export function toQuery<TDoc extends Document>(criteria: Criteria): Filter<TDoc> {
  if (criteria.length === 0) return {};
  if (criteria.length === 1) return criterionQuery(criteria[0]!) as Filter<TDoc>;
  return { $and: criteria.map(criterionQuery) } as Filter<TDoc>;
}

/** The values at a dotted path of a document, through arrays (`participants.actorId`). */
export function valuesAt(value: unknown, path: readonly string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (path.length === 0) return [value];
  if (value === null || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
}

function criterionPredicate(criterion: Criterion): (doc: Document) => boolean {
  switch (criterion.kind) {
    case 'anyOf': {
      const path = criterion.path.split('.');
      const values = new Set(criterion.values);
      const missing = criterion.orMissing === true;
      return (doc) => valuesAt(doc, path).some((value) => values.has(value as string) || (missing && value === undefined));
    }
    case 'terms': {
      const { all, prefix } = criterion;
      return (doc) => {
        const terms: readonly string[] = doc.searchTerms ?? [];
        return all.every((term) => terms.includes(term)) && (!prefix || terms.some((term) => term.startsWith(prefix)));
      };
    }
    case 'overlaps': {
      const { from, to } = criterion;
      return (doc) => (!from || doc.dateEnd >= from) && (!to || (doc.dateStart !== '' && doc.dateStart <= to));
    }
    case 'range': {
      const { above, upTo } = criterion;
      // Dates compare by their time, as the database compares them.
      const low = above instanceof Date ? above.getTime() : above;
      const high = upTo instanceof Date ? upTo.getTime() : upTo;
      return (doc) => {
        const stored = doc[criterion.path];
        const value = stored instanceof Date ? stored.getTime() : stored;
        return typeof value === 'number' && (low === undefined || value > low) && (high === undefined || value <= high);
      };
    }
    case 'either': {
      const alternatives = criterion.of.map(criterionPredicate);
      return (doc) => alternatives.some((matches) => matches(doc));
    }
  }
}

/** The in-memory test for criteria, with the meaning of `toQuery`'s. */
export function toPredicate<TDoc extends Document>(criteria: Criteria): (doc: TDoc) => boolean {
  const tests = criteria.map(criterionPredicate);
  return (doc) => tests.every((matches) => matches(doc));
}

/** The value at `path` is one of `values`. */
export const anyOf = (path: string, values: readonly string[]): Criterion => ({ kind: 'anyOf', path, values });

/** The value at `path` is one of `values`, or the record has none (it was stored before the field existed). */
export const anyOfOrMissing = (path: string, values: readonly string[]): Criterion => ({ kind: 'anyOf', path, values, orMissing: true });
