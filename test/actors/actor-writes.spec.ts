import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, snapshotCollections, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };

// The fields both writes read back; the operations below spread it.
graphql(`
  fragment ActorWritesFields on Actor {
    name kind aliases description affiliation { name } roles { title organization { name } sources { quote } } sources { quote article { id } }
  }
`);

const CREATE = graphql(`
  mutation ActorWritesCreate($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesFields } } }
`);

const FIND_TAE_YONG = graphql(`
  query ActorWritesFindTaeYong { actors(filter: { search: "tae yong" }) { edges { node { id } } } }
`);

const UPDATE = graphql(`
  mutation ActorWritesUpdate($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesFields } } }
`);

// How an actor is named, beside its name.
graphql(`
  fragment ActorWritesNames on Actor { name aliases metonyms demonyms hosts version }
`);

const CREATE_NAMED = graphql(`
  mutation ActorWritesCreateNamed($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesNames } } }
`);

const UPDATE_NAMED = graphql(`
  mutation ActorWritesUpdateNamed($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesNames } } }
`);

const READ_NAMED = graphql(`
  query ActorWritesReadNamed($id: ID!) { actor(id: $id) { ...ActorWritesNames } }
`);

const SEARCH_NAMES = graphql(`
  query ActorWritesSearchNames($search: String!, $orderBy: ActorOrder) {
    actors(filter: { search: $search }, orderBy: $orderBy, first: 100) { edges { node { name } } }
  }
`);

describe('writing actors', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('records an actor with aliases, affiliation, roles and sources', async () => {
    const { createActor } = await api.query(
      CREATE,
      {
        input: {
          name: 'Cho Tae-yong',
          kind: 'PERSON',
          aliases: ['Cho Tae Yong', 'Cho Tae-yong', ' Cho '],
          affiliationId: actorId('south-korea'),
          roles: [
            {
              title: 'Nominee for director',
              organizationId: actorId('south-korea-nis'),
              sources: [{ articleId: articleId(SEED_ARTICLES['001']), quote: 'the nominee for director' }],
            },
          ],
          description: 'Nominated to lead the National Intelligence Service.',
        },
      },
      editor,
    );
    const { id, ...actor } = createActor.actor;
    assert.deepEqual(actor, {
      name: 'Cho Tae-yong',
      kind: 'PERSON',
      aliases: ['Cho Tae Yong', 'Cho'],
      description: 'Nominated to lead the National Intelligence Service.',
      affiliation: { name: 'South Korea' },
      roles: [{ title: 'Nominee for director', organization: { name: 'National Intelligence Service' }, sources: [{ quote: 'the nominee for director' }] }],
      sources: [],
    });
    const { actors } = await api.query(FIND_TAE_YONG);
    assert.deepEqual(actors.edges, [{ node: { id } }]);
  });

  it('records metonyms, demonyms and hosts apart from aliases, each once, trimmed, without the name, and reads them back', async () => {
    const { createActor } = await api.query(
      CREATE_NAMED,
      {
        input: {
          name: 'Republic of Velmora',
          kind: 'STATE',
          aliases: ['Velmora', 'RV'],
          metonyms: [' Quarrington ', 'the Amber Palace', 'Quarrington', 'Republic of Velmora'],
          demonyms: ['Velmoran', 'Velmorans', 'Velmoran'],
          hosts: ['gov.velmora.example', 'https://www.gov.velmora.example/press'],
        },
      },
      editor,
    );
    const { id, ...actor } = createActor.actor;
    const expected = {
      name: 'Republic of Velmora',
      aliases: ['Velmora', 'RV'],
      metonyms: ['Quarrington', 'the Amber Palace'],
      demonyms: ['Velmoran', 'Velmorans'],
      hosts: ['gov.velmora.example'],
      version: 1,
    };
    assert.deepEqual(actor, expected);
    assert.deepEqual((await api.query(READ_NAMED, { id })).actor, expected);
  });

  it('stores hosts lower-case, without scheme, "www.", port or path', async () => {
    const { createActor } = await api.query(
      CREATE_NAMED,
      {
        input: {
          name: 'Example Wire',
          kind: 'MEDIA',
          hosts: ['https://www.Example.com/path', 'EXAMPLE.com', 'http://news.Example.org:8080/world?page=2#top', 'wire.example.net.', '//m.example.net/'],
        },
      },
      editor,
    );
    assert.deepEqual(createActor.actor.hosts, ['example.com', 'news.example.org', 'wire.example.net', 'm.example.net']);
  });

  it('replaces the lists given, clears those sent as null and keeps those left out', async () => {
    const { createActor } = await api.query(
      CREATE_NAMED,
      {
        input: {
          name: 'Ostravel',
          kind: 'STATE',
          aliases: ['Ostravel Republic'],
          metonyms: ['Brenholm'],
          demonyms: ['Ostravelian'],
          hosts: ['ostravel.example'],
        },
      },
      editor,
    );
    const id = createActor.actor.id;
    const replaced = await api.query(UPDATE_NAMED, { input: { id, metonyms: ['Castle Brenholm', 'Brenholm'], hosts: ['news.ostravel.example'] } }, editor);
    assert.deepEqual(replaced.updateActor.actor, {
      name: 'Ostravel',
      aliases: ['Ostravel Republic'],
      metonyms: ['Castle Brenholm', 'Brenholm'],
      demonyms: ['Ostravelian'],
      hosts: ['news.ostravel.example'],
      version: 2,
    });
    const cleared = await api.query(UPDATE_NAMED, { input: { id, metonyms: null, demonyms: null, hosts: null } }, editor);
    const expected = { name: 'Ostravel', aliases: ['Ostravel Republic'], metonyms: [], demonyms: [], hosts: [], version: 3 };
    assert.deepEqual(cleared.updateActor.actor, expected);
    assert.deepEqual((await api.query(READ_NAMED, { id })).actor, expected);
  });

  it('refuses a host that is not a host name with BAD_USER_INPUT naming it, and stores nothing', async () => {
    const { createActor } = await api.query(CREATE_NAMED, { input: { name: 'Harbour Ledger', kind: 'MEDIA', hosts: ['harbourledger.example'] } }, editor);
    const id = createActor.actor.id;
    const before = await snapshotCollections(api.testDatabase.database);
    for (const host of [
      'localhost',
      'harbour ledger.example',
      'harbour_ledger.example',
      '-harbour.example',
      'harbour..example',
      'https://',
      'harbour.example:news',
    ]) {
      const created = await api.expectError(
        CREATE_NAMED,
        { input: { name: 'Harbour Ledger Weekly', kind: 'MEDIA', hosts: ['weekly.example', host] } },
        editor,
        'BAD_USER_INPUT',
        'input.hosts[1]',
      );
      assert.equal(
        created.message,
        `input.hosts[1]: "${host}" is not a web host: expected a host name such as "yna.co.kr" (labels of letters, digits and hyphens joined by dots), or an address on it`,
      );
      await api.expectError(UPDATE_NAMED, { input: { id, hosts: [host] } }, editor, 'BAD_USER_INPUT', 'input.hosts[0]');
    }
    assert.deepEqual(await snapshotCollections(api.testDatabase.database), before);
    assert.deepEqual((await api.query(READ_NAMED, { id })).actor?.hosts, ['harbourledger.example']);
  });

  it('refuses a name or alias another actor of the kind already goes by, naming that actor, and stores nothing', async () => {
    const northKorea = actorId('north-korea');
    const { createActor } = await api.query(CREATE_NAMED, { input: { name: 'Republic of Palau', kind: 'STATE', aliases: ['Palau'] } }, editor);
    const palau = createActor.actor.id;
    const before = await snapshotCollections(api.testDatabase.database);
    const named = await api.expectError(CREATE_NAMED, { input: { name: 'dprk', kind: 'STATE' } }, editor, 'BAD_USER_INPUT', 'input.name');
    assert.equal(named.message, `input.name: "dprk" is already a name of the actor of kind STATE named "North Korea" (id ${northKorea})`);
    await api.expectError(CREATE_NAMED, { input: { name: 'Belau', kind: 'STATE', aliases: ['Pelew', 'PALAU'] } }, editor, 'BAD_USER_INPUT', 'input.aliases[1]');
    await api.expectError(UPDATE_NAMED, { input: { id: palau, aliases: ['Palau', 'DPRK'] } }, editor, 'BAD_USER_INPUT', 'input.aliases[1]');
    await api.expectError(UPDATE_NAMED, { input: { id: palau, name: 'North Korea' } }, editor, 'BAD_USER_INPUT', 'input.name');
    assert.deepEqual(await snapshotCollections(api.testDatabase.database), before);
    // Another kind may go by the same word: a newspaper named after a state is not the state.
    await api.query(CREATE_NAMED, { input: { name: 'Palau Times', kind: 'MEDIA', aliases: ['Palau'] } }, editor);
  });

  it('finds an actor by a metonym or a demonym, and no longer by one replaced', async () => {
    const { createActor } = await api.query(
      CREATE_NAMED,
      { input: { name: 'Kingdom of Tarsany', kind: 'STATE', metonyms: ['Vellbridge'], demonyms: ['Tarsanese'] } },
      editor,
    );
    const names = async (search: string, orderBy: 'NAME_ASC' | 'RELEVANCE' = 'NAME_ASC') =>
      (await api.query(SEARCH_NAMES, { search, orderBy })).actors.edges.map((edge) => edge.node.name);
    assert.deepEqual(await names('vellbridge'), ['Kingdom of Tarsany']);
    assert.deepEqual(await names('Vellbridge', 'RELEVANCE'), ['Kingdom of Tarsany']);
    assert.deepEqual(await names('tarsanese'), ['Kingdom of Tarsany']);
    await api.query(UPDATE_NAMED, { input: { id: createActor.actor.id, metonyms: ['Kestrelford'] } }, editor);
    assert.deepEqual(await names('vellbridge'), []);
    assert.deepEqual(await names('kestrelford'), ['Kingdom of Tarsany']);
  });

  it('updates only the fields given', async () => {
    const { updateActor } = await api.query(
      UPDATE,
      { input: { id: actorId('japan'), aliases: ['Tokyo', 'Japanese'], description: 'State in East Asia.' } },
      editor,
    );
    assert.deepEqual(updateActor.actor, {
      name: 'Japan',
      kind: 'STATE',
      aliases: ['Tokyo', 'Japanese'],
      description: 'State in East Asia.',
      affiliation: null,
      roles: [],
      sources: [],
    });
  });
});
