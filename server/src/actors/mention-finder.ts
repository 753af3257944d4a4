/** Where a text names an actor. */
export interface MentionValue {
  readonly actorId: string;
  /** The words as written ("N. Korea", "Pyongyang"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface NamedActor {
  readonly _id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly metonyms?: readonly string[];
  readonly demonyms?: readonly string[];
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
    for (const name of new Set([actor.name, ...actor.aliases, ...(actor.metonyms ?? []), ...(actor.demonyms ?? [])])) {
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

/** Capitalised words that open sentences or name places and things rather than actors. */
const NOT_ACTORS = new Set(
  'The A An In On At By For From With According Earlier Later However Meanwhile Furthermore Moreover When While After Before Last Next This That These Those Read Local Experts Relations Seoul Pyongyang Moscow Washington Korean Peninsula Far East'.split(
    ' ',
  ),
);
const CAPITALISED_RUN = /\b(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,})(?:\s+(?:of\s+)?(?:[A-Z][a-z]+(?:-[a-z]+)?|[A-Z]{2,})){1,4}\b/g;

/**
 * Names in the text that look like people or organizations Dossier does not know yet:
 * runs of two or more capitalised words outside every known mention. Kept for an editor
 * to review; they are candidates, not links.
 */
export function findCandidateNames(text: string, mentions: readonly MentionValue[]): string[] {
  const candidates = new Set<string>();
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && NOT_ACTORS.has(words[0]!)) words.shift();
    if (words.length < 2) continue;
    const name = words.join(' ');
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    if (mentions.some((mention) => start < mention.end && mention.start < end)) continue;
    candidates.add(name);
  }
  return [...candidates];
}
