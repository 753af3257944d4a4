import { createHash } from 'node:crypto';
import type { ActorRepository } from '../actors/actor.repository';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { parsePartialDate, spanOf, type PartialDateValue } from '../dates/partial-date';
import { isDuplicateKey } from '../db/change-numbers';
import { batchingRevisions } from '../db/revision-log';
import { BadUserInputError } from '../errors/errors';
import { LIMITS, optionalText } from '../validation/input';
import { ArticleFlag, DateSource, PageFormat, type ArticleDocument, type ArticleFields } from '../articles/article.document';
import type { EventRepository } from '../events/event.repository';
import type { ArticleRepository } from '../articles/article.repository';
import { Article } from '../articles/article.type';
import type { IngestArticleInput } from './ingest-article.input';
import type { IngestionKnowledge, KnownActor } from './knowledge';
import type { EventDocument } from '../events/event.document';
import { Event } from '../events/event.type';
import type { MeasureDocument } from '../measures/measure.document';
import { Measure } from '../measures/measure.type';
import { overlap, ShingleCache, shingles, SYNDICATION_THRESHOLD } from './syndication';

export const MAX_RAW_INPUT = 2_000_000;

// The page reader and its language libraries load with the first page rather than at
// start: a server that only answers queries does not hold them in memory.
const pageReader = () => import('./read-page.js');
const publicationDates = () => import('./publication-date.js');

/** The page as given: exactly one of its HTML or its text, checked. */
function pageOf(input: IngestArticleInput): { raw: string; format: PageFormat; field: string } {
  const given = [
    ...(input.html != null ? [{ raw: input.html, format: PageFormat.HTML, field: 'input.html' }] : []),
    ...(input.rawText != null ? [{ raw: input.rawText, format: PageFormat.TEXT, field: 'input.rawText' }] : []),
  ];
  if (given.length !== 1) throw new BadUserInputError('input', 'give the page either as `html` or as `rawText`, not both and not neither');
  const page = given[0]!;
  if (page.raw.trim().length === 0) throw new BadUserInputError(page.field, 'must not be empty');
  if (page.raw.length > MAX_RAW_INPUT) throw new BadUserInputError(page.field, `at most ${MAX_RAW_INPUT} characters, got ${page.raw.length}`);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what marks binary input
  if (/[\u0000-\u0008\u000e-\u001f]|\ufffd/.test(page.raw)) throw new BadUserInputError(page.field, 'looks like binary data, not text');
  return page;
}

/**
 * Codes a stored article into the record (see `coding/`): the events and measures it
 * now supports, proposed or held.
 */
export type ArticleCoder = (article: ArticleDocument, actors: readonly KnownActor[]) => Promise<{ events: EventDocument[]; measures: MeasureDocument[] }>;

/** What ingesting a page did. */
export interface Ingested {
  readonly article: Article;
  readonly created: boolean;
  readonly events: Event[];
  readonly measures: Measure[];
}

/** Turns a news page (HTML or text) into a stored article: cleaned, dated, linked to the actors it names, and coded. */
/** Told of every ingestion, for metrics: a duplicate page is one already stored. */
export type IngestionObserver = (outcome: 'created' | 'duplicate' | 'failed', seconds: number) => void;

export class ArticleIngestionService {
  private readonly shingleCache = new ShingleCache();
  private coder: ArticleCoder | undefined;
  private observer: IngestionObserver | undefined;

  constructor(
    private readonly articles: ArticleRepository,
    private readonly actors: ActorRepository,
    private readonly events: EventRepository,
  ) {}

  /** Codes each new article with `coder` (the coding domain comes after this one). */
  codeWith(coder: ArticleCoder): void {
    this.coder = coder;
  }

  /** The actors and dated events ingestion links and dates against. */
  async loadKnowledge(): Promise<IngestionKnowledge> {
    const actors = await this.actors.findAll();
    const { knownEventsOf } = await publicationDates();
    return { actors, events: knownEventsOf(await this.events.findDated(), actors) };
  }

  /**
   * `knowledge` lets a batch load actors and events once (see the ingest command);
   * without it, each call reads them afresh.
   */
  async ingest(input: IngestArticleInput, viewer: Viewer, knowledge?: IngestionKnowledge): Promise<Ingested> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const ingested = await this.ingestPage(input, viewer, knowledge);
      this.observer?.(ingested.created ? 'created' : 'duplicate', seconds());
      return ingested;
    } catch (error) {
      this.observer?.('failed', seconds());
      throw error;
    }
  }

  /** Tells `observer` of every ingestion from now on. */
  observeWith(observer: IngestionObserver): void {
    this.observer = observer;
  }

  private async ingestPage(input: IngestArticleInput, viewer: Viewer, knowledge?: IngestionKnowledge): Promise<Ingested> {
    viewer.require(Role.EDITOR, 'ingestArticle');
    const page = pageOf(input);
    const url = optionalText(input.url, 'input.url', LIMITS.text);
    if (url && !/^https?:\/\/\S+$/.test(url)) throw new BadUserInputError('input.url', 'must be an http(s) address');
    const fetchedAt = input.fetchedAt ?? null;
    if (fetchedAt && Number.isNaN(fetchedAt.getTime())) throw new BadUserInputError('input.fetchedAt', 'is not a date and time');
    const givenOutlet = optionalText(input.outlet, 'input.outlet', LIMITS.name);
    const given = input.publishedAt ? parsePartialDate(input.publishedAt, 'input.publishedAt') : undefined;

    const contentHash = createHash('sha256').update(page.raw, 'utf8').digest('hex');
    const existing = await this.articles.findByContentHash(contentHash);
    if (existing) return { article: Article.from(existing), created: false, events: [], measures: [] };
    // Two pages from one address must not both pass the check and both be stored.
    const store = async (): Promise<Ingested> => {
      if (url && (await this.articles.findKeyByUrl(url))) throw new BadUserInputError('input.url', `another article was ingested from ${url}`);
      const { readPage } = await pageReader();
      const known = knowledge ?? (await this.loadKnowledge());
      const reading = await readPage(page.format === PageFormat.HTML ? { html: page.raw, url, fetchedAt } : { text: page.raw, url, fetchedAt }, known);
      if (!reading.title) throw new BadUserInputError(page.field, 'no headline found: the page has no line of text that reads as one');
      const body = reading.paragraphs.join('\n\n');
      const publishedAt = given ?? reading.publishedAt;
      const flags = [
        ...(reading.headerDateContradicted ? [ArticleFlag.HEADER_DATE_CONTRADICTED] : []),
        ...(reading.dateSourcesConflict && !given ? [ArticleFlag.DATE_SOURCES_CONFLICT] : []),
        ...(reading.paragraphs.length === 0 ? [ArticleFlag.NO_BODY] : []),
        ...(reading.language !== 'en' ? [ArticleFlag.NOT_ENGLISH] : []),
      ];
      const syndicationClusterId = reading.agency ? await this.syndicationCluster(reading.agency, body, publishedAt) : null;
      const now = new Date();
      const fields: ArticleFields = {
        _id: contentHash.slice(0, 16),
        url,
        outlet: givenOutlet ?? reading.outlet,
        agency: reading.agency,
        syndicationClusterId,
        title: reading.title,
        authors: [...reading.authors],
        publishedAt,
        publishedAtSource: given ? DateSource.PROVIDED : reading.dateSource,
        publishedAtNote: given ? 'Given by the editor.' : reading.dateNote,
        pageHeaderDate: reading.pageHeaderDate,
        fetchedAt,
        language: reading.language,
        rawFormat: page.format,
        body,
        contentHash,
        mentions: [...reading.mentions],
        candidateNames: [...reading.candidateNames],
        removedLines: reading.lines.flatMap((line) =>
          line.kind === 'META' || line.kind === 'JUNK' ? [{ text: line.text, kind: line.kind, reason: line.reason }] : [],
        ),
        flags,
        createdAt: now,
        updatedAt: now,
      };
      let doc: ArticleDocument;
      try {
        doc = await this.articles.insertWithRawText(fields, page.raw);
      } catch (error) {
        // The same page ingested concurrently: the other request stored it.
        if (isDuplicateKey(error)) {
          const stored = await this.articles.findByContentHash(contentHash);
          if (stored) return { article: Article.from(stored), created: false, events: [], measures: [] };
        }
        throw error;
      }
      const coded = this.coder && input.code !== false ? await this.coder(doc, known.actors) : { events: [], measures: [] };
      return { article: Article.from(doc), created: true, events: coded.events.map(Event.from), measures: coded.measures.map(Measure.from) };
    };
    // The article's revisions and its coding's are stored together.
    const storeWithRevisions = () => batchingRevisions(store);
    return url ? this.articles.withUrlLocked(url, storeWithRevisions) : storeWithRevisions();
  }

  /** Three days either side of the publication date, when it is known. */
  private syndicationWindow(publishedAt: PartialDateValue | null): { from: string; to: string } | undefined {
    if (!publishedAt) return undefined;
    const { dateStart, dateEnd } = spanOf([publishedAt]);
    const shift = (day: string, days: number) => new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
    return { from: shift(dateStart, -3), to: shift(dateEnd, 3) };
  }

  /**
   * The cluster of an earlier article that retells the same agency report, or null. The
   * earlier article joins the cluster it founds.
   */
  private async syndicationCluster(agency: string, body: string, publishedAt: PartialDateValue | null): Promise<string | null> {
    const mine = shingles(body);
    for (const other of await this.articles.findByAgency(agency, this.syndicationWindow(publishedAt))) {
      if (overlap(mine, this.shingleCache.of(other.contentHash, other.body)) < SYNDICATION_THRESHOLD) continue;
      return other.syndicationClusterId ?? (await this.articles.foundSyndicationCluster(other._id));
    }
    return null;
  }
}
