import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import { fromGlobalId, toGlobalId, type NodeTypeName } from '../node/global-id';
import type { Node } from '../node/node.type';
import { NOT_RETRACTED, Standing, type Retractable, type RetractionValue } from '../review/retraction';
import { LIMITS, requireVersion, requiredText } from '../validation/input';
import type { RestoreRecordInput, RetractionPayload, RetractRecordInput } from './retraction.input';

/** A record's fields as a retraction reads them. */
export interface RetractableRecord extends Retractable {
  readonly version: number;
}

/** The change a retraction or a restoration makes, worked out from the record's current state. */
export type RetractionChange = (current: RetractableRecord) => Partial<Retractable> & { updatedAt: Date };

/** How a domain retracts one of its records, and finds what refers to it. */
export interface RetractionTarget {
  /** Writes the change (an event's as a numbered change, so subscribers hear of it); null when there is no such record. */
  write(key: string, change: RetractionChange): Promise<Node | null>;
  /** Records lists show that refer to the record: up to `limit` of them, and how many there are. */
  referrers(key: string, limit: number): Promise<{ nodes: Node[]; total: number }>;
}

const REFERRERS_SHOWN = 100;

/**
 * Retracting a record keeps it, with its reason, time and the name of the key that retracted
 * it: it leaves lists, relations, timelines and subscriptions unless they ask for retracted
 * records (`includeRetracted`), still resolves by id, and can be restored.
 */
export class RetractionService {
  private readonly targets = new Map<NodeTypeName, RetractionTarget>();

  /** Lets `retractRecord` and `restoreRecord` work on records of `type`, through their own domain. */
  acceptFor(type: NodeTypeName, target: RetractionTarget): void {
    this.targets.set(type, target);
  }

  async retract(input: RetractRecordInput, viewer: Viewer): Promise<RetractionPayload> {
    viewer.require(Role.EDITOR, 'retractRecord');
    const reason = requiredText(input.reason, 'input.reason', LIMITS.text);
    const at = new Date();
    const retraction: RetractionValue = { reason, at, by: viewer.keyName ?? viewer.role ?? 'editor' };
    return this.change(input, (current, what, type) => {
      if (current.mergedInto) throw mergedError(type, current.mergedInto);
      if (current.retraction) {
        throw new BadUserInputError('input.id', `the ${what} was retracted on ${current.retraction.at.toISOString()} ("${current.retraction.reason}")`);
      }
      return { standing: Standing.RETRACTED, retraction, updatedAt: at };
    });
  }

  async restore(input: RestoreRecordInput, viewer: Viewer): Promise<RetractionPayload> {
    viewer.require(Role.EDITOR, 'restoreRecord');
    return this.change(input, (current, what, type) => {
      if (current.mergedInto) throw mergedError(type, current.mergedInto);
      if (!current.retraction) throw new BadUserInputError('input.id', `the ${what} is not retracted`);
      return { ...NOT_RETRACTED, updatedAt: new Date() };
    });
  }

  private async change(
    input: { id: string; expectedVersion?: number | null | undefined },
    change: (current: RetractableRecord, what: string, type: NodeTypeName) => ReturnType<RetractionChange>,
  ): Promise<RetractionPayload> {
    const { type, key } = fromGlobalId(input.id, 'input.id');
    const target = this.targets.get(type);
    if (!target) throw new BadUserInputError('input.id', `${type.toLowerCase()}s are not retracted`);
    const what = type.toLowerCase();
    const record = await target.write(key, (current) => {
      requireVersion(input.expectedVersion, current, what);
      return change(current, what, type);
    });
    if (!record) throw new NotFoundError('input.id', what, input.id);
    const { nodes, total } = await target.referrers(key, REFERRERS_SHOWN);
    return { record, referencedBy: nodes, referenceCount: total };
  }
}

const mergedError = (type: NodeTypeName, survivor: string): BadUserInputError =>
  new BadUserInputError('input.id', `the ${type.toLowerCase()} was merged into "${toGlobalId(type, survivor)}": retract or restore that one`);
