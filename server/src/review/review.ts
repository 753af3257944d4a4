import { anyOf, type Criteria, type Criterion } from '../db/criteria';
import { BadUserInputError } from '../errors/errors';

/** Where a record stands with the editors. Curated records are ACCEPTED from the start. */
export enum ReviewState {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

/** Whether the text says a happening took place, might, did not, or will. */
export enum ProposalMode {
  ASSERTED = 'ASSERTED',
  HYPOTHETICAL = 'HYPOTHETICAL',
  NEGATED = 'NEGATED',
  FUTURE = 'FUTURE',
}

/** How the coder came to propose a record; null on records an editor wrote. */
export interface CodingValue {
  /** 0–1: the trigger's strength, whether its actors were found, and the mode. */
  readonly confidence: number;
  readonly coderVersion: string;
  readonly mode: ProposalMode;
  /** The PLOVER event type beside Dossier's kind. */
  readonly plover: string;
  /**
   * For each report the coder read, the words that say what happened (names, dates and
   * attribution left out), space-separated: a later report joins the record only when it
   * shares them. Absent on records coded before they were kept.
   */
  readonly wording?: readonly string[];
}

/** The fields every reviewable record carries. */
export interface Reviewed {
  review: ReviewState;
  coding: CodingValue | null;
  /** The editor's reason for a rejection, or comment on an acceptance. */
  reviewNote: string | null;
}

/** The review fields of a record stored before review existed, or written by an editor. */
export const CURATED: Reviewed = { review: ReviewState.ACCEPTED, coding: null, reviewNote: null };

/** A record's review fields from those given: without them, a curated record's. */
export const reviewedFields = (fields: Partial<Reviewed>): Reviewed => ({
  review: fields.review ?? CURATED.review,
  coding: fields.coding ?? CURATED.coding,
  reviewNote: fields.reviewNote ?? CURATED.reviewNote,
});

const REVIEW_PATH = 'review';

/** Records in any of these review states. */
export const inReview = (states: readonly ReviewState[]): Criterion => anyOf(REVIEW_PATH, states);

/**
 * What reads return unless asked otherwise: the record (accepted and curated), not the
 * proposals waiting for an editor nor the rejected ones.
 */
export function reviewedByDefault(criteria: Criteria): Criteria {
  const asked = criteria.some((criterion) => criterion.kind === 'anyOf' && criterion.path === REVIEW_PATH);
  return asked ? criteria : [...criteria, inReview([ReviewState.ACCEPTED])];
}

/** An editor's decision on a proposal, made with or without changes to it. */
export interface ReviewDecision {
  /** The mutation making it, for the permission check. */
  readonly operation: 'acceptProposal' | 'rejectProposal';
  readonly review: ReviewState.ACCEPTED | ReviewState.REJECTED;
  readonly note: string | null;
}

/** The review fields a decision writes; a record already in the decided state is refused. */
export function decided(current: Reviewed, decision: ReviewDecision, field: string): Pick<Reviewed, 'review' | 'reviewNote'> {
  if (current.review === decision.review) throw new BadUserInputError(field, `the record is already ${decision.review}`);
  return { review: decision.review, reviewNote: decision.note };
}
