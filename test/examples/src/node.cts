import { createClient, isDossierError } from '@dossier/sdk';

async function main(): Promise<void> {
  const dossier = createClient({ url: process.env.DOSSIER_URL ?? 'http://localhost:4000/graphql' });
  const { measures } = await dossier.measures({ filter: { statuses: ['IMPLEMENTED'] }, orderBy: 'TITLE_ASC', first: 5 });
  console.log(`${measures.totalCount} measures implemented, the first ${measures.edges.length}:`);
  for (const { node } of measures.edges) console.log(`${node.issuers.map((issuer) => issuer.name).join(', ')}: ${node.title}`);
}

main().catch((error: unknown) => {
  console.error(isDossierError(error) ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
