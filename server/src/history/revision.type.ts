import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FieldChange, RevisionDocument } from '../db/revision-log';
import { ConnectionType, PageArgs } from '../pagination/connection';

@ObjectType({
  description:
    'One field a write changed. Values are JSON as stored: texts, numbers, booleans, lists and objects (a partial date is `{ "year", "month", "day", "approximate" }` with the unknown parts absent, a source `{ "articleId", "quote", "start", "end" }`); references hold record keys (the part of a global id after its type), times are ISO 8601 texts.',
})
export class RevisionChange {
  @Field({ description: 'The stored field, named mostly as the GraphQL field is (`name`, `aliases`, `status`, `sources`, `affiliationId`, `date`).' })
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value before the write; null when it had none, or when `added` is given.' })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value after the write; null when it has none, or when `added` is given.' })
  after!: unknown;

  @Field(() => [GraphQLJSON], {
    nullable: true,
    description:
      'For a list that only grew at its end (a source attached, a date claim added): the items appended, in order; the list after the write is the list before it followed by these. Null for any other change, told by `before` and `after`.',
  })
  added!: unknown[] | null;

  static from(change: FieldChange): RevisionChange {
    return Object.assign(new RevisionChange(), { field: change.field, before: change.before, after: change.after, added: change.added ?? null });
  }
}

@ObjectType({
  description:
    "One write of a record: who made it, when, and what it changed. A record's history holds one revision per version; a version may be missing when the server stopped between writing the record and its revision (the record is always as its latest version says).",
})
export class Revision {
  @Field(() => Int, { description: "The record's version after this write: 1 for the write that created it." })
  version!: number;

  @Field({ description: 'When the write was made.' })
  at!: Date;

  @Field({
    description:
      'Who made it: the configured name of the API key used (never the key), or the tool that wrote without one (`seed` for the curated seeds, `system`).',
  })
  by!: string;

  @Field(() => String, { nullable: true, description: "The editor's comment on the change (the `comment` of an update), if one was given." })
  comment!: string | null;

  @Field({ description: 'True for the write that created the record; it lists no changes (the record at version 1 is the record as recorded).' })
  created!: boolean;

  @Field(() => [RevisionChange], {
    description:
      'The fields changed, in field name order, each with its value before and after. Fields derived from others (sort keys, search terms, date spans) and `updatedAt` are left out. Empty for the creating write.',
  })
  changes!: RevisionChange[];

  static from(doc: RevisionDocument): Revision {
    return Object.assign(new Revision(), {
      version: doc.version,
      at: doc.at,
      by: doc.by,
      comment: doc.comment,
      created: doc.version === 1,
      changes: doc.changes.map(RevisionChange.from),
    });
  }
}

export const RevisionConnection = ConnectionType(Revision, 'Revision');

export enum HistoryOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

registerEnumType(HistoryOrder, {
  name: 'HistoryOrder',
  description: 'Orders of a history.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'The latest version first.' },
    OLDEST_FIRST: { description: 'Version 1 first.' },
  },
});

@ArgsType()
export class HistoryArgs extends PageArgs {
  @Field(() => HistoryOrder, { defaultValue: HistoryOrder.NEWEST_FIRST, description: 'Order of the revisions.' })
  orderBy!: HistoryOrder;
}
