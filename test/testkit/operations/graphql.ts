/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Conditions an actor must meet; all given conditions apply. */
export type ActorFilter = {
  /** Actors affiliated with any of these actors (people of a state). */
  affiliationIds?: Array<string> | null | undefined;
  /** Actors of any of these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
  /** Words in the name or any alias (case-insensitive substring). */
  search?: string | null | undefined;
};

/** What sort of actor this is. */
export type ActorKind =
  /** A ministry, agency or office of a state. */
  | 'GOVERNMENT_BODY'
  /** A body of several states (UN Security Council). */
  | 'INTERNATIONAL_ORGANIZATION'
  /** A news outlet or agency. */
  | 'MEDIA'
  /** A unit of armed forces. */
  | 'MILITARY_UNIT'
  /** Any other organization. */
  | 'ORGANIZATION'
  /** A named individual. */
  | 'PERSON'
  /** A country, also named by its capital or government ("Seoul", "the Kremlin"). */
  | 'STATE';

/** Orders for actor lists. */
export type ActorOrder =
  /** By name, A to Z, case-insensitive. */
  | 'NAME_ASC'
  /** By name, Z to A, case-insensitive. */
  | 'NAME_DESC';

/** Dates from..to, both inclusive, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A record matches when its date span overlaps the range. */
export type DateRangeInput = {
  /** Start of the range; `2023-09` starts on 1 September. */
  from?: string | null | undefined;
  /** End of the range; `2023-09` ends on 30 September. */
  to?: string | null | undefined;
};

export type ActorNamesQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  orderBy?: ActorOrder | null | undefined;
}>;


export type ActorNamesQuery = { actors: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type ActorWithRolesAndCountsQueryVariables = Exact<{
  id: string;
}>;


export type ActorWithRolesAndCountsQuery = { actor: { name: string, kind: ActorKind, affiliation: { name: string } | null, roles: Array<{ title: string, organization: { name: string } | null, sources: Array<{ quote: string, article: { outlet: string | null } }> }>, measuresIssued: { totalCount: number }, measuresTargeting: { totalCount: number }, articles: { totalCount: number } } | null };

export type ActorMeasureCountsQueryVariables = Exact<{
  id: string;
}>;


export type ActorMeasureCountsQuery = { actor: { measuresTargeting: { totalCount: number }, measuresIssued: { totalCount: number } } | null };

export type ActorTimelineQueryVariables = Exact<{
  ids: Array<string> | string;
  date?: DateRangeInput | null | undefined;
}>;


export type ActorTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Event', title: string, date: { text: string } | null }
        | { __typename: 'Measure', title: string, date: { text: string } | null }
       }> } };

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

export const ActorNamesDocument = new TypedDocumentString(`
    query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {
  actors(filter: $filter, orderBy: $orderBy, first: 100) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorNamesQuery, ActorNamesQueryVariables>;
export const ActorWithRolesAndCountsDocument = new TypedDocumentString(`
    query ActorWithRolesAndCounts($id: ID!) {
  actor(id: $id) {
    name
    kind
    affiliation {
      name
    }
    roles {
      title
      organization {
        name
      }
      sources {
        quote
        article {
          outlet
        }
      }
    }
    measuresIssued {
      totalCount
    }
    measuresTargeting {
      totalCount
    }
    articles {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ActorWithRolesAndCountsQuery, ActorWithRolesAndCountsQueryVariables>;
export const ActorMeasureCountsDocument = new TypedDocumentString(`
    query ActorMeasureCounts($id: ID!) {
  actor(id: $id) {
    measuresTargeting {
      totalCount
    }
    measuresIssued {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ActorMeasureCountsQuery, ActorMeasureCountsQueryVariables>;
export const ActorTimelineDocument = new TypedDocumentString(`
    query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {
  timeline(actorIds: $ids, date: $date, first: 100) {
    totalCount
    edges {
      node {
        __typename
        ... on Event {
          title
          date {
            text
          }
        }
        ... on Measure {
          title
          date {
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorTimelineQuery, ActorTimelineQueryVariables>;