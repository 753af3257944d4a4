import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EvidenceInput } from '../evidence/evidence.type';
import { EventKind, ParticipantRole } from './event.document';
import { Event } from './event.type';
import { CommentField, ExpectedVersionField } from '../validation/input-fields';

@InputType({ description: 'An actor taking part in an event.' })
export class ParticipantInput {
  @Field(() => ID, { description: 'The actor.' })
  actorId!: string;

  @Field(() => ParticipantRole, { description: 'The part it played.' })
  role!: ParticipantRole;
}

@InputType({ description: 'The date one source gives for an event.' })
export class DateClaimInput {
  @Field({ description: '`YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate.' })
  date!: string;

  @Field(() => EvidenceInput, { description: 'The quote that gives this date.' })
  source!: EvidenceInput;
}

@InputType({ description: 'A new event. It needs at least one source quote.' })
export class CreateEventInput {
  @Field({ description: 'Short title, at most 300 characters.' })
  title!: string;

  @Field(() => EventKind, { description: 'What happened.' })
  kind!: EventKind;

  @Field(() => String, {
    nullable: true,
    description: 'When it happened (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `~` for approximate). Defaults to what all `dateClaims` agree on.',
  })
  date?: string | null;

  @Field(() => [DateClaimInput], { nullable: true, description: "Each source's date, when sources give dates." })
  dateClaims?: DateClaimInput[] | null;

  @Field(() => String, { nullable: true, description: 'Where it happened, at most 200 characters.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'What happened, at most 2,000 characters.' })
  description?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: 'The actors involved.' })
  participants?: ParticipantInput[] | null;

  @Field(() => [EvidenceInput], { description: 'Quotes reporting the event (at least one).' })
  sources!: EvidenceInput[];
}

@InputType({
  description:
    'Changes to an event: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. Add sources with `attachEvidence`.',
})
export class EventChanges {
  @Field(() => String, { nullable: true, description: 'New title (required: cannot be null).' })
  title?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'New kind (required: cannot be null).' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'New date; `null` removes it, leaving what the date claims agree on.' })
  date?: string | null;

  @Field(() => [DateClaimInput], { nullable: true, description: 'Replaces the date claims; `null` removes them all.' })
  dateClaims?: DateClaimInput[] | null;

  @Field(() => String, { nullable: true, description: 'New location; `null` removes it.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; `null` removes it.' })
  description?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: 'Replaces the participants; `null` removes them all.' })
  participants?: ParticipantInput[] | null;
}

@ObjectType({ description: 'The result of creating or updating an event.' })
export class EventPayload {
  @Field(() => Event, { description: 'The event as stored.' })
  event!: Event;
}

@InputType({ description: 'Changes to an event (see `EventChanges`).' })
export class UpdateEventInput extends EventChanges {
  @Field(() => ID, { description: 'The event to change.' })
  id!: string;

  @ExpectedVersionField()
  expectedVersion?: number | null;

  @CommentField()
  comment?: string | null;
}
