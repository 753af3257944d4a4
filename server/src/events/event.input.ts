import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { EvidenceInput } from '../evidence/evidence.type';
import { EventKind, ParticipantRole } from './event.document';
import { Event } from './event.type';

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

@InputType({ description: 'Changes to an event: only the fields given change; a list given replaces the stored list. Add sources with `attachEvidence`.' })
export class UpdateEventInput {
  @Field(() => ID, { description: 'The event to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  title?: string | null;

  @Field(() => EventKind, { nullable: true, description: 'New kind.' })
  kind?: EventKind | null;

  @Field(() => String, { nullable: true, description: 'New date.' })
  date?: string | null;

  @Field(() => [DateClaimInput], { nullable: true, description: 'Replaces the date claims.' })
  dateClaims?: DateClaimInput[] | null;

  @Field(() => String, { nullable: true, description: 'New location.' })
  location?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  @Field(() => [ParticipantInput], { nullable: true, description: 'Replaces the participants.' })
  participants?: ParticipantInput[] | null;
}

@ObjectType({ description: 'The result of creating or updating an event.' })
export class EventPayload {
  @Field(() => Event, { description: 'The event as stored.' })
  event!: Event;
}
