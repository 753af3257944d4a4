import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * An operation's source text that also carries its result and variable types. The
 * generated SDK builds its documents with `new TypedDocumentString(source)`; this makes
 * them string-typed for the requester while shipping no GraphQL parser.
 */
export type TypedDocumentString<TResult, TVariables> = string & DocumentTypeDecoration<TResult, TVariables>;

export const TypedDocumentString = String as unknown as new <TResult, TVariables>(source: string, meta?: unknown) => TypedDocumentString<TResult, TVariables>;
