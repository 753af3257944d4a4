import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId, articleId, eventId, SEED_ARTICLES } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const editor = { apiKey: EDITOR_KEY };
const A2 = articleId(SEED_ARTICLES['002']);
const A3 = articleId(SEED_ARTICLES['003']);

const CREATE = graphql(`
  mutation EventWritesCreate($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id title kind date { text precision approximate } dateDisputed dateClaims { date { text } source { quote start end article { id } } }
        location description participants { role actor { name } } sources { quote start end article { id } }
      }
    }
  }
`);

const FIND_EXHIBITION = graphql(`
  query EventWritesFindExhibition {
    events(filter: { date: { from: "2023-08-15", to: "2023-08-15" }, search: "Arms exhibition Pyongyang" }, orderBy: TITLE_ASC) { edges { node { id } } }
  }
`);

const UPDATE = graphql(`
  mutation EventWritesUpdate($input: UpdateEventInput!) {
    updateEvent(input: $input) { event { title kind location date { text } dateDisputed participants { actor { name } } } }
  }
`);

const ATTACH = graphql(`
  mutation EventWritesAttachEvidence($input: AttachEvidenceInput!) {
    attachEvidence(input: $input) {
      evidence { quote start end }
      subject { id ... on Event { sources { quote } } }
    }
  }
`);

describe('writing events', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  it('records an event whose sources disagree on the date, keeping both claims', async () => {
    const { createEvent } = await api.query(
      CREATE,
      {
        input: {
          title: '  Arms exhibition in Pyongyang  ',
          kind: 'OTHER',
          location: 'Pyongyang',
          participants: [
            { actorId: actorId('sergei-shoigu'), role: 'PARTICIPANT' },
            { actorId: actorId('north-korea'), role: 'HOST' },
          ],
          dateClaims: [
            { date: '2023-07', source: { articleId: A3, quote: 'In July' } },
            { date: '2023-08', source: { articleId: A2, quote: 'Earlier in August' } },
          ],
          sources: [{ articleId: A3, quote: 'attended an arms exhibition' }],
        },
      },
      editor,
    );
    const event = createEvent.event;
    assert.deepEqual(
      { ...event, id: undefined },
      {
        id: undefined,
        title: 'Arms exhibition in Pyongyang',
        kind: 'OTHER',
        date: { text: '2023', precision: 'YEAR', approximate: false },
        dateDisputed: true,
        dateClaims: [
          { date: { text: '2023-07' }, source: { quote: 'In July', start: 1461, end: 1468, article: { id: A3 } } },
          { date: { text: '2023-08' }, source: { quote: 'Earlier in August', start: 2023, end: 2040, article: { id: A2 } } },
        ],
        location: 'Pyongyang',
        description: null,
        participants: [
          { role: 'PARTICIPANT', actor: { name: 'Sergei Shoigu' } },
          { role: 'HOST', actor: { name: 'North Korea' } },
        ],
        sources: [{ quote: 'attended an arms exhibition', start: 1531, end: 1558, article: { id: A3 } }],
      },
    );
    // Both events about the exhibition may have been on 15 August: this one, and Shoigu's visit (July or August).
    const { events } = await api.query(FIND_EXHIBITION);
    assert.deepEqual(events.edges, [{ node: { id: event.id } }, { node: { id: eventId('evt-shoigu-pyongyang-visit') } }]);
  });

  it('updates only the fields given, and re-dates the event from new claims', async () => {
    const { updateEvent } = await api.query(
      UPDATE,
      {
        input: {
          id: eventId('evt-kim-visit-russia'),
          location: 'Vladivostok and the Vostochny Cosmodrome, Russia',
          dateClaims: [{ date: '2023-09-12', source: { articleId: A3, quote: 'On the eve of the visit' } }],
        },
      },
      editor,
    );
    assert.deepEqual(updateEvent.event, {
      title: 'Kim Jong Un travels to Russia by armored train',
      kind: 'VISIT',
      location: 'Vladivostok and the Vostochny Cosmodrome, Russia',
      date: { text: '2023-09-12' },
      dateDisputed: false,
      participants: [{ actor: { name: 'Kim Jong Un' } }, { actor: { name: 'North Korea' } }, { actor: { name: 'Russia' } }],
    });
  });

  it('attaches further evidence with its offsets', async () => {
    const { attachEvidence } = await api.query(
      ATTACH,
      { input: { subjectId: eventId('evt-budanov-statement'), source: { articleId: A3, quote: 'Budanov said', occurrence: 1 } } },
      editor,
    );
    assert.deepEqual(attachEvidence, {
      evidence: { quote: 'Budanov said', start: 1870, end: 1882 },
      subject: {
        id: eventId('evt-budanov-statement'),
        sources: [{ quote: 'Ukrainian Defense Intelligence chief Kyrylo Budanov told NV on Sept. 13' }, { quote: 'Budanov said' }],
      },
    });
  });
});
