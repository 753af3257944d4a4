import type { Criteria } from '../db/criteria';
import { Repository, type StoredDocument } from '../db/repository';
import type { EvidenceValue } from './evidence';

/** A collection whose documents carry `sources` evidence. */
export abstract class SourcedRepository<
  TDoc extends StoredDocument & { sources: EvidenceValue[] },
  TNode,
  TFields extends { sources: EvidenceValue[]; updatedAt: Date },
> extends Repository<TDoc, TNode, TFields> {
  /**
   * Records meeting the criteria in any review state, unlike lists (see `listed`): for the
   * coder, which matches what it reads with what is held, rejections included.
   */
  async findInAnyReview(criteria: Criteria): Promise<TDoc[]> {
    return this.find(criteria);
  }

  /** Appends a source (as an amendment: see `Repository.amend`); the record's other fields are left as they are. */
  async addSource(key: string, evidence: EvidenceValue): Promise<TDoc | null> {
    return this.amend(key, (current) => ({ sources: [...current.sources, evidence], updatedAt: new Date() }) as Partial<TFields>);
  }
}
