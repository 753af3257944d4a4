/** The SDK's operations as TypedDocumentNode objects, for Apollo Client, urql and other GraphQL clients. */
export * from './generated/documents.js';
