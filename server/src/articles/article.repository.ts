import type { Db } from 'mongodb';
import { Repository } from '../db/repository';
import type { ArticleDocument } from './article.document';
import { Article } from './article.type';

export class ArticleRepository extends Repository<ArticleDocument, Article> {
  constructor(db: Db) {
    super(db, 'articles', Article.from, [
      { key: { contentHash: 1 }, name: 'contentHash_unique', unique: true },
      { key: { url: 1 }, name: 'url' },
      { key: { dateStart: -1, _id: -1 }, name: 'publishedAt_order' },
      { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
      { key: { 'mentions.actorId': 1, dateStart: -1 }, name: 'mentions_actor' },
      { key: { agency: 1, dateStart: 1 }, name: 'agency_date' },
      { key: { syndicationClusterId: 1 }, name: 'syndication_cluster' },
    ]);
  }

  async findByContentHash(contentHash: string): Promise<ArticleDocument | null> {
    return this.collection.findOne({ contentHash });
  }

  /** Articles crediting `agency`, published within the day range when one is given: possible sources of a retelling. */
  async findByAgency(agency: string, range?: { from: string; to: string }): Promise<Pick<ArticleDocument, '_id' | 'body' | 'syndicationClusterId'>[]> {
    return this.collection
      .find({ agency, ...(range ? { dateEnd: { $gte: range.from }, dateStart: { $lte: range.to, $gt: '' } } : {}) }, { projection: { _id: 1, body: 1, syndicationClusterId: 1 } })
      .limit(500)
      .toArray();
  }

  async setSyndicationCluster(key: string, clusterId: string): Promise<void> {
    await this.collection.updateOne({ _id: key }, { $set: { syndicationClusterId: clusterId } });
  }

  async findByCluster(clusterId: string): Promise<ArticleDocument[]> {
    return this.collection.find({ syndicationClusterId: clusterId }).sort({ dateStart: 1, _id: 1 }).toArray();
  }

  async findKeyByUrl(url: string): Promise<string | undefined> {
    return (await this.collection.findOne({ url }, { projection: { _id: 1 } }))?._id;
  }
}
