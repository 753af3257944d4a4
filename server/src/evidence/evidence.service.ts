import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import { fromGlobalId, keyOf, type NodeTypeName } from '../node/global-id';
import type { Node } from '../node/node.type';
import { LIMITS, limitedList, requiredText } from '../validation/input';
import { locateQuote, type EvidenceValue } from './evidence';
import type { AttachEvidenceInput } from './evidence.input';
import { Evidence, type EvidenceInput } from './evidence.type';

/** The bodies of articles by key, for checking quotes (the articles domain provides it). */
export interface ArticleBodies {
  bodiesOf(keys: readonly string[]): Promise<Map<string, string>>;
}

/** How a domain adds a source to one of its records; null when there is no such record. */
export type EvidenceTarget = (key: string, evidence: EvidenceValue) => Promise<Node | null>;

/** Turns quoted evidence into stored evidence, checking each quote against its article body. */
export class EvidenceService {
  private readonly targets = new Map<NodeTypeName, EvidenceTarget>();

  constructor(private readonly articles: ArticleBodies) {}

  /** Lets `attachEvidence` add sources to records of `type`, through their own domain. */
  acceptFor(type: NodeTypeName, target: EvidenceTarget): void {
    this.targets.set(type, target);
  }

  /** Adds one quote to the sources of a record of a type that takes evidence. */
  async attach(input: AttachEvidenceInput, viewer: Viewer): Promise<{ subject: Node; evidence: Evidence }> {
    viewer.require(Role.EDITOR, 'attachEvidence');
    const { type, key } = fromGlobalId(input.subjectId, 'input.subjectId');
    const target = this.targets.get(type);
    if (!target) {
      const accepted = [...this.targets.keys()].map((name) => `${name.toLowerCase()}s`).join(', ');
      throw new BadUserInputError('input.subjectId', `evidence is attached to ${accepted}, not to ${type.toLowerCase()}s`);
    }
    const [evidence] = await this.resolve([input.source], 'input.source', () => 'input.source');
    const subject = await target(key, evidence!);
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
    const bodies = await this.articles.bodiesOf([...new Set(wanted.map((w) => w.articleKey))]);
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
