import { formatPartialDate, type PartialDateValue } from '../../dates/partial-date';
import { DateSource } from '../article.document';

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
const MONTH_DAY = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/g;
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
export function datePublication(paragraphs: readonly string[], headerLines: readonly string[], knownDays: readonly PartialDateValue[] = []): PublicationDate {
  const header = headerDate(headerLines);
  const text = paragraphs.join('\n');
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
  const before = earliestFuture ? fromDate(new Date(toDate(earliestFuture).getTime() - 86_400_000)) : undefined;

  const pageHeaderDate = header ?? null;
  const fits = (day: Day) =>
    (!latestPast || toDate(day) >= toDate(latestPast)) && (!before || toDate(day) <= toDate(before));
  if (header && fits(header)) {
    return { publishedAt: header, source: DateSource.PAGE_HEADER, note: `The page header date ${iso(header)} agrees with the dates in the text.`, pageHeaderDate, headerContradicted: false };
  }
  const contradiction = header ? `The header date ${iso(header)} cannot be the publication date: ` : '';
  if (latestPast) {
    return {
      publishedAt: latestPast,
      source: DateSource.TEXT,
      note: `${contradiction}the latest date the text reports is ${iso(latestPast)}${before ? ` and it still expects ${iso(earliestFuture!)}` : ''}.`,
      pageHeaderDate,
      headerContradicted: Boolean(header),
    };
  }
  if (before) {
    // "summoned … on Tuesday" before an announced date: the latest such weekday before it.
    const weekday = [...text.matchAll(PAST_WEEKDAY)].map((match) => WEEKDAYS.indexOf(match[1]!.toLowerCase()))[0];
    if (weekday !== undefined) {
      const day = toDate(before);
      day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() - weekday + 7) % 7));
      const resolved = fromDate(day);
      return {
        publishedAt: resolved,
        source: DateSource.INFERRED,
        note: `${contradiction}the text still expects ${iso(earliestFuture!)}, and the ${WEEKDAYS[weekday]!.replace(/^./, (letter) => letter.toUpperCase())} it reports before that is ${iso(resolved)}.`,
        pageHeaderDate,
        headerContradicted: Boolean(header),
      };
    }
    return {
      publishedAt: { year: before.year, month: before.month },
      source: DateSource.INFERRED,
      note: `${contradiction}the text still expects ${iso(earliestFuture!)}.`,
      pageHeaderDate,
      headerContradicted: Boolean(header),
    };
  }
  return { publishedAt: null, source: DateSource.UNKNOWN, note: 'Neither the page nor the text gives a date.', pageHeaderDate, headerContradicted: false };
}
