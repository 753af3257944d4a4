import { datesIn, type NumericOrder, type WrittenDay } from './date-reading';

/**
 * "MANILA, March 25 (Reuters) -", "SEOUL, Oct. 12 (Yonhap) --", "Brussels (AFP) –",
 * "NEW DELHI:", "ROME, April 14, 2024 /ReleaseLink/ --": a place (in capitals, or followed by
 * a date or a credit), then the dash or colon that opens the story.
 */
const DATELINE =
  /^(?<place>[\p{Lu}][\p{L}.'’-]*(?:[ ,/]+[\p{Lu}][\p{L}.'’-]*){0,3})(?:,\s*(?<date>[^()–—:/]{3,30}?))?\s*(?:\((?<credit>[^)]{2,40})\))?\s*(?:\/[^/]{2,40}\/\s*)?(?:[-–—]{1,2}|:)\s/u;

export interface Dateline {
  /** Where the place stands in the body (paragraphs joined by blank lines): a place, not a mention of an actor. */
  readonly place: { readonly start: number; readonly end: number };
  /** The day it gives, often without a year. */
  readonly day: WrittenDay | null;
}

function datelineIn(paragraph: string, language: string, order: NumericOrder): { end: number; day: WrittenDay | null } | null {
  const match = DATELINE.exec(paragraph);
  if (!match?.groups) return null;
  const { place, date, credit } = match.groups;
  const capitals = place === place!.toUpperCase() && /\p{Lu}{3}/u.test(place!);
  if (!capitals && !date && !credit) return null;
  const day = date ? (datesIn(date, language, order)[0]?.day ?? null) : null;
  if (date && !day) return null;
  return { end: place!.length, day };
}

/** The dateline opening the story: in its first paragraph, or after a standfirst or two. */
export function datelineOf(paragraphs: readonly string[], language = 'en', order: NumericOrder = 'DAY_FIRST'): Dateline | null {
  let offset = 0;
  for (const paragraph of paragraphs.slice(0, 3)) {
    const found = datelineIn(paragraph, language, order);
    if (found) return { place: { start: offset, end: offset + found.end }, day: found.day };
    offset += paragraph.length + 2;
  }
  return null;
}
