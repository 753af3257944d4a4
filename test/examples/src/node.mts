import { createClient, DossierGraphQLError } from '@dossier/sdk';

const dossier = createClient({
  url: process.env.DOSSIER_URL ?? 'http://localhost:4000/graphql',
  apiKey: process.env.DOSSIER_API_KEY, // writes need an editor's key; reads need none
});

const { actors } = await dossier.actors({ filter: { search: 'Kim Jong Un' } });
const kim = actors.edges[0]!.node;
const page = await dossier.events({ filter: { actorIds: [kim.id] }, first: 10 });
for (const { node } of page.events.edges) console.log(node.date?.text ?? 'undated', node.title);

try {
  await dossier.createActor({ input: { name: kim.name, kind: 'PERSON' } });
} catch (error) {
  // error.code is one of DossierErrorCode: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | …
  if (error instanceof DossierGraphQLError) console.error(error.code, error.field, error.message);
  else throw error;
}
