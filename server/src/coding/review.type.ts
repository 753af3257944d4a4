import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';
import { ConnectionType } from '../pagination/connection';

export const Proposal = createUnionType({
  name: 'Proposal',
  description: 'A record the machine coder proposed: an event or a measure.',
  types: () => [Event, Measure] as const,
  resolveType: (value) => (value instanceof Measure ? Measure : Event),
});

export const ProposalConnection = ConnectionType(Proposal, 'Proposal');

@ObjectType({ description: 'The result of accepting or rejecting a proposal.' })
export class ProposalPayload {
  @Field(() => Proposal, { description: 'The record as stored, with its new review state.' })
  record!: Event | Measure;
}

@ObjectType({ description: 'What coding an article did to the record.' })
export class CodeArticlePayload {
  @Field(() => [Event], { description: 'The events the article now supports: new proposals, and held events it is now a source of.' })
  events!: Event[];

  @Field(() => [Measure], { description: 'The measures the article now supports, likewise.' })
  measures!: Measure[];

  @Field(() => Int, { description: 'New records proposed for review.' })
  proposed!: number;

  @Field(() => Int, { description: 'Happenings that joined a record already held, as a new source.' })
  merged!: number;

  @Field(() => Int, {
    description: 'Happenings whose passage was coded before (a rejected proposal included): left as they are, never proposed again.',
  })
  alreadyCoded!: number;
}
