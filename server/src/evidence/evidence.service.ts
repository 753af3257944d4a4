import type { ActorRepository } from '../actors/actor.repository';
import { Actor } from '../actors/actor.type';
import type { ArticleRepository } from '../articles/article.repository';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import type { EventRepository } from '../events/event.repository';
import { Event } from '../events/event.type';
import type { MeasureRepository } from '../measures/measure.repository';
import { Measure } from '../measures/measure.type';
import { fromGlobalId, keyOf } from '../node/global-id';
import type { Node } from '../node/node.type';
import { LIMITS, limitedList, requiredText } from '../validation/input';
import { locateQuote, type EvidenceValue } from './evidence';
import type { AttachEvidenceInput } from './evidence.input';
import { Evidence, type EvidenceInput } from './evidence.type';

/** Turns quoted evidence into stored evidence, checking each quote against its article body. */
export class EvidenceService {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly subjects: { actors: ActorRepository; events: EventRepository; measures: MeasureRepository },
  ) {}

  /** Adds one quote to the sources of an actor, event or measure. */
  async attach(input: AttachEvidenceInput, viewer: Viewer): Promise<{ subject: Node; evidence: Evidence }> {
    viewer.require(Role.EDITOR, 'attachEvidence');
    const { type, key } = fromGlobalId(input.subjectId, 'input.subjectId');
    const [evidence] = await this.resolve([input.source], 'input.source', () => 'input.source');
    let subject: Node | undefined;
    switch (type) {
      case 'Actor': {
        const doc = await this.subjects.actors.addSource(key, evidence!);
        subject = doc ? Actor.from(doc) : undefined;
        break;
      }
      case 'Event': {
        const doc = await this.subjects.events.addSource(key, evidence!);
        subject = doc ? Event.from(doc) : undefined;
        break;
      }
      case 'Measure': {
        const doc = await this.subjects.measures.addSource(key, evidence!);
        subject = doc ? Measure.from(doc) : undefined;
        break;
      }
      case 'Article':
        throw new BadUserInputError('input.subjectId', 'evidence is attached to actors, events and measures, not to articles');
    }
    if (!subject) throw new NotFoundError('input.subjectId', type.toLowerCase(), input.subjectId);
    return { subject, evidence: Evidence.from(evidence!) };
  }

  /** Validates every item first and reads all quoted articles in one query. */
  async resolve(
    inputs: readonly EvidenceInput[] | null | undefined,
    field: string,
    itemField: (index: number) => string = (index) => `${field}[${index}]`,
  ): Promise<EvidenceValue[]> {
    const list = limitedList(inputs, field, LIMITS.sources);
    const wanted = list.map((input, index) => ({
      articleKey: keyOf(input.articleId, 'Article', `${itemField(index)}.articleId`),
      quote: requiredText(input.quote, `${itemField(index)}.quote`, LIMITS.quote),
      occurrence: input.occurrence ?? 1,
      index,
    }));
    if (wanted.length === 0) return [];
    const bodies = new Map((await this.articles.findByKeys([...new Set(wanted.map((w) => w.articleKey))])).map((doc) => [doc._id, doc.body]));
    return wanted.map(({ articleKey, quote, occurrence, index }) => {
      const body = bodies.get(articleKey);
      if (body === undefined) throw new NotFoundError(`${itemField(index)}.articleId`, 'article', list[index]!.articleId);
      if (!Number.isInteger(occurrence) || occurrence < 1) throw new BadUserInputError(`${itemField(index)}.occurrence`, 'must be 1 or more');
      const place = locateQuote(body, quote, occurrence);
      if (!place) {
        throw new BadUserInputError(
          `${itemField(index)}.quote`,
          occurrence === 1 ? 'not found in the article body' : `occurrence ${occurrence} not found in the article body`,
        );
      }
      return { articleId: articleKey, quote, ...place };
    });
  }
}
