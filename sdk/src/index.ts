export { createClient, type DossierClient } from './client.js';
export { createBaseClient, type BaseClient, type ClientOptions, type CallOptions } from './base-client.js';
export { DossierGraphQLError, DossierHttpError, DossierNetworkError, isDossierError, type DossierErrorCode, type GraphQLErrorEntry } from './errors.js';
/** Each operation as a typed string document, for `request` and `subscribe`. */
export * from './generated/operations.js';
/** Each operation's result and variables (`EventsQuery`, `EventsQueryVariables`, …). */
export type * from './generated/sdk.js';
export * as Schema from './generated/schema.js';
