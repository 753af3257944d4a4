import type { Database } from '../db/database';
import { Repository } from '../db/repository';
import { articleDocument, type ArticleDocument, type ArticleFields } from './article.document';
import { Article } from './article.type';
import { operationSignal } from '../context/operation-signal';

export class ArticleRepository extends Repository<ArticleDocument, Article, ArticleFields> {
  constructor(database: Database) {
    super(database, 'articles', Article.from, [
      { key: { contentHash: 1 }, name: 'contentHash_unique', unique: true },
      { key: { url: 1 }, name: 'url' },
      { key: { dateStart: -1, _id: -1 }, name: 'publishedAt_order' },
      { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
      { key: { 'mentions.actorId': 1, dateStart: -1 }, name: 'mentions_actor' },
      { key: { agency: 1, dateStart: 1 }, name: 'agency_date' },
      { key: { syndicationClusterId: 1 }, name: 'syndication_cluster' },
      ],
      articleDocument,
    );
  }

  /** The bodies of the articles with these keys (evidence quotes are checked against them). */
  async bodiesOf(keys: readonly string[]): Promise<Map<string, string>> {
    const docs = await this.collection.find({ _id: { $in: [...keys] } }, { projection: { body: 1 }, ...operationSignal() }).toArray();
    return new Map(docs.map((doc) => [doc._id, doc.body]));
  }

  async findByContentHash(contentHash: string): Promise<ArticleDocument | null> {
    return this.collection.findOne({ contentHash }, operationSignal());
  }

  /** Articles crediting `agency`, published within the day range when one is given: possible sources of a retelling. */
  async findByAgency(agency: string, range?: { from: string; to: string }): Promise<Pick<ArticleDocument, '_id' | 'body' | 'syndicationClusterId'>[]> {
    return this.collection
      .find({ agency, ...(range ? { dateEnd: { $gte: range.from }, dateStart: { $lte: range.to, $gt: '' } } : {}) }, { projection: { _id: 1, body: 1, syndicationClusterId: 1 }, ...operationSignal() })
      .limit(500)
      .toArray();
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
    const docs = await this.collection.find({ syndicationClusterId: { $in: [...clusterIds] } }, operationSignal()).sort({ dateStart: 1, _id: 1 }).toArray();
    return clusterIds.map((id) => docs.filter((doc) => doc.syndicationClusterId === id));
  }

  async findKeyByUrl(url: string): Promise<string | undefined> {
    return (await this.collection.findOne({ url }, { projection: { _id: 1 }, ...operationSignal() }))?._id;
  }
}
