import { anyOf, type Criteria, type Criterion } from '../db/criteria';

/** Whether a record is part of the record, or was withdrawn from it by an editor. */
export enum Standing {
  CURRENT = 'CURRENT',
  RETRACTED = 'RETRACTED',
}

/** Why, when and by whom a record was retracted. */
export interface RetractionValue {
  readonly reason: string;
  readonly at: Date;
  /** The name of the API key that retracted it. */
  readonly by: string;
}

/** The fields every record carries: a retracted record is kept, with its retraction. */
export interface Retractable {
  standing: Standing;
  retraction: RetractionValue | null;
}

/** A record's fields before any retraction: what a new record, or one stored before retraction existed, takes. */
export const NOT_RETRACTED: Retractable = { standing: Standing.CURRENT, retraction: null };

const STANDING_PATH = 'standing';

/** Records not retracted. */
export const current: Criterion = anyOf(STANDING_PATH, [Standing.CURRENT]);

/** What reads return unless asked otherwise: records not retracted. */
export function currentByDefault(criteria: Criteria): Criteria {
  const asked = criteria.some((criterion) => criterion.kind === 'anyOf' && criterion.path === STANDING_PATH);
  return asked ? criteria : [...criteria, current];
}

/** A list filter's `includeRetracted`: with it, retracted records are listed too. */
export const retractedCriteria = (includeRetracted: boolean | null | undefined): Criteria =>
  includeRetracted ? [anyOf(STANDING_PATH, [Standing.CURRENT, Standing.RETRACTED])] : [];

/** A record's retraction fields from those given: without them, not retracted. */
export const retractableFields = (fields: Partial<Retractable>): Retractable => ({
  standing: fields.standing ?? Standing.CURRENT,
  retraction: fields.retraction ?? null,
});
