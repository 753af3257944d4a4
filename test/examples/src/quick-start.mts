import { createClient } from '@dossier/sdk';

const dossier = createClient({ url: process.env.DOSSIER_URL ?? 'http://127.0.0.1:4000/graphql', apiKey: process.env.DOSSIER_API_KEY });
const { actors } = await dossier.actors({ filter: { search: 'Kim Jong Un' } });
const page = await dossier.events({ filter: { actorIds: [actors.edges[0]!.node.id] }, first: 10 });
for (const { node } of page.events.edges) console.log(node.date?.text ?? 'undated', node.title);
