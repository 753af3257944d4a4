import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { CAPITAL_NAMES, COUNTRY_NAMES } from './country-names';
import type { MentionValue, NamedActor } from './mention-finder';
import { TITLE_QUALIFIERS, TITLES } from './titles';

const nlp = winkNLP(model);
const its = nlp.its;

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Last words of an organisation's name: a run ending in one is kept whole ("National Security Committee"). */
const ORG_HEADS = words(`
  ministry department council committee commission agency office bureau service services authority administration government cabinet
  parliament assembly congress senate court tribunal party front movement army navy force forces corps guard guards police command bank
  fund institute institution centre center university college school foundation association alliance union federation league forum
  society organization organisation group company corporation holdings industries network agency tv radio news press times post herald
  studies programme secretariat presidency mission embassy consulate`);
/** Last words that make a run a place. */
const PLACE_WORDS = words(`
  sea seas ocean shoal shoals island islands isle river rivers strait straits peninsula mountain mountains mount valley province region city
  street square airport port harbour harbor bay gulf lake desert border crossing reef canal coast prefecture county district avenue road
  bridge dam base cosmodrome oblast krai zone pass park palace hall building tower station plaza heights hills falls archipelago basin delta
  plateau corridor camp village town capital territory territories waters channel cape post check east west north south america europe
  asia africa`);
/** Words that make a run an event, a document, a vessel or a programme rather than an actor. */
const THING_WORDS = words(`
  agreement treaty treaties accord accords convention resolution resolutions act law summit conference talks war wars games cup day
  declaration charter protocol plan deal statement report award prize doctrine strategy programme program operation exercise exercises
  drill drills festival election elections index ceremony scheme article section chapter clause bill initiative project system plant
  reactor aircraft jet jets missile missiles drone drones`);
/** Multi-word places that read like names. */
const PLACES = words(
  'new-york hong-kong tel-aviv kuala-lumpur buenos-aires los-angeles san-francisco rio-de-janeiro sao-paulo são-paulo cape-town abu-dhabi phnom-penh mexico-city panama-city kuwait-city addis-ababa dar-es-salaam port-of-spain middle-east far-east west-bank gaza-strip',
);
/** Single words that name organisations with no other word. */
const INSTITUTIONS = words(
  'congress parliament senate diet knesset duma cabinet pentagon bundestag bundesrat majlis politburo taliban hamas hezbollah houthis',
);
const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november
  december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow`);
/** Capitalised words that name no one: units, times, pronouns, and words that open sentences. */
const NOT_NAMES = words(`
  gmt bst utc ist jst kst cet est edt am pm tv ceo gdp covid covid-19 ai i i'm we he she they you it this that these those there here but
  and or so yet if when while after before however meanwhile earlier later according asked following despite under last next some many
  most several other others both all such read more photo file video watch live update updates breaking exclusive analysis opinion
  explainer the a an in on at by for from with of to as his her their its our my your`);
/** Bodies every state has, named without the state: not a name of their own. */
const GENERIC_BODIES: ReadonlySet<string> = new Set([
  'foreign ministry',
  'defence ministry',
  'defense ministry',
  'interior ministry',
  'finance ministry',
  'trade ministry',
  'foreign office',
  'high commission',
  'embassy',
  'consulate',
  'general assembly',
  'security council',
  'government',
]);
const GEO_QUALIFIERS = words('mainland northern southern eastern western central north south east west upper lower greater');
/** Lower-case words after a name that make it a place or a facility's name ("Wagah border", "Daiichi nuclear plant"). */
const FACILITY_WORDS = words(
  'border crossing post shoal reef island river sea strait port airport base plant reactor facility complex camp checkpoint region province district city town village',
);
const LOCATIVES = words('in near at off across outside inside around into toward towards from via through over throughout within');
const SHIP_PREFIX = /^(BRP|USS|HMS|INS|JS|ROKS|MV|MSC|RFS|HMAS|HMCS|PLANS|CNS|MT|SS)\b/;
const CONNECTORS = words('of for de du des la le el al the on &');

interface Token {
  readonly value: string;
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The text's tokens with their parts of speech, pieces written together joined back
 * ("Thomas-Greenfield", "Yıldız"), a possessive "'s" kept apart.
 */
function tokensOf(text: string): Token[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const start = text.indexOf(value, cursor);
    if (start < 0 || value.trim() === '') return;
    cursor = start + value.length;
    const previous = tokens[tokens.length - 1];
    const wordish = /^[\p{L}\p{N}-]+$/u.test(value) || value === '.';
    if (previous && previous.end === start && wordish && !/^['’]s$/i.test(value) && /[\p{L}\p{N}-]$/u.test(previous.value) && value !== '.') {
      tokens[tokens.length - 1] = { value: previous.value + value, pos: previous.pos === 'PROPN' ? 'PROPN' : tags[index]!, start: previous.start, end: cursor };
    } else {
      tokens.push({ value, pos: tags[index]!, start, end: cursor });
    }
  });
  return tokens;
}

const isCapitalised = (token: Token | undefined): boolean => token !== undefined && /^[\p{Lu}]/u.test(token.value) && /\p{L}/u.test(token.value);
const lower = (token: Token | undefined): string => token?.value.toLowerCase().replace(/\.$/, '') ?? '';
const isTitle = (token: Token): boolean =>
  TITLES.has(lower(token)) ||
  lower(token)
    .split('-')
    .every((part) => TITLES.has(part));

/** Runs of capitalised words with the connectors inside names ("Ministry of Agriculture, Forestry and Fisheries"), split at known mentions. */
function runsOf(tokens: readonly Token[], blocked: (token: Token) => boolean): Token[][] {
  const runs: Token[][] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (!isCapitalised(token) || blocked(token) || !['PROPN', 'NOUN', 'ADJ', 'X', 'VERB'].includes(token.pos)) {
      index++;
      continue;
    }
    const run = [token];
    let next = index + 1;
    for (;;) {
      const candidate = tokens[next];
      const after = tokens[next + 1];
      if (isCapitalised(candidate) && !blocked(candidate!)) {
        run.push(candidate!);
        next++;
      } else if (candidate && CONNECTORS.has(lower(candidate)) && isCapitalised(after) && !blocked(after!) && !TIME_WORDS.has(lower(after))) {
        // "of", "de" join names anywhere ("Bank of Japan", "Petróleos de Venezuela"); "on", "for" only inside an organisation's ("Cabinet Committee on Security").
        if (!['of', 'de', 'du', 'des', 'la', 'le', 'el', 'al', 'the'].includes(lower(candidate)) && !run.some((word) => ORG_HEADS.has(lower(word)))) break;
        run.push(candidate, after!);
        next += 2;
      } else if (
        // Lists inside an organisation's name: "Ministry of Agriculture, Forestry and Fisheries".
        candidate &&
        (candidate.value === ',' || lower(candidate) === 'and') &&
        isCapitalised(after) &&
        run.some((word) => ['ministry', 'department', 'council', 'commission', 'committee'].includes(lower(word)))
      ) {
        run.push(candidate, after!);
        next += 2;
      } else break;
    }
    runs.push(run);
    index = next;
  }
  return runs;
}

/** A run split at the titles inside it: "European Council President Charles Michel" → "European Council", "Charles Michel". */
function segmentsOf(run: readonly Token[]): Token[][] {
  const segments: Token[][] = [];
  let current: Token[] = [];
  run.forEach((token, index) => {
    const titled = isTitle(token) || (TITLE_QUALIFIERS.has(lower(token)) && run.slice(index + 1).some(isTitle) && !ORG_HEADS.has(lower(run[run.length - 1])));
    if (titled && !ORG_HEADS.has(lower(run[run.length - 1]))) {
      if (current.length > 0) segments.push(current);
      current = [];
    } else current.push(token);
  });
  if (current.length > 0) segments.push(current);
  return segments.map((segment) => {
    let first = 0;
    let last = segment.length - 1;
    while (first <= last && (CONNECTORS.has(lower(segment[first])) || NOT_NAMES.has(lower(segment[first])))) first++;
    while (last >= first && (CONNECTORS.has(lower(segment[last])) || segment[last]!.value === ',' || lower(segment[last]) === 'and')) last--;
    return segment.slice(first, last + 1);
  });
}

/**
 * The text places the name rather than naming an actor: "in Lebanon", "out of Mali and
 * Burkina Faso", "in south Lebanon", "in Iraq and Syria".
 */
function placedBy(tokens: readonly Token[], first: number): boolean {
  let index = first - 1;
  // Back over an article, a direction ("in south Lebanon") and the names listed before ("in Iraq and Syria").
  while (index >= 0) {
    const word = lower(tokens[index]);
    if (word === 'the' || GEO_QUALIFIERS.has(word)) index--;
    else if (['and', ',', 'or'].includes(word) && isCapitalised(tokens[index - 1])) {
      index -= 2;
      while (index >= 0 && isCapitalised(tokens[index])) index--;
    } else break;
  }
  const word = lower(tokens[index]);
  if (LOCATIVES.has(word)) return true;
  return word === 'of' && ['out', 'parts', 'part', 'north', 'south', 'east', 'west', 'outskirts'].includes(lower(tokens[index - 1]));
}

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');

/**
 * Names in a text that look like people or organisations no known actor covers: runs of
 * proper nouns (from the NLP model's parts of speech), split at titles ("Foreign Minister
 * Ishaq Dar" gives "Ishaq Dar") and at known names, and not places, times, events,
 * documents or vessels. A single word counts when it is an acronym, a kind of institution
 * that needs no other word ("Congress"), or the subject of what someone said or did
 * ("Hezbollah fired…"). Kept for an editor to review; they are not links.
 */
export function findCandidateNames(
  text: string,
  mentions: readonly MentionValue[],
  known: readonly NamedActor[] = [],
  excluded: readonly { readonly start: number; readonly end: number }[] = [],
): string[] {
  const knownForms = new Set(
    known
      .flatMap((actor) => [actor.name, ...actor.aliases, ...(actor.metonyms ?? []), ...(actor.demonyms ?? [])])
      .map((name) => name.toLowerCase().replace(/^the\s+/, '')),
  );
  // A word of a known person's name on its own ("Miller said" of a known Matthew Miller) is that person.
  const knownWords = new Set(
    known.flatMap((actor) => [actor.name, ...actor.aliases]).flatMap((name) => (name.includes(' ') ? name.toLowerCase().split(/\s+/) : [])),
  );
  const spans = [...mentions, ...excluded];
  const blocked = (token: Token) => spans.some((span) => token.start < span.end && span.start < token.end);
  const tokens = tokensOf(text);
  const position = new Map(tokens.map((token, index) => [token, index]));
  const startsSentence = (index: number): boolean =>
    index === 0 || /^[.!?"“”:;)’]$/.test(tokens[index - 1]!.value) || text.slice(tokens[index - 1]!.end, tokens[index]!.start).includes('\n');
  const capitalisedMidSentence = new Set(tokens.filter((token, index) => isCapitalised(token) && !startsSentence(index)).map((token) => token.value));

  const found: string[] = [];
  for (const run of runsOf(tokens, blocked)) {
    for (const segment of segmentsOf(run)) {
      if (segment.length === 0) continue;
      const first = position.get(segment[0]!)!;
      const last = position.get(segment[segment.length - 1]!)!;
      const name = text.slice(segment[0]!.start, segment[segment.length - 1]!.end);
      const key = name.toLowerCase().replace(/^the\s+/, '');
      // Part of a known name ("General Assembly" of the UN General Assembly, "Islamic Republic" of Iran) is that actor.
      const partOfKnown = [...knownForms].some((form) => form === key || ` ${form} `.includes(` ${key} `));
      // "Indian High Commission": a known state's body named by what every state has.
      const generic = GENERIC_BODIES.has(key) || [...knownForms].some((form) => key.startsWith(`${form} `) && GENERIC_BODIES.has(key.slice(form.length + 1)));
      if (accepts(name, segment, tokens, first, last, capitalisedMidSentence, startsSentence(first)) && !partOfKnown && !generic) {
        if (segment.length === 1 && knownWords.has(name.toLowerCase())) continue;
        found.push(name);
      }
    }
  }
  const names = [...new Set(found)];
  return names.filter(
    (name) =>
      !names.some((other) => {
        if (other === name) return false;
        // A surname after the full name, an abbreviation of a name given in full: the same actor.
        const contained = other.length > name.length && new RegExp(`(^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`).test(other);
        return contained || (/^[\p{Lu}]{2,6}$/u.test(name) && initials(other) === name);
      }),
  );
}

function accepts(
  name: string,
  segment: readonly Token[],
  tokens: readonly Token[],
  first: number,
  last: number,
  midSentence: ReadonlySet<string>,
  startsSentence: boolean,
): boolean {
  const lowered = segment.map(lower);
  const final = lowered[lowered.length - 1]!;
  if (lowered.every((word) => NOT_NAMES.has(word) || TIME_WORDS.has(word) || CONNECTORS.has(word) || TITLES.has(word))) return false;
  if (lowered.some((word) => TIME_WORDS.has(word) || word === 'war')) return false;
  if (PLACE_WORDS.has(final) || THING_WORDS.has(final) || THING_WORDS.has(lowered[0]!)) return false;
  if (PLACES.has(lowered.join('-')) || CAPITAL_NAMES.has(name.toLowerCase()) || SHIP_PREFIX.test(name)) return false;
  if (/\d/.test(name) && !/^[A-Z]+\d/.test(name)) return false;
  // Nationality words ("South Asian", "Hungarian") describe; they do not name.
  const after = tokens[last + 1];
  if (/(an|ese|ish|ian|i)$/i.test(segment[segment.length - 1]!.value) && after !== undefined && /^\p{Ll}/u.test(after.value) && after.pos === 'NOUN')
    return false;
  const organisation = ORG_HEADS.has(final);
  if (placedBy(tokens, first) && !organisation) return false;
  if (GEO_QUALIFIERS.has(lowered[0]!) && segment.length > 1) return false;
  // "the Wagah border crossing", "the Fukushima Daiichi nuclear plant": a name qualifying a place or a facility.
  const following: Token[] = [];
  for (const token of tokens.slice(last + 1, last + 4)) {
    if (!/^\p{Ll}/u.test(token.value) || (!['NOUN', 'ADJ'].includes(token.pos) && !FACILITY_WORDS.has(lower(token)))) break;
    following.push(token);
  }
  if (following.some((token) => FACILITY_WORDS.has(lower(token)))) return false;
  const subject = after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX') && !/^['’]s$/.test(after.value);
  // A state Dossier does not know is an actor, unless the text only places something in it.
  if (COUNTRY_NAMES.has(name.toLowerCase())) return true;
  // "Lashkar-e-Taiba": one word made of names.
  if (segment.length === 1 && (segment[0]!.value.match(/(^|-)\p{Lu}/gu) ?? []).length >= 2 && !PLACE_WORDS.has(lower(after))) return true;
  if (segment.length >= 2) return true;
  // A single word: an acronym, an institution, or the subject of a statement or an act.
  const word = segment[0]!.value;
  if (/^[A-Z]{2,5}$/.test(word)) return !NOT_NAMES.has(word.toLowerCase());
  if (INSTITUTIONS.has(word.toLowerCase())) return true;
  // At the start of a sentence any word is capitalised: the same word capitalised mid-sentence elsewhere is a name.
  return subject && segment[0]!.pos === 'PROPN' && (!startsSentence || midSentence.has(word));
}
