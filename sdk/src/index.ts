export { createClient, type ClientOptions, type CallOptions, type DossierClient, type AnyDocument } from './client.js';
export { DossierGraphQLError, DossierHttpError, DossierNetworkError, type GraphQLErrorEntry } from './errors.js';
export type { TypedDocumentString } from './typed-document-string.js';
export * from './generated/sdk.js';
export * as Schema from './generated/schema.js';
