import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { ProposalMode, ReviewState, type CodingValue } from './review';

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
