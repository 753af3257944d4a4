import type { MentionValue } from '../articles/article.document';

export interface NamedActor {
  readonly _id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Short all-capital names ("US", "NIS") are matched case-sensitively so "us" is not the United States. */
const isAcronym = (name: string): boolean => /^[A-Z.]{2,6}$/.test(name);

function patternFor(name: string): string {
  return name
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[-\s]+/g, '[-\\s]+') // "Kim Jong-un" = "Kim Jong Un"
    .replace(/['’]/g, "['’]");
}

/**
 * Finds every name and alias of the given actors in a text, with offsets. Where names
 * overlap the longest wins ("North Korean" over "the North", "South Korea's spy agency"
 * over "South Korea").
 */
export function findMentions(text: string, actors: readonly NamedActor[]): MentionValue[] {
  const candidates: MentionValue[] = [];
  for (const actor of actors) {
    for (const name of new Set([actor.name, ...actor.aliases])) {
      const regex = new RegExp(`(?<![\\p{L}\\p{N}])${patternFor(name)}(?![\\p{L}\\p{N}])`, isAcronym(name) ? 'gu' : 'giu');
      for (const match of text.matchAll(regex)) {
        candidates.push({ actorId: actor._id, text: match[0], start: match.index, end: match.index + match[0].length });
      }
    }
  }
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: MentionValue[] = [];
  for (const candidate of candidates) {
    if (!taken.some((other) => candidate.start < other.end && other.start < candidate.end)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}
