import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { findMentions, MentionKind, type MentionValue } from '../actors/mention-finder';
import type { PartialDateValue } from '../dates/partial-date';
import { EventKind, ParticipantRole } from '../events/event.document';
import { datesIn } from '../ingestion/date-reading';
import type { KnownActor } from '../ingestion/knowledge';
import { PERSON_DESCRIPTORS, TITLE_QUALIFIERS, TITLES } from '../actors/titles';
import { MeasureKind as MeasureKindValue, MeasureStatus, type MeasureKind } from '../measures/measure.document';
import { TRIGGERS, type PloverType, type Trigger } from './lexicon';
import { modeOf, ProposalMode, statusOf } from './modality';

export interface CodingInput {
  /** The article's cleaned text: its paragraphs separated by blank lines. */
  readonly body: string;
  readonly publishedAt: PartialDateValue | null;
  /** The known actors; MEDIA actors (outlets quoted as sources) never take part. */
  readonly actors: readonly KnownActor[];
  /** Spans of the body that name no actor (a dateline's place). */
  readonly exclude?: readonly { readonly start: number; readonly end: number }[];
  /** ISO 639-1 code of the body; the lexicon is English, so other languages propose nothing. */
  readonly language?: string;
}

interface Quoted {
  /** The clause that reports it, exactly as in the body: `body.slice(start, end) === quote`. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly plover: PloverType;
  /** The act of its kind its trigger reports ("summons"), when the kind has several. */
  readonly act: string | null;
  readonly mode: ProposalMode;
  readonly date: PartialDateValue | null;
  /** The words that say what it answers ("after Saturday's attack"), or null. */
  readonly respondsToQuote: string | null;
  /** 0–1, from the trigger's strength and whether the actors were found. */
  readonly confidence: number;
  /**
   * The part of the clause that says what happened: from its trigger to the next trigger of
   * the clause ("closed its airspace to Indian airlines" of "closed its airspace to Indian
   * airlines and suspended all trade"). Two reports of one happening share its words.
   */
  readonly focus: Span;
}

export interface ProposedParticipant {
  readonly actorId: string;
  readonly role: ParticipantRole;
}

export interface EventProposal extends Quoted {
  readonly kind: EventKind;
  readonly actors: readonly ProposedParticipant[];
  readonly location: string | null;
}

export interface MeasureProposal extends Quoted {
  readonly kind: MeasureKind;
  readonly status: MeasureStatus;
  readonly issuers: readonly string[];
  readonly targets: readonly string[];
  readonly legalBasis: readonly string[];
  readonly details: string | null;
}

export interface CodedArticle {
  readonly events: EventProposal[];
  readonly measures: MeasureProposal[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

// The model takes a moment to load, and only coding needs it: loaded on first use.
let nlp: ReturnType<typeof winkNLP> | null = null;
const nlpInstance = (): ReturnType<typeof winkNLP> => {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
};

/**
 * A short line without closing punctuation is a headline or a subheading ("New Delhi expels
 * Pakistani advisers"): it repeats what the prose reports, in the present tense.
 */
function isHeadline(body: string, sentence: Span): boolean {
  const lineStart = body.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = body.indexOf('\n', sentence.end);
  const line = body.slice(lineStart, lineEnd < 0 ? body.length : lineEnd).trim();
  return !/[.!?:"”’)]$/.test(line) && line.split(/\s+/).length <= 20;
}

/** Sentences as spans of the body, found paragraph by paragraph so none crosses a paragraph break. */
export function sentencesOf(body: string): Span[] {
  const spans: Span[] = [];
  for (const paragraph of body.matchAll(/[^\n]+/g)) {
    const sentences = nlpInstance().readDoc(paragraph[0]).sentences().out() as string[];
    let cursor = 0;
    for (const sentence of sentences) {
      const at = paragraph[0].indexOf(sentence.trim(), cursor);
      if (at < 0) continue;
      const end = at + sentence.trim().length;
      spans.push({ start: paragraph.index + at, end: paragraph.index + end });
      cursor = end;
    }
  }
  return spans;
}

/**
 * The clause of a sentence that holds `at`: clauses end at semicolons, dashes and a comma
 * before a new coordinated or subordinate clause. Trailing punctuation stays out.
 */
function clauseAround(body: string, sentence: Span, at: number): Span {
  const text = body.slice(sentence.start, sentence.end);
  const breaks = [
    ...text.matchAll(
      /;\s+|\s+[—–]\s+|^(?:If|When|Unless|After|Before|As|Although|While|Once)\b[^,;]{0,100},\s+|,\s+(?=(?:and|but|while|whereas|which|who|although|though)\b)|[,”"]+\s+(?=[^,;“”"]{0,60}\b(?:said|says|told|added|reported)\b[^,;]{0,40}$)/g,
    ),
  ]
    // "South Korea, the United States, and Japan have agreed": the comma before the last name of a list opens no clause.
    .filter(
      (match) =>
        !(
          /^and\b/.test(text.slice(match.index + match[0].length)) &&
          /,\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*$/u.test(text.slice(0, match.index))
        ),
    )
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
    }));
  let start = 0;
  let end = text.length;
  for (const cut of breaks) {
    if (cut.end <= at - sentence.start) start = cut.end;
    else if (cut.start >= at - sentence.start) {
      end = cut.start;
      break;
    }
  }
  while (end > start && /[\s.,!?"”’]/.test(text[end - 1]!) && !(text[end - 1] === '”' && text.slice(start, end - 1).includes('“'))) end -= 1;
  return { start: sentence.start + start, end: sentence.start + end };
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const utcDay = (date: PartialDateValue): Date | null =>
  date.month != null && date.day != null ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : null;
const dayValue = (date: Date): PartialDateValue => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });

/**
 * The date a stretch of text gives, resolved against the publication date: a written day
 * ("March 23", "23 March 2024"), a weekday (the last such day on or before publication, or
 * the next one on or after it when the words look ahead: "will meet on Thursday"),
 * "yesterday", "today", a month ("in March") or a year ("in 2016"). Where it gives several,
 * the one nearest `at` (an offset into the text, the trigger's) wins. Null when it names none.
 */
export function dateOf(text: string, published: PartialDateValue | null, at = 0): PartialDateValue | null {
  const candidates: { index: number; date: PartialDateValue }[] = [];
  const publishedDay = published ? utcDay(published) : null;
  const shifted = (days: number): PartialDateValue => dayValue(new Date(publishedDay!.getTime() + days * 86_400_000));
  for (const written of datesIn(text)) {
    const { year, month, day } = written.day;
    if (year !== null) candidates.push({ index: written.index, date: { year, month, day } });
    // A year-less date after the publication month belongs to the year before.
    else if (published)
      candidates.push({ index: written.index, date: { year: published.year - (published.month != null && month > published.month ? 1 : 0), month, day } });
  }
  if (publishedDay) {
    for (const weekday of text.matchAll(
      /\b(?:(?:on|last|this|late|early|since|by|until|from|as early as)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s)\b/gi,
    )) {
      const wanted = WEEKDAYS.indexOf((weekday[1] ?? weekday[2])!.toLowerCase());
      const ahead = LOOKING_AHEAD.test(text.slice(Math.max(0, weekday.index - 80), weekday.index)) || /^as early as\b/i.test(weekday[0]);
      const offset = ahead ? (wanted - publishedDay.getUTCDay() + 7) % 7 : -((publishedDay.getUTCDay() - wanted + 7) % 7);
      candidates.push({ index: weekday.index, date: shifted(offset) });
    }
    for (const relative of text.matchAll(/\b(yesterday|today|tonight|this (?:morning|afternoon|evening))\b/gi)) {
      candidates.push({ index: relative.index, date: shifted(relative[1]!.toLowerCase() === 'yesterday' ? -1 : 0) });
    }
  }
  for (const month of text.matchAll(
    /\b(?:in|since|during|early|late|mid-?|last|this|by|until)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?\b/gi,
  )) {
    const number = MONTHS.indexOf(month[1]!.toLowerCase()) + 1;
    if (month[2]) candidates.push({ index: month.index, date: { year: Number(month[2]), month: number } });
    else if (published)
      candidates.push({ index: month.index, date: { year: published.year - (published.month != null && number > published.month ? 1 : 0), month: number } });
  }
  const lastMonth = /\blast month\b/i.exec(text);
  if (lastMonth && published?.month != null) {
    candidates.push({
      index: lastMonth.index,
      date: published.month === 1 ? { year: published.year - 1, month: 12 } : { year: published.year, month: published.month - 1 },
    });
  }
  for (const year of text.matchAll(/\b(?:in|since|during|of|from)\s+((?:19|20)\d{2})\b/g))
    candidates.push({ index: year.index, date: { year: Number(year[1]) } });
  const lastYear = /\blast year\b/i.exec(text);
  if (lastYear && published) candidates.push({ index: lastYear.index, date: { year: published.year - 1 } });
  candidates.sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at) || a.index - b.index);
  return candidates[0]?.date ?? null;
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "…, four days after Tehran fired": the trigger is in a phrase dating it from the clause's own date. */
const ELAPSED = /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+after\s+[^,;.]{0,80}$/i;

/**
 * The date of a trigger's happening from its clause: the date nearest the trigger, leaving
 * out the words that give its cause ("expelled the advisers, after gunmen killed 26 people
 * on Tuesday": Tuesday is the attack's, and the attack is dated by it). A trigger in a phrase that counts days from the
 * clause's date ("agreed on Wednesday to new sanctions, four days after Tehran fired") is
 * dated that many days earlier.
 */
function dateOfTrigger(body: string, publishedAt: PartialDateValue | null, clause: Span, match: Match): PartialDateValue | null {
  const elapsed = ELAPSED.exec(body.slice(clause.start, match.start));
  if (elapsed) {
    const anchor = dateOf(body.slice(clause.start, clause.start + elapsed.index), publishedAt, elapsed.index);
    const day = anchor ? utcDay(anchor) : null;
    if (day) {
      const days = (COUNTS[elapsed[1]!.toLowerCase()] ?? Number(elapsed[1])) * (/^week/i.test(elapsed[2]!) ? 7 : 1);
      return dayValue(new Date(day.getTime() - days * 86_400_000));
    }
  }
  const cause = EARLIER_CAUSE.exec(body.slice(match.end, clause.end));
  const end = cause ? match.end + cause.index : clause.end;
  // A trigger inside the words giving a cause ("…, after Russia detained a crew on Monday") is dated by them when they give a date.
  const opened = [...body.slice(clause.start, match.start).matchAll(new RegExp(EARLIER_CAUSE.source, 'gi'))].at(-1);
  const own = opened ? dateOf(body.slice(clause.start + opened.index, end), publishedAt, match.start - clause.start - opened.index) : null;
  return own ?? dateOf(body.slice(clause.start, end), publishedAt, match.start - clause.start);
}

/** Words before a weekday that put it after the publication date. */
const LOOKING_AHEAD = /\b(?:will|shall|would|due to|expected to|plans? to|set to|scheduled|as early as|next)\b[^.;]*$/i;

const RESPONSE = /\b(?:in response to|in retaliation for|in protest (?:at|against|over)|to protest|in reaction to|following|after|over)\b[^,;.]{3,120}/i;
/** `text` without a last word cut short (`next`, the character after it, continues the word). */
const wholeWords = (text: string, next: string): string => (/[\p{L}\p{N}]/u.test(next) ? text.slice(0, text.lastIndexOf(' ')) : text);
const LEGAL_BASIS =
  /\b(?:under|citing|cited|in line with|pursuant to|in accordance with|in breach of|in violation of|violat(?:e|es|ed|ing))\s+((?:the\s+|its\s+|an?\s+)?[^,;.]{0,80}?\b(?:Act|Treaty|[Rr]esolutions?|Charter|[Ll]aw|Convention|Agreement|Accord|Order|Statute|Protocol)\b)/;
const NUMBER = '\\d[\\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|hundreds of|more than \\d+';
const SCOPE = new RegExp(
  `\\b(?:${NUMBER})\\s+(?:[\\w-]+\\s+)?(?:individuals|entities|companies|firms|people|persons|officials|diplomats|vessels|ships|banks|organi[sz]ations|products|items)(?:\\s+and\\s+(?:${NUMBER})\\s+(?:[\\w-]+\\s+)?(?:individuals|entities|companies|firms|people|officials|vessels|ships|banks|organi[sz]ations))?`,
  'i',
);

/** "in Pyongyang", "to Tokyo": where a visit or a meeting took place, and whose ground it is. */
const PLACE = /\b(?:in|to|at)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;

interface Match {
  readonly trigger: Trigger;
  readonly start: number;
  readonly end: number;
}

const GLOBAL = new Map<RegExp, RegExp>();
const everyMatch = (pattern: RegExp, text: string): RegExpMatchArray[] => {
  if (!GLOBAL.has(pattern)) GLOBAL.set(pattern, new RegExp(pattern.source, 'gi'));
  return [...text.matchAll(GLOBAL.get(pattern)!)];
};

/** Every trigger in a sentence, in order; within a family, words matched by an earlier row are not matched again. */
function matchesIn(body: string, sentence: Span): Match[] {
  const text = body.slice(sentence.start, sentence.end);
  const found: Match[] = [];
  for (const trigger of TRIGGERS) {
    for (const match of everyMatch(trigger.pattern, text)) {
      const start = sentence.start + match.index!;
      const end = start + match[0].length;
      if (found.some((other) => other.trigger.family === trigger.family && other.start < end && start < other.end)) continue;
      found.push({ trigger, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A noun that names a happening already reported ("condemned the attack", "Iran's attack"), not a new one. */
const REFERRING = /\b(?:the|a|an|its|their|his|her|this|that|these|those|any|armed|[\p{L}.-]+['’]s?)\s+(?:[\p{L}-]+\s+){0,3}$/iu;
const NOMINAL =
  /^(?:attacks?|strikes?|air ?strikes?|barrage|invasion|blockade|bombings?|assault|clash(?:es)?|missile (?:launch|launches|test|tests)|nuclear tests?|deployments?|detentions?|seizures?|expulsions?|condemnations?|warnings?|visits?|suspensions? of)$/i;

/** Words that undo a measure ("lift the ban", "easing sanctions"): its end is not the measure. */
const UNDOING =
  /\b(?:lift(?:s|ed|ing)?|eas(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|end(?:s|ed|ing)?|drop(?:s|ped|ping)?|no longer necessary to)\s+(?:\S+\s+){0,4}$/i;

/** Words that name a measure already in force as the setting of something else ("violations of UNSC sanctions", "despite sanctions"). */
const IN_FORCE = /\b(?:violat\w*|breach\w*|evad\w*|evasion of|circumvent\w*|already under|despite)\s+(?:[\p{L}.-]+\s+){0,3}$/iu;

/** A determiner before a past participle makes it a description ("over the seized fishing boat"), not a report of the deed. */
const DESCRIBING = /\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$/i;

const HABIT_OR_AIM =
  /\b(?:regularly|routinely|often|usually|frequently|typically|habitually)\s+$|\bto\s+(?:convince|persuade|secure|seek|obtain|press|lobby)\b[^,;]*$|\b(?:offer(?:ed|s)?|offer) of\s+(?:\S+\s+){0,3}$/i;

/** Speakers who are no actor: what experts and analysts say may happen is comment, not a happening. */
const COMMENTATORS = /^(?:(?:some|many|other|most|several)\s+)?(?:experts?|analysts?|observers?|critics?|commentators?|scholars?|researchers?|pundits?)\b/i;

/** Measures whose object is another happening ("condemned new sanctions", "demanded that China lift its ban"). */
const ANSWERING = new Set<string>([MeasureKindValue.CONDEMNATION, MeasureKindValue.DEMAND, EventKind.STATEMENT]);

/** Two triggers of one kind in one clause report two things only when coordinated ("closed its airspace and suspended trade"). */
const COORDINATED = /(?:,|;|\band\b|\bwhile\b)\s*(?:also\s+|then\s+)?$/i;

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * The actors of a clause split at the trigger: who acts (named before it) and who is acted
 * on (named after its first word, so "summoned China's ambassador" targets China). Before
 * the trigger, the clause's first actor is its subject; a reporting clause ("X said …")
 * stands in when the clause names nobody before the trigger.
 */
function sidesOf(body: string, named: readonly MentionValue[], clause: Span, sentence: Span, match: Match): Sides {
  // "Pakistani nationals could no longer travel to India": a state's nationals, firms or goods suffer a measure, they do not issue it.
  const groups = match.trigger.family === 'measure' ? named.filter((mention) => isPrivateGroup(body, mention)) : [];
  const mentions = groups.length === 0 ? named : named.filter((mention) => !groups.includes(mention));
  const found = sidesOfActors(body, mentions, clause, sentence, match);
  // "could no longer travel to India": the state one may not enter is the one that bars entry.
  const destination =
    match.trigger.family === 'measure' && !found.subject
      ? mentions.find((mention) => mention.start >= match.start && mention.end <= clause.end && ENTERING.test(body.slice(match.start, mention.start)))
      : undefined;
  const sides = destination
    ? { subject: destination.actorId, before: [destination.actorId], after: found.after.filter((id) => id !== destination.actorId) }
    : found;
  const suffering = groups.filter((mention) => mention.start >= clause.start && mention.end <= clause.end).map((mention) => mention.actorId);
  return suffering.length === 0 ? sides : { ...sides, after: unique([...sides.after, ...suffering]).filter((id) => id !== sides.subject) };
}

const ENTERING = /\b(?:travel\w*|entry|enter\w*)\s+(?:in)?to\s+(?:the\s+)?$/i;

/** Nouns for a state's people, firms and goods, as against its government ("Chinese officials"). */
const PRIVATE_GROUP =
  /^\s+(?:[\p{L}-]+\s+)?(?:nationals|citizens|passport holders|tourists|travell?ers|pilgrims|students|visitors|residents|civilians|passengers|workers|businesses|companies|firms|exporters|importers|producers|airlines|carriers|traders|fishermen|goods|products|imports|exports)\b/u;

const isPrivateGroup = (body: string, mention: MentionValue): boolean =>
  mention.kind === MentionKind.DEMONYM && PRIVATE_GROUP.test(body.slice(mention.end, mention.end + 40));

function sidesOfActors(body: string, mentions: readonly MentionValue[], clause: Span, sentence: Span, match: Match): Sides {
  const triggerText = body.slice(match.start, match.end);
  const headEnd = match.start + (/^\S+/.exec(triggerText)?.[0].length ?? 0);
  const inClause = mentions.filter((mention) => mention.start >= clause.start && mention.end <= clause.end);
  // An opening adverbial ("In a message passed to Washington, Tehran warned") names no subject.
  const opening = INTRODUCTORY.exec(body.slice(clause.start, match.start));
  const subjectFrom = opening ? clause.start + opening[0].length : clause.start;
  // A speech act outside a quote is not done by those its quote names ("“China's interference is unacceptable,” the ministry said, demanding …").
  const speechAct = match.trigger.family === 'measure' || match.trigger.kind === EventKind.STATEMENT;
  const quoted = speechAct && !insideQuote(body, sentence, match.start) ? quotesOf(body, sentence) : [];
  let before = inClause
    .filter(
      (mention) =>
        mention.start >= subjectFrom && mention.end <= match.start && !quoted.some((quote) => mention.start >= quote.start && mention.end <= quote.end),
    )
    .map((mention) => mention.actorId);
  // "Canberra's call for", "India's decision to": a possessor right before a nominal trigger is its issuer.
  const possessor = inClause.find((mention) => mention.end <= match.start && /^['’]s\s+(?:\w+\s+)?$/.test(body.slice(mention.end, match.start)));
  if (possessor) before = [possessor.actorId, ...before.filter((id) => id !== possessor.actorId)];
  // A clause that names nobody before its verb borrows its subject: a relative or coordinated clause ("…, which fired",
  // "…, and imposed") from earlier in the sentence, a quoted one from its attribution ("“…,” Manila said").
  if (before.length === 0 && /^(?:which|who|that|and|but|while|whereas|where)\b/i.test(body.slice(clause.start, clause.end))) {
    before = mentions.filter((mention) => mention.start >= sentence.start && mention.end <= match.start).map((mention) => mention.actorId);
  }
  if (before.length === 0 && ATTRIBUTION.test(body.slice(clause.end, sentence.end))) {
    before = mentions.filter((mention) => mention.start >= clause.end && mention.end <= sentence.end).map((mention) => mention.actorId);
  }
  // "fired missiles at Israel, in retaliation for a strike on Iran's consulate": who the cause names is not acted upon.
  const cause = CAUSE.exec(body.slice(match.end, clause.end));
  const causeAt = cause ? match.end + cause.index : clause.end;
  const after = unique(inClause.filter((mention) => mention.start >= headEnd && mention.start < causeAt).map((mention) => mention.actorId));
  // "China's ambassador was summoned", "a ship seized by Iran": the agent follows "by"; the others are acted upon.
  // "received shells from North Korea": the giver follows "from".
  const agentCue = /^receiv/i.test(triggerText) ? /^\s+(?:[^.;]*\s)?from\s+(?:the\s+)?$/i : /^\s+by\s+(?:the\s+)?$/i;
  const agent = inClause.find((mention) => mention.start >= headEnd && agentCue.test(body.slice(match.end, mention.start)));
  const head = triggerText.slice(0, headEnd - match.start);
  // "was deliberately run aground": a participle like its verb's base form is passive after "was" too.
  const passive =
    /\b(?:was|were|been)\b/i.test(triggerText) ||
    (/(?:ed|en|wn|ck|ung|ught)$/i.test(head) && /\b(?:was|were|been|be|being|is|are)\s+(?:\p{L}+ly\s+)?$/iu.test(body.slice(clause.start, match.start))) ||
    (!/(?:ing|ly)$/i.test(head) && /\b(?:was|were|been)\s+(?:\p{L}+ly\s+)?$/iu.test(body.slice(clause.start, match.start)));
  if (agent || passive) {
    // "was run aground there in 1999 to reinforce the Philippines' claim": whose aim it served did it.
    const aim = agent
      ? undefined
      : inClause.find(
          (mention) =>
            mention.start >= headEnd &&
            /^['’]s?\s/.test(body.slice(mention.end, mention.end + 3)) &&
            /\bto\s+\p{Ll}+\s+(?:the\s+)?$/u.test(body.slice(match.end, mention.start)) &&
            !/[,;]/.test(body.slice(match.end, mention.start)),
        );
    const subject = agent?.actorId ?? aim?.actorId ?? null;
    return { subject, before: subject ? [subject] : [], after: unique([...before, ...after]).filter((id) => id !== subject) };
  }
  // A measure's or statement's issuer opens its clause ("The United States, an ally of the Philippines, warned"); an event's actor is the one nearest its verb.
  // "Moscow reportedly approached Pyongyang with the offer": an actor right after a verb or preposition is its object, not the subject.
  const subjects = inClause
    .filter((mention) => mention.start >= subjectFrom && mention.end <= match.start && !OBJECT_POSITION.test(body.slice(clause.start, mention.start)))
    .map((mention) => mention.actorId);
  // "sanctioned Iran over its supply of drones": a possessive names the nearest actor as the doer.
  const possessed = /\b(?:its|their|his|her)\s+(?:[\p{L}-]+\s+)?$/u.test(body.slice(clause.start, match.start));
  let subject = (speechAct ? before[0] : possessed ? before.at(-1) : (subjects.at(-1) ?? before.at(-1))) ?? null;
  // "India said on Wednesday, a day after gunmen killed 26 people": an actor cut off from the verb by a new clause is not its subject.
  const nearest = inClause.filter((mention) => mention.start >= subjectFrom && mention.end <= match.start).at(-1);
  if (!speechAct && nearest && /\b(?:after|before|when|since|because|while|until|following)\b/i.test(body.slice(nearest.end, match.start))) subject = null;
  // "France would bring its ambassador home from Niger and withdraw its troops": a coordinated verb shares the clause's first subject.
  else if (!speechAct && nearest && /\s(?:and|then)\s+(?:\w+\s+)?$/i.test(body.slice(nearest.end, match.start)) && before.length > 0) subject = before[0]!;
  return { subject, before: unique(before), after: after.filter((id) => id !== subject) };
}

const OBJECT_POSITION = /\b(?:to|with|from|at|on|against|into|towards?|over|near|[a-z]{3,}ed)\s+(?:the\s+|its\s+|their\s+)?$/;

const INTRODUCTORY = /^(?:In|On|At|After|Before|Since|Following|According to|Despite|Through|With|Under|Amid|During|Earlier|Later|Last)\b[^,]{0,120},\s+/;

const ATTRIBUTION = /^[,”"’\s]+[^,;]{0,60}\b(?:said|says|told|added|stated)\b/i;

interface Sides {
  /** The actor that acts, or null. */
  readonly subject: string | null;
  /** Every actor named before the trigger ("Japan and the Philippines signed"). */
  readonly before: readonly string[];
  readonly after: readonly string[];
}

/** Words between a state and the person it qualifies: titles and descriptors ("Foreign Minister", "dictator", "counterpart,"), or capitalised words. */
function isTitleGap(gap: string): boolean {
  const words = gap
    .replace(/^['’]s\b/, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  return (
    /^(?:['’]s)?[\s,]+$|^(?:['’]s)?[\s,]+\S[\s\S]*\s+$/u.test(gap) &&
    words.length <= 6 &&
    words.every(
      (word) =>
        /^\p{Lu}/u.test(word) ||
        TITLES.has(word.toLowerCase()) ||
        TITLE_QUALIFIERS.has(word.toLowerCase()) ||
        PERSON_DESCRIPTORS.has(word.toLowerCase()) ||
        /^(?:of|for|and)$/.test(word),
    )
  );
}

/**
 * "South Korean Foreign Minister Park Jin", "Russia's envoy Vassily Nebenzia": when a known
 * person follows their state's name within their title, the person is the actor named.
 */
function withoutAffiliations(body: string, mentions: readonly MentionValue[], actors: CodingInput['actors']): MentionValue[] {
  const people = new Set(actors.filter((actor) => actor.kind === 'PERSON').map((actor) => actor._id));
  return mentions.filter((mention, index) => {
    const next = mentions[index + 1];
    if (!next || !people.has(next.actorId) || people.has(mention.actorId)) return true;
    return !isTitleGap(body.slice(mention.end, next.start));
  });
}

/**
 * "The North Korean leader met Putin": a state followed by a title a known person holds of it
 * names that person, when the article names them elsewhere and no one else of that title.
 */
function withTitledPeople(body: string, mentions: readonly MentionValue[], actors: CodingInput['actors']): MentionValue[] {
  const named = new Set(mentions.map((mention) => mention.actorId));
  const holders = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.kind !== 'PERSON' || !named.has(actor._id)) continue;
    for (const role of actor.roles ?? []) {
      if (!role.organizationId) continue;
      const key = `${role.organizationId} ${role.title.toLowerCase()}`;
      holders.set(key, [...(holders.get(key) ?? []), actor._id]);
    }
  }
  if (holders.size === 0) return [...mentions];
  return mentions.map((mention) => {
    const title = /^(?:['’]s)?\s+((?:\p{L}+\s+){0,3}\p{L}+)(?![\p{L}-])/u.exec(body.slice(mention.end, mention.end + 60));
    if (!title) return mention;
    for (let words = title[1]!.split(/\s+/); words.length > 0; words = words.slice(0, -1)) {
      const people = [...new Set(holders.get(`${mention.actorId} ${words.join(' ').toLowerCase()}`) ?? [])];
      if (people.length !== 1) continue;
      const end = mention.end + title[0].indexOf(title[1]!) + words.join(' ').length;
      if (/^\s+\p{Lu}\p{Ll}/u.test(body.slice(end))) return mention;
      return { actorId: people[0]!, text: body.slice(mention.start, end), start: mention.start, end };
    }
    return mention;
  });
}

/**
 * "Park noted that …": a person named in full is named again by one of their names alone
 * (a family name first or last), where no other person named in the article shares it.
 */
function withSecondReferences(body: string, mentions: readonly MentionValue[], actors: CodingInput['actors']): MentionValue[] {
  const firstNamed = new Map<string, number>();
  for (const mention of mentions) if (!firstNamed.has(mention.actorId)) firstNamed.set(mention.actorId, mention.end);
  const byWord = new Map<string, string[]>();
  for (const actor of actors) {
    if (actor.kind !== 'PERSON' || !firstNamed.has(actor._id)) continue;
    const parts = actor.name.split(/\s+/);
    if (parts.length < 2) continue;
    for (const word of new Set([parts[0]!, parts.at(-1)!])) {
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(word)) byWord.set(word, [...(byWord.get(word) ?? []), actor._id]);
    }
  }
  const added: MentionValue[] = [];
  for (const [word, people] of byWord) {
    if (people.length !== 1) continue;
    const person = people[0]!;
    for (const found of body.matchAll(new RegExp(`(?<![\\p{L}'’-])${word}(?![\\p{L}-]|\\s+\\p{Lu})`, 'gu'))) {
      const start = found.index;
      const end = start + word.length;
      if (start < firstNamed.get(person)! || mentions.some((mention) => mention.start < end && start < mention.end)) continue;
      added.push({ actorId: person, text: word, start, end });
    }
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The direct quotes of a sentence ("…" or “…”), with their marks. */
function quotesOf(body: string, sentence: Span): Span[] {
  const text = body.slice(sentence.start, sentence.end);
  return [...text.matchAll(/“[^”]*”?|"[^"]*"?/g)].map((found) => ({
    start: sentence.start + found.index,
    end: sentence.start + found.index + found[0].length,
  }));
}

const insideQuote = (body: string, sentence: Span, at: number): boolean => quotesOf(body, sentence).some((quote) => at > quote.start && at < quote.end);

const SPEAKS = /^\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|stated|announced|warned|urged|demanded|noted|stressed|insisted)\b/i;

/** Bodies a report names again by their kind alone ("the committee said"). */
const BODY_HEADS =
  'ministry|committee|council|government|cabinet|agency|department|office|military|army|navy|commission|administration|embassy|coast guard|parliament';

/**
 * "Pakistan's National Security Committee … the committee said": a body named again by
 * its kind as the one who speaks refers to the last actor named with that kind of body ("Pakistan's … Committee",
 * "Seoul's foreign ministry"), the state or the body itself; failing that, to the state (`states`) that last opened
 * a sentence by its name (a story about that state's steps names its ministry without the state).
 */
function withDefiniteBodies(body: string, mentions: readonly MentionValue[], states: ReadonlySet<string>): MentionValue[] {
  const added: MentionValue[] = [];
  for (const found of body.matchAll(new RegExp(`\\bthe\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${BODY_HEADS})\\b`, 'gu'))) {
    const start = found.index;
    const end = start + found[0].length;
    // Only as the one who speaks: "the council" elsewhere is as often a council in general.
    if (!SPEAKS.test(body.slice(end, end + 40)) || mentions.some((mention) => mention.start < end && start < mention.end)) continue;
    const head = found[1]!;
    const antecedent = mentions.findLast(
      (mention) =>
        (mention.end <= start && new RegExp(`^(?:['’]s)?\\s+(?:[\\p{L}-]+\\s+){0,4}?${head}\\b`, 'iu').test(body.slice(mention.end, mention.end + 80))) ||
        (mention.end <= start && new RegExp(`\\b${head}$`, 'i').test(mention.text)),
    );
    // "The Philippines summoned … The foreign ministry said": with no body named before, the state last opening a sentence.
    const speaker =
      antecedent ??
      mentions.findLast(
        (mention) =>
          mention.end <= start &&
          states.has(mention.actorId) &&
          mention.kind !== MentionKind.DEMONYM &&
          /(?:^|[.!?]["”’]?\s+|\n|\s[-–—]+\s+)(?:The\s+)?$/.test(body.slice(Math.max(0, mention.start - 8), mention.start)),
      );
    if (speaker) added.push({ actorId: speaker.actorId, text: found[0], start, end });
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

const REPORTING = /\b(?:said|says|told|noted|added|stressed|stated|insisted|argued|declared|warned|cautioned|emphasi[sz]ed)\b/gi;

/** A warning's words that are not a verb of saying ("would be a serious threat", "act of war"): someone says them. */
const SAYS_ITSELF = /^(?:warn|threat|vow|promis|remind|st(?:and|ood)|reserv)/i;

/**
 * Who says the words at `at`: in a direct quote, the actor its attribution names ("“…,” Seoul
 * said", "Seoul said: “…”"); in reported speech, the subject of the sentence's first verb of
 * saying ("Park noted that any deal would constitute a violation"). Null when none is named.
 */
function speakerOf(body: string, mentions: readonly MentionValue[], sentence: Span, at: number): string | null {
  const before = body.slice(sentence.start, at);
  const open = Math.max(before.lastIndexOf('“'), (before.match(/"/g)?.length ?? 0) % 2 === 1 ? before.lastIndexOf('"') : -1);
  if (open >= 0 && open > before.lastIndexOf('”')) {
    const rest = body.slice(at, sentence.end);
    const close = rest.search(/[”"]/);
    if (close >= 0) {
      const from = at + close + 1;
      const verb = /^[^“"]{0,80}?\b(?:said|says|told|added|noted|stressed|stated|warned)\b/i.exec(body.slice(from, sentence.end));
      const speaker = verb ? mentions.find((mention) => mention.start >= from && mention.end <= from + verb[0].length) : undefined;
      if (speaker) return speaker.actorId;
    }
    const lead = /\b(?:said|says|told \w+|added|declared|stated|warned)[:,]?\s*$/i.exec(before.slice(0, open));
    if (lead) return mentions.findLast((mention) => mention.start >= sentence.start && mention.end <= sentence.start + lead.index)?.actorId ?? null;
    return null;
  }
  for (const verb of before.matchAll(REPORTING)) {
    const verbAt = sentence.start + verb.index;
    const subject = mentions.findLast((mention) => mention.start >= sentence.start && mention.end <= verbAt && verbAt - mention.end <= 60);
    return subject?.actorId ?? null;
  }
  return null;
}

/** The state (or organization) each known person and body acts for, where it is a known actor too. */
function statesActedFor(actors: CodingInput['actors']): Map<string, string> {
  const known = new Set(actors.map((actor) => actor._id));
  const actingFor = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind !== 'STATE' && actor.affiliationId && known.has(actor.affiliationId) && actor.affiliationId !== actor._id) {
      actingFor.set(actor._id, actor.affiliationId);
    }
  }
  return actingFor;
}

/** "Foreign Minister Park Jin warned": the state a minister or ministry acts for issues the measure with them, and comes first. */
function issuersOf(subject: string | null, actingFor: ReadonlyMap<string, string>): string[] {
  if (!subject) return [];
  const state = actingFor.get(subject);
  return state ? [state, subject] : [subject];
}

/** "Kim Jong Un visited Russia": the person takes part, and so does the state they act for, in the same role, after them. */
function withStates(participants: readonly ProposedParticipant[], actingFor: ReadonlyMap<string, string>): ProposedParticipant[] {
  const present = new Set(participants.map((participant) => participant.actorId));
  return participants.flatMap((participant) => {
    const state = actingFor.get(participant.actorId);
    if (!state || present.has(state)) return [participant];
    present.add(state);
    return [participant, { actorId: state, role: participant.role }];
  });
}

/** What the rules below need to know of a trigger's sentence. */
interface TriggerContext {
  readonly body: string;
  readonly publishedAt: PartialDateValue | null;
  readonly mentions: readonly MentionValue[];
  readonly sentence: Span;
  readonly clause: Span;
  readonly match: Match;
  /** Every trigger of the sentence, and those already proposed. */
  readonly matches: readonly Match[];
  readonly kept: readonly { readonly match: Match; readonly clause: Span }[];
}

/**
 * Whether a trigger reports a happening of its own rather than naming one reported
 * elsewhere: the cause of a measure, the object of a condemnation, a referring noun, the
 * measure a warning threatens, or a second trigger of one kind in one clause.
 */
function reportsHappening({ body, publishedAt, mentions, sentence, clause, match, matches, kept }: TriggerContext): boolean {
  const quote = body.slice(clause.start, clause.end);
  const triggerText = body.slice(match.start, match.end);
  if (match.trigger.alone) {
    const subject = mentions.some((mention) => mention.start >= clause.start && mention.end <= match.start);
    // Dated statements ("said on Monday that …") are the news; undated ones mostly attribute other news.
    const content =
      /^\S+\s+(?:(?:[\w’']+\s+){0,5}that|(?:on \w+\s+)?(?:[\p{L}’'.-]+\s+){1,4}(?:had|would|will|was|were|has|have)\b(?! been (?:told|asked)))/iu.test(
        body.slice(match.start, clause.end),
      );
    const dated = dateOf(quote, publishedAt) !== null;
    // "The White House announced Friday that the North has made such a delivery", "Russia is receiving shells from
    // North Korea, Budanov told NV on Sept. 13": a dated disclosure of another actor's deed is news of its own.
    const speakers = mentions.filter((mention) => mention.start >= clause.start && mention.end <= match.start).map((mention) => mention.actorId);
    const reportsKept =
      dated &&
      kept.length > 0 &&
      kept.every((other) => other.match.trigger.family === 'event' && (other.match.start > match.end || other.match.end <= clause.start)) &&
      mentions.some(
        (mention) =>
          mention.start >= sentence.start &&
          mention.end <= sentence.end &&
          (mention.end <= clause.start || mention.start >= match.end) &&
          !speakers.includes(mention.actorId),
      );
    if ((kept.length > 0 && !reportsKept) || !subject || (!dated && !content)) return false;
  }
  // "said it had taken control measures …, and accused Manila of provoking it": an accusation that goes on a statement is part of it.
  if (
    match.trigger.kind === EventKind.STATEMENT &&
    match.trigger.plover === 'ACCUSE' &&
    /\b(?:said|says)\b[^;]*,\s+and\s+(?:also\s+)?$/i.test(body.slice(sentence.start, match.start))
  )
    return false;
  // "accused Manila of trying to deliver materials": what an accusation charges is its content, not a report.
  if (
    /\baccus(?:e|es|ed|ing)\s+(?:\S+\s+){1,4}?of\s+(?:\S+\s+){0,8}$/i.test(body.slice(clause.start, match.start)) &&
    match.trigger.kind !== EventKind.STATEMENT
  )
    return false;
  if (/ed$/i.test(triggerText) && DESCRIBING.test(body.slice(clause.start, match.start))) return false;
  // "regularly imposes sanctions", "visited Pyongyang to convince its leaders to provide shells": a habit or an aim is not a happening.
  if (HABIT_OR_AIM.test(body.slice(clause.start, match.start))) return false;
  if (match.trigger.family === 'measure' && IN_FORCE.test(body.slice(Math.max(sentence.start, match.start - 40), match.start))) return false;
  if (
    COMMENTATORS.test(body.slice(sentence.start, sentence.end)) &&
    (match.trigger.family === 'measure' || /\b(?:might|could|may)\b/i.test(body.slice(sentence.start, match.start)))
  )
    return false;
  if (match.trigger.family === 'measure' && UNDOING.test(body.slice(Math.max(sentence.start, match.start - 40), match.start))) return false;
  // "a day after India downgraded ties": a measure named as the cause of another is reported elsewhere.
  const cause = kept.at(-1);
  if (
    match.trigger.family === 'measure' &&
    cause &&
    /\b(?:after|following|in response to|in retaliation for)\b/i.test(body.slice(cause.match.end, match.start))
  )
    return false;
  // "condemned the attack and reaffirmed its solidarity": support a measure's issuer adds in the same breath is part of the measure; an accusation is news of its own.
  if (match.trigger.kind === EventKind.STATEMENT && match.trigger.plover !== 'ACCUSE' && kept.some((other) => other.match.trigger.family === 'measure'))
    return false;
  // "summoned the ambassador to warn Moscow": a purpose is part of the measure that serves it.
  if (
    match.trigger.family === 'measure' &&
    /\bto\s+$/i.test(body.slice(clause.start, match.start)) &&
    kept.some((other) => other.match.trigger.family === 'measure' && other.clause.start === clause.start)
  )
    return false;
  const answeredBy = kept.find(
    (other) => ANSWERING.has(other.match.trigger.kind) && other.clause.start === clause.start && other.match.trigger.kind !== match.trigger.kind,
  );
  if (answeredBy && !COORDINATED.test(body.slice(answeredBy.match.end, match.start))) return false;
  if (NOMINAL.test(triggerText) && REFERRING.test(body.slice(Math.max(sentence.start, match.start - 40), match.start))) {
    // A referring noun reports a happening only where the words after it date it and no measure before it answers it.
    const answered = matches.some((other) => other.trigger.family === 'measure' && other.start < match.start);
    if (answered || dateOf(body.slice(match.start, clause.end), publishedAt) === null) return false;
  }
  // "warned it could suspend the treaty", "agreed to expand sanctions": the measure warned of or agreed is the one proposed.
  if (
    (match.trigger.kind === MeasureKindValue.WARNING || match.trigger.kind === MeasureKindValue.AGREEMENT) &&
    matches.some(
      (other) => other.trigger.family === 'measure' && other.trigger.kind !== match.trigger.kind && other.start > match.end && other.start < clause.end,
    ) &&
    !/\bif\b/i.test(body.slice(match.end, clause.end))
  ) {
    return false;
  }
  // "warned that if …, new sanctions would be imposed": the sanctions are what the warning threatens.
  const warning = kept.find((other) => other.match.trigger.kind === MeasureKindValue.WARNING);
  if (warning && match.trigger.family === 'measure' && /\bif\b/i.test(body.slice(warning.match.end, match.start))) return false;
  const previous = kept.findLast((other) => other.match.trigger.kind === match.trigger.kind && other.clause.start === clause.start);
  if (previous && !COORDINATED.test(body.slice(previous.match.end, match.start))) return false;
  return true;
}

/**
 * A trigger's share of its clause: from the trigger (from the clause's start for its first
 * trigger, which may follow what it acts on: "the airspace was closed") to the next trigger,
 * leaving out the words that give its cause ("…, retaliating a day after …").
 */
function focusOf(body: string, matches: readonly Match[], proposed: readonly Match[], clause: Span, match: Match): Span {
  // Who meets opens the clause ("the committee would meet"): a joint event's words begin there unless another proposal precedes it.
  const before = match.trigger.roles === 'JOINT' ? proposed.filter((other) => other !== match) : matches;
  const first = !before.some((other) => other.end <= match.start && other.start >= clause.start);
  let end = clause.end;
  for (const other of matches) if (other.start >= match.end && other.start < end) end = other.start;
  const cause = CAUSE.exec(body.slice(match.end, end));
  return { start: first ? clause.start : match.start, end: cause ? match.end + cause.index : end };
}

const CAUSE = /[,;]?\s+(?:retaliating|responding|in response to|in (?:what \w+ (?:called|described as|said was) )?retaliation for|after|following|over)\b/i;

/** Words that open a cause told as an earlier happening, with a date of its own ("over" opens a subject as often: "over the past year"). */
const EARLIER_CAUSE = /[,;]?\s+(?:retaliating|responding|in response to|in (?:what \w+ (?:called|described as|said was) )?retaliation for|after|following)\b/i;

function assertQuoted(body: string, quoted: { quote: string; start: number; end: number }): void {
  if (body.slice(quoted.start, quoted.end) !== quoted.quote) throw new Error(`Quote offsets ${quoted.start}–${quoted.end} do not give the quote`);
}

/**
 * Proposes the events and measures an article reports, sentence by sentence: each trigger
 * of the lexicon that reports a happening of its own makes one proposal, with the actors its
 * clause names on either side of the trigger, the date the clause gives, and the clause quoted.
 */
export function codeArticle(input: CodingInput): CodedArticle {
  const { body, publishedAt } = input;
  if (input.language && input.language !== 'en' && input.language !== 'und') return { events: [], measures: [] };
  const actors = input.actors.filter((actor) => actor.kind !== 'MEDIA');
  // "the Iran-backed group", "US-led coalition": a name in a compound adjective qualifies another actor.
  const linked = withoutAffiliations(body, findMentions(body, actors, { exclude: input.exclude ?? [] }), actors).filter(
    (mention) =>
      !/^-(?:backed|led|allied|aligned|sponsored|funded|supported|brokered|controlled|occupied|made|designed|built|supplied)\b/i.test(body.slice(mention.end)),
  );
  const states = new Set(actors.filter((actor) => actor.kind === 'STATE').map((actor) => actor._id));
  const mentions = withDefiniteBodies(body, withSecondReferences(body, withTitledPeople(body, linked, actors), actors), states);
  const actingFor = statesActedFor(actors);
  const events: EventProposal[] = [];
  const measures: MeasureProposal[] = [];
  for (const sentence of sentencesOf(body)) {
    const sentenceText = body.slice(sentence.start, sentence.end);
    if (isHeadline(body, sentence)) continue;
    const matches = matchesIn(body, sentence);
    const kept: { match: Match; clause: Span }[] = [];
    // Rows that propose only alone come last, once the sentence's other proposals are known.
    for (const match of [...matches.filter((other) => !other.trigger.alone), ...matches.filter((other) => other.trigger.alone)]) {
      const clause = clauseAround(body, sentence, match.start);
      const quote = body.slice(clause.start, clause.end);
      const before = body.slice(clause.start, match.start);
      const triggerText = body.slice(match.start, match.end);
      if (!reportsHappening({ body, publishedAt, mentions, sentence, clause, match, matches, kept })) continue;
      kept.push({ match, clause });
      const mode = match.trigger.kind === EventKind.STATEMENT ? ProposalMode.ASSERTED : modeOf(before);
      // The clause's own words date it; a date elsewhere in the sentence mostly belongs to another clause.
      const date = dateOfTrigger(body, publishedAt, clause, match);
      const response = RESPONSE.exec(body.slice(match.end, sentence.end));
      const respondsToQuote = response ? wholeWords(response[0], body.charAt(match.end + response.index + response[0].length)).trim() : null;
      const saidSides = sidesOf(body, mentions, clause, sentence, match);
      // "“… would be a serious threat …,” the minister said": a warning that is not a verb of saying is its speaker's.
      const speaker =
        match.trigger.kind === MeasureKindValue.WARNING && !SAYS_ITSELF.test(triggerText) ? speakerOf(body, mentions, sentence, match.start) : null;
      const sides = speaker
        ? { subject: speaker, before: [speaker], after: unique([...saidSides.before, ...saidSides.after]).filter((id) => id !== speaker) }
        : saidSides;
      const named = sides.before.length + sides.after.length;
      // Sure words, a known actor acting, and a happening the text says did happen make a confident proposal.
      const actorWeight = named === 0 ? 0.6 : sides.subject ? 1 : 0.8;
      const modeWeight = mode === ProposalMode.ASSERTED ? 1 : mode === ProposalMode.FUTURE ? 0.9 : 0.7;
      const confidence = Math.round(match.trigger.strength * actorWeight * modeWeight * 100) / 100;
      const focus = focusOf(
        body,
        matches,
        kept.map((other) => other.match),
        clause,
        match,
      );
      const common = {
        quote,
        start: clause.start,
        end: clause.end,
        plover: match.trigger.plover,
        act: match.trigger.act ?? null,
        mode,
        date,
        respondsToQuote,
        confidence,
        focus,
      };
      assertQuoted(body, common);
      if (match.trigger.family === 'measure') {
        // A measure nobody known takes or suffers ("experts have warned") is not one Dossier can record.
        if (!sides.subject && sides.after.length === 0) continue;
        const issuers = issuersOf(sides.subject, actingFor);
        const legal = LEGAL_BASIS.exec(sentenceText);
        const scope = SCOPE.exec(quote);
        measures.push({
          ...common,
          kind: match.trigger.kind,
          // A warning is a threat whatever its verb's tense.
          status: match.trigger.kind === MeasureKindValue.WARNING ? MeasureStatus.THREATENED : statusOf(before, triggerText, match.trigger.status),
          issuers,
          targets: sides.after.filter((id) => !issuers.includes(id)),
          legalBasis: legal ? [legal[1]!.replace(/^(?:the|its|an?)\s+/i, '').trim()] : [],
          details: scope ? scope[0] : null,
        });
        continue;
      }
      const place = match.trigger.kind === EventKind.VISIT || match.trigger.kind === EventKind.MEETING ? PLACE.exec(body.slice(match.start, clause.end)) : null;
      const location = place ? place[1]! : null;
      const host = location
        ? actors.find((actor) => [actor.name, ...actor.aliases, ...(actor.metonyms ?? [])].includes(location.replace(/^the\s+/i, '')))
        : undefined;
      // "met to discuss India's moves", "talks on Ukraine": what a joint event is about takes no part in it.
      // ("Committee on Security" is a name, not a topic.) Nor do those named after the noun phrase ends
      // ("a meeting of Pakistan's committee, chaired by Sharif, a day after India …").
      const topic =
        /(?<!\p{Lu}[\p{L}.-]*)\s(?:to|over|about|on|regarding|after|following|amid)\s|\s(?:to|over|about|on|regarding|after|following|amid)\s(?!\p{Lu})|,\s+(?!(?:chaired|co-chaired|led|hosted|attended|including|and)\b)\p{Ll}/u.exec(
          body.slice(match.end, clause.end),
        );
      const partyEnd = topic ? match.end + topic.index : clause.end;
      const parties = sides.after.filter((actorId) =>
        mentions.some((mention) => mention.actorId === actorId && mention.start >= match.end && mention.end <= partyEnd),
      );
      const participants: ProposedParticipant[] =
        match.trigger.roles === 'JOINT'
          ? // "a summit between Kim and Putin", "a meeting of the Security Council": the parties follow the noun.
            unique([...(/\b(?:between|of)$/i.test(triggerText) ? [] : sides.before), ...parties]).map((actorId) => ({
              actorId,
              role: ParticipantRole.PARTICIPANT,
            }))
          : [
              ...(sides.subject ? [{ actorId: sides.subject, role: ParticipantRole.INITIATOR }] : []),
              ...sides.after.map((actorId) => ({ actorId, role: ParticipantRole.TARGET })),
            ];
      // "an emergency meeting at Israel's request": who asked for it initiated it.
      const requester = mentions.find(
        (mention) =>
          mention.start >= match.end &&
          mention.end <= clause.end &&
          (/^['’]s\s+request\b/i.test(body.slice(mention.end)) || /\bat\s+the\s+request\s+of\s+(?:the\s+)?$/i.test(body.slice(match.end, mention.start))),
      );
      const requested = requester
        ? [{ actorId: requester.actorId, role: ParticipantRole.INITIATOR }, ...participants.filter((participant) => participant.actorId !== requester.actorId)]
        : participants;
      const withHost = host
        ? [...requested.filter((participant) => participant.actorId !== host._id), { actorId: host._id, role: ParticipantRole.HOST }]
        : requested;
      events.push({ ...common, kind: match.trigger.kind, actors: withStates(withHost, actingFor), location });
    }
  }
  return { events, measures };
}
