import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { nextWithin } from '../testkit/async';
import { actorId, eventId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { sdkFor } from '../testkit/sdk';
import { EDITOR_KEY, READER_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };
const reader = { apiKey: READER_KEY };

// Pages written for this spec: a summons, a signing and a sanction the text says did not happen;
// a second outlet's retelling of the summons; a report of a meeting already on record.
const SUMMONS_PAGE = [
  'Manila summons Chinese envoy over water cannon attack',
  'March 4, 2025',
  "The Philippines summoned China's ambassador on Tuesday to protest a water cannon attack on a Philippine supply boat near Second Thomas Shoal.",
  'Japan and the Philippines signed a reciprocal access agreement in Tokyo on Monday, officials said.',
  'The Philippines did not impose sanctions on Chinese officials.',
].join('\n');
const RETELLING_PAGE = [
  'Philippines protests to Beijing',
  'March 5, 2025',
  'Manila summoned the Chinese ambassador on Tuesday over the water cannon incident, the foreign ministry said.',
].join('\n');
const OTHER_PROTEST_PAGE = [
  'Manila protests fishing ban',
  'March 5, 2025',
  'The Philippines on Tuesday also lodged a diplomatic protest with China over its fishing ban in the South China Sea, officials said.',
].join('\n');
const ANSWER_PAGE = [
  'Manila protests Chinese rocket drills',
  'May 9, 2025',
  'The Philippines lodged a formal protest with China on Friday after three rockets fired during large-scale Chinese military drills landed in Philippine waters.',
].join('\n');
const MEETING_PAGE = [
  'Tokyo and Manila talk maritime security',
  'April 11, 2025',
  'Japan and the Philippines held talks in Manila on Thursday on maritime security.',
].join('\n');

const CREATE_ACTOR = graphql(`
  mutation ProposalsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }
`);

const CREATE_EVENT = graphql(`
  mutation ProposalsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }
`);

const INGEST = graphql(`
  mutation ProposalsIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      article { id body }
      events {
        id title kind review date { text } participants { role actor { name } }
        coding { confidence mode ploverType coderVersion } sources { quote start end article { id } } dateClaims { date { text } }
      }
      measures {
        id title kind status review date { text } issuers { name } targets { name }
        coding { confidence mode ploverType } sources { quote start end article { id } }
        responses { event { id } source { quote start end } }
      }
    }
  }
`);

const LISTS = graphql(`
  query ProposalsLists($search: String!) {
    events(filter: { search: $search }) { totalCount }
    proposedEvents: events(filter: { search: $search, review: [PROPOSED] }) { totalCount edges { node { id } } }
    proposedMeasures: measures(filter: { review: [PROPOSED] }) { edges { node { id } } }
    rejectedMeasures: measures(filter: { review: [REJECTED] }) { edges { node { id reviewNote } } }
    reviewQueue { totalCount edges { node { __typename ... on Event { id coding { confidence } } ... on Measure { id coding { confidence } } } } }
  }
`);

const ACCEPT = graphql(`
  mutation ProposalsAccept($id: ID!, $note: String, $event: EventChanges, $measure: MeasureChanges) {
    acceptProposal(id: $id, note: $note, event: $event, measure: $measure) {
      record { ... on Event { id title review reviewNote version } ... on Measure { id review version } }
    }
  }
`);

const REJECT = graphql(`
  mutation ProposalsReject($id: ID!, $reason: String!) {
    rejectProposal(id: $id, reason: $reason) { record { ... on Measure { id review reviewNote version } ... on Event { id review version } } }
  }
`);

const CODE = graphql(`
  mutation ProposalsCode($articleId: ID!) { codeArticle(articleId: $articleId) { proposed merged alreadyCoded events { id } measures { id } } }
`);

const EVENT_VERSION = graphql(`
  query ProposalsEventVersion($id: ID!) { node(id: $id) { ... on Event { version review title } } }
`);

describe('coding ingested articles into proposals', () => {
  let api: TestServer;
  const ingested: Record<string, { articleId: string; eventIds: string[]; measureIds: string[] }> = {};
  const actors = new Map<string, string>();
  before(async () => {
    api = await startTestServer();
    for (const input of [
      { name: 'Philippines', kind: 'STATE' as const, aliases: ['the Philippines'], metonyms: ['Manila'], demonyms: ['Philippine', 'Filipino'] },
      { name: 'China', kind: 'STATE' as const, metonyms: ['Beijing'], demonyms: ['Chinese'] },
    ]) {
      const { createActor } = await api.query(CREATE_ACTOR, { input }, editor);
      actors.set(input.name, createActor.actor.id);
    }
  });
  after(() => api.stop());

  it('proposes what a page reports as it is ingested, quoted at its offsets, to a subscriber of proposals and not to default reads', async () => {
    const subscriber = sdkFor(api);
    const proposals = subscriber.eventAdded({ filter: { review: ['PROPOSED'] } })[Symbol.asyncIterator]();
    try {
      const delivered = nextWithin(proposals, 10_000, 'proposed event');
      const { ingestArticle } = await api.query(INGEST, { input: { rawText: SUMMONS_PAGE } }, editor);
      const { article, events, measures } = ingestArticle;
      ingested.summons = { articleId: article.id, eventIds: events.map((event) => event.id), measureIds: measures.map((measure) => measure.id) };
      for (const record of [...events, ...measures]) {
        for (const source of record.sources) assert.equal(article.body.slice(source.start, source.end), source.quote);
      }
      assert.deepEqual(
        events.map(({ kind, review, date, participants, coding, sources, dateClaims }) => ({
          kind,
          review,
          date,
          participants,
          coding,
          quotes: sources.map((source) => source.quote),
          dateClaims,
        })),
        [
          {
            kind: 'TREATY_SIGNING',
            review: 'PROPOSED',
            date: { text: '2025-03-03' },
            participants: [
              { role: 'PARTICIPANT', actor: { name: 'Japan' } },
              { role: 'PARTICIPANT', actor: { name: 'Philippines' } },
            ],
            coding: { confidence: 0.9, mode: 'ASSERTED', ploverType: 'AGREE', coderVersion: 'dossier-coder/2 (lexicon 2026-11)' },
            quotes: ['Japan and the Philippines signed a reciprocal access agreement in Tokyo on Monday'],
            dateClaims: [{ date: { text: '2025-03-03' } }],
          },
        ],
      );
      // The sanction the text says was not imposed is not proposed.
      assert.deepEqual(
        measures.map(({ kind, status, review, date, issuers, targets, coding, title }) => ({ kind, status, review, date, issuers, targets, coding, title })),
        [
          {
            kind: 'DIPLOMATIC_PROTEST',
            status: 'IMPLEMENTED',
            review: 'PROPOSED',
            date: { text: '2025-03-04' },
            issuers: [{ name: 'Philippines' }],
            targets: [{ name: 'China' }],
            coding: { confidence: 0.95, mode: 'ASSERTED', ploverType: 'PROTEST' },
            title: "The Philippines summoned China's ambassador on Tuesday to protest a water cannon attack on a Philippine supply boat…",
          },
        ],
      );
      const change = await delivered;
      assert.equal(change.eventAdded.event.id, events[0]!.id);
      const lists = await api.query(LISTS, { search: 'reciprocal access' });
      assert.equal(lists.events.totalCount, 0, 'default reads leave proposals out');
      assert.deepEqual(
        lists.proposedEvents.edges.map((edge) => edge.node.id),
        [events[0]!.id],
      );
      assert.deepEqual(
        lists.reviewQueue.edges.map((edge) => edge.node.id),
        [measures[0]!.id, events[0]!.id],
        'the most confident first',
      );
    } finally {
      await proposals.return?.();
      await subscriber.close();
    }
  });

  it('adds a retelling of a proposed happening to it as a source instead of proposing it again', async () => {
    const { ingestArticle } = await api.query(INGEST, { input: { rawText: RETELLING_PAGE } }, editor);
    assert.deepEqual(ingestArticle.events, []);
    assert.deepEqual(
      ingestArticle.measures.map((measure) => ({ id: measure.id, articles: measure.sources.map((source) => source.article.id) })),
      [{ id: ingested.summons!.measureIds[0]!, articles: [ingested.summons!.articleId, ingestArticle.article.id] }],
    );
    const lists = await api.query(LISTS, { search: 'reciprocal access' });
    assert.equal(lists.reviewQueue.totalCount, 2);
  });

  it('keeps apart two protests of one day by one state about different things', async () => {
    const { ingestArticle } = await api.query(INGEST, { input: { rawText: OTHER_PROTEST_PAGE } }, editor);
    assert.deepEqual(
      ingestArticle.measures.map((measure) => ({ kind: measure.kind, review: measure.review, date: measure.date, sources: measure.sources.length })),
      [{ kind: 'DIPLOMATIC_PROTEST', review: 'PROPOSED', date: { text: '2025-03-04' }, sources: 1 }],
    );
    assert.notEqual(ingestArticle.measures[0]!.id, ingested.summons!.measureIds[0]);
    ingested.otherProtest = { articleId: ingestArticle.article.id, eventIds: [], measureIds: [ingestArticle.measures[0]!.id] };
  });

  it('adds a report of a recorded event to it as a source', async () => {
    const { createEvent } = await api.query(
      CREATE_EVENT,
      {
        input: {
          title: 'Japan and the Philippines hold maritime talks',
          kind: 'MEETING',
          date: '2025-04-10',
          participants: [
            { actorId: actorId('japan'), role: 'PARTICIPANT' },
            { actorId: actors.get('Philippines')!, role: 'PARTICIPANT' },
          ],
          sources: [{ articleId: ingested.summons!.articleId, quote: 'Japan and the Philippines' }],
        },
      },
      editor,
    );
    const { ingestArticle } = await api.query(INGEST, { input: { rawText: MEETING_PAGE } }, editor);
    assert.deepEqual(
      ingestArticle.events.map((event) => ({ id: event.id, review: event.review, quotes: event.sources.map((source) => source.quote) })),
      [
        {
          id: createEvent.event.id,
          review: 'ACCEPTED',
          quotes: ['Japan and the Philippines', 'Japan and the Philippines held talks in Manila on Thursday on maritime security'],
        },
      ],
    );
  });

  it('accepts a proposal with an edit in one change', async () => {
    const id = ingested.summons!.eventIds[0]!;
    const { acceptProposal } = await api.query(
      ACCEPT,
      { id, note: 'Checked against the ministry statement.', event: { title: 'Japan and the Philippines sign a reciprocal access agreement' } },
      editor,
    );
    assert.deepEqual(acceptProposal.record, {
      id,
      title: 'Japan and the Philippines sign a reciprocal access agreement',
      review: 'ACCEPTED',
      reviewNote: 'Checked against the ministry statement.',
      version: 2,
    });
    const lists = await api.query(LISTS, { search: 'reciprocal access' });
    assert.equal(lists.events.totalCount, 1, 'accepted, it is part of the record');
    assert.equal(lists.proposedEvents.totalCount, 0);
  });

  it('rejects a proposal, which then stays out of the queue even when its article is coded again', async () => {
    const id = ingested.summons!.measureIds[0]!;
    const { rejectProposal } = await api.query(REJECT, { id, reason: 'A retelling of an older summons.' }, editor);
    assert.deepEqual(rejectProposal.record, { id, review: 'REJECTED', reviewNote: 'A retelling of an older summons.', version: 3 });
    const { codeArticle } = await api.query(CODE, { articleId: ingested.summons!.articleId }, editor);
    assert.deepEqual(codeArticle, { proposed: 0, merged: 0, alreadyCoded: 2, events: [], measures: [] });
    const lists = await api.query(LISTS, { search: 'reciprocal access' });
    assert.deepEqual(
      lists.proposedMeasures.edges.map((edge) => edge.node.id),
      ingested.otherProtest!.measureIds,
    );
    assert.deepEqual(lists.rejectedMeasures.edges, [{ node: { id, reviewNote: 'A retelling of an older summons.' } }]);
    assert.deepEqual(
      lists.reviewQueue.edges.map((edge) => edge.node.id),
      ingested.otherProtest!.measureIds,
    );
  });

  it('refuses bad ids, decisions already made, empty reasons and reader keys, writing nothing', async () => {
    const id = ingested.summons!.eventIds[0]!;
    await api.expectError(ACCEPT, { id: actorId('japan') }, editor, 'BAD_USER_INPUT', 'id');
    await api.expectError(ACCEPT, { id: eventId('no-such-event') }, editor, 'NOT_FOUND', 'input.id');
    await api.expectError(ACCEPT, { id }, editor, 'BAD_USER_INPUT', 'id');
    await api.expectError(ACCEPT, { id, measure: { title: 'A measure' } }, editor, 'BAD_USER_INPUT', 'measure');
    await api.expectError(ACCEPT, { id }, reader, 'FORBIDDEN');
    await api.expectError(REJECT, { id, reason: '   ' }, editor, 'BAD_USER_INPUT', 'reason');
    await api.expectError(REJECT, { id, reason: 'No.' }, reader, 'FORBIDDEN');
    await api.expectError(CODE, { articleId: ingested.summons!.articleId }, reader, 'FORBIDDEN');
    await api.expectError(CODE, { articleId: eventId('x') }, editor, 'BAD_USER_INPUT', 'articleId');
    const { node } = await api.query(EVENT_VERSION, { id });
    assert.deepEqual(node, { version: 2, review: 'ACCEPTED', title: 'Japan and the Philippines sign a reciprocal access agreement' });
  });

  it('links a measure to the event it answers with the words that say so', async () => {
    const { ingestArticle } = await api.query(INGEST, { input: { rawText: ANSWER_PAGE } }, editor);
    const { article, events, measures } = ingestArticle;
    assert.deepEqual(
      events.map((event) => event.kind),
      ['MILITARY_EXERCISE'],
    );
    assert.deepEqual(
      measures.map((measure) => ({ kind: measure.kind, responses: measure.responses })),
      [
        {
          kind: 'DIPLOMATIC_PROTEST',
          responses: [
            {
              event: { id: events[0]!.id },
              source: { quote: 'after three rockets fired during large-scale Chinese military drills landed in Philippine waters', start: 61, end: 157 },
            },
          ],
        },
      ],
    );
    const { start, end, quote } = measures[0]!.responses[0]!.source!;
    assert.equal(article.body.slice(start, end), quote);
  });
});

describe('joining reports of one diplomatic step', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
    for (const input of [
      { name: 'Philippines', kind: 'STATE' as const, aliases: ['the Philippines'], metonyms: ['Manila'], demonyms: ['Philippine', 'Filipino'] },
      { name: 'China', kind: 'STATE' as const, metonyms: ['Beijing'], demonyms: ['Chinese'] },
    ]) {
      await api.query(CREATE_ACTOR, { input }, editor);
    }
  });
  after(() => api.stop());

  const ingest = async (lines: string[]) => (await api.query(INGEST, { input: { rawText: lines.join('\n') } }, editor)).ingestArticle;

  it('joins a summons announced the day before to the summons, and keeps a protest note of the same day and words apart', async () => {
    const summons = await ingest([
      'Manila summons Chinese envoy over water cannon attack',
      'March 4, 2025',
      "Manila summoned China's ambassador on Tuesday over the water cannon attack on a Philippine supply boat.",
    ]);
    const announced = await ingest([
      'Manila to summon Chinese envoy over water cannon attack',
      'March 3, 2025',
      "Manila said it will summon China's ambassador over the water cannon attack on a Philippine supply boat.",
    ]);
    const note = await ingest([
      'Philippines lodges diplomatic protest with Beijing',
      'March 5, 2025',
      'The Philippines also lodged a diplomatic protest with China on Tuesday over the water cannon attack on a Philippine supply boat.',
    ]);
    const recordOf = (measures: typeof summons.measures) => measures.map((measure) => ({ id: measure.id, sources: measure.sources.length }));
    assert.deepEqual(recordOf(summons.measures), [{ id: summons.measures[0]!.id, sources: 1 }]);
    assert.deepEqual(recordOf(announced.measures), [{ id: summons.measures[0]!.id, sources: 2 }]);
    assert.equal(note.measures.length, 1);
    assert.notEqual(note.measures[0]!.id, summons.measures[0]!.id);
    assert.deepEqual(note.measures[0]!.sources.length, 1);
  });

  it('joins a pact held in abeyance to the report of its suspension', async () => {
    const suspended = await ingest([
      'Philippines suspends fisheries pact with China',
      'March 5, 2025',
      'The Philippines suspended its 1998 pact with China on Tuesday.',
    ]);
    const abeyance = await ingest([
      'Manila puts fisheries deal with Beijing on ice',
      'March 5, 2025',
      'Manila said on Tuesday it was holding the agreement with Beijing in abeyance.',
    ]);
    assert.deepEqual(
      abeyance.measures.map((measure) => ({ id: measure.id, kind: measure.kind, sources: measure.sources.length })),
      [{ id: suspended.measures[0]!.id, kind: 'SUSPENSION', sources: 2 }],
    );
  });

  it('joins the report of a meeting to the announcement naming who would meet', async () => {
    const announced = await ingest([
      'Manila convenes maritime council after shoal incident',
      'March 5, 2025',
      'Manila said the National Maritime Council would meet on Thursday morning to respond.',
    ]);
    const held = await ingest([
      'Maritime council orders more patrols at the shoal',
      'March 7, 2025',
      "The decisions were taken at a meeting of the Philippines' National Maritime Council.",
    ]);
    assert.deepEqual(
      held.events.map((event) => ({ id: event.id, kind: event.kind, date: event.date, sources: event.sources.length })),
      [{ id: announced.events[0]!.id, kind: 'MEETING', date: { text: '2025-03-06' }, sources: 2 }],
    );
  });
});
