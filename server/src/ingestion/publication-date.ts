import { findMentions, type NamedActor } from '../actors/mention-finder';
import { DateSource } from '../articles/article.document';
import { dayRangeOf, formatPartialDate, type PartialDateValue } from '../dates/partial-date';
import type { DatedEvent } from '../events/event.document';
import { datesIn, readIsoDay, type NumericOrder, type WrittenDay } from './date-reading';

export interface PublicationDate {
  readonly publishedAt: PartialDateValue | null;
  readonly source: DateSource;
  readonly note: string;
  /** A date printed above the headline that is not the publication date (a copy's stamp, a calendar widget). */
  readonly pageHeaderDate: PartialDateValue | null;
  /** The page header shows a date the text rules out. */
  readonly headerContradicted: boolean;
  /** Two sources of the page (metadata, byline, dateline, address) give different days. */
  readonly sourcesConflict: boolean;
}

/** What a page offers for dating it, gathered by the page reader. */
export interface DatingEvidence {
  /** The publication time the publisher declares (ISO 8601). */
  readonly declared?: string | null;
  readonly declaredModified?: string | null;
  /** Date lines under the headline and bylines with dates, in page order. */
  readonly dateLines: readonly { readonly day: WrittenDay | null; readonly updated: boolean }[];
  /** Date lines above the headline (a calendar widget, a date printed in the masthead). */
  readonly headerLines: readonly { readonly day: WrittenDay | null }[];
  /** The days a stored copy's stamps give ("World 2024-09-03 14:22:10 3318"): when the copy was taken, never when the article appeared. */
  readonly copyStamps?: readonly WrittenDay[];
  /** The day a dateline gives ("SEOUL, Oct. 12 (Yonhap) --"), often without a year. */
  readonly dateline?: WrittenDay | null;
  readonly url?: string | null;
  /** When the copy was taken: nothing on it was published later. */
  readonly fetchedAt?: Date | null;
  readonly paragraphs: readonly string[];
  readonly language: string;
  readonly numericOrder: NumericOrder;
  readonly events?: readonly KnownEvent[];
}

/** What the database knows that helps date an article: recorded events and their participants. */
export interface KnownEvent {
  readonly date: PartialDateValue;
  /** An `EventKind`: the sentence must use a word for it ("summit" for a MEETING). */
  readonly kind: string;
  readonly participants: readonly NamedActor[];
}

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const toTime = (day: Day): number => Date.UTC(day.year, day.month - 1, day.day);
const fromTime = (time: number): Day => {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};
const addDays = (day: Day, days: number): Day => fromTime(toTime(day) + days * 86_400_000);
const iso = (day: PartialDateValue): string => formatPartialDate(day);
const exists = (day: Day): boolean => {
  const back = fromTime(toTime(day));
  return back.year === day.year && back.month === day.month && back.day === day.day;
};

/** A day in the URL's path: `/2024/03/25/`, `/20240325-`, `-2024-03-25`; or a month: `/2024/03/`. */
export function dayInUrl(url: string | null | undefined): PartialDateValue | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const full = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(path);
  if (full) {
    const day = { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
    if (exists(day)) return day;
  }
  const month = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  return month ? { year: Number(month[1]), month: Number(month[2]) } : null;
}

/** The year that puts a year-less day nearest a reference day ("Dec. 30" read on Jan. 2 is last year's). */
function yearNearest(day: WrittenDay, reference: Day): number {
  const gap = (year: number) => Math.abs(toTime({ year, month: day.month, day: day.day }) - toTime(reference));
  return [reference.year - 1, reference.year + 1].reduce((best, year) => (gap(year) < gap(best) ? year : best), reference.year);
}

const FUTURE = /\b(will|expected to|is to|are to|scheduled to|plans? to|set to|is due to|are due to|to be held)\b/i;
/** A sentence ends at . ! ? before a capital, except after abbreviations ("Sept. 15", "U.S. official"). */
const SENTENCE_BREAK = /(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Ms|Dr|St|No|U\.S|U\.N|N|S))(?<=[.!?])\s+(?=[A-Z“"])/;
const PAST_WEEKDAY = /\b(?:on|said|announced|last)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

interface Bound {
  readonly from: Day;
  readonly to: Day;
  readonly why: string;
}

/** What the prose says about when it was written: the days it reports as past, those it still expects, and relative references to known events. */
interface TextDating {
  readonly latestPast?: Day;
  readonly earliestFuture?: Day;
  readonly relative: readonly Bound[];
  readonly lower?: Day;
  readonly upper?: Day;
  readonly reasons: string;
}

function readText(paragraphs: readonly string[], yearOf: (day: WrittenDay) => number | undefined, evidence: DatingEvidence): TextDating {
  const past: Day[] = [];
  const future: Day[] = [];
  const history: Day[] = [];
  for (const sentence of paragraphs.join('\n').split(SENTENCE_BREAK)) {
    for (const mention of datesIn(sentence, evidence.language, evidence.numericOrder)) {
      // A day written without its year is in the year of publication (news style); without that year it says nothing.
      const dayYear = mention.day.year ?? yearOf(mention.day);
      if (dayYear === undefined) continue;
      const day = { year: dayYear, month: mention.day.month, day: mention.day.day };
      if (!exists(day)) continue;
      // The verb just before the day says whether it is still to come ("will attend … on Sept. 20").
      const isFuture = FUTURE.test(sentence.slice(Math.max(0, mention.index - 90), mention.index));
      // A day written with its year is in another year than the publication's (news style): it bounds, it does not date.
      if (isFuture) future.push(day);
      else if (mention.day.year === null) past.push(day);
      else history.push(day);
    }
  }
  const latestPast = past.sort((a, b) => toTime(b) - toTime(a))[0];
  const earliestFuture = future.sort((a, b) => toTime(a) - toTime(b))[0];
  const relative = relativeBounds(paragraphs.join('\n'), evidence.events ?? []);
  const lower = latest([latestPast, ...history, ...relative.map((bound) => bound.from)]);
  const upper = earliest([earliestFuture ? addDays(earliestFuture, -1) : undefined, ...relative.map((bound) => bound.to)]);
  const reasons = [
    ...(latestPast ? [`the latest date the text reports is ${iso(latestPast)}`] : []),
    ...(earliestFuture ? [`the text still expects ${iso(earliestFuture)}`] : []),
    ...relative.map((bound) => bound.why),
  ].join(', ');
  return { ...(latestPast && { latestPast }), ...(earliestFuture && { earliestFuture }), relative, ...(lower && { lower }), ...(upper && { upper }), reasons };
}

/**
 * When the text names no year, a "Sept. 13" that is the day of a recorded event (the
 * summit of 13 September 2023) tells the year; the latest such event wins.
 */
function yearOfKnownDay(paragraphs: readonly string[], evidence: DatingEvidence): number | undefined {
  const knownDays = (evidence.events ?? []).map((event) => event.date).filter((date) => date.day != null);
  const years: number[] = [];
  for (const mention of datesIn(paragraphs.join('\n'), evidence.language, evidence.numericOrder)) {
    if (mention.day.year !== null) continue;
    for (const known of knownDays) if (known.month === mention.day.month && known.day === mention.day.day) years.push(known.year);
  }
  return years.sort((a, b) => b - a)[0];
}

const SOURCE_NAMES: Partial<Record<DateSource, string>> = {
  [DateSource.METADATA]: 'metadata',
  [DateSource.BYLINE]: 'date line',
  [DateSource.DATELINE]: 'dateline',
  [DateSource.URL]: 'address',
};

interface Candidate {
  readonly day: PartialDateValue;
  readonly source: DateSource;
  readonly what: string;
}

const sameDay = (a: PartialDateValue, b: PartialDateValue): boolean => a.year === b.year && a.month === b.month && a.day === b.day;
const daysApart = (a: PartialDateValue, b: PartialDateValue): number =>
  a.day != null && b.day != null && a.month != null && b.month != null ? Math.abs(toTime(a as Day) - toTime(b as Day)) / 86_400_000 : Number.POSITIVE_INFINITY;
/** Whether a finer and a coarser date agree ("2024-03" and "2024-03-25"). */
const compatible = (a: PartialDateValue, b: PartialDateValue): boolean =>
  a.year === b.year && (a.month == null || b.month == null || a.month === b.month) && (a.day == null || b.day == null || a.day === b.day);

/**
 * Works out when an article was published, from the strongest evidence the page offers:
 * what the publisher declares (metadata), the date line under the headline (byline), the
 * dateline opening the text, a date in the address, and last the text itself (the latest
 * day it reports, bounded by the days it still expects) or what it says about recorded
 * events ("last month's summit"). A year the text mentions as history never becomes the
 * publication year; a day written without its year takes the year of the other evidence,
 * or of the copy's fetch date. Sources that disagree keep the strongest and are flagged.
 */
export function datePublication(evidence: DatingEvidence): PublicationDate {
  const fetched = evidence.fetchedAt
    ? fromTime(Date.UTC(evidence.fetchedAt.getUTCFullYear(), evidence.fetchedAt.getUTCMonth(), evidence.fetchedAt.getUTCDate()))
    : undefined;
  const stamp = evidence.copyStamps?.find((day) => day.year != null);
  const copyStamp = stamp ? ({ year: stamp.year, month: stamp.month, day: stamp.day } as Day) : undefined;
  const header = evidence.headerLines.find((line) => line.day?.year != null);
  const headerDay = header?.day?.year != null ? ({ year: header.day.year, month: header.day.month, day: header.day.day } as Day) : copyStamp;
  const takenBy = earliest([fetched, copyStamp]);

  const declared = evidence.declared ? readIsoDay(evidence.declared) : null;
  const fromUrl = dayInUrl(evidence.url);
  const withYear = evidence.dateLines.find((line) => line.day?.year != null && !line.updated) ?? evidence.dateLines.find((line) => line.day?.year != null);
  const referenceYear = declared?.year ?? withYear?.day?.year ?? fromUrl?.year ?? undefined;
  const knownYear = yearOfKnownDay(evidence.paragraphs, evidence);
  // A day written without its year: the year of the page's own date, else the one nearest the day the copy was taken or shown.
  const nearDay = takenBy ?? headerDay;
  const yearOf = (day: WrittenDay): number | undefined => referenceYear ?? (nearDay ? yearNearest(day, nearDay) : knownYear);
  const complete = (day: WrittenDay): Day | undefined => {
    const year = day.year ?? yearOf(day);
    const full = year === undefined ? undefined : { year, month: day.month, day: day.day };
    return full && exists(full) ? full : undefined;
  };
  const yearNote = (day: WrittenDay) =>
    day.year === null ? ` (the year from ${referenceYear !== undefined ? 'the page' : nearDay ? 'the day the copy was taken' : 'a recorded event'})` : '';

  const strong: Candidate[] = [];
  if (declared?.year != null) strong.push({ day: declared as Day, source: DateSource.METADATA, what: `the publisher declares ${evidence.declared}` });
  const published = evidence.dateLines.find((line) => line.day && !line.updated) ?? evidence.dateLines.find((line) => line.day);
  const bylineDay = published?.day ? complete(published.day) : undefined;
  if (published?.day && bylineDay) {
    strong.push({
      day: bylineDay,
      source: DateSource.BYLINE,
      what: `the date line under the headline gives ${iso(bylineDay)}${yearNote(published.day)}${published.updated ? ' (as an update)' : ''}`,
    });
  }
  const dateline = evidence.dateline;
  const datelineDay = dateline ? complete(dateline) : undefined;
  if (dateline && datelineDay)
    strong.push({ day: datelineDay, source: DateSource.DATELINE, what: `the dateline gives ${iso(datelineDay)}${yearNote(dateline)}` });
  if (fromUrl) strong.push({ day: fromUrl, source: DateSource.URL, what: `the address contains ${iso(fromUrl)}` });

  const text = readText(evidence.paragraphs, yearOf, evidence);
  const upper = earliest([text.upper, takenBy]);

  const [best, ...others] = strong;
  if (best) {
    const disagreeing = others.filter((other) => !compatible(best.day, other.day) && daysApart(best.day, other.day) > 1);
    const note = [
      `${best.what[0]!.toUpperCase()}${best.what.slice(1)}.`,
      ...(disagreeing.length > 0
        ? [`But ${disagreeing.map((other) => other.what).join('; ')}: the ${SOURCE_NAMES[best.source]} is the stronger evidence.`]
        : []),
    ].join(' ');
    return {
      publishedAt: best.day,
      source: best.source,
      note,
      pageHeaderDate: headerDay && !sameDay(headerDay, best.day) ? headerDay : null,
      headerContradicted: false,
      sourcesConflict: disagreeing.length > 0,
    };
  }

  const fits = (day: Day) => (!text.lower || toTime(day) >= toTime(text.lower)) && (!upper || toTime(day) <= toTime(upper));
  // A date above the headline (a calendar widget) dates the page only if the text allows it.
  if (headerDay && headerDay !== copyStamp && fits(headerDay)) {
    return {
      publishedAt: headerDay,
      source: DateSource.BYLINE,
      note: `The date above the headline, ${iso(headerDay)}, agrees with the dates in the text.`,
      pageHeaderDate: null,
      headerContradicted: false,
      sourcesConflict: false,
    };
  }
  const contradicted = Boolean(headerDay && headerDay !== copyStamp);
  const because = [
    ...(headerDay
      ? [headerDay === copyStamp ? `The copy was taken on ${iso(headerDay)}` : `The header date ${iso(headerDay)} cannot be the publication date`]
      : []),
    ...(text.reasons ? [text.reasons] : []),
  ].join(': ');
  const result = (publishedAt: PartialDateValue | null, source: DateSource, note: string): PublicationDate => ({
    publishedAt,
    source,
    note: note.charAt(0).toUpperCase() + note.slice(1),
    pageHeaderDate: headerDay ?? null,
    headerContradicted: contradicted,
    sourcesConflict: false,
  });
  if (text.latestPast && fits(text.latestPast)) return result(text.latestPast, DateSource.TEXT, `${because}.`);
  const weekday = [...evidence.paragraphs.join('\n').matchAll(PAST_WEEKDAY)].map((match) => WEEKDAYS.indexOf(match[1]!.toLowerCase()))[0];
  const anchor = weekdayAnchor(evidence.paragraphs, evidence.events ?? []);
  if (anchor && weekday !== undefined) {
    // "The White House announced Friday …" of a recorded Friday, then "said Saturday": the first Saturday from that Friday.
    const time = toTime(anchor.day);
    const resolved = fromTime(time + ((weekday - new Date(time).getUTCDay() + 7) % 7) * 86_400_000);
    if (fits(resolved)) {
      const name = WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase());
      return result(resolved, DateSource.INFERRED, `${because ? `${because}; ` : ''}${anchor.why}, so the ${name} the text reports is ${iso(resolved)}.`);
    }
  }
  if (upper && text.earliestFuture && weekday !== undefined) {
    // "summoned … on Tuesday" before an announced date: the latest such weekday before it.
    const time = toTime(upper);
    const resolved = fromTime(time - ((new Date(time).getUTCDay() - weekday + 7) % 7) * 86_400_000);
    if (fits(resolved)) {
      const name = WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase());
      return result(resolved, DateSource.INFERRED, `${because}, and the ${name} it reports before that is ${iso(resolved)}.`);
    }
  }
  const lower = text.lower;
  if (lower && upper && lower.year === upper.year && lower.month === upper.month) {
    return result({ year: lower.year, month: lower.month }, DateSource.INFERRED, `${because}.`);
  }
  if (text.upper) return result({ year: text.upper.year, month: text.upper.month }, DateSource.INFERRED, `${because}.`);
  // Nothing else: a page reporting recorded events is no older than the latest of them; news reports what is new.
  const reported = latestReportedEvent(evidence.paragraphs, evidence.events ?? []);
  if (reported && (!upper || toTime(parseDay(dayRangeOf(reported.date).start)) <= toTime(upper))) {
    const month = { year: reported.date.year, ...(reported.date.month != null ? { month: reported.date.month } : {}) };
    return result(
      month,
      DateSource.INFERRED,
      `${because ? `${because}; ` : ''}the latest recorded event the text reports is of ${formatPartialDate(reported.date)}: the page is no older.`,
    );
  }
  return result(null, DateSource.UNKNOWN, headerDay ? `${because}; nothing else dates the page.` : 'Neither the page nor the text gives a date.');
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

const lastOfMonth = (day: Day): Day => fromTime(Date.UTC(day.year, day.month, 0));
function monthAfter(day: Day): { from: Day; to: Day } {
  const first = fromTime(Date.UTC(day.year, day.month, 1));
  return { from: first, to: lastOfMonth(first) };
}

const RELATIVE: { pattern: RegExp; bound: (event: { start: Day; end: Day }) => { from: Day; to: Day }; words: string }[] = [
  { pattern: /\blast month\b/i, words: 'last month', bound: ({ start }) => monthAfter(start) },
  { pattern: /\blast week(?:'s|’s)?\b/i, words: 'last week', bound: ({ start, end }) => ({ from: addDays(start, 1), to: addDays(end, 13) }) },
  { pattern: /\bearlier this week\b/i, words: 'earlier this week', bound: ({ start, end }) => ({ from: addDays(start, 1), to: addDays(end, 6) }) },
  { pattern: /\bearlier this month\b/i, words: 'earlier this month', bound: ({ start, end }) => ({ from: addDays(start, 1), to: lastOfMonth(end) }) },
  { pattern: /\byesterday\b/i, words: 'yesterday', bound: ({ start, end }) => ({ from: addDays(start, 1), to: addDays(end, 1) }) },
];

const parseDay = (text: string): Day => {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year!, month: month!, day: day! };
};

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

/**
 * A recorded event the text names with the weekday it fell on ("The White House announced
 * Friday that …" of a statement recorded on a Friday): the latest such day, which fixes the
 * week the text speaks of.
 */
function weekdayAnchor(paragraphs: readonly string[], events: readonly KnownEvent[]): { day: Day; why: string } | undefined {
  const dated = events.filter((event) => event.date.day != null && !event.date.approximate && event.participants.length >= 2);
  if (dated.length === 0) return undefined;
  const actors = [...new Map(dated.flatMap((event) => event.participants).map((actor) => [actor._id, actor])).values()];
  const anchors: { day: Day; why: string }[] = [];
  for (const sentence of paragraphs.join('\n').split(SENTENCE_BREAK)) {
    const weekdays = [...sentence.matchAll(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g)].map((match) =>
      WEEKDAYS.indexOf(match[1]!.toLowerCase()),
    );
    if (weekdays.length === 0) continue;
    const named = new Set(findMentions(sentence, actors).map((mention) => mention.actorId));
    for (const event of dated) {
      const day = event.date as Day;
      if (!KIND_WORDS[event.kind]?.test(sentence) || event.participants.filter((actor) => named.has(actor._id)).length < 2) continue;
      if (!weekdays.includes(new Date(toTime(day)).getUTCDay())) continue;
      anchors.push({ day, why: `the text reports the event of ${iso(day)} on its weekday` });
    }
  }
  return anchors.sort((a, b) => toTime(b.day) - toTime(a.day))[0];
}

/** The latest recorded event a sentence of the text reports: a word for its kind and two or more of its participants. */
function latestReportedEvent(paragraphs: readonly string[], events: readonly KnownEvent[]): KnownEvent | undefined {
  const candidates = events.filter((event) => event.date.month != null && event.participants.length >= 2);
  if (candidates.length === 0) return undefined;
  const actors = [...new Map(candidates.flatMap((event) => event.participants).map((actor) => [actor._id, actor])).values()];
  const reported: KnownEvent[] = [];
  for (const sentence of paragraphs.join('\n').split(SENTENCE_BREAK)) {
    const named = new Set(findMentions(sentence, actors).map((mention) => mention.actorId));
    for (const event of candidates) {
      if (KIND_WORDS[event.kind]?.test(sentence) && event.participants.filter((actor) => named.has(actor._id)).length >= 2) reported.push(event);
    }
  }
  return reported.sort((a, b) => dayRangeOf(b.date).end.localeCompare(dayRangeOf(a.date).end))[0];
}

const latest = (days: (Day | undefined)[]): Day | undefined => days.filter((day): day is Day => Boolean(day)).sort((a, b) => toTime(b) - toTime(a))[0];
const earliest = (days: (Day | undefined)[]): Day | undefined => days.filter((day): day is Day => Boolean(day)).sort((a, b) => toTime(a) - toTime(b))[0];
