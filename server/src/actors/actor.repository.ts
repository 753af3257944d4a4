import type { Db } from 'mongodb';
import { SourcedRepository } from '../db/repository';
import type { ActorDocument, ActorKind } from './actor.document';
import { Actor } from './actor.type';

export class ActorRepository extends SourcedRepository<ActorDocument, Actor> {
  constructor(db: Db) {
    super(db, 'actors', Actor.from, [
      { key: { kind: 1, nameKey: 1 }, name: 'kind_name_unique', unique: true },
      { key: { nameKey: 1, _id: 1 }, name: 'name_order' },
      { key: { aliases: 1 }, name: 'aliases' },
      { key: { affiliationId: 1 }, name: 'affiliation' },
    ]);
  }

  async findAll(): Promise<ActorDocument[]> {
    return this.collection.find({}).toArray();
  }

  /** The key of another actor of `kind` named `nameKey`, if there is one. */
  async keyOfName(kind: ActorKind, nameKey: string, exceptKey?: string): Promise<string | undefined> {
    const doc = await this.collection.findOne({ kind, nameKey, ...(exceptKey ? { _id: { $ne: exceptKey } } : {}) }, { projection: { _id: 1 } });
    return doc?._id;
  }
}
