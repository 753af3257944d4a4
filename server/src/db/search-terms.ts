import { eng as ENGLISH_STOPWORDS } from 'stopword';
import stem from 'wink-porter2-stemmer';
import { BadUserInputError, truncated } from '../errors/errors';
import type { Criterion } from './criteria';

export const MAX_SEARCH_LENGTH = 200;

const STOPWORDS = new Set(ENGLISH_STOPWORDS);
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of a text as search terms: lower-cased, without common words ("the", "of"),
 * reduced to their stem (Porter2: "sanctions", "sanctioned" → "sanction"). Records store
 * the distinct terms of their searchable fields (`searchTerms`), and a search matches the
 * records holding all its terms, so the database, memory and live subscriptions all
 * match alike, and MongoDB can answer from an index on `searchTerms`.
 */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    if (!STOPWORDS.has(word)) terms.push(stemOf(word));
  }
  return terms;
}

/** Stems by word: a language's words recur, and stemming is the costly part of indexing a text. */
const STEMS = new Map<string, string>();
const MAX_STEMS = 200_000;

function stemOf(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

/** A record's `searchTerms`: the distinct terms of its searchable texts, sorted. */
export function searchTermsOf(texts: readonly (string | null | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => (text ? termsOf(text) : [])))].sort();
}

/**
 * A search as a criterion: every word's term, the last word (of three letters or more)
 * also as the start of a term, so that "Kim Jong" finds "Kim Jong Un" while it is typed.
 */
export function searchCriterion(search: string | null | undefined, field: string): Criterion[] {
  const text = search?.trim();
  if (!text) return [];
  if (text.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(field, `at most ${MAX_SEARCH_LENGTH} characters`);
  const words = [...text.toLowerCase().matchAll(WORD)].map(([word]) => word).filter((word) => !STOPWORDS.has(word));
  if (words.length === 0) throw new BadUserInputError(field, `"${truncated(text)}" has no words to search for, only common ones such as "the"`);
  const last = words.at(-1)!;
  const prefix = last.length >= 3 ? stem(last) : undefined;
  const all = [...new Set(words.slice(0, prefix ? -1 : undefined).map((word) => stem(word)))];
  return [{ kind: 'terms', all, ...(prefix ? { prefix } : {}) }];
}
