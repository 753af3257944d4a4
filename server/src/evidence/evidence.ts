/** Where a stored fact comes from: a quote of an article's body, with its offsets. */
export interface EvidenceValue {
  readonly articleId: string;
  readonly quote: string;
  /** Offset of the quote's first character in the article body (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
}

/** Finds the `occurrence`-th (1-based) place of `quote` in `body`. */
export function locateQuote(body: string, quote: string, occurrence = 1): { start: number; end: number } | undefined {
  let start = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    start = body.indexOf(quote, start + 1);
    if (start < 0) return undefined;
  }
  return { start, end: start + quote.length };
}
