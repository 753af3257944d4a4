import { createClient } from '@dossier/sdk';

// Node 20 has no global WebSocket: the SDK then uses the `ws` package (`npm install ws`).
const dossier = createClient({ url: process.env.DOSSIER_URL ?? 'http://localhost:4000/graphql' });
for await (const { eventAdded } of dossier.eventAdded({ filter: { kinds: ['MEETING'] } })) {
  console.log(eventAdded.kind, eventAdded.event.title);
}
