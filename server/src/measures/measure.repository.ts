import type { Database } from '../db/database';
import { SourcedRepository } from '../evidence/sourced-repository';
import { measureDocument, type MeasureDocument, type MeasureFields } from './measure.document';
import { Measure } from './measure.type';
import { CURATED, reviewedByDefault } from '../review/review';
import { currentByDefault } from '../review/retraction';

export class MeasureRepository extends SourcedRepository<MeasureDocument, Measure, MeasureFields> {
  constructor(database: Database) {
    super(database, {
      collectionName: 'measures',
      toNode: Measure.from,
      build: measureDocument,
      indexes: [
        { key: { dateStart: 1, _id: 1 }, name: 'date_order' },
        { key: { titleKey: 1, _id: 1 }, name: 'title_order' },
        { key: { issuerIds: 1, dateStart: 1 }, name: 'issuer_date' },
        { key: { targetIds: 1, dateStart: 1 }, name: 'target_date' },
        { key: { respondsToEventIds: 1 }, name: 'responds_to' },
        { key: { kind: 1, status: 1 }, name: 'kind_status' },
        { key: { 'sources.articleId': 1 }, name: 'source_article' },
        { key: { searchTerms: 1 }, name: 'search_terms' },
        { key: { review: 1, dateStart: 1 }, name: 'review_date' },
      ],
      relevance: { title: 3, details: 1 },
      memory: {
        sortFields: ['dateStart', 'titleKey'],
        indexedPaths: ['issuerIds', 'targetIds', 'respondsToEventIds', 'sources.articleId', 'kind', 'status'],
      },
      listed: (criteria) => currentByDefault(reviewedByDefault(criteria)),
      addedFields: CURATED,
      derivedFields: ['titleKey', 'dateStart', 'dateEnd'],
    });
  }
}
