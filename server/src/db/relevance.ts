import type { Criteria, Criterion } from './criteria';
import { termsOf } from './search-terms';

/** The text fields a collection ranks on, each with its weight (a title counts more than a body). */
export type RelevanceFields = Readonly<Record<string, number>>;

/** The special sort field of the RELEVANCE orders. */
export const RELEVANCE = '$relevance';

type Terms = Extract<Criterion, { kind: 'terms' }>;
type Indexed = Record<string, unknown> & { _id: string };

/** The search among the criteria, or undefined when there is none. */
export const searchTermsIn = (criteria: Criteria): Terms | undefined => criteria.find((criterion): criterion is Terms => criterion.kind === 'terms');

const joinedText = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '');

/** BM25+ (the variant MiniSearch uses), with its parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** A term that only starts with the typed word counts less, the less of it was typed. */
const prefixWeight = (term: string, typed: string): number => (0.375 * term.length) / (term.length + 0.3 * (term.length - typed.length));

/**
 * A posting is one number: the record's ordinal times 2^32 plus its term frequency in each
 * field, eight bits per field. Postings of a term sit in one array of unboxed numbers, so an
 * index of a million postings takes about 8 MB (a general-purpose index of maps took nine
 * times that for the same records).
 */
const FIELD_BITS = 8;
const MAX_FIELDS = 4;
const MAX_FREQUENCY = (1 << FIELD_BITS) - 1;
const ORDINAL_UNIT = 2 ** (FIELD_BITS * MAX_FIELDS);
const MAX_ORDINAL = Math.floor(Number.MAX_SAFE_INTEGER / ORDINAL_UNIT);

const ordinalOf = (posting: number): number => Math.floor(posting / ORDINAL_UNIT);
const frequencyIn = (posting: number, field: number): number => Math.floor((posting % ORDINAL_UNIT) / 2 ** (FIELD_BITS * field)) & MAX_FREQUENCY;

/**
 * A full-text index over records' text fields, with the same words and stems as
 * `searchTerms`, so that it finds exactly the records a search matches and scores them by
 * BM25: more occurrences, in shorter and weightier fields, of rarer terms rank higher.
 */
export class RelevanceIndex {
  private readonly fieldNames: string[];
  private readonly ordinals = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Distinct terms per field, by ordinal. */
  private readonly lengths: number[][];
  private readonly totalLengths: number[];
  private readonly postings = new Map<string, number[]>();
  /** Scores by search, until the next change: a ranked page asks once for its matches and once to rank them. */
  private scored = new WeakMap<Terms, Map<string, number>>();

  constructor(private readonly fields: RelevanceFields) {
    this.fieldNames = Object.keys(fields);
    if (this.fieldNames.length > MAX_FIELDS) throw new Error(`A relevance index ranks on at most ${MAX_FIELDS} fields`);
    this.lengths = this.fieldNames.map(() => []);
    this.totalLengths = this.fieldNames.map(() => 0);
  }

  /** Indexes a record, replacing `previous`, the version of it indexed before. */
  put(doc: Indexed, previous?: Indexed): void {
    this.scored = new WeakMap();
    const ordinal = this.ordinals.get(doc._id);
    if (ordinal === undefined) {
      this.add(doc, this.newOrdinal(doc._id));
      return;
    }
    if (previous) this.remove(previous, ordinal);
    this.add(doc, ordinal);
  }

  addAll(docs: readonly Indexed[]): void {
    this.scored = new WeakMap();
    for (const doc of docs) this.add(doc, this.ordinals.get(doc._id) ?? this.newOrdinal(doc._id));
    // Arrays grown by appending keep spare room: a loaded index keeps none.
    for (const [term, list] of this.postings) this.postings.set(term, list.slice());
  }

  /** Scores by record key for a search; records the search does not match have none. */
  scores(search: Terms): Map<string, number> {
    const known = this.scored.get(search);
    if (known) return known;
    const queries: { typed: string; prefix: boolean }[] = [
      ...search.all.map((typed) => ({ typed, prefix: false })),
      ...(search.prefix ? [{ typed: search.prefix, prefix: true }] : []),
    ];
    let combined: Map<number, number> | undefined;
    for (const query of queries) {
      const scores = this.termScores(query.typed, query.prefix);
      if (!combined) combined = scores;
      else
        for (const [ordinal, score] of combined) {
          const more = scores.get(ordinal);
          if (more === undefined) combined.delete(ordinal);
          else combined.set(ordinal, score + more);
        }
      if (combined.size === 0) break;
    }
    const result = new Map<string, number>();
    for (const [ordinal, score] of combined ?? []) result.set(this.keys[ordinal]!, score * queries.length);
    this.scored.set(search, result);
    return result;
  }

  /** Scores by ordinal of the records holding a term (or, for a prefix, any term it starts). */
  private termScores(typed: string, prefix: boolean): Map<number, number> {
    const scores = new Map<number, number>();
    const exact = this.postings.get(typed);
    if (exact) this.score(exact, 1, scores);
    if (prefix) for (const [term, list] of this.postings) if (term !== typed && term.startsWith(typed)) this.score(list, prefixWeight(term, typed), scores);
    return scores;
  }

  private score(list: readonly number[], weight: number, scores: Map<number, number>): void {
    const count = this.ordinals.size;
    this.fieldNames.forEach((field, index) => {
      let holding = 0;
      for (const posting of list) if (frequencyIn(posting, index) > 0) holding += 1;
      if (holding === 0) return;
      const rarity = Math.log(1 + (count - holding + 0.5) / (holding + 0.5));
      const averageLength = this.totalLengths[index]! / count;
      const boost = weight * this.fields[field]!;
      for (const posting of list) {
        const frequency = frequencyIn(posting, index);
        if (frequency === 0) continue;
        const ordinal = ordinalOf(posting);
        const length = this.lengths[index]![ordinal]!;
        const saturation = (frequency * (K + 1)) / (frequency + K * (1 - B + (B * length) / averageLength));
        scores.set(ordinal, (scores.get(ordinal) ?? 0) + boost * rarity * (D + saturation));
      }
    });
  }

  private newOrdinal(key: string): number {
    const ordinal = this.keys.length;
    if (ordinal > MAX_ORDINAL) throw new Error(`A relevance index holds at most ${MAX_ORDINAL} records`);
    this.keys.push(key);
    this.ordinals.set(key, ordinal);
    return ordinal;
  }

  /** The frequency of each term in each field of a record, packed as its postings' low bits. */
  private frequencies(doc: Indexed, ordinal: number): Map<string, number> {
    const packed = new Map<string, number>();
    this.fieldNames.forEach((field, index) => {
      const counts = new Map<string, number>();
      for (const term of termsOf(joinedText(doc[field]))) counts.set(term, (counts.get(term) ?? 0) + 1);
      const length = counts.size;
      this.totalLengths[index]! += length - (this.lengths[index]![ordinal] ?? 0);
      this.lengths[index]![ordinal] = length;
      const unit = 2 ** (FIELD_BITS * index);
      for (const [term, frequency] of counts) packed.set(term, (packed.get(term) ?? 0) + Math.min(frequency, MAX_FREQUENCY) * unit);
    });
    return packed;
  }

  private add(doc: Indexed, ordinal: number): void {
    for (const [term, frequencies] of this.frequencies(doc, ordinal)) {
      const posting = ordinal * ORDINAL_UNIT + frequencies;
      const list = this.postings.get(term);
      if (list) list.push(posting);
      else this.postings.set(term, [posting]);
    }
  }

  private remove(previous: Indexed, ordinal: number): void {
    const terms = new Set(this.fieldNames.flatMap((field) => termsOf(joinedText(previous[field]))));
    for (const term of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const at = list.findIndex((posting) => ordinalOf(posting) === ordinal);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.postings.delete(term);
    }
  }
}

/**
 * Records in relevance order, best first (ties by key). `scores` come from an index over
 * the whole collection when the server keeps one (the snapshot), else from one built over
 * just these records.
 */
export function rankByRelevance<TDoc extends { _id: string }>(
  docs: readonly TDoc[],
  search: Terms,
  fields: RelevanceFields,
  scores?: Map<string, number>,
): { doc: TDoc; score: number }[] {
  let known = scores;
  if (!known) {
    const index = new RelevanceIndex(fields);
    index.addAll(docs as unknown as Indexed[]);
    known = index.scores(search);
  }
  return docs
    .map((doc) => ({ doc, score: known.get(doc._id) ?? 0 }))
    .sort((a, b) => b.score - a.score || (a.doc._id < b.doc._id ? -1 : a.doc._id > b.doc._id ? 1 : 0));
}

/** A score as a cursor value that sorts ascending in rank order. */
export const relevanceValue = (score: number): string => (1e9 - score).toFixed(6).padStart(20, '0');
