import { Field, ObjectType } from 'type-graphql';
import { Node } from '../node/node.type';
import type { Retractable, RetractionValue } from './retraction';

@ObjectType({ description: 'Why, when and by whom a record was retracted.' })
export class Retraction {
  @Field({ description: "The editor's reason." })
  reason!: string;

  @Field({ description: 'When it was retracted.' })
  at!: Date;

  @Field({ description: 'The name of the API key that retracted it.' })
  by!: string;

  static from(value: RetractionValue | null): Retraction | null {
    return value ? Object.assign(new Retraction(), { reason: value.reason, at: value.at, by: value.by }) : null;
  }
}

/** A node that can be retracted: every article, actor, event and measure (their common field). */
@ObjectType()
export abstract class RetractableNode extends Node {
  @Field(() => Retraction, {
    nullable: true,
    description: 'Set when an editor retracted the record: it is kept, but lists leave it out unless asked with `includeRetracted`.',
  })
  retraction!: Retraction | null;
}

/** The retraction field of a node from its document's. */
export const retractionOf = (doc: Retractable): Pick<RetractableNode, 'retraction'> => ({ retraction: Retraction.from(doc.retraction) });

/** A list filter's `includeRetracted` (see `currentByDefault`); `records` names what the list holds. */
export const IncludeRetractedField = (records: string): ReturnType<typeof Field> =>
  Field(() => Boolean, { nullable: true, description: `Also list retracted ${records}. Without it, retracted ones are left out.` });
