/**
 * Compile-time checks of the SDK's types: this file is compiled with the test workspace
 * (never run), and each `@ts-expect-error` fails the build if the line below it compiles.
 */
import type { ErrorCode } from '@dossier/server';
import { ArticlesDocument, createBaseClient, createClient, DossierGraphQLError, type DossierErrorCode, EventAddedDocument } from '@dossier/sdk';

export async function typeChecks(): Promise<void> {
  const dossier = createClient({ url: 'http://127.0.0.1:4000/graphql' });

  // @ts-expect-error: `actor` is not a variable of `events` (it is `filter.actorIds`).
  await dossier.events({ actor: 'x' });

  // @ts-expect-error: `PARTY` is not an EventKind.
  await dossier.events({ filter: { kinds: ['PARTY'] } });

  // @ts-expect-error: the Events operation does not select `description` on its event summaries.
  (await dossier.events({})).events.edges[0]!.node.description;

  // @ts-expect-error: `id` is required.
  await dossier.event({});

  // @ts-expect-error: the input of createMeasure needs issuerIds.
  await dossier.createMeasure({ input: { title: 't', kind: 'WARNING', status: 'ANNOUNCED', sources: [] } });

  // The selected fields are typed, nullability included.
  const page = await dossier.events({ filter: { kinds: ['MEETING'] }, first: 10 });
  const title: string = page.events.edges[0]!.node.title;
  const dateText: string | undefined = page.events.edges[0]!.node.date?.text;
  void title;
  void dateText;
}

/** True when two types are the same. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// Every code the server sends is a DossierErrorCode, and the union names nothing else but
// the codes of Apollo Server's own request errors and UNKNOWN.
export const errorCodesMatchTheServer: Same<
  Exclude<
    DossierErrorCode,
    | 'GRAPHQL_PARSE_FAILED'
    | 'GRAPHQL_VALIDATION_FAILED'
    | 'BAD_REQUEST'
    | 'PERSISTED_QUERY_NOT_FOUND'
    | 'PERSISTED_QUERY_NOT_SUPPORTED'
    | 'OPERATION_RESOLUTION_FAILURE'
    | 'UNKNOWN'
  >,
  `${ErrorCode}`
> = true;

export async function baseClientTypeChecks(): Promise<void> {
  const dossier = createBaseClient({ url: '/graphql', apiKey: undefined });

  // A per-operation document types the result and the variables.
  const { articles } = await dossier.request(ArticlesDocument, { filter: { search: 'Korea' }, first: 5 });
  const title: string = articles.edges[0]!.node.title;
  void title;

  // @ts-expect-error: `search` belongs in `filter`.
  await dossier.request(ArticlesDocument, { search: 'Korea' });

  for await (const { eventAdded } of dossier.subscribe(EventAddedDocument, { filter: { kinds: ['MEETING'] } })) {
    const added: string = eventAdded.event.title;
    void added;
  }

  try {
    await dossier.request(ArticlesDocument, {});
  } catch (error) {
    // @ts-expect-error: `code` is a union of known codes, not any string.
    if (error instanceof DossierGraphQLError && error.code === 'NOT_A_CODE') throw error;
  }
}
