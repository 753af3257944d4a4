import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../pagination/connection';
import { ActorKind } from './actor.document';
import { UpdatedSinceField } from '../validation/input-fields';
import { IncludeRetractedField } from '../review/retraction.type';

export enum ActorOrder {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(ActorOrder, {
  name: 'ActorOrder',
  description: 'Orders for actor lists.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z, case-insensitive.' },
    NAME_DESC: { description: 'By name, Z to A, case-insensitive.' },
    RELEVANCE: { description: 'Best match of `filter.search` first (needs a search).' },
  },
});

@InputType({ description: 'Conditions an actor must meet; all given conditions apply.' })
export class ActorFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words all found in the name, an alias, a metonym or a demonym, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first.',
  })
  search?: string | null;

  @Field(() => [ActorKind], { nullable: true, description: 'Actors of any of these kinds.' })
  kinds?: ActorKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Actors affiliated with any of these actors (people of a state).' })
  affiliationIds?: string[] | null;

  @UpdatedSinceField('Actors')
  updatedSince?: Date | null;

  @IncludeRetractedField('actors')
  includeRetracted?: boolean | null;
}

@ArgsType()
export class ActorsArgs extends PageArgs {
  @Field(() => ActorFilter, { nullable: true, description: 'Which actors to list.' })
  filter?: ActorFilter | null;

  @Field(() => ActorOrder, { defaultValue: ActorOrder.NAME_ASC, description: 'Order of the list.' })
  orderBy!: ActorOrder;
}
