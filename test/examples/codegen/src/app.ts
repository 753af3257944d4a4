import { createBaseClient } from '@dossier/sdk';
import { graphql } from './gql/index.js';

const ActorsByName = graphql(`
  query ActorsByName($search: String!) {
    actors(filter: { search: $search }, orderBy: NAME_ASC, first: 5) {
      edges { node { name kind } }
    }
  }
`);

const dossier = createBaseClient({ url: process.env.DOSSIER_URL ?? 'http://localhost:4000/graphql' });
const { actors } = await dossier.request(ActorsByName, { search: 'Korea' });
for (const { node } of actors.edges) console.log(node.kind, node.name);
