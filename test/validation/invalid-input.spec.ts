import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, eventId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import type { CreateEventInput } from '../testkit/operations/graphql';
import { EDITOR_KEY, snapshotCollections, startTestServer, type Operation, type TestServer } from '../testkit/test-server';

const CREATE_EVENT = graphql(`
  mutation InvalidInputCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }
`);
const UPDATE_EVENT = graphql(`
  mutation InvalidInputUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }
`);
const CREATE_MEASURE = graphql(`
  mutation InvalidInputCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }
`);
const UPDATE_ACTOR = graphql(`
  mutation InvalidInputUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }
`);
const ATTACH = graphql(`
  mutation InvalidInputAttachEvidence($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }
`);
const EVENTS_IN_RANGE = graphql(`
  query InvalidInputEventsInRange($from: String, $to: String) { events(filter: { date: { from: $from, to: $to } }) { totalCount } }
`);
const EVENT = graphql(`
  query InvalidInputEvent($id: ID!) { event(id: $id) { id } }
`);

const source = { articleId: articleId(SEED_ARTICLES['004']), quote: "South Korea summoned Russia's ambassador" };
const validEvent = {
  title: 'A valid event',
  kind: 'STATEMENT',
  date: '2023-09-19',
  participants: [{ actorId: actorId('south-korea'), role: 'INITIATOR' }],
  sources: [source],
} satisfies CreateEventInput;
const editor = { apiKey: EDITOR_KEY };

describe('invalid input', () => {
  let api: TestServer;
  let before_: Record<string, unknown[]>;
  before(async () => {
    api = await startTestServer();
    before_ = await snapshotCollections(api.testDatabase.database);
  });
  after(async () => {
    // Every case below was refused, so nothing at all was written.
    assert.deepEqual(await snapshotCollections(api.testDatabase.database), before_);
    await api.stop();
  });

  const refuses = <TResult, TVariables>(
    name: string,
    operation: Operation<TResult, TVariables>,
    variables: TVariables,
    code: string,
    field: string,
    message: string,
  ) =>
    it(name, async () => {
      const error = await api.expectError(operation, variables, editor, code, field);
      assert.equal(error.message, message);
    });

  refuses(
    'an update of an unknown event is NOT_FOUND',
    UPDATE_EVENT,
    { input: { id: eventId('no-such-event'), title: 'x' } },
    'NOT_FOUND',
    'input.id',
    `input.id: no event with id "${eventId('no-such-event')}"`,
  );

  refuses(
    'an unknown participant is NOT_FOUND, naming the list item',
    CREATE_EVENT,
    { input: { ...validEvent, participants: [validEvent.participants[0], { actorId: actorId('atlantis'), role: 'TARGET' }] } },
    'NOT_FOUND',
    'input.participants[1].actorId',
    `input.participants[1].actorId: no actor with id "${actorId('atlantis')}"`,
  );

  refuses(
    'a quote that is not in the article is BAD_USER_INPUT',
    CREATE_MEASURE,
    { input: { title: 'M', kind: 'WARNING', status: 'ANNOUNCED', issuerIds: [actorId('south-korea')], sources: [{ ...source, quote: 'Seoul declared war' }] } },
    'BAD_USER_INPUT',
    'input.sources[0].quote',
    'input.sources[0].quote: not found in the article body',
  );

  refuses(
    'a quote of an unknown article is NOT_FOUND',
    CREATE_EVENT,
    { input: { ...validEvent, sources: [{ articleId: articleId('nope'), quote: 'x' }] } },
    'NOT_FOUND',
    'input.sources[0].articleId',
    `input.sources[0].articleId: no article with id "${articleId('nope')}"`,
  );

  refuses(
    'an empty title is BAD_USER_INPUT',
    CREATE_EVENT,
    { input: { ...validEvent, title: '   ' } },
    'BAD_USER_INPUT',
    'input.title',
    'input.title: must not be empty',
  );

  refuses(
    'an oversize title is BAD_USER_INPUT',
    CREATE_EVENT,
    { input: { ...validEvent, title: 'x'.repeat(301) } },
    'BAD_USER_INPUT',
    'input.title',
    'input.title: at most 300 characters, got 301',
  );

  refuses(
    'too many aliases are BAD_USER_INPUT',
    UPDATE_ACTOR,
    { input: { id: actorId('japan'), aliases: Array.from({ length: 51 }, (_, i) => `J${i}`) } },
    'BAD_USER_INPUT',
    'input.aliases',
    'input.aliases: at most 50 items, got 51',
  );

  refuses(
    'an impossible date is BAD_USER_INPUT',
    CREATE_EVENT,
    { input: { ...validEvent, date: '2023-02-30' } },
    'BAD_USER_INPUT',
    'input.date',
    'input.date: 2023-02-30 does not exist',
  );

  refuses(
    'a malformed date is BAD_USER_INPUT',
    CREATE_EVENT,
    { input: { ...validEvent, date: 'last Tuesday' } },
    'BAD_USER_INPUT',
    'input.date',
    'input.date: "last Tuesday" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a trailing ~ marks it approximate)',
  );

  refuses(
    'an event without sources is BAD_USER_INPUT',
    CREATE_EVENT,
    { input: { ...validEvent, sources: [] } },
    'BAD_USER_INPUT',
    'input.sources',
    'input.sources: an event needs at least one source quote',
  );

  refuses(
    'a string that is not an id is BAD_USER_INPUT',
    CREATE_EVENT,
    { input: { ...validEvent, participants: [{ actorId: 'north-korea', role: 'TARGET' }] } },
    'BAD_USER_INPUT',
    'input.participants[0].actorId',
    'input.participants[0].actorId: "north-korea" is not a Dossier id',
  );

  refuses(
    'an id of the wrong type is BAD_USER_INPUT',
    CREATE_MEASURE,
    { input: { title: 'M', kind: 'WARNING', status: 'ANNOUNCED', issuerIds: [eventId('evt-kim-putin-summit')], sources: [source] } },
    'BAD_USER_INPUT',
    'input.issuerIds[0]',
    'input.issuerIds[0]: expected an Actor id, got an Event id',
  );

  refuses(
    'renaming an actor to the name of another of its kind is BAD_USER_INPUT',
    UPDATE_ACTOR,
    { input: { id: actorId('japan'), name: 'north korea' } },
    'BAD_USER_INPUT',
    'input.name',
    `input.name: an actor of kind STATE named "North Korea" already exists (id ${actorId('north-korea')})`,
  );

  refuses(
    'evidence for an unknown event is NOT_FOUND',
    ATTACH,
    { input: { subjectId: eventId('gone'), source } },
    'NOT_FOUND',
    'input.subjectId',
    `input.subjectId: no event with id "${eventId('gone')}"`,
  );

  refuses(
    'a date range that ends before it starts is BAD_USER_INPUT',
    EVENTS_IN_RANGE,
    { from: '2023-10', to: '2023-09' },
    'BAD_USER_INPUT',
    'filter.date',
    'filter.date: the range ends (2023-09) before it starts (2023-10)',
  );

  it('a request body over 1 MB is refused with HTTP 413', async () => {
    const response = await api.request(CREATE_EVENT, { input: { ...validEvent, description: 'x'.repeat(1_100_000) } }, editor);
    assert.equal(response.status, 413);
    assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('a wrong enum value is refused by GraphQL validation', async () => {
    // A kind the schema does not have: these variables do not type-check, so the operation's text goes with api.send.
    const response = await api.send(CREATE_EVENT.toString(), { input: { ...validEvent, kind: 'PARTY' } }, editor);
    assert.equal(response.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.match(response.errors![0]!.message, /Value "PARTY" does not exist in "EventKind" enum/);
  });

  refuses(
    'a text with a lone UTF-16 surrogate is BAD_USER_INPUT, not stored as U+FFFD',
    CREATE_EVENT,
    { input: { ...validEvent, title: 'Broken \ud800 title' } },
    'BAD_USER_INPUT',
    'variables.input.title',
    'variables.input.title: contains a lone UTF-16 surrogate, which is not a character',
  );

  it('a malformed id is quoted back cut short, not whole', async () => {
    const long = `!${'x'.repeat(100_000)}`;
    const error = await api.expectError(EVENT, { id: long }, {}, 'BAD_USER_INPUT', 'id');
    assert.equal(error.message, `id: "!${'x'.repeat(59)}…" is not a Dossier id`);
  });
});
