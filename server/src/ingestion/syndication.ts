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

/**
 * The shingles of stored articles, for the most recently compared: a body never changes for
 * a given content hash, and an agency's recent reports are compared with every new one.
 */
export class ShingleCache {
  private readonly entries = new Map<string, Set<string>>();

  constructor(private readonly capacity = 5_000) {}

  of(contentHash: string, body: string): Set<string> {
    const cached = this.entries.get(contentHash);
    if (cached) {
      // Most recently used last, so the oldest is dropped first.
      this.entries.delete(contentHash);
      this.entries.set(contentHash, cached);
      return cached;
    }
    const computed = shingles(body);
    this.entries.set(contentHash, computed);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return computed;
  }
}
