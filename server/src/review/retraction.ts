import { anyOfOrMissing, type Criteria, type Criterion } from '../db/criteria';

/** Whether a record is part of the record, was withdrawn from it by an editor, or was merged into another. */
export enum Standing {
  CURRENT = 'CURRENT',
  RETRACTED = 'RETRACTED',
  MERGED = 'MERGED',
}

/** Why, when and by whom a record was retracted. */
export interface RetractionValue {
  readonly reason: string;
  readonly at: Date;
  /** The name of the API key that retracted it. */
  readonly by: string;
}

/**
 * The fields every record carries: a retracted record is kept, with its retraction; a
 * record merged into another is kept, naming the one it lives on in (whose `mergedFrom`
 * names it), and its id resolves to that one.
 */
export interface Retractable {
  standing: Standing;
  retraction: RetractionValue | null;
  mergedInto: string | null;
  mergedFrom: string[];
}

/**
 * A record's fields before any retraction or merge: what a new record takes. A record stored
 * before they existed is read as having them (see `current`, `retractableFields`) and gets
 * them with its next change: rewriting every record at start-up would cost the embedded
 * database a scan of the collection per record.
 */
export const NOT_RETRACTED: Retractable = { standing: Standing.CURRENT, retraction: null, mergedInto: null, mergedFrom: [] };

const STANDING_PATH = 'standing';

/** Records not retracted. */
// Records stored before retraction existed have no standing: they are current.
export const current: Criterion = anyOfOrMissing(STANDING_PATH, [Standing.CURRENT]);

/** What reads return unless asked otherwise: records not retracted. */
export function currentByDefault(criteria: Criteria): Criteria {
  const asked = criteria.some((criterion) => criterion.kind === 'anyOf' && criterion.path === STANDING_PATH);
  return asked ? criteria : [...criteria, current];
}

/** A list filter's `includeRetracted`: with it, retracted records are listed too. */
export const retractedCriteria = (includeRetracted: boolean | null | undefined): Criteria =>
  includeRetracted ? [anyOfOrMissing(STANDING_PATH, [Standing.CURRENT, Standing.RETRACTED])] : [];

/** A record's retraction fields from those given: without them, not retracted. */
export const retractableFields = (fields: Partial<Retractable>): Retractable => ({
  standing: fields.standing ?? Standing.CURRENT,
  retraction: fields.retraction ?? null,
  mergedInto: fields.mergedInto ?? null,
  mergedFrom: fields.mergedFrom ?? [],
});

/** Records not merged into another: current and retracted ones. */
export const unmerged: Criterion = anyOfOrMissing(STANDING_PATH, [Standing.CURRENT, Standing.RETRACTED]);
