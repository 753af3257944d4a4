import { findMentions, type NamedActor } from '../actors/mention-finder';
import { dayRangeOf, formatPartialDate, type PartialDateValue } from '../dates/partial-date';
import type { DatedEvent } from '../events/event.document';
import { DateSource } from '../articles/article.document';

export interface PublicationDate {
  readonly publishedAt: PartialDateValue | null;
  readonly source: DateSource;
  readonly note: string;
  /** The date the page header shows, when there is one. */
  readonly pageHeaderDate: PartialDateValue | null;
  /** The header date cannot be the publication date: the text says otherwise. */
  readonly headerContradicted: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH_DAY =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/g;
const FUTURE = /\b(will|expected to|is to|are to|scheduled to|plans? to|set to|is due to)\b/i;
/** A sentence ends at . ! ? before a capital, except after abbreviations ("Sept. 15", "U.S. official"). */
const SENTENCE_BREAK = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Dr|St|No|U\.S|U\.N|N|S))(?<=[.!?])\s+(?=[A-Z“"])/;
const PAST_WEEKDAY = /\b(?:on|said|announced|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const toDate = (day: Day): Date => new Date(Date.UTC(day.year, day.month - 1, day.day));
const fromDate = (date: Date): Day => ({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
const iso = (day: Day): string => formatPartialDate(day);

/** The date in a header line: `2023-12-05 02:59:48` or `Saturday, September 23, 2023`. */
function headerDate(headerLines: readonly string[]): Day | undefined {
  for (const line of headerLines) {
    const stamp = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
    if (stamp) return { year: Number(stamp[1]), month: Number(stamp[2]), day: Number(stamp[3]) };
    MONTH_DAY.lastIndex = 0;
    const written = MONTH_DAY.exec(line);
    if (written?.[3]) return { year: Number(written[3]), month: MONTHS.indexOf(written[1]!.slice(0, 3).toLowerCase()) + 1, day: Number(written[2]) };
  }
  return undefined;
}

/** The year the text is about: the most frequent plausible year it names. */
function textYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const match of text.matchAll(/\b(19[5-9]\d|20\d\d)\b/g)) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/**
 * When the text names no year, a "Sept. 13" that is the day of a recorded event (the
 * summit of 13 September 2023) tells the year; the latest such event wins.
 */
function yearOfKnownDay(text: string, knownDays: readonly PartialDateValue[]): number | undefined {
  const years: number[] = [];
  for (const match of text.matchAll(MONTH_DAY)) {
    const month = MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1;
    for (const known of knownDays) if (known.month === month && known.day === Number(match[2])) years.push(known.year);
  }
  return years.sort((a, b) => b - a)[0];
}

/**
 * Works out when an article was published. Dates the text reports as past ("reported on
 * Sept. 15") bound it from below, dates it announces ("is expected to speak on Sept. 20")
 * from above. A header date outside those bounds is not the publication date (often the
 * scrape date): the text wins and the article is flagged.
 */
export function datePublication(paragraphs: readonly string[], headerLines: readonly string[], known: KnownDating = {}): PublicationDate {
  const header = headerDate(headerLines);
  const text = paragraphs.join('\n');
  const knownDays = (known.events ?? []).map((event) => event.date).filter((date) => date.day != null);
  const year = textYear(text) ?? header?.year ?? yearOfKnownDay(text, knownDays);
  const past: Day[] = [];
  const future: Day[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    for (const match of sentence.matchAll(MONTH_DAY)) {
      const dayYear = match[3] ? Number(match[3]) : year;
      if (dayYear === undefined) continue;
      const day = { year: dayYear, month: MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1, day: Number(match[2]) };
      if (day.day < 1 || day.day > 31) continue;
      (FUTURE.test(sentence.slice(0, match.index)) ? future : past).push(day);
    }
  }
  const latestPast = past.sort((a, b) => toDate(b).getTime() - toDate(a).getTime())[0];
  const earliestFuture = future.sort((a, b) => toDate(a).getTime() - toDate(b).getTime())[0];
  const before = earliestFuture ? addDays(earliestFuture, -1) : undefined;
  const relative = relativeBounds(text, known.events ?? []);
  const lower = latest([latestPast, ...relative.map((bound) => bound.from)]);
  const upper = earliest([before, ...relative.map((bound) => bound.to)]);
  const fits = (day: Day) => (!lower || toDate(day) >= toDate(lower)) && (!upper || toDate(day) <= toDate(upper));
  const reasons = [
    ...(latestPast ? [`the latest date the text reports is ${iso(latestPast)}`] : []),
    ...(earliestFuture ? [`the text still expects ${iso(earliestFuture)}`] : []),
    ...relative.map((bound) => bound.why),
  ].join(', ');

  const pageHeaderDate = header ?? null;
  if (header && fits(header)) {
    return {
      publishedAt: header,
      source: DateSource.PAGE_HEADER,
      note: `The page header date ${iso(header)} agrees with the dates in the text.`,
      pageHeaderDate,
      headerContradicted: false,
    };
  }
  const contradicted = Boolean(header);
  const because = `${header ? `The header date ${iso(header)} cannot be the publication date: ` : ''}${reasons}`;
  if (latestPast && fits(latestPast)) {
    return { publishedAt: latestPast, source: DateSource.TEXT, note: `${because}.`, pageHeaderDate, headerContradicted: contradicted };
  }
  const weekday = [...text.matchAll(PAST_WEEKDAY)].map((match) => WEEKDAYS.indexOf(match[1]!.toLowerCase()))[0];
  if (upper && earliestFuture && weekday !== undefined) {
    // "summoned … on Tuesday" before an announced date: the latest such weekday before it.
    const day = toDate(upper);
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - weekday + 7) % 7));
    const resolved = fromDate(day);
    if (fits(resolved)) {
      const name = WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase());
      return {
        publishedAt: resolved,
        source: DateSource.INFERRED,
        note: `${because}, and the ${name} it reports before that is ${iso(resolved)}.`,
        pageHeaderDate,
        headerContradicted: contradicted,
      };
    }
  }
  if (lower && upper && lower.year === upper.year && lower.month === upper.month) {
    return {
      publishedAt: { year: lower.year, month: lower.month },
      source: DateSource.INFERRED,
      note: `${because}.`,
      pageHeaderDate,
      headerContradicted: contradicted,
    };
  }
  if (upper) {
    return {
      publishedAt: { year: upper.year, month: upper.month },
      source: DateSource.INFERRED,
      note: `${because}.`,
      pageHeaderDate,
      headerContradicted: contradicted,
    };
  }
  return { publishedAt: null, source: DateSource.UNKNOWN, note: 'Neither the page nor the text gives a date.', pageHeaderDate, headerContradicted: false };
}

/** What the database knows that helps date an article: recorded events and their participants. */
export interface KnownDating {
  readonly events?: readonly KnownEvent[];
}

export interface KnownEvent {
  readonly date: PartialDateValue;
  /** An `EventKind`: the sentence must use a word for it ("summit" for a MEETING). */
  readonly kind: string;
  readonly participants: readonly NamedActor[];
}

/** Each date recorded for an event (its date and every claim), with its participants as named actors. */
export function knownEventsOf(events: readonly DatedEvent[], actors: readonly NamedActor[]): KnownEvent[] {
  const byId = new Map(actors.map((actor) => [actor._id, actor]));
  const participantsOf = (event: DatedEvent) => event.participants.flatMap((participant) => byId.get(participant.actorId) ?? []);
  return events.flatMap((event) =>
    [event.date, ...event.dateClaims.map((claim) => claim.date)].flatMap((date) =>
      date ? [{ date, kind: event.kind, participants: participantsOf(event) }] : [],
    ),
  );
}

/** Words a sentence uses for an event of each kind. */
const KIND_WORDS: Record<string, RegExp> = {
  MEETING: /\b(summit|meeting|met|talks)\b/i,
  VISIT: /\b(visit(ed|s)?|trip|travel(l?ed)?)\b/i,
  ARMS_TRANSFER: /\b(deliver(ed|y|ies)?|shipments?|transfers?|supplied|sent)\b/i,
  MILITARY_EXERCISE: /\b(exercises?|drills?)\b/i,
  MILITARY_ACTION: /\b(attacks?|strikes?|launch(ed)?)\b/i,
  STATEMENT: /\b(statement|declar(ed|ation)|announce(d|ment)|disclos(ed|ure))\b/i,
  PROPOSAL: /\b(offer(ed)?|propos(ed|al))\b/i,
};

interface Bound {
  readonly from: Day;
  readonly to: Day;
  readonly why: string;
}

const RELATIVE: { pattern: RegExp; bound: (event: { start: Day; end: Day }) => { from: Day; to: Day }; words: string }[] = [
  { pattern: /\blast month\b/i, words: 'last month', bound: ({ start }) => monthAfter(start) },
  { pattern: /\blast week(?:'s|’s)?\b/i, words: 'last week', bound: ({ start, end }) => ({ from: addDays(start, 1), to: addDays(end, 13) }) },
  { pattern: /\bearlier this week\b/i, words: 'earlier this week', bound: ({ start, end }) => ({ from: addDays(start, 1), to: addDays(end, 6) }) },
  { pattern: /\bearlier this month\b/i, words: 'earlier this month', bound: ({ start, end }) => ({ from: addDays(start, 1), to: lastOfMonth(end) }) },
  { pattern: /\byesterday\b/i, words: 'yesterday', bound: ({ start, end }) => ({ from: addDays(start, 1), to: addDays(end, 1) }) },
];

/**
 * "a summit between Kim Jong-un and Vladimir Putin last month": a sentence with a relative
 * time word that names the participants of a recorded event (two or more of them) dates
 * the article from that event.
 */
function relativeBounds(text: string, events: readonly KnownEvent[]): Bound[] {
  const dated = events.filter((event) => event.date.month != null && event.participants.length >= 2);
  if (dated.length === 0) return [];
  const actors = [...new Map(dated.flatMap((event) => event.participants).map((actor) => [actor._id, actor])).values()];
  const bounds: Bound[] = [];
  for (const sentence of text.split(SENTENCE_BREAK)) {
    const rule = RELATIVE.find((candidate) => candidate.pattern.test(sentence));
    if (!rule) continue;
    const named = new Set(findMentions(sentence, actors).map((mention) => mention.actorId));
    const [best, ...others] = dated
      .filter((event) => KIND_WORDS[event.kind]?.test(sentence))
      .map((event) => ({ event, shared: event.participants.filter((actor) => named.has(actor._id)).length }))
      .filter((candidate) => candidate.shared >= 2)
      .sort((a, b) => b.shared - a.shared);
    if (!best) continue;
    // Events of other dates fitting the sentence as well: it is not clear which one it means.
    const date = formatPartialDate(best.event.date);
    if (others.some((other) => other.shared === best.shared && formatPartialDate(other.event.date) !== date)) continue;
    const range = dayRangeOf(best.event.date);
    const span = { start: parseDay(range.start), end: parseDay(range.end) };
    bounds.push({ ...rule.bound(span), why: `the text calls an event of ${formatPartialDate(best.event.date)} "${rule.words}"` });
  }
  return bounds;
}

const parseDay = (text: string): Day => {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};
const addDays = (day: Day, days: number): Day => fromDate(new Date(toDate(day).getTime() + days * 86_400_000));
const lastOfMonth = (day: Day): Day => fromDate(new Date(Date.UTC(day.year, day.month, 0)));
function monthAfter(day: Day): { from: Day; to: Day } {
  const first = fromDate(new Date(Date.UTC(day.year, day.month, 1)));
  return { from: first, to: lastOfMonth(first) };
}
const latest = (days: (Day | undefined)[]): Day | undefined =>
  days.filter((day): day is Day => Boolean(day)).sort((a, b) => toDate(b).getTime() - toDate(a).getTime())[0];
const earliest = (days: (Day | undefined)[]): Day | undefined =>
  days.filter((day): day is Day => Boolean(day)).sort((a, b) => toDate(a).getTime() - toDate(b).getTime())[0];
