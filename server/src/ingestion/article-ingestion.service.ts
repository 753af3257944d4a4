import { createHash } from 'node:crypto';
import type { ActorRepository } from '../actors/actor.repository';
import { findCandidateNames, findMentions } from '../actors/mention-finder';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { parsePartialDate, spanOf, type PartialDateValue } from '../dates/partial-date';
import { isDuplicateKey } from '../db/change-numbers';
import { BadUserInputError } from '../errors/errors';
import { LIMITS, optionalText } from '../validation/input';
import { ArticleFlag, DateSource, type ArticleDocument, type ArticleFields } from '../articles/article.document';
import type { EventRepository } from '../events/event.repository';
import type { ArticleRepository } from '../articles/article.repository';
import { Article } from '../articles/article.type';
import type { IngestArticleInput } from './ingest-article.input';
import { cleanPage, creditedAgency, type CleanedPage } from './page-cleaner';
import { ActorKind, type ActorDocument } from '../actors/actor.document';
import { datePublication, knownEventsOf, type KnownEvent } from './publication-date';
import { overlap, shingles, SYNDICATION_THRESHOLD } from './syndication';

export const MAX_RAW_TEXT = 500_000;

const SELF_REFERENCE = /\b(consider supporting|subscribe to|reprints the article|all rights reserved|©)/i;

/**
 * The publication a page names as itself ("Consider supporting the Kyiv Independent",
 * "Caliber.Az reprints the article"), when it is a known media actor.
 */
function selfNamedOutlet(page: CleanedPage, actors: readonly ActorDocument[]): string | null {
  const media = actors.filter((actor) => actor.kind === ActorKind.MEDIA);
  for (const line of [...page.removed.map((removed) => removed.text), ...page.paragraphs]) {
    const phrase = SELF_REFERENCE.exec(line);
    if (!phrase) continue;
    // The name nearest the phrase: "Yahoo News says … Caliber.Az reprints the article" is Caliber.Az.
    const distance = (mention: { start: number; end: number }) =>
      mention.end <= phrase.index ? phrase.index - mention.end : mention.start - (phrase.index + phrase[0].length);
    const [nearest] = findMentions(line, media).sort((a, b) => Math.abs(distance(a)) - Math.abs(distance(b)));
    if (nearest) return media.find((actor) => actor._id === nearest.actorId)!.name;
  }
  return null;
}

export interface IngestionKnowledge {
  readonly actors: readonly ActorDocument[];
  readonly events: readonly KnownEvent[];
}

/** Turns raw page text into a stored article: cleaned, dated, linked to the actors it names. */
export class ArticleIngestionService {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly actors: ActorRepository,
    private readonly events: EventRepository,
  ) {}

  /** The actors and dated events ingestion links and dates against. */
  async loadKnowledge(): Promise<IngestionKnowledge> {
    const actors = await this.actors.findAll();
    return { actors, events: knownEventsOf(await this.events.findDated(), actors) };
  }

  /**
   * `knowledge` lets a batch load actors and events once (see the ingest command);
   * without it, each call reads them afresh.
   */
  async ingest(input: IngestArticleInput, viewer: Viewer, knowledge?: IngestionKnowledge): Promise<{ article: Article; created: boolean }> {
    viewer.require(Role.EDITOR, 'ingestArticle');
    const rawText = input.rawText;
    if (rawText.trim().length === 0) throw new BadUserInputError('input.rawText', 'must not be empty');
    if (rawText.length > MAX_RAW_TEXT) throw new BadUserInputError('input.rawText', `at most ${MAX_RAW_TEXT} characters, got ${rawText.length}`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what marks binary input
    if (/[\u0000-\u0008\u000e-\u001f]|\ufffd/.test(rawText)) throw new BadUserInputError('input.rawText', 'looks like binary data, not text');
    const url = optionalText(input.url, 'input.url', LIMITS.text);
    if (url && !/^https?:\/\/\S+$/.test(url)) throw new BadUserInputError('input.url', 'must be an http(s) address');
    const givenOutlet = optionalText(input.outlet, 'input.outlet', LIMITS.name);
    const given = input.publishedAt ? parsePartialDate(input.publishedAt, 'input.publishedAt') : undefined;

    const contentHash = createHash('sha256').update(rawText, 'utf8').digest('hex');
    const existing = await this.articles.findByContentHash(contentHash);
    if (existing) return { article: Article.from(existing), created: false };
    // Two pages from one address must not both pass the check and both be stored.
    const store = async (): Promise<{ article: Article; created: boolean }> => {
      if (url && (await this.articles.findKeyByUrl(url))) throw new BadUserInputError('input.url', `another article was ingested from ${url}`);

      const page = cleanPage(rawText);
      if (!page.title) throw new BadUserInputError('input.rawText', 'no headline found: the page has no line of text that reads as one');
      const body = page.paragraphs.join('\n\n');
      const { actors, events } = knowledge ?? (await this.loadKnowledge());
      const dating = datePublication(page.paragraphs, page.headerLines, { events });
      const publishedAt = given ?? dating.publishedAt;
      const flags = [
        ...(dating.headerContradicted ? [ArticleFlag.HEADER_DATE_CONTRADICTED] : []),
        ...(page.paragraphs.length === 0 ? [ArticleFlag.NO_BODY] : []),
      ];
      const mentions = findMentions(body, actors);
      const outlet = givenOutlet ?? selfNamedOutlet(page, actors);
      const agency = creditedAgency(page.paragraphs);
      const syndicationClusterId = agency ? await this.syndicationCluster(agency, body, publishedAt) : null;
      const now = new Date();
      const fields: ArticleFields = {
        _id: contentHash.slice(0, 16),
        url,
        outlet,
        agency,
        syndicationClusterId,
        title: page.title,
        publishedAt,
        publishedAtSource: given ? DateSource.PROVIDED : dating.source,
        publishedAtNote: given ? 'Given by the editor.' : dating.note,
        pageHeaderDate: dating.pageHeaderDate,
        language: 'en',
        body,
        contentHash,
        mentions,
        candidateNames: findCandidateNames(body, mentions),
        flags,
        createdAt: now,
        updatedAt: now,
      };
      let doc: ArticleDocument;
      try {
        doc = await this.articles.insertWithRawText(fields, rawText);
      } catch (error) {
        // The same text ingested concurrently: the other request stored it.
        if (isDuplicateKey(error)) {
          const stored = await this.articles.findByContentHash(contentHash);
          if (stored) return { article: Article.from(stored), created: false };
        }
        throw error;
      }
      return { article: Article.from(doc), created: true };
    };
    return url ? this.articles.withUrlLocked(url, store) : store();
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
      if (overlap(mine, shingles(other.body)) < SYNDICATION_THRESHOLD) continue;
      return other.syndicationClusterId ?? (await this.articles.foundSyndicationCluster(other._id));
    }
    return null;
  }
}
