import { randomUUID } from 'node:crypto';
import type { ActorService } from '../actors/actor.service';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { commonPartialDate, parsePartialDate, type PartialDateValue } from '../dates/partial-date';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import type { EvidenceValue } from '../evidence/evidence';
import type { EvidenceService } from '../evidence/evidence.service';
import { keyOf } from '../node/global-id';
import { decided, type ReviewDecision } from '../review/review';
import { DATED_ORDERS, type Connection, type PageArgs, type SortOrder } from '../pagination/connection';
import { withWriteComment } from '../context/write-author';
import { clearedOr, keptUnlessGiven, LIMITS, limitedList, optionalText, requiredText, requireVersion } from '../validation/input';
import type { DateClaimValue, EventFields, ParticipantValue } from './event.document';
import type { CreateEventInput, DateClaimInput, ParticipantInput, UpdateEventInput } from './event.input';
import { eventCriteria } from './event.filter';
import type { EventRepository } from './event.repository';
import { Event } from './event.type';
import { EventOrder, type EventFilter, type EventRelationArgs } from './events.args';

const ORDERS: Record<EventOrder, SortOrder> = DATED_ORDERS;

export class EventService {
  constructor(
    private readonly events: EventRepository,
    private readonly actors: ActorService,
    private readonly evidence: EvidenceService,
  ) {}

  async list(filter: EventFilter | null | undefined, orderBy: EventOrder, page: PageArgs): Promise<Connection<Event>> {
    return this.events.page(eventCriteria(filter), ORDERS[orderBy], page);
  }

  /** Each parent's page of events along a relation: an actor's (`participants.actorId`), an article's (`sources.articleId`). */
  async pagesByParent(
    field: 'participants.actorId' | 'sources.articleId',
    parentKeys: readonly string[],
    { orderBy, ...page }: EventRelationArgs,
  ): Promise<Connection<Event>[]> {
    return this.events.pagesByParent(field, parentKeys, ORDERS[orderBy], page);
  }

  /** Checks in one query that every referenced event exists. Returns the keys. */
  async requireEvents(ids: readonly string[], field: string): Promise<string[]> {
    const keys = ids.map((id, index) => keyOf(id, 'Event', `${field}[${index}]`));
    const existing = await this.events.existingKeys(keys);
    const missing = keys.findIndex((key) => !existing.has(key));
    if (missing >= 0) throw new NotFoundError(`${field}[${missing}]`, 'event', ids[missing]!);
    return keys;
  }

  /** Adds a source to one event (see `EvidenceService.acceptFor`); null when there is none. */
  async attachEvidence(key: string, evidence: EvidenceValue): Promise<Event | null> {
    const doc = await this.events.addSource(key, evidence);
    return doc && Event.from(doc);
  }

  async create(input: CreateEventInput, viewer: Viewer): Promise<Event> {
    viewer.require(Role.EDITOR, 'createEvent');
    const title = requiredText(input.title, 'input.title', LIMITS.title);
    if (input.sources.length === 0) throw new BadUserInputError('input.sources', 'an event needs at least one source quote');
    const dateClaims = await this.dateClaims(input.dateClaims);
    const date = this.date(input.date, dateClaims);
    const now = new Date();
    const created = await this.events.create({
      _id: randomUUID(),
      title,
      kind: input.kind,
      date,
      dateClaims,
      location: optionalText(input.location, 'input.location', LIMITS.name),
      description: optionalText(input.description, 'input.description', LIMITS.text),
      participants: await this.participants(input.participants),
      sources: await this.evidence.resolve(input.sources, 'input.sources'),
      createdAt: now,
      updatedAt: now,
    });
    return Event.from(created);
  }

  /** Changes an event; with a `decision`, an editor's review decision on it is written in the same change. */
  async update(input: UpdateEventInput, viewer: Viewer, decision?: ReviewDecision): Promise<Event> {
    viewer.require(Role.EDITOR, decision ? decision.operation : 'updateEvent');
    const key = keyOf(input.id, 'Event', 'input.id');
    const comment = optionalText(input.comment, 'input.comment', LIMITS.comment);
    // Everything that does not depend on the stored record is checked before the write.
    const title = clearedOr(keptUnlessGiven(input.title, 'input.title'), (text) => requiredText(text, 'input.title', LIMITS.title));
    const kind = keptUnlessGiven(input.kind, 'input.kind');
    const location = clearedOr(input.location, (text) => requiredText(text, 'input.location', LIMITS.name));
    const description = clearedOr(input.description, (text) => requiredText(text, 'input.description', LIMITS.text));
    const participants = input.participants === undefined ? undefined : await this.participants(input.participants);
    const dateClaims = input.dateClaims === undefined ? undefined : await this.dateClaims(input.dateClaims);
    const date = clearedOr(input.date, (text) => parsePartialDate(text, 'input.date'));
    const updated = await withWriteComment(comment, () =>
      this.events.change(key, (current) => {
        requireVersion(input.expectedVersion, current, 'event');
        const changes: Partial<EventFields> = { updatedAt: new Date(), ...(decision ? decided(current, decision, 'id') : {}) };
        if (title) changes.title = title;
        if (kind) changes.kind = kind;
        if (location !== undefined) changes.location = location;
        if (description !== undefined) changes.description = description;
        if (participants) changes.participants = participants;
        if (dateClaims || date !== undefined) {
          const claims = dateClaims ?? current.dateClaims;
          // A date given wins; without one (or with null), the date is what the claims agree on.
          const eventDate = date ?? (dateClaims || date === null ? this.date(null, claims) : current.date);
          Object.assign(changes, { dateClaims: claims, date: eventDate });
        }
        return changes;
      }),
    );
    if (!updated) throw new NotFoundError('input.id', 'event', input.id);
    return Event.from(updated);
  }

  private date(text: string | null | undefined, claims: readonly DateClaimValue[]): PartialDateValue | null {
    if (text !== null && text !== undefined) return parsePartialDate(text, 'input.date');
    return commonPartialDate(claims.map((claim) => claim.date)) ?? null;
  }

  private async dateClaims(inputs: readonly DateClaimInput[] | null | undefined): Promise<DateClaimValue[]> {
    const list = limitedList(inputs, 'input.dateClaims', LIMITS.listItems);
    const dates = list.map((claim, index) => parsePartialDate(claim.date, `input.dateClaims[${index}].date`));
    const sources = await this.evidence.resolve(
      list.map((claim) => claim.source),
      'input.dateClaims',
      (index) => `input.dateClaims[${index}].source`,
    );
    return dates.map((date, index) => ({ date, source: sources[index]! }));
  }

  private async participants(inputs: readonly ParticipantInput[] | null | undefined): Promise<ParticipantValue[]> {
    const list = limitedList(inputs, 'input.participants', LIMITS.listItems);
    const keys = await this.actors.requireActors(
      list.map((participant) => participant.actorId),
      (index) => `input.participants[${index}].actorId`,
    );
    return list.map((participant, index) => ({ actorId: keys[index]!, role: participant.role }));
  }
}
