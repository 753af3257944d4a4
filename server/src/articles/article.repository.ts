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
    ]);
  }

  async findByContentHash(contentHash: string): Promise<ArticleDocument | null> {
    return this.collection.findOne({ contentHash });
  }

  async findKeyByUrl(url: string): Promise<string | undefined> {
    return (await this.collection.findOne({ url }, { projection: { _id: 1 } }))?._id;
  }
}
