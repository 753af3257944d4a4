import type { Collection } from 'mongodb';
import { operationSignal } from '../context/operation-signal';
import { isDuplicateKey } from '../db/change-numbers';
import { anyOf } from '../db/criteria';
import type { Database } from '../db/database';
import { Repository } from '../db/repository';
import { articleDocument, namedActorIdsOf, type ArticleDocument, type ArticleFields } from './article.document';
import { Article } from './article.type';
import { currentByDefault } from '../review/retraction';

/** A page's text as received, kept apart from the article: lists never read it. */
interface RawTextDocument {
  _id: string;
  rawText: string;
}

export class ArticleRepository extends Repository<ArticleDocument, Article, ArticleFields> {
  private readonly rawTexts: Collection<RawTextDocument>;

  constructor(database: Database) {
    super(database, {
      collectionName: 'articles',
      toNode: Article.from,
      build: articleDocument,
      indexes: [
        { key: { contentHash: 1 }, name: 'contentHash_unique', unique: true },
        { key: { url: 1 }, name: 'url' },
        { key: { dateStart: -1, _id: -1 }, name: 'publishedAt_order' },
        { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
        { key: { 'mentions.actorId': 1, dateStart: -1 }, name: 'mentions_actor' },
        { key: { namedActorIds: 1, dateStart: -1 }, name: 'named_actor' },
        { key: { agency: 1, dateStart: 1 }, name: 'agency_date' },
        { key: { syndicationClusterId: 1 }, name: 'syndication_cluster' },
        { key: { searchTerms: 1 }, name: 'search_terms' },
      ],
      relevance: { title: 3, body: 1 },
      memory: {
        sortFields: ['dateStart', 'titleKey'],
        indexedPaths: ['contentHash', 'url', 'mentions.actorId', 'namedActorIds', 'agency', 'outlet', 'syndicationClusterId'],
      },
      listed: currentByDefault,
      derivedFields: ['titleKey', 'dateStart', 'dateEnd', 'namedActorIds'],
    });
    this.rawTexts = database.db.collection<RawTextDocument>('article_texts');
  }

  protected override currentFields(): string[] {
    return [...super.currentFields(), 'namedActorIds'];
  }

  /** Raw texts were once stored in the articles themselves. */
  protected override obsoleteFields(): string[] {
    return ['rawText'];
  }

  protected override async upgrade(doc: ArticleDocument): Promise<ArticleDocument | undefined> {
    const { rawText, ...rest } = doc as ArticleDocument & { rawText?: string };
    const stored = doc as Partial<ArticleDocument>;
    if (rawText === undefined) {
      // Stored before it was derived, the one field is worked out without rebuilding the rest.
      const onlyNamedActorsMissing = stored.namedActorIds === undefined && stored.searchTerms !== undefined && stored.version !== undefined;
      return onlyNamedActorsMissing ? { ...doc, namedActorIds: namedActorIdsOf(doc.mentions) } : super.upgrade(doc);
    }
    // The text moves to its own collection before the article loses it.
    await this.keepRawText(doc._id, rawText);
    return (await super.upgrade(rest as ArticleDocument)) ?? (rest as ArticleDocument);
  }

  /** Stores a new article with its page text as received. */
  async insertWithRawText(fields: ArticleFields, rawText: string): Promise<ArticleDocument> {
    // The text is keyed by the article's key: both writes can go at once.
    const [, article] = await Promise.all([this.keepRawText(fields._id, rawText), this.insert(fields)]);
    return article;
  }

  /** Writes a curated article (see `Repository.put`) with its page text. */
  async putWithRawText(fields: ArticleFields, rawText: string): Promise<void> {
    await this.keepRawText(fields._id, rawText);
    await this.put(fields);
  }

  /** The page text of each article key, as received. */
  async rawTextsOf(keys: readonly string[]): Promise<Map<string, string>> {
    const docs = await this.rawTexts.find({ _id: { $in: [...keys] } }, operationSignal()).toArray();
    return new Map(docs.map((doc) => [doc._id, doc.rawText]));
  }

  /** The text is keyed like its article, which is keyed by the text's hash: a second copy is the same text. */
  private async keepRawText(key: string, rawText: string): Promise<void> {
    try {
      await this.rawTexts.insertOne({ _id: key, rawText });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** The bodies of the articles with these keys (evidence quotes are checked against them). */
  async bodiesOf(keys: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.findByKeys(keys)).map((doc) => [doc._id, doc.body]));
  }

  async findByContentHash(contentHash: string): Promise<ArticleDocument | null> {
    return (await this.find([anyOf('contentHash', [contentHash])]))[0] ?? null;
  }

  /** Articles crediting `agency`, published within the day range when one is given: possible sources of a retelling. */
  async findByAgency(agency: string, range?: { from: string; to: string }): Promise<ArticleDocument[]> {
    return this.find([anyOf('agency', [agency]), ...(range ? [{ kind: 'overlaps' as const, ...range }] : [])], { limit: 500 });
  }

  /** Makes `key` the founder of its own cluster unless it already belongs to one; returns the cluster. */
  async foundSyndicationCluster(key: string): Promise<string> {
    const article = await this.modify(key, (current) => (current.syndicationClusterId ? undefined : { syndicationClusterId: key, updatedAt: new Date() }));
    return article?.syndicationClusterId ?? key;
  }

  /**
   * Runs the check that no article came from `url` and the insert it guards without another
   * such check of this process in between.
   */
  withUrlLocked<T>(url: string, task: () => Promise<T>): Promise<T> {
    return this.writeLocks.run(`articles/url/${url}`, task);
  }

  /** The members of each syndication cluster, oldest first, with one query for all clusters. */
  async findByClusters(clusterIds: readonly string[]): Promise<ArticleDocument[][]> {
    const docs = await this.find([anyOf('syndicationClusterId', clusterIds)], { sort: { field: 'dateStart', direction: 1 } });
    return clusterIds.map((id) => docs.filter((doc) => doc.syndicationClusterId === id));
  }

  async findKeyByUrl(url: string): Promise<string | undefined> {
    return (await this.find([anyOf('url', [url])], { limit: 1 }))[0]?._id;
  }
}
