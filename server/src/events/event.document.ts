import { spanOf, type PartialDateValue } from '../dates/partial-date';
import { searchTermsOf } from '../db/search-terms';
import { sortKeyOf } from '../pagination/sort-key';
import type { EvidenceValue } from '../evidence/evidence';
import { reviewedFields, type Reviewed } from '../review/review';
import { retractableFields, type Retractable } from '../review/retraction';

export enum EventKind {
  MEETING = 'MEETING',
  VISIT = 'VISIT',
  ARMS_TRANSFER = 'ARMS_TRANSFER',
  MILITARY_EXERCISE = 'MILITARY_EXERCISE',
  MILITARY_ACTION = 'MILITARY_ACTION',
  WEAPONS_TEST = 'WEAPONS_TEST',
  TROOP_DEPLOYMENT = 'TROOP_DEPLOYMENT',
  VOTE = 'VOTE',
  TREATY_SIGNING = 'TREATY_SIGNING',
  DETENTION = 'DETENTION',
  STATEMENT = 'STATEMENT',
  PROPOSAL = 'PROPOSAL',
  OTHER = 'OTHER',
}

export enum ParticipantRole {
  INITIATOR = 'INITIATOR',
  TARGET = 'TARGET',
  PARTICIPANT = 'PARTICIPANT',
  HOST = 'HOST',
}

export interface ParticipantValue {
  readonly actorId: string;
  readonly role: ParticipantRole;
}

/** One source's date for an event; sources may disagree. */
export interface DateClaimValue {
  readonly date: PartialDateValue;
  readonly source: EvidenceValue;
}

/** How an event is stored in the `events` collection. */
export interface EventDocument extends Reviewed, Retractable {
  _id: string;
  title: string;
  kind: EventKind;
  /** The date all claims agree on (coarser when they disagree), or the editor's date. */
  date: PartialDateValue | null;
  dateClaims: DateClaimValue[];
  location: string | null;
  description: string | null;
  participants: ParticipantValue[];
  sources: EvidenceValue[];
  /** `YYYY-MM-DD` span covering `date` and every claim ('' when undated). */
  dateStart: string;
  dateEnd: string;
  titleKey: string;
  /** Change sequence numbers (see `EventChangeRecorder`): the record's creation and its latest change. 0 for seeds. */
  createdSeq: number;
  changeSeq: number;
  /** The distinct search terms of the searchable fields (see `db/search-terms.ts`). */
  searchTerms: string[];
  /** 1 when created, one more at every change. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The days an event may have happened on: what the sources claim when they give dates
 * (a disputed "July or August" spans both months, not the whole year), else its date.
 */
export function eventSpan(date: PartialDateValue | null, dateClaims: readonly DateClaimValue[]): { dateStart: string; dateEnd: string } {
  return spanOf(dateClaims.length > 0 ? dateClaims.map((claim) => claim.date) : [date]);
}

/** What dating an article needs of an event. */
export type DatedEvent = Pick<EventDocument, 'date' | 'dateClaims' | 'kind' | 'participants'>;

/** What an event is given: everything but the derived fields and the version; without review fields, a curated record. */
export type EventFields = Omit<EventDocument, 'version' | 'titleKey' | 'dateStart' | 'dateEnd' | 'searchTerms' | keyof Reviewed | keyof Retractable> &
  Partial<Reviewed> &
  Partial<Retractable>;

/** A stored event from its fields: the one place its derived fields are computed. */
export function eventDocument(fields: EventFields): Omit<EventDocument, 'version'> {
  return {
    ...fields,
    ...reviewedFields(fields),
    ...retractableFields(fields),
    titleKey: sortKeyOf(fields.title),
    ...eventSpan(fields.date, fields.dateClaims),
    searchTerms: searchTermsOf([fields.title, fields.description, fields.location]),
  };
}
