import type { Criterion } from '../db/criteria';
import { BadUserInputError } from '../errors/errors';

export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}

/** A date known to a day, a month or a year: "2023-09-13", "2023-09", "2023". */
export interface PartialDateValue {
  readonly year: number;
  readonly month?: number | null | undefined;
  readonly day?: number | null | undefined;
  /** True when the source only places it roughly ("in recent weeks", "a month-and-a-half ago"). */
  readonly approximate?: boolean | undefined;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(~)?$/;

export const precisionOf = (date: PartialDateValue): DatePrecision =>
  date.day != null ? DatePrecision.DAY : date.month != null ? DatePrecision.MONTH : DatePrecision.YEAR;

const pad = (value: number): string => String(value).padStart(2, '0');

/** ISO-like text: `2023`, `2023-09`, `2023-09-13`, with a trailing `~` when approximate. */
export function formatPartialDate(date: PartialDateValue): string {
  let text = String(date.year);
  if (date.month != null) text += `-${pad(date.month)}`;
  if (date.day != null) text += `-${pad(date.day)}`;
  return date.approximate ? `${text}~` : text;
}

/** Parses the text form; `field` names the input in the error. */
export function parsePartialDate(text: string, field: string): PartialDateValue {
  const match = PATTERN.exec(text.trim());
  if (!match) throw new BadUserInputError(field, `"${text}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a trailing ~ marks it approximate)`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1000) throw new BadUserInputError(field, `year ${year} is out of range`);
  if (month !== undefined && (month < 1 || month > 12)) throw new BadUserInputError(field, `month ${month} does not exist`);
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    throw new BadUserInputError(field, `${text} does not exist`);
  }
  return { year, ...(month === undefined ? {} : { month }), ...(day === undefined ? {} : { day }), approximate: match[4] === '~' };
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** First and last calendar day the partial date can stand for, as sortable `YYYY-MM-DD` strings. */
export function dayRangeOf(date: PartialDateValue): { start: string; end: string } {
  const startMonth = date.month ?? 1;
  const endMonth = date.month ?? 12;
  return {
    start: `${date.year}-${pad(startMonth)}-${pad(date.day ?? 1)}`,
    end: `${date.year}-${pad(endMonth)}-${pad(date.day ?? daysInMonth(date.year, endMonth))}`,
  };
}

/** The finest date all the given dates agree on ("2023-07" and "2023-08" agree on "2023"). */
export function commonPartialDate(dates: readonly PartialDateValue[]): PartialDateValue | undefined {
  const [first, ...rest] = dates;
  if (!first) return undefined;
  if (rest.some((date) => date.year !== first.year)) return undefined;
  const sameMonth = first.month != null && rest.every((date) => date.month === first.month);
  const sameDay = sameMonth && first.day != null && rest.every((date) => date.day === first.day);
  return {
    year: first.year,
    ...(sameMonth ? { month: first.month } : {}),
    ...(sameDay ? { day: first.day } : {}),
    approximate: dates.some((date) => date.approximate),
  };
}

export interface DateRangeFilter {
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
}

/**
 * A range filter as a criterion: a stored record spans [dateStart, dateEnd] and matches
 * when the spans overlap. Bounds are partial dates too: `to: "2023-09"` runs to the end
 * of September.
 */
export function dateRangeCriterion(range: DateRangeFilter | null | undefined, field: string): Criterion[] {
  if (!range || (!range.from && !range.to)) return [];
  const from = range.from ? dayRangeOf(parsePartialDate(range.from, `${field}.from`)).start : undefined;
  const to = range.to ? dayRangeOf(parsePartialDate(range.to, `${field}.to`)).end : undefined;
  if (from && to && to < from) throw new BadUserInputError(field, `the range ends (${range.to}) before it starts (${range.from})`);
  return [{ kind: 'overlaps', from, to }];
}

/** The day span covering every given date, as stored in `dateStart`/`dateEnd` ('' when undated). */
export function spanOf(dates: readonly (PartialDateValue | null | undefined)[]): { dateStart: string; dateEnd: string } {
  const ranges = dates.filter((date): date is PartialDateValue => Boolean(date)).map(dayRangeOf);
  if (ranges.length === 0) return { dateStart: '', dateEnd: '' };
  return {
    dateStart: ranges.map((range) => range.start).sort()[0]!,
    dateEnd: ranges
      .map((range) => range.end)
      .sort()
      .at(-1)!,
  };
}
