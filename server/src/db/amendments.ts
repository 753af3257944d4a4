import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Document } from 'mongodb';

/** The collection of amendments of every domain's records (see `Repository.amend`). */
export const AMENDMENTS = 'amendments';

/**
 * A change of one record stored apart from it: the fields it sets, derived ones included,
 * and the items it appends to the record's lists (a list that only grew is stored as its new
 * items, so that a record with many sources does not have them copied into every
 * amendment). Applying it needs nothing but the record it was made on.
 */
export interface AmendmentDocument extends Document {
  _id: string;
  collection: string;
  recordId: string;
  /** The record's version with this amendment applied: amendments apply in version order, each on the one before. */
  version: number;
  set: Document;
  appended: Document;
  at: Date;
}

/** The amendment turning the record `current` into `next`. */
export function amendmentOf(collection: string, current: Document, next: Document): AmendmentDocument {
  const set: Document = {};
  const appended: Document = {};
  for (const [field, value] of Object.entries(next)) {
    if (field === '_id' || field === 'version') continue;
    const held: unknown = current[field];
    if (isSame(held, value)) continue;
    if (Array.isArray(value) && Array.isArray(held) && value.length > held.length && held.every((item, index) => isSame(item, value[index]))) {
      appended[field] = value.slice(held.length);
    } else set[field] = value;
  }
  return { _id: randomUUID(), collection, recordId: String(current._id), version: next.version as number, set, appended, at: new Date() };
}

/** `doc` with `amendment` applied. */
export function applyAmendment<TDoc extends Document>(doc: TDoc, amendment: AmendmentDocument): TDoc {
  const next: Document = { ...doc, ...amendment.set, version: amendment.version };
  for (const [field, items] of Object.entries(amendment.appended)) next[field] = [...((doc[field] as unknown[] | undefined) ?? []), ...(items as unknown[])];
  return next as TDoc;
}

/**
 * The amendments of one collection's records, by record, in version order, to apply as the
 * records are read (`pending(record)`); each applies only to a record older than it.
 */
export class PendingAmendments {
  private readonly byRecord = new Map<string, AmendmentDocument[]>();

  constructor(amendments: Iterable<AmendmentDocument>) {
    for (const amendment of amendments) {
      const list = this.byRecord.get(String(amendment.recordId)) ?? [];
      list.push(amendment);
      this.byRecord.set(String(amendment.recordId), list);
    }
    for (const list of this.byRecord.values()) list.sort((a, b) => numberOf(a.version) - numberOf(b.version));
  }

  get recordIds(): string[] {
    return [...this.byRecord.keys()];
  }

  /** The record with the amendments made since it was written applied. */
  apply<TDoc extends Document>(doc: TDoc): TDoc {
    let next = doc;
    for (const amendment of this.byRecord.get(String(doc._id)) ?? []) {
      if (numberOf(amendment.version) > numberOf(next.version)) next = applyAmendment(next, amendment);
    }
    return next;
  }
}

/** A number, also when read as a BSON wrapper (`promoteValues: false`). */
const numberOf = (value: unknown): number => Number((value as { valueOf(): unknown }).valueOf());

const isSame = (a: unknown, b: unknown): boolean => a === b || isDeepStrictEqual(a, b);
