import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, READER_KEY, startTestServer, type Operation, type TestServer } from '../testkit/test-server';

const CREATE_ACTOR = graphql(`
  mutation MergeCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }
`);
const CREATE_EVENT = graphql(`
  mutation MergeCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }
`);
const CREATE_MEASURE = graphql(`
  mutation MergeCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }
`);
const INGEST = graphql(`
  mutation MergeIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id mentions { actor { id } text } } } }
`);
const MERGE_ACTORS = graphql(`
  mutation MergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { actor { id name aliases mergedFrom } movedReferences } }
`);
const MERGE_EVENTS = graphql(`
  mutation MergeEvents($input: MergeEventsInput!) {
    mergeEvents(input: $input) { event { id sources { quote } dateClaims { date { text } } participants { actor { id } role } mergedFrom } movedReferences }
  }
`);
const AFTER_ACTOR_MERGE = graphql(`
  query MergeAfterActors($merged: ID!, $event: ID!, $measure: ID!, $article: ID!) {
    node(id: $merged) { id ... on Actor { name } }
    event(id: $event) { participants { actor { id } role } }
    measure(id: $measure) { issuers { id } targets { id } }
    article(id: $article) { mentions { actor { id } text } }
    actors(filter: { search: "Choson" }) { edges { node { id } } }
  }
`);
const AFTER_EVENT_MERGE = graphql(`
  query MergeAfterEvents($merged: ID!, $measure: ID!) {
    node(id: $merged) { id }
    measure(id: $measure) { respondsTo { id } }
    events(filter: { search: "Zephyrine" }) { totalCount }
  }
`);

const INGEST_CODED = graphql(`
  mutation MergeIngestCoded($input: IngestArticleInput!) {
    ingestArticle(input: $input) { events { id kind } measures { id responses { event { id } source { quote } } } }
  }
`);
const RESPONSES = graphql(`
  query MergeResponses($measure: ID!) { measure(id: $measure) { respondsTo { id } responses { event { id } source { quote } } } }
`);
// A page written for this spec: a protest at rockets fired during drills.
const ANSWER_PAGE = [
  'Seoul protests rocket drills',
  'May 9, 2025',
  'South Korea lodged a formal protest with North Korea on Friday after three rockets fired during large-scale North Korean military drills landed in South Korean waters.',
].join('\n');

const ACTOR_VERSION = graphql(`
  query MergeActorVersions($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { version aliases mergedFrom } } }
`);

const SOURCE = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };
const OTHER_SOURCE = { articleId: articleId(SEED_ARTICLES['000']), quote: 'a senior government official said Saturday' };
const NORTH_KOREA = actorId('north-korea');
const SOUTH_KOREA = actorId('south-korea');

describe('merging records that are one', () => {
  let api: TestServer;
  const editor = { apiKey: EDITOR_KEY };
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const errorsOf = async <TResult, TVariables>(operation: Operation<TResult, TVariables>, variables: TVariables, apiKey?: string) =>
    (await api.request(operation, variables, apiKey ? { apiKey } : {})).errors?.map((error) => [error.extensions?.code, error.extensions?.field]);

  it('moves every reference of merged actors to the survivor, which takes their names, and their ids resolve to it', async () => {
    const choson = (await api.query(CREATE_ACTOR, { input: { name: 'Choson State', kind: 'STATE', aliases: ['Chosonland'] } }, editor)).createActor.actor.id;
    const event = (
      await api.query(
        CREATE_EVENT,
        {
          input: {
            title: 'Chosonland border talks',
            kind: 'MEETING',
            participants: [
              { actorId: choson, role: 'HOST' },
              { actorId: SOUTH_KOREA, role: 'PARTICIPANT' },
            ],
            sources: [SOURCE],
          },
        },
        editor,
      )
    ).createEvent.event.id;
    const measure = (
      await api.query(
        CREATE_MEASURE,
        { input: { title: 'Chosonland warning', kind: 'WARNING', status: 'ANNOUNCED', issuerIds: [choson], targetIds: [SOUTH_KOREA], sources: [SOURCE] } },
        editor,
      )
    ).createMeasure.measure.id;
    const ingested = await api.query(
      INGEST,
      {
        input: {
          rawText:
            'Border talks resume after a pause of two years\n\nChoson State held border talks on Monday with its southern neighbour.\n\nThe talks ended without a statement.',
          code: false,
        },
      },
      editor,
    );
    assert.deepEqual(ingested.ingestArticle.article.mentions, [{ actor: { id: choson }, text: 'Choson State' }]);

    const { mergeActors } = await api.query(MERGE_ACTORS, { input: { survivorId: NORTH_KOREA, mergedIds: [choson] } }, editor);
    assert.equal(mergeActors.movedReferences, 3);
    assert.deepEqual(mergeActors.actor.mergedFrom, [choson]);
    assert.deepEqual(mergeActors.actor.aliases.slice(-2), ['Choson State', 'Chosonland']);

    const read = await api.query(AFTER_ACTOR_MERGE, { merged: choson, event, measure, article: ingested.ingestArticle.article.id });
    assert.deepEqual(read, {
      node: { id: NORTH_KOREA, name: 'North Korea' },
      event: {
        participants: [
          { actor: { id: NORTH_KOREA }, role: 'HOST' },
          { actor: { id: SOUTH_KOREA }, role: 'PARTICIPANT' },
        ],
      },
      measure: { issuers: [{ id: NORTH_KOREA }], targets: [{ id: SOUTH_KOREA }] },
      article: { mentions: [{ actor: { id: NORTH_KOREA }, text: 'Choson State' }] },
      actors: { edges: [{ node: { id: NORTH_KOREA } }] },
    });

    // The merged names now belong to the survivor; the merged actor cannot be merged again.
    assert.deepEqual(await errorsOf(CREATE_ACTOR, { input: { name: 'Chosonland', kind: 'STATE' } }, EDITOR_KEY), [['BAD_USER_INPUT', 'input.name']]);
    assert.deepEqual(await errorsOf(MERGE_ACTORS, { input: { survivorId: SOUTH_KOREA, mergedIds: [choson] } }, EDITOR_KEY), [
      ['BAD_USER_INPUT', 'input.mergedIds[0]'],
    ]);
  });

  it('moves the sources, date claims, participants and answering measures of merged events to the survivor', async () => {
    const create = async (title: string, date: string, source: typeof SOURCE, actor: string) =>
      (
        await api.query(
          CREATE_EVENT,
          {
            input: { title, kind: 'MEETING', dateClaims: [{ date, source }], participants: [{ actorId: actor, role: 'PARTICIPANT' }], sources: [source] },
          },
          editor,
        )
      ).createEvent.event.id;
    const survivor = await create('Zephyrine summit', '2024-02-02', SOURCE, SOUTH_KOREA);
    const merged = await create('Zephyrine summit, second report', '2024-02', OTHER_SOURCE, NORTH_KOREA);
    const measure = (
      await api.query(
        CREATE_MEASURE,
        {
          input: {
            title: 'Zephyrine response',
            kind: 'WARNING',
            status: 'ANNOUNCED',
            issuerIds: [SOUTH_KOREA],
            respondsToEventIds: [merged],
            sources: [SOURCE],
          },
        },
        editor,
      )
    ).createMeasure.measure.id;

    const { mergeEvents } = await api.query(MERGE_EVENTS, { input: { survivorId: survivor, mergedIds: [merged] } }, editor);
    assert.deepEqual(mergeEvents, {
      event: {
        id: survivor,
        sources: [{ quote: SOURCE.quote }, { quote: OTHER_SOURCE.quote }],
        dateClaims: [{ date: { text: '2024-02-02' } }, { date: { text: '2024-02' } }],
        participants: [
          { actor: { id: SOUTH_KOREA }, role: 'PARTICIPANT' },
          { actor: { id: NORTH_KOREA }, role: 'PARTICIPANT' },
        ],
        mergedFrom: [merged],
      },
      movedReferences: 1,
    });
    assert.deepEqual(await api.query(AFTER_EVENT_MERGE, { merged, measure }), {
      node: { id: survivor },
      measure: { respondsTo: [{ id: survivor }] },
      events: { totalCount: 1 },
    });
  });

  it('moves the quoted link of a measure answering a merged event to the survivor', async () => {
    const { ingestArticle } = await api.query(INGEST_CODED, { input: { rawText: ANSWER_PAGE } }, editor);
    const [drills] = ingestArticle.events;
    const [protest] = ingestArticle.measures;
    assert.equal(drills?.kind, 'MILITARY_EXERCISE');
    const cue = 'after three rockets fired during large-scale North Korean military drills landed in South Korean waters';
    assert.deepEqual(protest?.responses, [{ event: { id: drills.id }, source: { quote: cue } }]);
    const { createEvent } = await api.query(
      CREATE_EVENT,
      {
        input: {
          title: 'North Korean rocket drills',
          kind: 'MILITARY_EXERCISE',
          participants: [{ actorId: NORTH_KOREA, role: 'INITIATOR' }],
          sources: [SOURCE],
        },
      },
      editor,
    );
    await api.query(MERGE_EVENTS, { input: { survivorId: createEvent.event.id, mergedIds: [drills.id] } }, editor);
    assert.deepEqual(await api.query(RESPONSES, { measure: protest.id }), {
      measure: { respondsTo: [{ id: createEvent.event.id }], responses: [{ event: { id: createEvent.event.id }, source: { quote: cue } }] },
    });
  });

  it('refuses bad merges and keys without the editor role, writing nothing', async () => {
    const held = await api.query(ACTOR_VERSION, { ids: [NORTH_KOREA, SOUTH_KOREA] });
    const input = { survivorId: NORTH_KOREA, mergedIds: [SOUTH_KOREA] };
    assert.deepEqual(await errorsOf(MERGE_ACTORS, { input }), [['UNAUTHENTICATED', undefined]]);
    assert.deepEqual(await errorsOf(MERGE_ACTORS, { input }, READER_KEY), [['FORBIDDEN', undefined]]);
    assert.deepEqual(await errorsOf(MERGE_ACTORS, { input: { survivorId: NORTH_KOREA, mergedIds: [NORTH_KOREA] } }, EDITOR_KEY), [
      ['BAD_USER_INPUT', 'input.mergedIds[0]'],
    ]);
    assert.deepEqual(await errorsOf(MERGE_ACTORS, { input: { survivorId: NORTH_KOREA, mergedIds: [] } }, EDITOR_KEY), [['BAD_USER_INPUT', 'input.mergedIds']]);
    assert.deepEqual(await errorsOf(MERGE_ACTORS, { input: { survivorId: NORTH_KOREA, mergedIds: [actorId('kim-jong-un')] } }, EDITOR_KEY), [
      ['BAD_USER_INPUT', 'input.mergedIds[0]'],
    ]);
    assert.deepEqual(await errorsOf(MERGE_ACTORS, { input: { survivorId: NORTH_KOREA, mergedIds: [actorId('no-such-actor')] } }, EDITOR_KEY), [
      ['NOT_FOUND', 'input.mergedIds[0]'],
    ]);
    assert.deepEqual(await errorsOf(MERGE_EVENTS, { input: { survivorId: NORTH_KOREA, mergedIds: [SOUTH_KOREA] } }, EDITOR_KEY), [
      ['BAD_USER_INPUT', 'input.survivorId'],
    ]);
    assert.deepEqual(await api.query(ACTOR_VERSION, { ids: [NORTH_KOREA, SOUTH_KOREA] }), held);
  });
});
