import type { Collection, Db } from 'mongodb';

interface SequenceDocument {
  _id: string;
  value: number;
}

/** Named counters, incremented atomically in the database so every server instance shares them. */
export class Sequences {
  private readonly collection: Collection<SequenceDocument>;

  constructor(db: Db) {
    this.collection = db.collection<SequenceDocument>('sequences');
  }

  async next(name: string): Promise<number> {
    const doc = await this.collection.findOneAndUpdate({ _id: name }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after' });
    return doc!.value;
  }
}
