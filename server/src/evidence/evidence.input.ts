import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';
import { Evidence, EvidenceInput } from './evidence.type';

@InputType({ description: 'A further source for an actor, event or measure.' })
export class AttachEvidenceInput {
  @Field(() => ID, { description: 'The actor, event or measure the quote supports.' })
  subjectId!: string;

  @Field(() => EvidenceInput, { description: 'The quote.' })
  source!: EvidenceInput;
}

@ObjectType({ description: 'The result of attaching evidence.' })
export class AttachEvidencePayload {
  @Field(() => Node, { description: 'The actor, event or measure, as stored now.' })
  subject!: Node;

  @Field(() => Evidence, { description: 'The evidence as stored, with its offsets.' })
  evidence!: Evidence;
}
