import type { ArticleRepository } from '../articles/article.repository';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { NotFoundError, BadUserInputError } from '../errors/errors';
import type { EventChanges } from '../events/event.input';
import type { EventRepository } from '../events/event.repository';
import type { EventService } from '../events/event.service';
import { Event } from '../events/event.type';
import type { MeasureChanges } from '../measures/measure.input';
import type { MeasureRepository } from '../measures/measure.repository';
import type { MeasureService } from '../measures/measure.service';
import { Measure } from '../measures/measure.type';
import { fromGlobalId, keyOf } from '../node/global-id';
import { Page, pageSize, type Connection, type PageArgs } from '../pagination/connection';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { inReview, ReviewState, type ReviewDecision } from '../review/review';
import { LIMITS, requiredText } from '../validation/input';
import type { ProposalRecorder } from './proposals';
import type { CodeArticlePayload } from './review.type';

/** Edits an editor makes to a proposal while accepting it: one of the two, matching the proposal's type. */
export interface ProposalEdits {
  readonly event?: EventChanges | null | undefined;
  readonly measure?: MeasureChanges | null | undefined;
}

/** A confidence as a cursor value that sorts ascending in queue order (most confident first). */
const queueValue = (confidence: number): string => (1 - confidence).toFixed(4);

/** Coding articles on demand, and the editors' review of what the coder proposed. */
export class ReviewService {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly recorder: ProposalRecorder,
    private readonly events: EventService,
    private readonly measures: MeasureService,
    private readonly eventRecords: EventRepository,
    private readonly measureRecords: MeasureRepository,
  ) {}

  async codeArticle(articleId: string, viewer: Viewer): Promise<CodeArticlePayload> {
    viewer.require(Role.EDITOR, 'codeArticle');
    const key = keyOf(articleId, 'Article', 'articleId');
    const [article] = await this.articles.findByKeys([key]);
    if (!article) throw new NotFoundError('articleId', 'article', articleId);
    const outcome = await this.recorder.record(article);
    return { ...outcome, events: outcome.events.map(Event.from), measures: outcome.measures.map(Measure.from) };
  }

  /** Accepts a proposal into the record, with the editor's edits written in the same change. */
  async accept(id: string, note: string | null | undefined, edits: ProposalEdits, viewer: Viewer): Promise<Event | Measure> {
    viewer.require(Role.EDITOR, 'acceptProposal');
    const decision: ReviewDecision = {
      operation: 'acceptProposal',
      review: ReviewState.ACCEPTED,
      note: note == null ? null : requiredText(note, 'note', LIMITS.text),
    };
    return this.decide(id, decision, edits, viewer);
  }

  /** Rejects a proposal: it leaves default reads, and its passage is never proposed again. */
  async reject(id: string, reason: string, viewer: Viewer): Promise<Event | Measure> {
    viewer.require(Role.EDITOR, 'rejectProposal');
    return this.decide(id, { operation: 'rejectProposal', review: ReviewState.REJECTED, note: requiredText(reason, 'reason', LIMITS.text) }, {}, viewer);
  }

  /** Proposals waiting for an editor, the most confident first. */
  async queue(page: PageArgs): Promise<Connection<Event | Measure>> {
    const limit = pageSize(page.first);
    const after = page.after ? decodeCursor(page.after, 'after') : undefined;
    const waiting = [inReview([ReviewState.PROPOSED])];
    const [events, measures] = await Promise.all([this.eventRecords.findInAnyReview(waiting), this.measureRecords.findInAnyReview(waiting)]);
    const entries = [
      ...events.map((doc) => ({ key: doc._id, value: queueValue(doc.coding?.confidence ?? 0), node: Event.from(doc) as Event | Measure })),
      ...measures.map((doc) => ({ key: doc._id, value: queueValue(doc.coding?.confidence ?? 0), node: Measure.from(doc) as Event | Measure })),
    ]
      .filter((entry) => !after || entry.value > (after.value as string) || (entry.value === after.value && entry.key > after.key))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.key < b.key ? -1 : 1));
    const edges = entries.slice(0, limit).map(({ key, value, node }) => ({ cursor: encodeCursor({ value, key }), node }));
    return new Page(
      edges,
      {
        hasNextPage: entries.length > limit,
        hasPreviousPage: Boolean(page.after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      async () => events.length + measures.length,
    );
  }

  private async decide(id: string, decision: ReviewDecision, edits: ProposalEdits, viewer: Viewer): Promise<Event | Measure> {
    const { type } = fromGlobalId(id, 'id');
    if (type === 'Event') {
      if (edits.measure) throw new BadUserInputError('measure', 'the proposal is an event: give its changes as `event`');
      return this.events.update({ ...(edits.event ?? {}), id }, viewer, decision);
    }
    if (type === 'Measure') {
      if (edits.event) throw new BadUserInputError('event', 'the proposal is a measure: give its changes as `measure`');
      return this.measures.update({ ...(edits.measure ?? {}), id }, viewer, decision);
    }
    throw new BadUserInputError('id', `is the id of ${type === 'Actor' ? 'an actor' : 'an article'}: only events and measures are proposed`);
  }
}
