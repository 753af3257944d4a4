/**
 * Compile-time checks of the SDK's types: this file is compiled with the test workspace
 * (never run), and each `@ts-expect-error` fails the build if the line below it compiles.
 */
import { createClient } from '@dossier/sdk';

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
