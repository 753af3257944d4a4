import type { DossierClient } from '@dossier/sdk';
import { actorId, articleId, SEED_ARTICLES } from './ids';

/** Records an event through the SDK (editor client) with the given title, kind and participants. */
export async function recordEvent(editor: DossierClient, title: string, options: { kind?: 'MEETING' | 'STATEMENT' | 'VISIT'; actors?: string[] } = {}) {
  const { createEvent } = await editor.createEvent({
    input: {
      title,
      kind: options.kind ?? 'STATEMENT',
      date: '2023-09-19',
      participants: (options.actors ?? ['south-korea']).map((key) => ({ actorId: actorId(key), role: 'INITIATOR' as const })),
      sources: [{ articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" }],
    },
  });
  return createEvent.event;
}
