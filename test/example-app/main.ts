/**
 * An app built on the SDK, as an app developer would write it: it imports the package by
 * name and uses only generated, typed methods. Run it against a server:
 *   DOSSIER_URL=http://127.0.0.1:4000/graphql DOSSIER_API_KEY=dev-editor-key node test/dist/example-app/main.js
 */
import WebSocket from 'ws';
import { createClient, DossierGraphQLError } from '@dossier/sdk';

async function main(): Promise<void> {
  const url = process.env.DOSSIER_URL ?? 'http://127.0.0.1:4000/graphql';
  // Node 20 has no global WebSocket: `ws` carries the subscriptions.
  const dossier = createClient({ url, webSocket: WebSocket, ...(process.env.DOSSIER_API_KEY ? { apiKey: process.env.DOSSIER_API_KEY } : {}) });

  const southKorea = (await dossier.actors({ filter: { search: 'South Korea', kinds: ['STATE'] } })).actors.edges[0]!.node;
  const measures = await dossier.measures({ filter: { issuerIds: [southKorea.id] }, orderBy: 'DATE_ASC', first: 50 });
  console.log(`${southKorea.name} issued ${measures.measures.totalCount} measures:`);
  for (const { node } of measures.measures.edges) {
    console.log(`  ${node.date?.text ?? 'undated'}  ${node.title} → ${node.targets.map((target) => target.name).join(', ')}`);
  }

  const kim = (await dossier.actors({ filter: { search: 'Kim Jong Un' } })).actors.edges[0]!.node;
  const events = await dossier.actorEvents({ id: kim.id });
  console.log(`${kim.name} took part in ${events.actor?.events.totalCount} events:`);
  for (const { node } of events.actor?.events.edges ?? []) console.log(`  ${node.date?.text ?? 'undated'}  ${node.title}`);

  const shoigu = (await dossier.actors({ filter: { search: 'Shoigu' } })).actors.edges[0]!.node;
  const articles = await dossier.actorArticles({ id: shoigu.id, orderBy: 'PUBLISHED_AT_ASC' });
  console.log(`Articles mentioning ${shoigu.name}: ${articles.actor?.articles.edges.map(({ node }) => node.outlet ?? node.title).join('; ')}`);
  const visit = (await dossier.actorEvents({ id: shoigu.id })).actor!.events.edges[0]!.node;
  const detail = await dossier.event({ id: visit.id });
  for (const claim of detail.event?.dateClaims ?? []) console.log(`  ${visit.title}: ${claim.date.text} according to ${claim.source.article.outlet}`);

  // Live: new statements as they are recorded, by this app or anyone else.
  const live = dossier.eventAdded({ filter: { kinds: ['STATEMENT'] } })[Symbol.asyncIterator]();
  const firstLive = live.next();
  await new Promise((resolve) => setTimeout(resolve, 300));

  try {
    const created = await dossier.createEvent({
      input: {
        title: `Example app event ${new Date().toISOString()}`,
        kind: 'STATEMENT',
        date: '2023-09-19',
        participants: [{ actorId: southKorea.id, role: 'INITIATOR' }],
        sources: [{ articleId: detail.event!.sources[0]!.article.id, quote: detail.event!.sources[0]!.quote }],
      },
    });
    console.log(`Created event ${created.createEvent.event.id}: ${created.createEvent.event.title}`);
    const { value } = await firstLive;
    console.log(`Live: ${value?.eventAdded.kind} ${value?.eventAdded.event.title}`);
  } catch (error) {
    if (error instanceof DossierGraphQLError) console.log(`Could not create an event: ${error.code} ${error.message}`);
    else throw error;
  } finally {
    await live.return?.();
    await dossier.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
