import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EvidenceInput } from '../evidence/evidence.type';
import { ActorKind } from './actor.document';
import { Actor } from './actor.type';
import { CommentField, ExpectedVersionField } from '../validation/input-fields';

@InputType({ description: 'A position an actor holds.' })
export class ActorRoleInput {
  @Field({ description: 'The title ("Foreign Minister"), at most 200 characters.' })
  title!: string;

  @Field(() => ID, { nullable: true, description: 'The state or body the title belongs to.' })
  organizationId?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Quotes that give the title.' })
  sources?: EvidenceInput[] | null;
}

@InputType({ description: 'A new actor. Its name must be unique among actors of its kind.' })
export class CreateActorInput {
  @Field({ description: 'Canonical name, at most 200 characters.' })
  name!: string;

  @Field(() => ActorKind, { description: 'What sort of actor this is.' })
  kind!: ActorKind;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names proper: spellings, abbreviations, formal names (at most 50, each at most 200 characters).',
  })
  aliases?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Names that stand for the actor: a capital, a seat of government (at most 50, each at most 200 characters).',
  })
  metonyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Adjectives and nouns of nationality (at most 50, each at most 200 characters).' })
  demonyms?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Web hosts the actor publishes on (at most 50): a host name or an address, stored lower-case without scheme, "www.", port or path ("https://www.yna.co.kr/view" is stored as "yna.co.kr").',
  })
  hosts?: string[] | null;

  @Field(() => ID, { nullable: true, description: "The actor's state, for people and bodies." })
  affiliationId?: string | null;

  @Field(() => [ActorRoleInput], { nullable: true, description: 'Positions held.' })
  roles?: ActorRoleInput[] | null;

  @Field(() => String, { nullable: true, description: 'A short description, at most 2,000 characters.' })
  description?: string | null;

  @Field(() => [EvidenceInput], { nullable: true, description: 'Quotes about this actor.' })
  sources?: EvidenceInput[] | null;
}

@InputType({
  description:
    'Changes to an actor: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused.',
})
export class UpdateActorInput {
  @Field(() => ID, { description: 'The actor to change.' })
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @CommentField()
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'New canonical name (required: cannot be null).' })
  name?: string | null;

  @Field(() => ActorKind, { nullable: true, description: 'New kind (required: cannot be null).' })
  kind?: ActorKind | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the aliases; `null` removes them all.' })
  aliases?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the metonyms; `null` removes them all.' })
  metonyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the demonyms; `null` removes them all.' })
  demonyms?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the hosts (normalised as on creation); `null` removes them all.' })
  hosts?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'New affiliation; `null` removes it.' })
  affiliationId?: string | null;

  @Field(() => [ActorRoleInput], { nullable: true, description: 'Replaces the roles; `null` removes them all.' })
  roles?: ActorRoleInput[] | null;

  @Field(() => String, { nullable: true, description: 'New description; `null` removes it.' })
  description?: string | null;
}

@ObjectType({ description: 'The result of creating or updating an actor.' })
export class ActorPayload {
  @Field(() => Actor, { description: 'The actor as stored.' })
  actor!: Actor;
}
