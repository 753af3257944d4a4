import { Repository, type StoredDocument } from '../db/repository';
import type { EvidenceValue } from './evidence';

/** A collection whose documents carry `sources` evidence. */
export abstract class SourcedRepository<
  TDoc extends StoredDocument & { sources: EvidenceValue[] },
  TNode,
  TFields extends { sources: EvidenceValue[]; updatedAt: Date },
> extends Repository<TDoc, TNode, TFields> {
  /** Appends a source; the record's other fields are left as they are. */
  async addSource(key: string, evidence: EvidenceValue): Promise<TDoc | null> {
    return this.modify(key, (current) => ({ sources: [...current.sources, evidence], updatedAt: new Date() }) as Partial<TFields>);
  }
}
