/** How a text names an actor. */
export enum MentionKind {
  /** Its canonical name. */
  NAME = 'NAME',
  /** Another name proper: a spelling, an abbreviation, a formal name. */
  ALIAS = 'ALIAS',
  /** A name that stands for it: a capital or seat of government for a state ("Seoul", "the Kremlin"). */
  METONYM = 'METONYM',
  /** A word of nationality ("Russian officials"). */
  DEMONYM = 'DEMONYM',
}

/** Where a text names an actor. */
export interface MentionValue {
  readonly actorId: string;
  /** The words as written ("N. Korea", "Pyongyang"). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Absent on mentions stored before kinds were recorded. */
  readonly kind?: MentionKind;
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

/** Words that stand before a name without making a longer name of it: titles, and words that open sentences. */
const OPENERS = new Set(
  'a an the in on at by for from with of to and or but as after before since while when if than that this these those its his her their our according under over between against amid among during despite following including like meanwhile however also both either neither new former acting late then now why how what where who whom which said says president prime minister foreign defence defense interior finance trade deputy vice secretary ambassador envoy chancellor king queen crown prince premier leader supreme general gen admiral adm commander chief spokesperson spokesman spokeswoman senator sen rep representative governor mayor mr mrs ms dr state top senior officials official monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
/** Words that follow a name without making a longer name of it. */
const FOLLOWERS = new Set(
  'president prime minister foreign defence defense interior finance trade deputy vice secretary ambassador envoy chancellor king queen crown prince premier leader supreme general gen admiral commander chief spokesperson spokesman spokeswoman officials official state resolution resolutions sanctions statement leaders leader members ministers presidency summit monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);

const LOCATIVE = /\b(in|at|near|outside|inside|around|across|throughout|within|based in)\s+(the\s+)?$/i;
const WORD_BEFORE = /([\p{L}][\p{L}.'’-]*)\s+$/u;
const WORD_AFTER = /^\s+([\p{L}][\p{L}'’-]*)/u;
const capitalised = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);

/**
 * A known name inside a longer proper name is not a mention of it: "India" in "Indian
 * Ocean", "France" in "Agence France-Presse", "China" in "South China Sea". Titles
 * ("Philippine President …") and words opening a sentence do not make a longer name.
 */
function insideLongerName(text: string, start: number, end: number, nameAt: (start: number, end: number) => boolean): boolean {
  // "Russia-North Korea" joins two names; "France-Presse" makes one.
  if (text[start - 1] === '-' && /[\p{Lu}.]/u.test(text[start - 2] ?? '') && !nameAt(-1, start - 1)) return true;
  if (text[end] === '-' && /\p{Lu}/u.test(text[end + 1] ?? '') && !nameAt(end + 1, -1)) return true;
  // A name ending its sentence ("… Marcos Jr.") or its paragraph joins nothing after it.
  const afterMatch = /[.!?]$/.test(text.slice(start, end)) ? null : WORD_AFTER.exec(text.slice(end, end + 40));
  const after = afterMatch && !afterMatch[0].includes('\n') ? afterMatch[1] : undefined;
  if (capitalised(after) && !listed(after!, FOLLOWERS) && !/^[\p{Lu}.]{2,}$/u.test(after!)) return true;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  // A word ending the previous sentence or paragraph does not join the name.
  if (!before || before[0].includes('\n') || (/[.!?:;]$/.test(before[1]!) && !/^(\p{Lu}\.)+$/u.test(before[1]!))) return false;
  // A possessive ends the name before it: "South Korea's Yonhap".
  if (/['’]s$/.test(before[1]!)) return false;
  return capitalised(before[1]) && !listed(before[1]!, OPENERS) && !/^[\p{Lu}.]{2,}$/u.test(before[1]!);
}

/** A word, or each part of a hyphenated one ("Secretary-General"), is in the list. */
const listed = (word: string, list: ReadonlySet<string>): boolean => {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  return list.has(lower) || lower.split('-').every((part) => list.has(part));
};

interface Form {
  readonly actorId: string;
  readonly kind: MentionKind;
  readonly name: string;
  readonly regex: RegExp;
}

function formsOf(actors: readonly NamedActor[]): Form[] {
  const forms: Form[] = [];
  for (const actor of actors) {
    const seen = new Set<string>();
    const add = (names: readonly string[] | undefined, kind: MentionKind) => {
      for (const name of names ?? []) {
        if (!name.trim() || seen.has(name)) continue;
        seen.add(name);
        // Nationality words take plurals: "Filipinos", "Russians".
        const plural = kind === MentionKind.DEMONYM ? '(?:s|es)?' : '';
        const flags = isAcronym(name) ? 'gu' : 'giu';
        forms.push({ actorId: actor._id, kind, name, regex: new RegExp(`(?<![\\p{L}\\p{N}])${patternFor(name)}${plural}(?![\\p{L}\\p{N}])`, flags) });
      }
    };
    add([actor.name], MentionKind.NAME);
    add(actor.aliases, MentionKind.ALIAS);
    add(actor.metonyms, MentionKind.METONYM);
    add(actor.demonyms, MentionKind.DEMONYM);
  }
  return forms;
}

export interface MentionOptions {
  /** Spans that name no actor (a dateline's place). */
  readonly exclude?: readonly { readonly start: number; readonly end: number }[];
}

/**
 * Finds every name, alias, metonym and demonym of the given actors in a text, with offsets
 * and how the actor is named. Where names overlap the longest wins ("North Korean" over
 * "the North", "South Korea's spy agency" over "South Korea"), and a name inside a longer
 * proper name that no actor carries is not a mention.
 */
export function findMentions(text: string, actors: readonly NamedActor[], options: MentionOptions = {}): MentionValue[] {
  const candidates: (MentionValue & { exact: boolean })[] = [];
  for (const form of formsOf(actors)) {
    for (const match of text.matchAll(form.regex)) {
      const exact = match[0] === form.name;
      candidates.push({ actorId: form.actorId, text: match[0], start: match.index, end: match.index + match[0].length, kind: form.kind, exact });
    }
  }
  // Longest first; for the same words, the form written exactly as found ("Kim Jong-un" the alias over "Kim Jong Un" the name).
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || Number(b.exact) - Number(a.exact));
  const nameAt = (start: number, end: number) => candidates.some((other) => other.start === start || other.end === end);
  const taken: MentionValue[] = [];
  const blocked = [...(options.exclude ?? [])];
  for (const candidate of candidates) {
    if (blocked.some((other) => candidate.start < other.end && other.start < candidate.end)) continue;
    // The longer span is claimed even when it turns out to be part of a longer name, so its parts are not mentions either.
    blocked.push(candidate);
    const mention: MentionValue = { actorId: candidate.actorId, text: candidate.text, start: candidate.start, end: candidate.end, kind: candidate.kind! };
    if (insideLongerName(text, candidate.start, candidate.end, nameAt)) continue;
    // "in Seoul" is a place; "Seoul said", "Seoul's envoy", "urged Seoul" are its government.
    if (candidate.kind === MentionKind.METONYM && LOCATIVE.test(text.slice(Math.max(0, candidate.start - 20), candidate.start))) continue;
    taken.push(mention);
  }
  return taken.sort((a, b) => a.start - b.start);
}
