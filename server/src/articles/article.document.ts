import type { MentionValue } from '../actors/mention-finder';
import { spanOf, type PartialDateValue } from '../dates/partial-date';
import { searchTermsOf } from '../db/search-terms';
import { sortKeyOf } from '../pagination/sort-key';

export enum DateSource {
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
}

/** How an article is stored in the `articles` collection. */
export interface ArticleDocument {
  _id: string;
  url: string | null;
  outlet: string | null;
  agency: string | null;
  title: string;
  publishedAt: PartialDateValue | null;
  publishedAtSource: DateSource;
  publishedAtNote: string | null;
  /** A date printed in the page header, kept when it is not the publication date. */
  pageHeaderDate: PartialDateValue | null;
  /** `YYYY-MM-DD` span of `publishedAt` ('' when unknown), for range filters and ordering. */
  dateStart: string;
  dateEnd: string;
  language: string;
  body: string;
  /** SHA-256 of the raw text: the same page ingested twice is one article. */
  contentHash: string;
  mentions: MentionValue[];
  /** Articles retelling one agency report share this id (the first article's). */
  syndicationClusterId?: string | null;
  /** Names that look like actors Dossier does not know yet, for an editor to review. Absent on curated seeds. */
  candidateNames?: string[];
  /** Problems found while ingesting, for an editor to look at. Absent on curated seeds. */
  flags?: ArticleFlag[];
  titleKey: string;
  /** The distinct search terms of the searchable fields (see `db/search-terms.ts`). */
  searchTerms: string[];
  /** 1 when created, one more at every change. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** What an article is given: everything but the derived fields and the version. */
export type ArticleFields = Omit<ArticleDocument, 'version' | 'titleKey' | 'dateStart' | 'dateEnd' | 'searchTerms'>;

/** A stored article from its fields: the one place its derived fields are computed. */
export function articleDocument(fields: ArticleFields): Omit<ArticleDocument, 'version'> {
  return { ...fields, titleKey: sortKeyOf(fields.title), ...spanOf([fields.publishedAt]), searchTerms: searchTermsOf([fields.title, fields.body]) };
}
