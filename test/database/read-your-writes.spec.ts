import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DossierClient } from '@dossier/sdk';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const SOURCE = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };

/**
 * Every acknowledged write is seen by the very next read on the same server, through
 * lookups, filtered lists, searches and relations alike, whether the server reads from its
 * snapshot or from the database.
 */
describe('reading one’s own writes', () => {
  let api: TestServer;
  let editor: DossierClient;
  before(async () => {
    api = await startTestServer();
    editor = sdkFor(api, EDITOR_KEY);
  });
  after(() => api.stop());

  it('after createActor and updateActor', async () => {
    const { createActor } = await editor.createActor({ input: { name: 'Quillon Vask', kind: 'PERSON', affiliationId: actorId('japan') } });
    const id = createActor.actor.id;
    assert.deepEqual(
      (await editor.actors({ filter: { search: 'Quillon' } })).actors.edges.map((edge) => edge.node.id),
      [id],
    );
    assert.deepEqual((await editor.actors({ filter: { affiliationIds: [actorId('japan')], search: 'vask' } })).actors.totalCount, 1);
    await editor.updateActor({ input: { id, name: 'Quillon Vasque', aliases: ['Q. Vasque'] } });
    assert.deepEqual(
      (await editor.actors({ filter: { search: 'vasque' } })).actors.edges.map((edge) => edge.node.name),
      ['Quillon Vasque'],
    );
    assert.equal((await editor.actors({ filter: { search: 'Vask' } })).actors.totalCount, 0);
    assert.equal((await editor.actor({ id })).actor?.version, 2);
  });

  it('after createEvent, updateEvent and attachEvidence on an event', async () => {
    const { createEvent } = await editor.createEvent({
      input: { title: 'Zephyrine talks', kind: 'MEETING', date: '2024-02-02', participants: [{ actorId: actorId('japan'), role: 'HOST' }], sources: [SOURCE] },
    });
    const id = createEvent.event.id;
    const byJapan = async () => (await editor.actorEvents({ id: actorId('japan'), first: 100 })).actor?.events.edges.map((edge) => edge.node.title) ?? [];
    assert.ok((await byJapan()).includes('Zephyrine talks'));
    assert.deepEqual(
      (await editor.events({ filter: { date: { from: '2024-02-02', to: '2024-02-02' } } })).events.edges.map((edge) => edge.node.id),
      [id],
    );
    await editor.updateEvent({ input: { id, title: 'Zephyrine summit', participants: [{ actorId: actorId('russia'), role: 'HOST' }], date: '2024-03-03' } });
    assert.ok(!(await byJapan()).includes('Zephyrine talks'));
    assert.deepEqual(
      (await editor.events({ filter: { search: 'zephyrine', kinds: ['MEETING'] } })).events.edges.map((edge) => edge.node.title),
      ['Zephyrine summit'],
    );
    assert.equal((await editor.events({ filter: { date: { from: '2024-02-02', to: '2024-02-02' } } })).events.totalCount, 0);
    await editor.attachEvidence({
      input: { subjectId: id, source: { articleId: articleId(SEED_ARTICLES['000']), quote: 'a senior government official said Saturday' } },
    });
    const reported = await editor.events({ filter: { articleIds: [articleId(SEED_ARTICLES['000'])], search: 'zephyrine' } });
    assert.deepEqual(
      reported.events.edges.map((edge) => edge.node.id),
      [id],
    );
  });

  it('after createMeasure, updateMeasure and attachEvidence on a measure', async () => {
    const { createMeasure } = await editor.createMeasure({
      input: {
        title: 'Obsidian warning',
        kind: 'WARNING',
        status: 'THREATENED',
        issuerIds: [actorId('japan')],
        targetIds: [actorId('russia')],
        sources: [SOURCE],
      },
    });
    const id = createMeasure.measure.id;
    const targeting = async () =>
      (await editor.actorMeasuresTargeting({ id: actorId('russia'), first: 100 })).actor?.measuresTargeting.edges.map((edge) => edge.node.id) ?? [];
    assert.ok((await targeting()).includes(id));
    await editor.updateMeasure({ input: { id, status: 'IMPLEMENTED', targetIds: null } });
    assert.ok(!(await targeting()).includes(id));
    assert.deepEqual(
      (await editor.measures({ filter: { statuses: ['IMPLEMENTED'], search: 'obsidian' } })).measures.edges.map((edge) => edge.node.id),
      [id],
    );
    await editor.attachEvidence({ input: { subjectId: id, source: { articleId: articleId(SEED_ARTICLES['001']), quote: 'defying warnings' } } });
    assert.equal((await editor.measure({ id })).measure?.sources.length, 2);
    assert.deepEqual((await editor.measures({ filter: { articleIds: [articleId(SEED_ARTICLES['001'])], search: 'obsidian' } })).measures.totalCount, 1);
  });

  it('after attachEvidence on an actor', async () => {
    await editor.attachEvidence({
      input: { subjectId: actorId('kyrylo-budanov'), source: { articleId: articleId(SEED_ARTICLES['003']), quote: 'Budanov said' } },
    });
    const { actor } = await editor.actor({ id: actorId('kyrylo-budanov') });
    assert.ok(actor?.sources.some((source) => source.quote === 'Budanov said'));
  });

  it('after ingestArticle', async () => {
    const rawText =
      'Quartzmouth council approves a desalination plant\n\nThe Quartzmouth council approved a desalination plant on Tuesday, Japan said in a statement.\n';
    const { ingestArticle } = await editor.ingestArticle({ input: { rawText } });
    const { articles } = await editor.articles({ filter: { search: 'quartzmouth', actorIds: [actorId('japan')] } });
    assert.deepEqual(
      articles.edges.map((edge) => edge.node.id),
      [ingestArticle.article.id],
    );
    const { article } = await editor.article({ id: ingestArticle.article.id });
    assert.equal(article?.rawText, rawText);
  });
});
