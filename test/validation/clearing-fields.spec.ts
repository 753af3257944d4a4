import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DossierGraphQLError, type DossierClient } from '@dossier/sdk';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const SOURCE = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };

/** The code, field and message of the error a call is refused with. */
async function refusal(call: Promise<unknown>): Promise<[string, string | undefined, string]> {
  try {
    await call;
  } catch (error) {
    if (error instanceof DossierGraphQLError) return [error.code, error.field, error.message];
    throw error;
  }
  assert.fail('expected the call to be refused');
}

describe('updates: left out keeps, null clears, empty is refused', () => {
  let api: TestServer;
  let editor: DossierClient;
  before(async () => {
    api = await startTestServer();
    editor = sdkFor(api, EDITOR_KEY);
  });
  after(() => api.stop());

  it('clears an event’s optional fields with null and keeps the fields left out', async () => {
    const { createEvent } = await editor.createEvent({
      input: {
        title: 'Clearing test',
        kind: 'MEETING',
        date: '2023-09-19',
        location: 'Seoul',
        description: 'A meeting.',
        participants: [{ actorId: actorId('south-korea'), role: 'HOST' }],
        sources: [SOURCE],
      },
    });
    const id = createEvent.event.id;
    const { updateEvent } = await editor.updateEvent({ input: { id, location: null, participants: null, date: null } });
    const { title, location, description, participants, date } = updateEvent.event;
    assert.deepEqual(
      { title, location, description, participants, date },
      { title: 'Clearing test', location: null, description: 'A meeting.', participants: [], date: null },
    );
  });

  it('refuses null for a required field and an empty text, changing nothing', async () => {
    const { createEvent } = await editor.createEvent({
      input: { title: 'Kept as it was', kind: 'STATEMENT', location: 'Seoul', participants: [], sources: [SOURCE] },
    });
    const id = createEvent.event.id;
    assert.deepEqual(await refusal(editor.updateEvent({ input: { id, title: null } })), [
      'BAD_USER_INPUT',
      'input.title',
      'input.title: cannot be cleared: it is required (leave it out to keep the stored value)',
    ]);
    assert.deepEqual(await refusal(editor.updateEvent({ input: { id, location: '  ' } })), [
      'BAD_USER_INPUT',
      'input.location',
      'input.location: must not be empty',
    ]);
    const { event } = await editor.event({ id });
    assert.deepEqual([event?.title, event?.location, event?.version], ['Kept as it was', 'Seoul', 1]);
  });

  it('clears a measure’s targets, date and details with null; its issuers cannot be cleared', async () => {
    const { createMeasure } = await editor.createMeasure({
      input: {
        title: 'Clearing a measure',
        kind: 'WARNING',
        status: 'ANNOUNCED',
        issuerIds: [actorId('south-korea')],
        targetIds: [actorId('russia')],
        date: '2023-09',
        details: 'Some scope.',
        sources: [SOURCE],
      },
    });
    const id = createMeasure.measure.id;
    const { updateMeasure } = await editor.updateMeasure({ input: { id, targetIds: null, date: null, details: null } });
    const { targets, date, details, issuers } = updateMeasure.measure;
    assert.deepEqual(
      { targets, date, details, issuers: issuers.map((issuer) => issuer.name) },
      { targets: [], date: null, details: null, issuers: ['South Korea'] },
    );
    assert.equal((await refusal(editor.updateMeasure({ input: { id, issuerIds: null } })))[1], 'input.issuerIds');
  });

  it('clears an actor’s affiliation and description with null, and refuses an empty description', async () => {
    const { createActor } = await editor.createActor({
      input: { name: 'Clearable Official', kind: 'PERSON', affiliationId: actorId('japan'), description: 'An official.' },
    });
    const id = createActor.actor.id;
    assert.deepEqual(await refusal(editor.updateActor({ input: { id, description: '' } })), [
      'BAD_USER_INPUT',
      'input.description',
      'input.description: must not be empty',
    ]);
    const { updateActor } = await editor.updateActor({ input: { id, affiliationId: null, description: null } });
    assert.deepEqual([updateActor.actor.affiliation, updateActor.actor.description], [null, null]);
  });
});
