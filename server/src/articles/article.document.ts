import { MentionKind, type MentionValue } from '../actors/mention-finder';
import { spanOf, type PartialDateValue } from '../dates/partial-date';
import { searchTermsOf } from '../db/search-terms';
import { sortKeyOf } from '../pagination/sort-key';
import { retractableFields, type Retractable } from '../review/retraction';

export enum DateSource {
  /** Declared by the publisher: JSON-LD, `article:published_time`, `<time>`. */
  METADATA = 'METADATA',
  /** The date line under the headline or in the byline. */
  BYLINE = 'BYLINE',
  /** The dateline opening the text ("SEOUL, Oct. 12 (Yonhap) --"). */
  DATELINE = 'DATELINE',
  /** A date in the page's address. */
  URL = 'URL',
  /** Recorded before the sources were told apart: a date printed at the top of the page. */
  PAGE_HEADER = 'PAGE_HEADER',
  TEXT = 'TEXT',
  INFERRED = 'INFERRED',
  /** Given by the editor who ingested the article. */
  PROVIDED = 'PROVIDED',
  UNKNOWN = 'UNKNOWN',
}

export enum ArticleFlag {
  /** The page header shows a date the text rules out (typically the scrape date). */
  HEADER_DATE_CONTRADICTED = 'HEADER_DATE_CONTRADICTED',
  /** The page has a headline but no paragraph of text. */
  NO_BODY = 'NO_BODY',
  /** The page's sources of a date (metadata, byline, dateline, address) disagree; the strongest won. */
  DATE_SOURCES_CONFLICT = 'DATE_SOURCES_CONFLICT',
  /** The page is not in English: stored as received, without English rules for dates, actors and names. */
  NOT_ENGLISH = 'NOT_ENGLISH',
}

/** How the page was received. */
export enum PageFormat {
  HTML = 'HTML',
  TEXT = 'TEXT',
}

/** A line of the page that is not in the body, and why: META lines (bylines, dates, credits) are read for what they say. */
export interface RemovedLineValue {
  readonly text: string;
  readonly kind: 'META' | 'JUNK';
  readonly reason: string;
}

/** How an article is stored in the `articles` collection. */
export interface ArticleDocument extends Retractable {
  _id: string;
  url: string | null;
  outlet: string | null;
  agency: string | null;
  title: string;
  /** People the byline or the page's metadata name. Absent on articles stored before authors were read. */
  authors?: string[];
  publishedAt: PartialDateValue | null;
  publishedAtSource: DateSource;
  publishedAtNote: string | null;
  /** A date printed in the page header, kept when it is not the publication date. */
  pageHeaderDate: PartialDateValue | null;
  /** `YYYY-MM-DD` span of `publishedAt` ('' when unknown), for range filters and ordering. */
  dateStart: string;
  dateEnd: string;
  /** When the page was fetched, when the editor says. */
  fetchedAt?: Date | null;
  language: string;
  /** Absent on articles stored before HTML was accepted: those came as text. */
  rawFormat?: PageFormat;
  body: string;
  /** SHA-256 of the raw text: the same page ingested twice is one article. */
  contentHash: string;
  mentions: MentionValue[];
  /** Articles retelling one agency report share this id (the first article's). */
  syndicationClusterId?: string | null;
  /** Names that look like actors Dossier does not know yet, for an editor to review. Absent on curated seeds. */
  candidateNames?: string[];
  /** Every line of the page left out of the body, with why. Absent on articles stored before lines kept reasons. */
  removedLines?: RemovedLineValue[];
  /** Problems found while ingesting, for an editor to look at. Absent on curated seeds. */
  flags?: ArticleFlag[];
  titleKey: string;
  /** The actors the body names by name, alias or metonym (demonyms left out): what "articles about an actor" means. */
  namedActorIds: string[];
  /** The distinct search terms of the searchable fields (see `db/search-terms.ts`). */
  searchTerms: string[];
  /** 1 when created, one more at every change. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What an article is given: everything but the derived fields and the version. */
export type ArticleFields = Omit<ArticleDocument, 'version' | 'titleKey' | 'dateStart' | 'dateEnd' | 'searchTerms' | 'namedActorIds' | keyof Retractable> &
  Partial<Retractable>;

/** The actors mentions name by name, alias or metonym, in order of first mention. */
export const namedActorIdsOf = (mentions: readonly MentionValue[]): string[] => [
  ...new Set(mentions.filter((mention) => mention.kind !== MentionKind.DEMONYM).map((mention) => mention.actorId)),
];

/** A stored article from its fields: the one place its derived fields are computed. */
export function articleDocument(fields: ArticleFields): Omit<ArticleDocument, 'version'> {
  return {
    ...fields,
    ...retractableFields(fields),
    titleKey: sortKeyOf(fields.title),
    ...spanOf([fields.publishedAt]),
    namedActorIds: namedActorIdsOf(fields.mentions),
    searchTerms: searchTermsOf([fields.title, fields.body]),
  };
}
