/** Word trigrams of a text, for comparing retellings of one report. */
export function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= words.length; index++) grams.add(words.slice(index, index + 3).join(' '));
  return grams;
}

/** Share of trigrams the smaller text has in common with the other (1: one contains the other). */
export function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const gram of small) if (large.has(gram)) shared += 1;
  return shared / small.size;
}

/** Retellings share most of their sentences; unrelated reports on one topic share far fewer trigrams. */
export const SYNDICATION_THRESHOLD = 0.5;
