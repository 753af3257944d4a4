import type { EvidenceValue } from '../evidence/evidence';
import { searchTermsOf } from '../db/search-terms';
import { sortKeyOf } from '../pagination/sort-key';
import { retractableFields, type Retractable } from '../review/retraction';

export enum ActorKind {
  STATE = 'STATE',
  PERSON = 'PERSON',
  GOVERNMENT_BODY = 'GOVERNMENT_BODY',
  MILITARY_UNIT = 'MILITARY_UNIT',
  ORGANIZATION = 'ORGANIZATION',
  INTERNATIONAL_ORGANIZATION = 'INTERNATIONAL_ORGANIZATION',
  MEDIA = 'MEDIA',
}

export interface ActorRoleValue {
  readonly title: string;
  /** The state or body the title belongs to (Foreign Minister *of South Korea*). */
  readonly organizationId: string | null;
  readonly sources: EvidenceValue[];
}

/** How an actor is stored in the `actors` collection. */
export interface ActorDocument extends Retractable {
  _id: string;
  name: string;
  kind: ActorKind;
  /** Other names proper: spellings, abbreviations, formal names ("N. Korea", "DPRK"). */
  aliases: string[];
  /** Names that stand for the actor without being its name: a capital, a seat of government ("Pyongyang", "the Kremlin"). */
  metonyms: string[];
  /** Adjectives and nouns of nationality ("North Korean"). */
  demonyms: string[];
  /** Web hosts the actor publishes on, normalised (`yna.co.kr`). */
  hosts: string[];
  /** A person's or body's state. */
  affiliationId: string | null;
  roles: ActorRoleValue[];
  description: string | null;
  sources: EvidenceValue[];
  /** Lower-cased name, for ordering and the uniqueness of a name within a kind. */
  nameKey: string;
  /** The distinct search terms of the searchable fields (see `db/search-terms.ts`). */
  searchTerms: string[];
  /** 1 when created, one more at every change. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What an actor is given: everything but the derived fields and the version. */
export type ActorFields = Omit<ActorDocument, 'version' | 'nameKey' | 'searchTerms' | keyof Retractable> & Partial<Retractable>;

export const nameKeyOf = sortKeyOf;

/** A stored actor from its fields: the one place its derived fields are computed. */
export function actorDocument(fields: ActorFields): Omit<ActorDocument, 'version'> {
  return {
    ...fields,
    ...retractableFields(fields),
    nameKey: nameKeyOf(fields.name),
    searchTerms: searchTermsOf([fields.name, ...fields.aliases, ...fields.metonyms, ...fields.demonyms]),
  };
}
