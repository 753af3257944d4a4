import * as chrono from 'chrono-node';

/** A calendar day as written: the year is null when the text leaves it out ("Oct. 12"). */
export interface WrittenDay {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

export interface DateMention {
  readonly day: WrittenDay;
  /** The words read as the date. */
  readonly text: string;
  readonly index: number;
}

/** Whether `04/07/2024` is the 4th of July (day first, most of the world) or April 7 (month first). */
export type NumericOrder = 'DAY_FIRST' | 'MONTH_FIRST';

const PARSERS: Record<string, chrono.Chrono> = {
  de: chrono.de.casual,
  es: chrono.es.casual,
  fr: chrono.fr.casual,
  it: chrono.it.casual,
  ja: chrono.ja.casual,
  nl: chrono.nl.casual,
  pt: chrono.pt.casual,
  ru: chrono.ru.casual,
  sv: chrono.sv.casual,
  uk: chrono.uk.casual,
  zh: chrono.zh.casual,
};

/** "2 hours ago", "yesterday": dates relative to a moment the page does not give. */
const RELATIVE = /\b(ago|today|yesterday|tomorrow|tonight|now|last|next|this)\b/i;

/** Far enough back that chrono never resolves a year-less date against today. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** "04/07/2024": the two numbers before the year, whichever order the page uses. */
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/;

function parse(text: string, language: string): chrono.ParsedResult[] {
  const own = PARSERS[language]?.parse(text, REFERENCE) ?? [];
  // Languages without a parser of their own still write ISO and numeric dates the English parser reads.
  return own.length > 0 ? own : chrono.en.casual.parse(text, REFERENCE);
}

/** The day a result gives, with "04/07/2024" read in the page's order (chrono reads it month first). */
function dayOf(result: chrono.ParsedResult, order: NumericOrder): WrittenDay {
  const start = result.start;
  const year = start.isCertain('year') ? start.get('year')! : null;
  const numeric = NUMERIC.exec(result.text);
  if (numeric && order === 'DAY_FIRST' && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12) {
    return { year, month: Number(numeric[2]), day: Number(numeric[1]) };
  }
  return { year, month: start.get('month')!, day: start.get('day')! };
}

/** Every calendar day the text writes out with at least a month and a day ("March 25, 2024", "Oct. 12", "24/04/2025"). */
export function datesIn(text: string, language = 'en', order: NumericOrder = 'DAY_FIRST'): DateMention[] {
  if (!/\d/.test(text)) return [];
  return parse(text, language).flatMap((result) => {
    const start = result.start;
    // Relative phrases ("a day after", "2 hours ago") name no calendar day; calendar days are written with digits.
    if (RELATIVE.test(result.text) || !/\d/.test(result.text)) return [];
    if (!start.isCertain('day') || !start.isCertain('month')) return [];
    const day = dayOf(result, order);
    if (day.year !== null && (day.year < 1900 || day.year > 2200)) return [];
    return [{ day, text: result.text, index: result.index }];
  });
}

/** Words that label a date line ("Published", "Updated", "입력") or fill it ("on", "at", "min read"), in the languages pages come in. */
const DATE_LINE_WORDS = new Set(
  [
    'published',
    'publish',
    'publication',
    'posted',
    'updated',
    'update',
    'modified',
    'last',
    'first',
    'aired',
    'broadcast',
    'date',
    'created',
    'on',
    'at',
    'and',
    'ago',
    'hours',
    'hour',
    'minutes',
    'min',
    'mins',
    'read',
    'reading',
    'time',
    'am',
    'pm',
    'a.m',
    'p.m',
    'le',
    'à',
    'publié',
    'modifié',
    'mis',
    'jour',
    'publicado',
    'actualizado',
    'el',
    'veröffentlicht',
    'aktualisiert',
    'stand',
    'um',
    'pubblicato',
    'aggiornato',
    'il',
    '입력',
    '수정',
    '업데이트',
    '기사입력',
    '최종수정',
    '更新',
    '公開',
    '发布',
    '時間',
    'monday',
    'tuesday',
    'wednesday',
    'thursday',
    'friday',
    'saturday',
    'sunday',
    'mon',
    'tue',
    'tues',
    'wed',
    'thu',
    'thur',
    'thurs',
    'fri',
    'sat',
    'sun',
    'utc',
    'gmt',
    'bst',
    'cet',
    'cest',
    'eet',
    'eest',
    'wet',
    'ist',
    'pkt',
    'jst',
    'kst',
    'hkt',
    'sgt',
    'pht',
    'wib',
    'ict',
    'aest',
    'aedt',
    'awst',
    'nzst',
    'nzdt',
    'msk',
    'gst',
    'ast',
    'est',
    'edt',
    'cst',
    'cdt',
    'mst',
    'mdt',
    'pst',
    'pdt',
    'et',
    'pt',
    'ct',
    'mt',
  ].map((word) => word.normalize('NFC')),
);

export interface DateLine {
  /** The first day the line gives, or null for a time alone ("10.15 BST"). */
  readonly day: WrittenDay | null;
  /** The line labels its date as an update or a modification, not the publication. */
  readonly updated: boolean;
  /** The line gives a time of day: a timestamp, not a calendar widget. */
  readonly hasTime: boolean;
}

const UPDATED_LABEL = /\b(updated?|modified|last update|mis à jour|modifié|actualizado|aktualisiert|aggiornato)\b|수정|更新/i;
const TIME_ALONE = /^\d{1,2}[:.h]\d{2}(\s*(am|pm|a\.m\.|p\.m\.))?(\s+[A-Z]{2,5})?$/i;

/**
 * The date a line is made of, when it is a date line: a timestamp, "Published: 8:15pm, 24
 * Aug, 2023", "Updated 7 March 2024 19:02 CET", "입력 2024.04.14 15:32", a stored copy's
 * "World 2024-09-03 14:22:10 3318". Null when the line says more than a date (at most two
 * other words: a section name, a label).
 */
export function readDateLine(line: string, language = 'en', order: NumericOrder = 'DAY_FIRST'): DateLine | null {
  if (!/\d/.test(line) || line.length > 160) return null;
  // A calendar widget gives the day in two calendars: "Saturday, September 23, 2023 | Rabi' al-awwal 7, 1445 H".
  const segments = line.split(/\s+\|\s+/);
  if (segments.length > 1 && segments.every((segment) => /\d/.test(segment))) {
    const first = readDateLine(segments[0]!, language, order);
    if (first?.day) return first;
  }
  if (TIME_ALONE.test(line)) return { day: null, updated: false, hasTime: true };
  const results = parse(line, language);
  if (results.length === 0) return null;
  let rest = line;
  for (const result of [...results].sort((a, b) => b.index - a.index)) rest = `${rest.slice(0, result.index)} ${rest.slice(result.index + result.text.length)}`;
  const words = rest
    .toLowerCase()
    .split(/[\s|•·,:;()[\]\-–—/]+/)
    .map((word) => word.replace(/\.$/, ''))
    .filter((word) => word && /\p{L}/u.test(word) && !DATE_LINE_WORDS.has(word.normalize('NFC')));
  if (words.length > 2) return null;
  const dated = results.find(
    (result) => !RELATIVE.test(result.text) && /\d/.test(result.text) && result.start.isCertain('day') && result.start.isCertain('month'),
  );
  const hasTime = results.some((result) => result.start.isCertain('hour') || RELATIVE.test(result.text));
  if (!dated && !hasTime) return null;
  const day = dated ? dayOf(dated, order) : null;
  const before = dated ? line.slice(0, dated.index) : line;
  return { day, updated: UPDATED_LABEL.test(before), hasTime };
}

/** An ISO 8601 date or date-time as publishers declare it; the day as written, whatever the time zone. */
export function readIsoDay(value: string): WrittenDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) {
    const [mention] = datesIn(value);
    return mention?.day.year != null ? mention.day : null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year, month, day } : null;
}
