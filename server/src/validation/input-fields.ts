import { Field, Int } from 'type-graphql';

type FieldDecorator = ReturnType<typeof Field>;

/** An update input's `expectedVersion` (checked by `requireVersion`). */
export const ExpectedVersionField = (): FieldDecorator =>
  Field(() => Int, {
    nullable: true,
    description:
      'The version the change was made against (the `version` read): when the record has changed since, the update is refused with CONFLICT and nothing is written.',
  });

/** An update input's `comment`, stored on the revision the update makes. */
export const CommentField = (): FieldDecorator =>
  Field(() => String, {
    nullable: true,
    description: "Why the change is made, at most 1,000 characters: stored with the revision in the record's `history`.",
  });

/** A list filter's `updatedSince` (see `updatedSinceCriterion`); `records` names what the list holds. */
export const UpdatedSinceField = (records: string): FieldDecorator =>
  Field(() => Date, {
    nullable: true,
    description: `${records} created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read.`,
  });
