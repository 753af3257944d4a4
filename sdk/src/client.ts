import { type BaseClient, type CallOptions, type ClientOptions, clientWithSources } from './base-client.js';
import * as generated from './generated/sdk.js';
import { getSdk, type Sdk } from './generated/sdk.js';

export type DossierClient = Sdk & BaseClient;

/**
 * A typed client with one method per SDK operation, plus `request` and `subscribe` for any
 * document. It carries every operation; `createBaseClient` carries only those an app imports.
 */
export function createClient(options: ClientOptions): DossierClient {
  const base = clientWithSources(options, sdkSourceOf);
  // Subscriptions (async iterables over graphql-ws) and queries or mutations (promises over fetch).
  const requester = <R, V>(document: string, variables?: V, call?: CallOptions): Promise<R> | AsyncIterable<R> =>
    isSubscription(String(document)) ? base.subscribe<R, V>(document, variables, call) : base.request<R, V>(document, variables, call);
  return { ...getSdk<CallOptions>(requester), ...base };
}

const isSubscription = (source: string): boolean => /^\s*subscription\b/.test(source);

let sdkSources: Map<string, string> | undefined;

/** The source of one of the SDK's parsed documents (`@dossier/sdk/documents`), found by operation name: they carry no source text. */
function sdkSourceOf(document: object): string | undefined {
  sdkSources ??= new Map(
    Object.values(generated)
      .filter((value): value is string => value instanceof String || typeof value === 'string')
      .map((source) => [/^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(String(source))?.[1], String(source)] as const)
      .filter((entry): entry is readonly [string, string] => entry[0] !== undefined),
  );
  const definitions = (document as { definitions?: { kind: string; name?: { value: string } }[] }).definitions;
  const name = definitions?.find((definition) => definition.kind === 'OperationDefinition')?.name?.value;
  return name === undefined ? undefined : sdkSources.get(name);
}
