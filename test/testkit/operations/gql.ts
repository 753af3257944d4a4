/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {\n    actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }\n  }\n": typeof types.ActorNamesDocument,
    "\n  query ActorWithRolesAndCounts($id: ID!) {\n    actor(id: $id) {\n      name kind affiliation { name }\n      roles { title organization { name } sources { quote article { outlet } } }\n      measuresIssued { totalCount }\n      measuresTargeting { totalCount }\n      articles { totalCount }\n    }\n  }\n": typeof types.ActorWithRolesAndCountsDocument,
    "\n  query ActorMeasureCounts($id: ID!) { actor(id: $id) { measuresTargeting { totalCount } measuresIssued { totalCount } } }\n": typeof types.ActorMeasureCountsDocument,
    "\n  query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {\n    timeline(actorIds: $ids, date: $date, first: 100) {\n      totalCount edges { node { __typename ... on Event { title date { text } } ... on Measure { title date { text } } } }\n    }\n  }\n": typeof types.ActorTimelineDocument,
};
const documents: Documents = {
    "\n  query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {\n    actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }\n  }\n": types.ActorNamesDocument,
    "\n  query ActorWithRolesAndCounts($id: ID!) {\n    actor(id: $id) {\n      name kind affiliation { name }\n      roles { title organization { name } sources { quote article { outlet } } }\n      measuresIssued { totalCount }\n      measuresTargeting { totalCount }\n      articles { totalCount }\n    }\n  }\n": types.ActorWithRolesAndCountsDocument,
    "\n  query ActorMeasureCounts($id: ID!) { actor(id: $id) { measuresTargeting { totalCount } measuresIssued { totalCount } } }\n": types.ActorMeasureCountsDocument,
    "\n  query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {\n    timeline(actorIds: $ids, date: $date, first: 100) {\n      totalCount edges { node { __typename ... on Event { title date { text } } ... on Measure { title date { text } } } }\n    }\n  }\n": types.ActorTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {\n    actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }\n  }\n"): typeof import('./graphql').ActorNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorWithRolesAndCounts($id: ID!) {\n    actor(id: $id) {\n      name kind affiliation { name }\n      roles { title organization { name } sources { quote article { outlet } } }\n      measuresIssued { totalCount }\n      measuresTargeting { totalCount }\n      articles { totalCount }\n    }\n  }\n"): typeof import('./graphql').ActorWithRolesAndCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorMeasureCounts($id: ID!) { actor(id: $id) { measuresTargeting { totalCount } measuresIssued { totalCount } } }\n"): typeof import('./graphql').ActorMeasureCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {\n    timeline(actorIds: $ids, date: $date, first: 100) {\n      totalCount edges { node { __typename ... on Event { title date { text } } ... on Measure { title date { text } } } }\n    }\n  }\n"): typeof import('./graphql').ActorTimelineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
