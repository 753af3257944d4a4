import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { RetractableNode } from './retraction.type';
import { ProposalMode, ReviewState, type CodingValue, type Reviewed } from './review';

registerEnumType(ReviewState, {
  name: 'ReviewState',
  description: 'Where a record stands with the editors. Reads return ACCEPTED records unless a `review` filter asks for others.',
  valuesConfig: {
    PROPOSED: { description: 'Coded from an article by the machine coder, waiting for an editor.' },
    ACCEPTED: { description: 'Part of the record: written by an editor, or a proposal an editor accepted.' },
    REJECTED: { description: 'A proposal an editor rejected (see `reviewNote`); never proposed again from the same quote.' },
  },
});

registerEnumType(ProposalMode, {
  name: 'ProposalMode',
  description: 'What the quoted text says of the happening.',
  valuesConfig: {
    ASSERTED: { description: 'It happened ("imposed sanctions").' },
    HYPOTHETICAL: { description: 'It might happen ("could impose sanctions").' },
    NEGATED: { description: 'It did not happen ("did not impose sanctions").' },
    FUTURE: { description: 'It is to happen ("will impose sanctions").' },
  },
});

@ObjectType({ description: 'How the machine coder came to propose a record.' })
export class Coding {
  @Field(() => Float, { description: "0–1: the trigger's strength, whether the actors were found, and the mode." })
  confidence!: number;

  @Field({ description: 'The version of the coder and its lexicon that proposed the record.' })
  coderVersion!: string;

  @Field(() => ProposalMode, { description: 'What the quoted text says of the happening.' })
  mode!: ProposalMode;

  @Field({ description: 'The PLOVER event type (e.g. SANCTION, ACCUSE, CONSULT), so the record lines up with PLOVER/POLECAT data.' })
  ploverType!: string;

  static from(value: CodingValue | null): Coding | null {
    if (!value) return null;
    return Object.assign(new Coding(), { confidence: value.confidence, coderVersion: value.coderVersion, mode: value.mode, ploverType: value.plover });
  }
}

/** A node editors review: events and measures, written by an editor or proposed by the coder (their common fields). */
@ObjectType()
export abstract class ReviewedNode extends RetractableNode {
  @Field(() => ReviewState, { description: 'Where the record stands with the editors: PROPOSED by the machine coder, ACCEPTED, or REJECTED.' })
  review!: ReviewState;

  @Field(() => Coding, { nullable: true, description: 'How the machine coder proposed it; null for records an editor wrote.' })
  coding!: Coding | null;

  @Field(() => String, { nullable: true, description: "The editor's reason for rejecting it, or comment on accepting it." })
  reviewNote!: string | null;
}

/** The review fields of a node from its document's. */
export const reviewOf = (doc: Reviewed): Pick<ReviewedNode, 'review' | 'coding' | 'reviewNote'> => ({
  review: doc.review,
  coding: Coding.from(doc.coding),
  reviewNote: doc.reviewNote,
});

/** A list filter's `review` (see `reviewedByDefault`); `records` names what the list holds. */
export const ReviewFilterField = (records: string): ReturnType<typeof Field> =>
  Field(() => [ReviewState], {
    nullable: true,
    description: `${records} in any of these review states. Without it: ACCEPTED only (curated records and accepted proposals).`,
  });
