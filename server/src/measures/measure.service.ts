import { randomUUID } from 'node:crypto';
import type { ActorService } from '../actors/actor.service';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { parsePartialDate } from '../dates/partial-date';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import type { EventService } from '../events/event.service';
import type { EvidenceValue } from '../evidence/evidence';
import type { EvidenceService } from '../evidence/evidence.service';
import { keyOf } from '../node/global-id';
import { decided, type ReviewDecision } from '../review/review';
import { DATED_ORDERS, type Connection, type PageArgs, type SortOrder } from '../pagination/connection';
import { withWriteComment } from '../context/write-author';
import { clearedOr, keptUnlessGiven, LIMITS, limitedList, optionalText, requiredText, requireVersion } from '../validation/input';
import { courseOf, type MeasureEndValue, type MeasureFields, type MeasureStatus, type StatusChangeValue } from './measure.document';
import type { CreateMeasureInput, MeasureEndInput, UpdateMeasureInput } from './measure.input';
import { measureCriteria } from './measure.filter';
import type { MeasureRepository } from './measure.repository';
import { Measure } from './measure.type';
import { MeasureOrder, type MeasureFilter, type MeasureRelationArgs } from './measures.args';

const ORDERS: Record<MeasureOrder, SortOrder> = DATED_ORDERS;

export class MeasureService {
  constructor(
    private readonly measures: MeasureRepository,
    private readonly actors: ActorService,
    private readonly events: EventService,
    private readonly evidence: EvidenceService,
  ) {}

  async list(filter: MeasureFilter | null | undefined, orderBy: MeasureOrder, page: PageArgs): Promise<Connection<Measure>> {
    return this.measures.page(measureCriteria(filter), ORDERS[orderBy], page);
  }

  /** Each parent's page of measures along a relation: issued by, aimed at, reported by, responding to. */
  async pagesByParent(
    field: 'issuerIds' | 'targetIds' | 'sources.articleId' | 'respondsToEventIds',
    parentKeys: readonly string[],
    { orderBy, ...page }: MeasureRelationArgs,
  ): Promise<Connection<Measure>[]> {
    return this.measures.pagesByParent(field, parentKeys, ORDERS[orderBy], page);
  }

  /** Adds a source to one measure (see `EvidenceService.acceptFor`); null when there is none. */
  async attachEvidence(key: string, evidence: EvidenceValue): Promise<Measure | null> {
    const doc = await this.measures.addSource(key, evidence);
    return doc && Measure.from(doc);
  }

  async create(input: CreateMeasureInput, viewer: Viewer): Promise<Measure> {
    viewer.require(Role.EDITOR, 'createMeasure');
    const title = requiredText(input.title, 'input.title', LIMITS.title);
    if (input.issuerIds.length === 0) throw new BadUserInputError('input.issuerIds', 'a measure needs at least one issuer');
    if (input.sources.length === 0) throw new BadUserInputError('input.sources', 'a measure needs at least one source quote');
    const date = input.date ? parsePartialDate(input.date, 'input.date') : null;
    const now = new Date();
    const created = await this.measures.insert({
      _id: randomUUID(),
      title,
      kind: input.kind,
      status: input.status,
      issuerIds: await this.actorKeys(input.issuerIds, 'input.issuerIds'),
      targetIds: await this.actorKeys(input.targetIds, 'input.targetIds'),
      date,
      respondsToEventIds: await this.eventKeys(input.respondsToEventIds),
      legalBasis: this.legalBasis(input.legalBasis),
      details: optionalText(input.details, 'input.details', LIMITS.text),
      sources: await this.evidence.resolve(input.sources, 'input.sources'),
      createdAt: now,
      updatedAt: now,
    });
    return Measure.from(created);
  }

  /** Changes a measure; with a `decision`, an editor's review decision on it is written in the same change. */
  async update(input: UpdateMeasureInput, viewer: Viewer, decision?: ReviewDecision): Promise<Measure> {
    viewer.require(Role.EDITOR, decision ? decision.operation : 'updateMeasure');
    const key = keyOf(input.id, 'Measure', 'input.id');
    const comment = optionalText(input.comment, 'input.comment', LIMITS.comment);
    const changes: Partial<MeasureFields> = {};
    const title = keptUnlessGiven(input.title, 'input.title');
    if (title !== undefined) changes.title = requiredText(title, 'input.title', LIMITS.title);
    const kind = keptUnlessGiven(input.kind, 'input.kind');
    if (kind) changes.kind = kind;
    const status = keptUnlessGiven(input.status, 'input.status');
    if (status) changes.status = status;
    const statusDate = input.statusDate == null ? null : parsePartialDate(input.statusDate, 'input.statusDate');
    const [statusSource] = input.statusSource ? await this.evidence.resolve([input.statusSource], 'input.statusSource', () => 'input.statusSource') : [];
    if (input.end !== undefined) changes.end = input.end && (await this.end(input.end));
    const issuerIds = keptUnlessGiven(input.issuerIds, 'input.issuerIds');
    if (issuerIds) {
      if (issuerIds.length === 0) throw new BadUserInputError('input.issuerIds', 'a measure needs at least one issuer');
      changes.issuerIds = await this.actorKeys(issuerIds, 'input.issuerIds');
    }
    if (input.targetIds !== undefined) changes.targetIds = await this.actorKeys(input.targetIds, 'input.targetIds');
    const date = clearedOr(input.date, (text) => parsePartialDate(text, 'input.date'));
    if (date !== undefined) changes.date = date;
    if (input.respondsToEventIds !== undefined) changes.respondsToEventIds = await this.eventKeys(input.respondsToEventIds);
    if (input.legalBasis !== undefined) changes.legalBasis = this.legalBasis(input.legalBasis);
    const details = clearedOr(input.details, (text) => requiredText(text, 'input.details', LIMITS.text));
    if (details !== undefined) changes.details = details;
    // Only a decision depends on the stored record: the write otherwise sets the fields given.
    const updated = await withWriteComment(comment, () =>
      this.measures.modify(key, (current) => {
        requireVersion(input.expectedVersion, current, 'measure');
        const course = statusHistoryAfter(courseOf(current), status ?? current.status, statusDate, statusSource ?? null);
        return { ...changes, ...(course ? { statusHistory: course } : {}), ...(decision ? decided(current, decision, 'id') : {}), updatedAt: new Date() };
      }),
    );
    if (!updated) throw new NotFoundError('input.id', 'measure', input.id);
    return Measure.from(updated);
  }

  private async end(input: MeasureEndInput): Promise<MeasureEndValue> {
    const [source] = input.source ? await this.evidence.resolve([input.source], 'input.end.source', () => 'input.end.source') : [];
    return { kind: input.kind, date: input.date == null ? null : parsePartialDate(input.date, 'input.end.date'), source: source ?? null };
  }

  private async actorKeys(ids: readonly string[] | null | undefined, field: string): Promise<string[]> {
    const list = limitedList(ids, field, LIMITS.listItems);
    return [...new Set(await this.actors.requireActors(list, (index) => `${field}[${index}]`))];
  }

  private async eventKeys(ids: readonly string[] | null | undefined): Promise<string[]> {
    const list = limitedList(ids, 'input.respondsToEventIds', LIMITS.listItems);
    return [...new Set(await this.events.requireEvents(list, 'input.respondsToEventIds'))];
  }

  private legalBasis(values: readonly string[] | null | undefined): string[] {
    return limitedList(values, 'input.legalBasis', LIMITS.listItems).map((value, index) => requiredText(value, `input.legalBasis[${index}]`, LIMITS.name));
  }
}

/**
 * The course of a measure after an update to `status`: a new status is added, dated and
 * sourced when the update says so; the current status takes a date or a source given for it.
 * Undefined when the course stays as it is.
 */
function statusHistoryAfter(
  course: readonly StatusChangeValue[],
  status: MeasureStatus,
  date: StatusChangeValue['date'],
  source: StatusChangeValue['source'],
): StatusChangeValue[] | undefined {
  const last = course.at(-1);
  if (last?.status !== status) return [...course, { status, date, source }];
  if (!date && !source) return undefined;
  return [...course.slice(0, -1), { status, date: date ?? last.date, source: source ?? last.source }];
}
