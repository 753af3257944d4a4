import MiniSearch from 'minisearch';
import type { Criteria, Criterion } from './criteria';
import { termsOf } from './search-terms';

/** The text fields a collection ranks on, each with its weight (a title counts more than a body). */
export type RelevanceFields = Readonly<Record<string, number>>;

/** The special sort field of the RELEVANCE orders. */
export const RELEVANCE = '$relevance';

type Terms = Extract<Criterion, { kind: 'terms' }>;

/** The search among the criteria, or undefined when there is none. */
export const searchTermsIn = (criteria: Criteria): Terms | undefined => criteria.find((criterion): criterion is Terms => criterion.kind === 'terms');

const joinedText = (value: unknown): string => (Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '');

/**
 * A full-text index (MiniSearch: BM25 scoring) over records' text fields, with the same
 * words and stems as `searchTerms`, so that it finds exactly the records a search matches
 * and scores them: more occurrences, in shorter and weightier fields, of rarer terms
 * rank higher.
 */
export class RelevanceIndex {
  private readonly index: MiniSearch<Record<string, unknown>>;
  /** Scores by search, until the next change: a ranked page asks once for its matches and once to rank them. */
  private scored = new WeakMap<Terms, Map<string, number>>();

  constructor(private readonly fields: RelevanceFields) {
    this.index = new MiniSearch({
      idField: '_id',
      fields: Object.keys(fields),
      storeFields: [],
      extractField: (doc, field) => (field === '_id' ? (doc._id as string) : joinedText(doc[field])),
      tokenize: termsOf,
      processTerm: (term) => term,
    });
  }

  /** Indexes a record, replacing its earlier version. */
  put(doc: Record<string, unknown> & { _id: string }): void {
    this.scored = new WeakMap();
    if (this.index.has(doc._id)) this.index.discard(doc._id);
    this.index.add(doc);
  }

  addAll(docs: readonly (Record<string, unknown> & { _id: string })[]): void {
    this.scored = new WeakMap();
    this.index.addAll(docs);
  }

  /** Scores by record key for a search; records the search does not match have none. */
  scores(search: Terms): Map<string, number> {
    const known = this.scored.get(search);
    if (known) return known;
    const query = [...search.all, ...(search.prefix ? [search.prefix] : [])];
    const results = this.index.search(query.join(' '), {
      boost: { ...this.fields },
      combineWith: 'AND',
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      prefix: (_term, index) => Boolean(search.prefix) && index === query.length - 1,
    });
    const scores = new Map(results.map((result) => [result.id as string, result.score]));
    this.scored.set(search, scores);
    return scores;
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
    index.addAll(docs as unknown as (Record<string, unknown> & { _id: string })[]);
    known = index.scores(search);
  }
  return docs
    .map((doc) => ({ doc, score: known.get(doc._id) ?? 0 }))
    .sort((a, b) => b.score - a.score || (a.doc._id < b.doc._id ? -1 : a.doc._id > b.doc._id ? 1 : 0));
}

/** A score as a cursor value that sorts ascending in rank order. */
export const relevanceValue = (score: number): string => (1e9 - score).toFixed(6).padStart(20, '0');
