import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RevisionDocument } from '../db/revision-log';
import { toGlobalId, type NodeTypeName } from '../node/global-id';
import { ConnectionType } from '../pagination/connection';
import { Revision } from './revision.type';

export enum RecordType {
  ARTICLE = 'ARTICLE',
  ACTOR = 'ACTOR',
  EVENT = 'EVENT',
  MEASURE = 'MEASURE',
}

registerEnumType(RecordType, {
  name: 'RecordType',
  description: 'The kinds of record the change feed covers.',
  valuesConfig: {
    ARTICLE: { description: 'Articles (an ingestion, a syndication link).' },
    ACTOR: { description: 'Actors.' },
    EVENT: { description: 'Events, proposed ones included.' },
    MEASURE: { description: 'Measures, proposed ones included.' },
  },
});

/** Each record type's collection and GraphQL type. */
export const RECORD_TYPES: Record<RecordType, { collection: string; typeName: NodeTypeName }> = {
  [RecordType.ARTICLE]: { collection: 'articles', typeName: 'Article' },
  [RecordType.ACTOR]: { collection: 'actors', typeName: 'Actor' },
  [RecordType.EVENT]: { collection: 'events', typeName: 'Event' },
  [RecordType.MEASURE]: { collection: 'measures', typeName: 'Measure' },
};

const TYPE_OF_COLLECTION = new Map(Object.entries(RECORD_TYPES).map(([type, { collection }]) => [collection, type as RecordType]));

@ObjectType({ description: 'One write of one record, in the change feed: the record as it is now, and the revision the write made.' })
export class Change {
  @Field(() => RecordType, { description: 'What kind of record was written.' })
  recordType!: RecordType;

  @Field(() => ID, { description: 'Global id of the record written (read it with `node(id)`, or select `record`).' })
  recordId!: string;

  @Field(() => Revision, { description: 'The revision: version, time, who, comment, and the fields changed.' })
  revision!: Revision;

  /** The record's key, for loading it. */
  key!: string;

  static from(doc: RevisionDocument): Change {
    const recordType = TYPE_OF_COLLECTION.get(doc.collection)!;
    return Object.assign(new Change(), {
      recordType,
      recordId: toGlobalId(RECORD_TYPES[recordType].typeName, doc.recordKey),
      key: doc.recordKey,
      revision: Revision.from(doc),
    });
  }
}

export const ChangeConnection = ConnectionType(Change, 'Change');

@ArgsType()
export class ChangesArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Return the changes after this cursor (an `endCursor` or edge `cursor` of this feed); without it, from the first change.',
  })
  after?: string | null;

  @Field(() => [RecordType], { nullable: true, description: 'Only changes of these kinds of record (default: all).' })
  types?: RecordType[] | null;

  @Field(() => Int, { nullable: true, description: 'How many changes to return (default 20, at most 100).' })
  first?: number | null;
}

@ArgsType()
export class RecordChangedArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Deliver the changes after this cursor of the change feed first (a `changes` cursor, or one a change delivered); without it, from now.',
  })
  after?: string | null;

  @Field(() => [RecordType], { nullable: true, description: 'Only changes of these kinds of record (default: all).' })
  types?: RecordType[] | null;
}

@ObjectType({ description: 'A change as a subscription delivers it, with the cursor to resume after it.' })
export class RecordChange {
  @Field({ description: 'Give it as `after` to resume after this change, or to `changes(after:)`.' })
  cursor!: string;

  @Field(() => Change, { description: 'The change: the record, and the revision the write made.' })
  change!: Change;
}
