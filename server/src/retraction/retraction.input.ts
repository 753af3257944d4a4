import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';

@InputType({ description: 'A record to retract, and why.' })
export class RetractRecordInput {
  @Field(() => ID, { description: 'The article, actor, event or measure.' })
  id!: string;

  @Field({ description: 'Why it is retracted ("a duplicate of …", "the outlet withdrew the story").' })
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'The `version` the editor read: refused with CONFLICT when the record has changed since.' })
  expectedVersion?: number | null;
}

@InputType({ description: 'A retracted record to bring back into the record.' })
export class RestoreRecordInput {
  @Field(() => ID, { description: 'The retracted article, actor, event or measure.' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The `version` the editor read: refused with CONFLICT when the record has changed since.' })
  expectedVersion?: number | null;
}

@ObjectType({ description: 'The result of retracting or restoring a record.' })
export class RetractionPayload {
  @Field(() => Node, { description: 'The record, as stored now.' })
  record!: Node;

  @Field(() => [Node], {
    description:
      'Records lists show that refer to it (up to 100, by id): events and measures quoting a retracted article, events and measures naming a retracted actor, measures answering a retracted event. They are left as they are, for an editor to look at.',
  })
  referencedBy!: Node[];

  @Field(() => Int, { description: 'How many records lists show refer to it.' })
  referenceCount!: number;
}
