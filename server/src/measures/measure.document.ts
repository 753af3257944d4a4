import { spanOf, type PartialDateValue } from '../dates/partial-date';
import { searchTermsOf } from '../db/search-terms';
import { sortKeyOf } from '../pagination/sort-key';
import type { EvidenceValue } from '../evidence/evidence';
import { reviewedFields, type Reviewed } from '../review/review';
import { retractableFields, type Retractable } from '../review/retraction';

export enum MeasureKind {
  SANCTION = 'SANCTION',
  DIPLOMATIC_PROTEST = 'DIPLOMATIC_PROTEST',
  EXPULSION = 'EXPULSION',
  CONDEMNATION = 'CONDEMNATION',
  DEMAND = 'DEMAND',
  WARNING = 'WARNING',
  MILITARY_DETERRENCE = 'MILITARY_DETERRENCE',
  AGREEMENT = 'AGREEMENT',
  SUSPENSION = 'SUSPENSION',
  AID = 'AID',
  LEGAL_ACTION = 'LEGAL_ACTION',
  REVIEW = 'REVIEW',
  MONITORING = 'MONITORING',
  DESIGNATION = 'DESIGNATION',
  OTHER = 'OTHER',
}

export enum MeasureStatus {
  CONSIDERED = 'CONSIDERED',
  THREATENED = 'THREATENED',
  ANNOUNCED = 'ANNOUNCED',
  IMPLEMENTED = 'IMPLEMENTED',
  AGREED = 'AGREED',
}

/** How a measure stopped having effect. */
export enum MeasureEndKind {
  LIFTED = 'LIFTED',
  LAPSED = 'LAPSED',
  SUSPENDED = 'SUSPENDED',
}

/** One step of a measure's course: the status it reached, when, and the quote that says so. */
export interface StatusChangeValue {
  readonly status: MeasureStatus;
  readonly date: PartialDateValue | null;
  readonly source: EvidenceValue | null;
}

/** When and how a measure ended, and the quote that says so. */
export interface MeasureEndValue {
  readonly kind: MeasureEndKind;
  readonly date: PartialDateValue | null;
  readonly source: EvidenceValue | null;
}

/** That a measure answers an event, in the words of an article ("in response to Monday's missile launch"). */
export interface ResponseSourceValue {
  eventId: string;
  source: EvidenceValue;
}

/** How a measure is stored in the `measures` collection. */
export interface MeasureDocument extends Reviewed, Retractable {
  _id: string;
  title: string;
  kind: MeasureKind;
  status: MeasureStatus;
  issuerIds: string[];
  targetIds: string[];
  date: PartialDateValue | null;
  /** Events this measure answers. */
  respondsToEventIds: string[];
  /** The quotes saying it answers them, for the links a quote supports (absent on measures stored before links were quoted). */
  responseSources?: ResponseSourceValue[];
  /** Rules invoked ("UN Security Council resolutions"). */
  legalBasis: string[];
  /** Scope as reported ("10 individuals and two entities"). */
  details: string | null;
  sources: EvidenceValue[];
  /** The statuses it went through, oldest first; the last is `status`. */
  statusHistory: StatusChangeValue[];
  /** Null while it is in effect (or has not ended as far as the sources say). */
  end: MeasureEndValue | null;
  dateStart: string;
  dateEnd: string;
  titleKey: string;
  /** The distinct search terms of the searchable fields (see `db/search-terms.ts`). */
  searchTerms: string[];
  /** 1 when created, one more at every change. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What a measure is given: everything but the derived fields and the version; without review fields, a curated record. */
export type MeasureFields = Omit<
  MeasureDocument,
  'version' | 'titleKey' | 'dateStart' | 'dateEnd' | 'searchTerms' | 'statusHistory' | 'end' | keyof Reviewed | keyof Retractable
> &
  Partial<Reviewed> &
  Partial<Retractable> &
  Partial<Pick<MeasureDocument, 'statusHistory' | 'end'>>;

/** A measure's course as stored, or, for one stored before statuses were dated, its status on its date from its first source. */
export const courseOf = (doc: Pick<MeasureFields, 'status' | 'date' | 'sources' | 'statusHistory'>): StatusChangeValue[] =>
  doc.statusHistory?.length ? doc.statusHistory : firstStatusOf(doc);

/** The course of a measure recorded before statuses were dated: its status, on its date, from its first source. */
export const firstStatusOf = (fields: Pick<MeasureFields, 'status' | 'date' | 'sources'>): StatusChangeValue[] => [
  { status: fields.status, date: fields.date, source: fields.sources[0] ?? null },
];

/** A stored measure from its fields: the one place its derived fields are computed. */
export function measureDocument(fields: MeasureFields): Omit<MeasureDocument, 'version'> {
  return {
    ...fields,
    ...reviewedFields(fields),
    ...retractableFields(fields),
    statusHistory: fields.statusHistory?.length ? fields.statusHistory : firstStatusOf(fields),
    end: fields.end ?? null,
    titleKey: sortKeyOf(fields.title),
    ...spanOf([fields.date]),
    searchTerms: searchTermsOf([fields.title, fields.details]),
  };
}
