import type * as Types from './sdk.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RetractionFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment RetractionFields on Retraction {
  reason
  at
  by
}
    `, {"fragmentName":"RetractionFields"}) as unknown as TypedDocumentString<Types.RetractionFieldsFragment, unknown>;
export const ActorSummaryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
    `, {"fragmentName":"ActorSummary"}) as unknown as TypedDocumentString<Types.ActorSummaryFragment, unknown>;
export const PartialDateFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
    `, {"fragmentName":"PartialDateFields"}) as unknown as TypedDocumentString<Types.PartialDateFieldsFragment, unknown>;
export const ArticleRefFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}`, {"fragmentName":"ArticleRef"}) as unknown as TypedDocumentString<Types.ArticleRefFragment, unknown>;
export const EvidenceFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}`, {"fragmentName":"EvidenceFields"}) as unknown as TypedDocumentString<Types.EvidenceFieldsFragment, unknown>;
export const ActorDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"ActorDetail"}) as unknown as TypedDocumentString<Types.ActorDetailFragment, unknown>;
export const ArticleSummaryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}`, {"fragmentName":"ArticleSummary"}) as unknown as TypedDocumentString<Types.ArticleSummaryFragment, unknown>;
export const ArticleDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleDetail on Article {
  retraction {
    ...RetractionFields
  }
  ...ArticleSummary
  authors
  publishedAtNote
  pageHeaderDate {
    ...PartialDateFields
  }
  fetchedAt
  body
  rawFormat
  rawText
  contentHash
  flags
  candidateNames
  removedLines {
    text
    kind
    reason
  }
  syndicatedWith {
    ...ArticleRef
  }
  mentions {
    text
    start
    end
    kind
    actor {
      ...ActorSummary
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"ArticleDetail"}) as unknown as TypedDocumentString<Types.ArticleDetailFragment, unknown>;
export const EventSummaryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"EventSummary"}) as unknown as TypedDocumentString<Types.EventSummaryFragment, unknown>;
export const CodingFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
    `, {"fragmentName":"CodingFields"}) as unknown as TypedDocumentString<Types.CodingFieldsFragment, unknown>;
export const EventDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"EventDetail"}) as unknown as TypedDocumentString<Types.EventDetailFragment, unknown>;
export const MeasureSummaryFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"MeasureSummary"}) as unknown as TypedDocumentString<Types.MeasureSummaryFragment, unknown>;
export const MeasureDetailFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"MeasureDetail"}) as unknown as TypedDocumentString<Types.MeasureDetailFragment, unknown>;
export const PageInfoFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<Types.PageInfoFieldsFragment, unknown>;
export const RevisionConnectionFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment RevisionConnectionFields on RevisionConnection {
  totalCount
  pageInfo {
    ...PageInfoFields
  }
  edges {
    cursor
    node {
      version
      at
      by
      comment
      created
      changes {
        field
        before
        after
        added
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"fragmentName":"RevisionConnectionFields"}) as unknown as TypedDocumentString<Types.RevisionConnectionFieldsFragment, unknown>;
export const TimelineEventFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TimelineEvent on Event {
  id
  title
  eventKind: kind
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"TimelineEvent"}) as unknown as TypedDocumentString<Types.TimelineEventFragment, unknown>;
export const TimelineMeasureFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TimelineMeasure on Measure {
  id
  title
  measureKind: kind
  status
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"TimelineMeasure"}) as unknown as TypedDocumentString<Types.TimelineMeasureFragment, unknown>;
export const RetractionResultFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment RetractionResult on RetractionPayload {
  record {
    __typename
    id
    ... on Article {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Actor {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Event {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Measure {
      version
      retraction {
        ...RetractionFields
      }
    }
  }
  referencedBy {
    __typename
    id
  }
  referenceCount
}
    fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"RetractionResult"}) as unknown as TypedDocumentString<Types.RetractionResultFragment, unknown>;
export const ProposedEventFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}`, {"fragmentName":"ProposedEvent"}) as unknown as TypedDocumentString<Types.ProposedEventFragment, unknown>;
export const ProposedMeasureFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}`, {"fragmentName":"ProposedMeasure"}) as unknown as TypedDocumentString<Types.ProposedMeasureFragment, unknown>;
export const ActorDocument = /*#__PURE__*/ new TypedDocumentString(`
    query actor($id: ID!) {
  actor(id: $id) {
    ...ActorDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.ActorQuery, Types.ActorQueryVariables>;
export const ActorsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query actors($filter: ActorFilter, $orderBy: ActorOrder, $first: Int, $after: String) {
  actors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ActorSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`) as unknown as TypedDocumentString<Types.ActorsQuery, Types.ActorsQueryVariables>;
export const ActorEventsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query actorEvents($id: ID!, $orderBy: EventOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    events(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}`) as unknown as TypedDocumentString<Types.ActorEventsQuery, Types.ActorEventsQueryVariables>;
export const ActorMeasuresIssuedDocument = /*#__PURE__*/ new TypedDocumentString(`
    query actorMeasuresIssued($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    measuresIssued(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`) as unknown as TypedDocumentString<Types.ActorMeasuresIssuedQuery, Types.ActorMeasuresIssuedQueryVariables>;
export const ActorMeasuresTargetingDocument = /*#__PURE__*/ new TypedDocumentString(`
    query actorMeasuresTargeting($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    measuresTargeting(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`) as unknown as TypedDocumentString<Types.ActorMeasuresTargetingQuery, Types.ActorMeasuresTargetingQueryVariables>;
export const ActorArticlesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query actorArticles($id: ID!, $orderBy: ArticleOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    articles(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ArticleSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}`) as unknown as TypedDocumentString<Types.ActorArticlesQuery, Types.ActorArticlesQueryVariables>;
export const CreateActorDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation createActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      ...ActorDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.CreateActorMutation, Types.CreateActorMutationVariables>;
export const UpdateActorDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation updateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      ...ActorDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.UpdateActorMutation, Types.UpdateActorMutationVariables>;
export const ArticleDocument = /*#__PURE__*/ new TypedDocumentString(`
    query article($id: ID!) {
  article(id: $id) {
    ...ArticleDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
fragment ArticleDetail on Article {
  retraction {
    ...RetractionFields
  }
  ...ArticleSummary
  authors
  publishedAtNote
  pageHeaderDate {
    ...PartialDateFields
  }
  fetchedAt
  body
  rawFormat
  rawText
  contentHash
  flags
  candidateNames
  removedLines {
    text
    kind
    reason
  }
  syndicatedWith {
    ...ArticleRef
  }
  mentions {
    text
    start
    end
    kind
    actor {
      ...ActorSummary
    }
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.ArticleQuery, Types.ArticleQueryVariables>;
export const ArticlesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query articles($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {
  articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ArticleSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}`) as unknown as TypedDocumentString<Types.ArticlesQuery, Types.ArticlesQueryVariables>;
export const ArticleEventsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query articleEvents($id: ID!, $orderBy: EventOrder, $first: Int, $after: String) {
  article(id: $id) {
    id
    events(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}`) as unknown as TypedDocumentString<Types.ArticleEventsQuery, Types.ArticleEventsQueryVariables>;
export const ArticleMeasuresDocument = /*#__PURE__*/ new TypedDocumentString(`
    query articleMeasures($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  article(id: $id) {
    id
    measures(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`) as unknown as TypedDocumentString<Types.ArticleMeasuresQuery, Types.ArticleMeasuresQueryVariables>;
export const IngestArticleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ingestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article {
      ...ArticleDetail
    }
    events {
      ...EventDetail
    }
    measures {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
fragment ArticleDetail on Article {
  retraction {
    ...RetractionFields
  }
  ...ArticleSummary
  authors
  publishedAtNote
  pageHeaderDate {
    ...PartialDateFields
  }
  fetchedAt
  body
  rawFormat
  rawText
  contentHash
  flags
  candidateNames
  removedLines {
    text
    kind
    reason
  }
  syndicatedWith {
    ...ArticleRef
  }
  mentions {
    text
    start
    end
    kind
    actor {
      ...ActorSummary
    }
  }
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.IngestArticleMutation, Types.IngestArticleMutationVariables>;
export const EventDocument = /*#__PURE__*/ new TypedDocumentString(`
    query event($id: ID!) {
  event(id: $id) {
    ...EventDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.EventQuery, Types.EventQueryVariables>;
export const EventsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query events($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...EventSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}`) as unknown as TypedDocumentString<Types.EventsQuery, Types.EventsQueryVariables>;
export const EventResponsesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query eventResponses($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  event(id: $id) {
    id
    responses(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`) as unknown as TypedDocumentString<Types.EventResponsesQuery, Types.EventResponsesQueryVariables>;
export const CreateEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation createEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.CreateEventMutation, Types.CreateEventMutationVariables>;
export const UpdateEventDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation updateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.UpdateEventMutation, Types.UpdateEventMutationVariables>;
export const AttachEvidenceDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation attachEvidence($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      ...EvidenceFields
    }
    subject {
      __typename
      id
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}`) as unknown as TypedDocumentString<Types.AttachEvidenceMutation, Types.AttachEvidenceMutationVariables>;
export const EventAddedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription eventAdded($filter: EventFilter, $after: String) {
  eventAdded(filter: $filter, after: $after) {
    kind
    cursor
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.EventAddedSubscription, Types.EventAddedSubscriptionVariables>;
export const EventChangedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription eventChanged($filter: EventFilter, $after: String) {
  eventChanged(filter: $filter, after: $after) {
    kind
    cursor
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.EventChangedSubscription, Types.EventChangedSubscriptionVariables>;
export const HistoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query history($id: ID!, $orderBy: HistoryOrder, $first: Int, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Article {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
    ... on Actor {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
    ... on Event {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
    ... on Measure {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment RevisionConnectionFields on RevisionConnection {
  totalCount
  pageInfo {
    ...PageInfoFields
  }
  edges {
    cursor
    node {
      version
      at
      by
      comment
      created
      changes {
        field
        before
        after
        added
      }
    }
  }
}`) as unknown as TypedDocumentString<Types.HistoryQuery, Types.HistoryQueryVariables>;
export const ChangesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query changes($after: String, $types: [RecordType!], $first: Int) {
  changes(after: $after, types: $types, first: $first) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        recordType
        recordId
        revision {
          version
          at
          by
          comment
          created
          changes {
            field
            before
            after
            added
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<Types.ChangesQuery, Types.ChangesQueryVariables>;
export const RecordChangedDocument = /*#__PURE__*/ new TypedDocumentString(`
    subscription recordChanged($types: [RecordType!], $after: String) {
  recordChanged(types: $types, after: $after) {
    cursor
    change {
      recordType
      recordId
      revision {
        version
        at
        by
        comment
        created
        changes {
          field
          before
          after
          added
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<Types.RecordChangedSubscription, Types.RecordChangedSubscriptionVariables>;
export const MeasureDocument = /*#__PURE__*/ new TypedDocumentString(`
    query measure($id: ID!) {
  measure(id: $id) {
    ...MeasureDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.MeasureQuery, Types.MeasureQueryVariables>;
export const MeasuresDocument = /*#__PURE__*/ new TypedDocumentString(`
    query measures($filter: MeasureFilter, $orderBy: MeasureOrder, $first: Int, $after: String) {
  measures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...MeasureSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`) as unknown as TypedDocumentString<Types.MeasuresQuery, Types.MeasuresQueryVariables>;
export const CreateMeasureDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation createMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    measure {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.CreateMeasureMutation, Types.CreateMeasureMutationVariables>;
export const UpdateMeasureDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation updateMeasure($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    measure {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.UpdateMeasureMutation, Types.UpdateMeasureMutationVariables>;
export const MergeActorsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation mergeActors($input: MergeActorsInput!) {
  mergeActors(input: $input) {
    actor {
      ...ActorDetail
    }
    movedReferences
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.MergeActorsMutation, Types.MergeActorsMutationVariables>;
export const MergeEventsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation mergeEvents($input: MergeEventsInput!) {
  mergeEvents(input: $input) {
    event {
      ...EventDetail
    }
    movedReferences
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.MergeEventsMutation, Types.MergeEventsMutationVariables>;
export const NodeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query node($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<Types.NodeQuery, Types.NodeQueryVariables>;
export const NodesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Article {
      title
    }
    ... on Actor {
      name
    }
    ... on Event {
      title
    }
    ... on Measure {
      title
    }
  }
}
    `) as unknown as TypedDocumentString<Types.NodesQuery, Types.NodesQueryVariables>;
export const TimelineDocument = /*#__PURE__*/ new TypedDocumentString(`
    query timeline($actorIds: [ID!]!, $date: DateRangeInput, $first: Int, $after: String) {
  timeline(actorIds: $actorIds, date: $date, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        __typename
        ...TimelineEvent
        ...TimelineMeasure
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment TimelineEvent on Event {
  id
  title
  eventKind: kind
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment TimelineMeasure on Measure {
  id
  title
  measureKind: kind
  status
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`) as unknown as TypedDocumentString<Types.TimelineQuery, Types.TimelineQueryVariables>;
export const RetractRecordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation retractRecord($input: RetractRecordInput!) {
  retractRecord(input: $input) {
    ...RetractionResult
  }
}
    fragment RetractionFields on Retraction {
  reason
  at
  by
}
fragment RetractionResult on RetractionPayload {
  record {
    __typename
    id
    ... on Article {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Actor {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Event {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Measure {
      version
      retraction {
        ...RetractionFields
      }
    }
  }
  referencedBy {
    __typename
    id
  }
  referenceCount
}`) as unknown as TypedDocumentString<Types.RetractRecordMutation, Types.RetractRecordMutationVariables>;
export const RestoreRecordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation restoreRecord($input: RestoreRecordInput!) {
  restoreRecord(input: $input) {
    ...RetractionResult
  }
}
    fragment RetractionFields on Retraction {
  reason
  at
  by
}
fragment RetractionResult on RetractionPayload {
  record {
    __typename
    id
    ... on Article {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Actor {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Event {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Measure {
      version
      retraction {
        ...RetractionFields
      }
    }
  }
  referencedBy {
    __typename
    id
  }
  referenceCount
}`) as unknown as TypedDocumentString<Types.RestoreRecordMutation, Types.RestoreRecordMutationVariables>;
export const ReviewQueueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query reviewQueue($first: Int, $after: String) {
  reviewQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        __typename
        ...ProposedEvent
        ...ProposedMeasure
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}`) as unknown as TypedDocumentString<Types.ReviewQueueQuery, Types.ReviewQueueQueryVariables>;
export const CodeArticleDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation codeArticle($articleId: ID!) {
  codeArticle(articleId: $articleId) {
    proposed
    merged
    alreadyCoded
    events {
      ...EventDetail
    }
    measures {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`) as unknown as TypedDocumentString<Types.CodeArticleMutation, Types.CodeArticleMutationVariables>;
export const AcceptProposalDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation acceptProposal($id: ID!, $note: String, $event: EventChanges, $measure: MeasureChanges) {
  acceptProposal(id: $id, note: $note, event: $event, measure: $measure) {
    record {
      __typename
      ...ProposedEvent
      ...ProposedMeasure
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}`) as unknown as TypedDocumentString<Types.AcceptProposalMutation, Types.AcceptProposalMutationVariables>;
export const RejectProposalDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation rejectProposal($id: ID!, $reason: String!) {
  rejectProposal(id: $id, reason: $reason) {
    record {
      __typename
      ...ProposedEvent
      ...ProposedMeasure
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}`) as unknown as TypedDocumentString<Types.RejectProposalMutation, Types.RejectProposalMutationVariables>;