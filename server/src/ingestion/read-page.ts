import { findCandidateNames } from '../actors/candidate-names';
import { findMentions, type MentionValue } from '../actors/mention-finder';
import type { DateSource } from '../articles/article.document';
import type { PartialDateValue } from '../dates/partial-date';
import { datesIn, readDateLine, type NumericOrder } from './date-reading';
import { datelineOf } from './dateline';
import { type DeclaredMetadata, readHtml } from './html-page';
import type { IngestionKnowledge } from './knowledge';
import { detectLanguage } from './language';
import { findAgency, findOutlet, type OutletSource } from './outlet';
import { type LaidOutLine, layOutPage } from './page-layout';
import { linesOfText, type PageLine } from './page-lines';
import { datePublication } from './publication-date';

/** A page as received: its HTML or its text, and where and when it was read. */
export interface PageInput {
  readonly html?: string | null;
  readonly text?: string | null;
  readonly url?: string | null;
  readonly fetchedAt?: Date | null;
}

/** Everything read off one page. */
export interface PageReading {
  readonly format: 'HTML' | 'TEXT';
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  /** Every line of the page with what it was taken for and why. */
  readonly lines: readonly LaidOutLine[];
  readonly authors: readonly string[];
  /** ISO 639-1 code, or `und`. */
  readonly language: string;
  readonly publishedAt: PartialDateValue | null;
  readonly dateSource: DateSource;
  readonly dateNote: string;
  readonly pageHeaderDate: PartialDateValue | null;
  readonly headerDateContradicted: boolean;
  readonly dateSourcesConflict: boolean;
  readonly outlet: string | null;
  readonly outletSource: OutletSource | null;
  readonly agency: string | null;
  /** The dateline opening the text ("MANILA, March 25 (Reuters) -"): its place names no actor. */
  readonly dateline: { readonly start: number; readonly end: number } | null;
  readonly mentions: readonly MentionValue[];
  readonly candidateNames: readonly string[];
}

/** Day-first or month-first numeric dates: what the page's own unambiguous dates use, else its locale. */
function numericOrderOf(lines: readonly PageLine[], declared: DeclaredMetadata | null): NumericOrder {
  for (const line of lines) {
    for (const match of line.text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)) {
      if (Number(match[1]) > 12) return 'DAY_FIRST';
      if (Number(match[2]) > 12) return 'MONTH_FIRST';
    }
  }
  return /^en-us$/i.test(declared?.language ?? '') ? 'MONTH_FIRST' : 'DAY_FIRST';
}

/**
 * Reads a page: from HTML, what the publisher declares and the page's lines as the markup
 * and the content extractor mark them; from text, the lines alone. Then the same steps for
 * both: headline, prose and furniture; language; publication date; outlet and agency;
 * mentions of known actors and names of unknown ones (English pages only: other languages
 * are not read with English rules).
 */
export async function readPage(input: PageInput, knowledge: IngestionKnowledge): Promise<PageReading> {
  const html = input.html ? readHtml(input.html) : null;
  const lines = html ? html.lines : linesOfText(input.text ?? '');
  const declared = html?.declared ?? null;
  const language = await detectLanguage(lines.map((line) => line.text).join('\n'), declared?.language);
  const numericOrder = numericOrderOf(lines, declared);
  const layout = layOutPage(lines, { declaredTitle: declared?.headline ?? null, declaredAuthors: declared?.authors ?? [], language, numericOrder });
  const body = layout.paragraphs.join('\n\n');
  const english = language === 'en';

  const dateline = datelineOf(layout.paragraphs, language, numericOrder);
  const titleAt = layout.lines.findIndex((line) => line.kind === 'TITLE');
  const firstProse = layout.lines.findIndex((line) => line.kind === 'PROSE');
  const dated = (line: LaidOutLine) =>
    readDateLine(line.text, language, numericOrder) ?? { day: datesIn(line.text, language, numericOrder)[0]?.day ?? null, updated: false, hasTime: false };
  const above = layout.lines.filter((line, index) => index < titleAt && line.reason === 'date stamp above the headline').map(dated);
  // Above the headline, a timestamp is the story's own date line; a day alone is a calendar widget showing the day it was read.
  const headerLines = above.filter((line) => !line.hasTime);
  const dateLines = [
    ...above.filter((line) => line.hasTime),
    ...layout.lines
      .map((line, index) => ({ line, index }))
      .filter(({ line, index }) => index > titleAt && line.kind === 'META' && /^(date line|time stamp|byline|byline or author)$/.test(line.reason))
      // Date lines under the headline come before any further down the page.
      .sort((a, b) => Number(a.index > firstProse && firstProse >= 0) - Number(b.index > firstProse && firstProse >= 0) || a.index - b.index)
      .map(({ line }) => dated(line)),
  ];
  const copyStamps = layout.lines.filter((line) => line.reason === 'stored copy stamp').flatMap((line) => (dated(line).day ? [dated(line).day!] : []));
  const dating = datePublication({
    declared: declared?.published ?? null,
    declaredModified: declared?.modified ?? null,
    dateLines,
    headerLines,
    copyStamps,
    dateline: dateline?.day ?? null,
    url: input.url ?? declared?.canonicalUrl ?? null,
    fetchedAt: input.fetchedAt ?? null,
    paragraphs: english ? layout.paragraphs : [],
    language,
    numericOrder,
    events: knowledge.events,
  });

  const agency = findAgency(layout.lines, layout.paragraphs, knowledge.actors);
  const outlet = findOutlet(input.url ?? null, declared, layout.lines, knowledge.actors, agency);
  const datelineSpan = dateline?.place ?? null;
  const mentions = english ? findMentions(body, knowledge.actors, { exclude: datelineSpan ? [datelineSpan] : [] }) : [];
  return {
    format: html ? 'HTML' : 'TEXT',
    title: layout.title,
    paragraphs: layout.paragraphs,
    lines: layout.lines,
    authors: layout.authors,
    language,
    publishedAt: dating.publishedAt,
    dateSource: dating.source,
    dateNote: dating.note,
    pageHeaderDate: dating.pageHeaderDate,
    headerDateContradicted: dating.headerContradicted,
    dateSourcesConflict: dating.sourcesConflict,
    outlet: outlet?.name ?? null,
    outletSource: outlet?.source ?? null,
    agency,
    dateline: datelineSpan,
    mentions,
    candidateNames: english ? findCandidateNames(body, mentions, knowledge.actors, datelineSpan ? [datelineSpan] : []) : [],
  };
}
