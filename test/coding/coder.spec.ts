import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { codeArticle, type CodedArticle, type EventProposal, type MeasureProposal, type PartialDateValue } from '@dossier/server';

interface ActorMore {
  aliases?: string[];
  metonyms?: string[];
  demonyms?: string[];
  kind?: string;
  affiliationId?: string;
  roles?: { title: string; organizationId: string }[];
}

const actor = (id: string, name: string, more: ActorMore = {}) => ({
  _id: id,
  name,
  kind: more.kind ?? 'STATE',
  aliases: more.aliases ?? [],
  metonyms: more.metonyms ?? [],
  demonyms: more.demonyms ?? [],
  affiliationId: more.affiliationId ?? null,
  roles: more.roles ?? [],
});

const ACTORS = [
  actor('united-states', 'United States', { aliases: ['US', 'U.S.'], metonyms: ['Washington'], demonyms: ['American'] }),
  actor('iran', 'Iran', { metonyms: ['Tehran'], demonyms: ['Iranian'] }),
  actor('israel', 'Israel', { demonyms: ['Israeli'] }),
  actor('china', 'China', { metonyms: ['Beijing'], demonyms: ['Chinese'] }),
  actor('philippines', 'Philippines', { metonyms: ['Manila'], demonyms: ['Philippine', 'Filipino'] }),
  actor('japan', 'Japan', { metonyms: ['Tokyo'], demonyms: ['Japanese'] }),
  actor('russia', 'Russia', { metonyms: ['Moscow', 'the Kremlin'], demonyms: ['Russian'] }),
  actor('north-korea', 'North Korea', { metonyms: ['Pyongyang'], demonyms: ['North Korean'] }),
  actor('daily-courier', 'The Daily Courier', { kind: 'MEDIA' }),
  actor('aiko-tanabe', 'Aiko Tanabe', { kind: 'PERSON', affiliationId: 'japan', roles: [{ title: 'Foreign Minister', organizationId: 'japan' }] }),
  actor('japan-foreign-ministry', 'Ministry of Foreign Affairs of Japan', {
    kind: 'GOVERNMENT_BODY',
    aliases: ["Japan's foreign ministry"],
    affiliationId: 'japan',
  }),
];

/** A Friday. */
const PUBLISHED: PartialDateValue = { year: 2024, month: 4, day: 19 };

const code = (body: string, publishedAt: PartialDateValue | null = PUBLISHED): CodedArticle => {
  const coded = codeArticle({ body, publishedAt, actors: ACTORS });
  for (const proposal of [...coded.events, ...coded.measures]) assert.equal(body.slice(proposal.start, proposal.end), proposal.quote);
  return coded;
};

/** What a spec pins down of a measure: kind, status, mode, actors, date and quote. */
const measureSummary = (measure: MeasureProposal) => ({
  kind: measure.kind,
  status: measure.status,
  mode: measure.mode,
  issuers: measure.issuers,
  targets: measure.targets,
  date: measure.date,
  quote: measure.quote,
});

const eventSummary = (event: EventProposal) => ({ kind: event.kind, mode: event.mode, actors: event.actors, date: event.date, quote: event.quote });

describe('coding an article', () => {
  it('a sanction names its issuer, its target, its day and what it answers', () => {
    const { measures, events } = code('The United States imposed sanctions on Iran on Friday over its drone programme.');
    assert.deepEqual(events, []);
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'SANCTION',
        status: 'IMPLEMENTED',
        mode: 'ASSERTED',
        issuers: ['united-states'],
        targets: ['iran'],
        date: { year: 2024, month: 4, day: 19 },
        quote: 'The United States imposed sanctions on Iran on Friday over its drone programme',
      },
    ]);
    assert.equal(measures[0]!.plover, 'SANCTION');
    assert.equal(measures[0]!.respondsToQuote, 'over its drone programme');
  });

  it('a summoned ambassador is a diplomatic protest against the ambassador’s state', () => {
    const { measures } = code('The Philippines summoned China’s ambassador in Manila on Monday to protest against the harassment of its boats.');
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'DIPLOMATIC_PROTEST',
        status: 'IMPLEMENTED',
        mode: 'ASSERTED',
        issuers: ['philippines'],
        targets: ['china'],
        date: { year: 2024, month: 4, day: 15 },
        quote: 'The Philippines summoned China’s ambassador in Manila on Monday to protest against the harassment of its boats',
      },
    ]);
    assert.equal(measures[0]!.plover, 'PROTEST');
  });

  it('a warning is threatened, and the measure it threatens is not proposed on its own', () => {
    const { measures } = code('The Kremlin warned Tokyo that it would take countermeasures if Japan deployed new missiles.');
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'WARNING',
        status: 'THREATENED',
        mode: 'ASSERTED',
        issuers: ['russia'],
        targets: ['japan'],
        date: null,
        quote: 'The Kremlin warned Tokyo that it would take countermeasures if Japan deployed new missiles',
      },
    ]);
  });

  it('a treaty signing has every signatory as a participant', () => {
    const { events, measures } = code('Japan and the Philippines signed a reciprocal access agreement in Manila on 8 July 2024.');
    assert.deepEqual(measures, []);
    assert.deepEqual(events.map(eventSummary), [
      {
        kind: 'TREATY_SIGNING',
        mode: 'ASSERTED',
        actors: [
          { actorId: 'japan', role: 'PARTICIPANT' },
          { actorId: 'philippines', role: 'PARTICIPANT' },
        ],
        date: { year: 2024, month: 7, day: 8 },
        quote: 'Japan and the Philippines signed a reciprocal access agreement in Manila on 8 July 2024',
      },
    ]);
    assert.equal(events[0]!.plover, 'AGREE');
  });

  it('a meeting in a capital has its state as host, dated to the last such weekday before publication', () => {
    const { events } = code('The Chinese foreign minister met his Russian counterpart in Moscow on Tuesday.');
    assert.deepEqual(events.map(eventSummary), [
      {
        kind: 'MEETING',
        mode: 'ASSERTED',
        actors: [
          { actorId: 'china', role: 'PARTICIPANT' },
          { actorId: 'russia', role: 'HOST' },
        ],
        date: { year: 2024, month: 4, day: 16 },
        quote: 'The Chinese foreign minister met his Russian counterpart in Moscow on Tuesday',
      },
    ]);
    assert.equal(events[0]!.location, 'Moscow');
    assert.equal(events[0]!.plover, 'CONSULT');
  });

  it('an arms transfer goes from the supplier to the receiver, dated to the month it names', () => {
    const { events } = code('North Korea delivered artillery shells to Russia in March, according to The Daily Courier.');
    assert.deepEqual(events.map(eventSummary), [
      {
        kind: 'ARMS_TRANSFER',
        mode: 'ASSERTED',
        actors: [
          { actorId: 'north-korea', role: 'INITIATOR' },
          { actorId: 'russia', role: 'TARGET' },
        ],
        date: { year: 2024, month: 3 },
        quote: 'North Korea delivered artillery shells to Russia in March, according to The Daily Courier',
      },
    ]);
    assert.equal(events[0]!.plover, 'AID');
  });

  it('a denied seizure is negated', () => {
    const { events } = code('Beijing has not seized any Filipino vessel, the ministry said.');
    assert.deepEqual(events.map(eventSummary), [
      {
        kind: 'DETENTION',
        mode: 'NEGATED',
        actors: [
          { actorId: 'china', role: 'INITIATOR' },
          { actorId: 'philippines', role: 'TARGET' },
        ],
        date: null,
        quote: 'Beijing has not seized any Filipino vessel',
      },
    ]);
  });

  it('a deed named as the state of a thing ("the seized vessel") is no report of it', () => {
    const { events, measures } = code('Manila summoned the Chinese ambassador on Thursday over the seized Filipino vessel.');
    assert.deepEqual(events, []);
    assert.deepEqual(
      measures.map((measure) => [measure.kind, measure.issuers, measure.targets]),
      [['DIPLOMATIC_PROTEST', ['philippines'], ['china']]],
    );
  });

  it('a measure under a condition is hypothetical and threatened', () => {
    const { measures } = code('If Tehran strikes Israel again, Washington could impose further sanctions on Iranian oil exports.');
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'SANCTION',
        status: 'THREATENED',
        mode: 'HYPOTHETICAL',
        issuers: ['united-states'],
        targets: ['iran'],
        date: null,
        quote: 'Washington could impose further sanctions on Iranian oil exports',
      },
    ]);
  });

  it('a sentence without a date gives none, whatever the publication date', () => {
    const { measures } = code('Japan condemned the launch.');
    assert.deepEqual(measures.map(measureSummary), [
      { kind: 'CONDEMNATION', status: 'ANNOUNCED', mode: 'ASSERTED', issuers: ['japan'], targets: [], date: null, quote: 'Japan condemned the launch' },
    ]);
  });

  it('a sanction to come is announced and future, with its scope and legal basis', () => {
    const { measures } = code('Japan will impose sanctions on five individuals and two entities under UN Security Council resolutions, Tokyo said.');
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'SANCTION',
        status: 'ANNOUNCED',
        mode: 'FUTURE',
        issuers: ['japan'],
        targets: [],
        date: null,
        quote: 'Japan will impose sanctions on five individuals and two entities under UN Security Council resolutions',
      },
    ]);
    assert.equal(measures[0]!.details, 'five individuals and two entities');
    assert.deepEqual(measures[0]!.legalBasis, ['UN Security Council resolutions']);
  });
});

describe('people and the states they act for', () => {
  it('a minister’s measures are issued by their state first, then by them', () => {
    const { measures } = code("Japanese Foreign Minister Aiko Tanabe summoned China's ambassador on Monday.");
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'DIPLOMATIC_PROTEST',
        status: 'IMPLEMENTED',
        mode: 'ASSERTED',
        issuers: ['japan', 'aiko-tanabe'],
        targets: ['china'],
        date: { year: 2024, month: 4, day: 15 },
        quote: "Japanese Foreign Minister Aiko Tanabe summoned China's ambassador on Monday",
      },
    ]);
  });

  it('a warning in words that are not a verb of saying is its speaker’s, named again by family name', () => {
    const { measures } = code('Aiko Tanabe spoke in Tokyo. Tanabe said any further incursion by Beijing would be a serious threat to peace in the region.');
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'WARNING',
        status: 'THREATENED',
        mode: 'HYPOTHETICAL',
        issuers: ['japan', 'aiko-tanabe'],
        targets: ['china'],
        date: null,
        quote: 'Tanabe said any further incursion by Beijing would be a serious threat to peace in the region',
      },
    ]);
  });

  it('a state and a title name the person named in the article who holds it, and the person’s state takes part beside them', () => {
    const { events } = code(
      'Aiko Tanabe arrived in Manila on Tuesday. The Japanese foreign minister met Philippine officials on Wednesday to discuss joint patrols.',
    );
    assert.deepEqual(events.map(eventSummary), [
      {
        kind: 'VISIT',
        mode: 'ASSERTED',
        actors: [
          { actorId: 'aiko-tanabe', role: 'INITIATOR' },
          { actorId: 'japan', role: 'INITIATOR' },
          { actorId: 'philippines', role: 'HOST' },
        ],
        date: { year: 2024, month: 4, day: 16 },
        quote: 'Aiko Tanabe arrived in Manila on Tuesday',
      },
      {
        kind: 'MEETING',
        mode: 'ASSERTED',
        actors: [
          { actorId: 'aiko-tanabe', role: 'PARTICIPANT' },
          { actorId: 'japan', role: 'PARTICIPANT' },
          { actorId: 'philippines', role: 'PARTICIPANT' },
        ],
        date: { year: 2024, month: 4, day: 17 },
        quote: 'The Japanese foreign minister met Philippine officials on Wednesday to discuss joint patrols',
      },
    ]);
  });

  it('a ministry that watches closely takes a monitoring measure for its state', () => {
    const { measures } = code("Japan's foreign ministry said it was closely monitoring the situation in the East China Sea.");
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'MONITORING',
        status: 'IMPLEMENTED',
        mode: 'ASSERTED',
        issuers: ['japan', 'japan-foreign-ministry'],
        targets: [],
        date: null,
        quote: "Japan's foreign ministry said it was closely monitoring the situation in the East China Sea",
      },
    ]);
  });

  it('a body named again by its kind speaks for the actor last named with it; a habit is no happening', () => {
    const { measures } = code(
      "Japan's National Security Council met on Thursday. “Any further incursion will be treated as an act of war,” the council said. Japan regularly imposes sanctions on China over its fishing fleets.",
    );
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'WARNING',
        status: 'THREATENED',
        mode: 'ASSERTED',
        issuers: ['japan'],
        targets: [],
        date: null,
        quote: '“Any further incursion will be treated as an act of war',
      },
    ]);
  });

  it('a state’s nationals suffer a measure, and the state they may no longer enter issues it', () => {
    const { measures } = code('Chinese nationals would no longer be allowed to travel to Japan under the visa waiver scheme, the ministry said.');
    assert.deepEqual(measures.map(measureSummary), [
      {
        kind: 'SANCTION',
        status: 'ANNOUNCED',
        mode: 'HYPOTHETICAL',
        issuers: ['japan'],
        targets: ['china'],
        date: null,
        quote: 'Chinese nationals would no longer be allowed to travel to Japan under the visa waiver scheme',
      },
    ]);
  });

  it('a step that may come "as early as Monday" is dated to the next Monday', () => {
    const { measures } = code('The Philippines could summon China’s ambassador as early as Monday.');
    assert.deepEqual(
      measures.map((measure) => measure.date),
      [{ year: 2024, month: 4, day: 22 }],
    );
  });

  it('a date in the words giving a cause is the cause’s, and a happening counted days back from a date is dated that many days earlier', () => {
    const { measures, events } = code(
      'Japan expelled two Russian diplomats on Thursday, after Russia detained a Japanese fishing crew on Monday. China agreed on Wednesday to new sanctions on Japan, four days after Tokyo fired missiles into the sea.',
    );
    assert.deepEqual(
      measures.map((measure) => [measure.kind, measure.date]),
      [
        ['EXPULSION', { year: 2024, month: 4, day: 18 }],
        ['SANCTION', { year: 2024, month: 4, day: 17 }],
      ],
    );
    assert.deepEqual(
      events.map((event) => [event.kind, event.date]),
      [
        ['DETENTION', { year: 2024, month: 4, day: 15 }],
        ['MILITARY_ACTION', { year: 2024, month: 4, day: 13 }],
      ],
    );
  });

  it('who the words giving a cause name is not acted upon', () => {
    const { measures } = code('Japan imposed sanctions on North Korea on Friday over its arms deliveries to Russia.');
    assert.deepEqual(
      measures.map((measure) => [measure.kind, measure.issuers, measure.targets]),
      [['SANCTION', ['japan'], ['north-korea']]],
    );
  });

  it('a ministry no state was named with speaks for the state that last opened a sentence', () => {
    const { measures } = code(
      'The Philippines summoned China’s ambassador on Monday. “The harassment of our boats is unacceptable,” the ministry said, demanding that Chinese vessels leave the shoal.',
    );
    assert.deepEqual(
      measures.filter((measure) => measure.kind === 'DEMAND').map((measure) => [measure.issuers, measure.targets]),
      [[['philippines'], ['china']]],
    );
  });

  it('a passive naming no agent is done by the actor whose aim its purpose serves', () => {
    const { events } = code('The old transport was deliberately run aground on the shoal in 1999 to reinforce the Philippines’ claim.');
    assert.deepEqual(
      events.map((event) => [event.kind, event.actors, event.date]),
      [['TROOP_DEPLOYMENT', [{ actorId: 'philippines', role: 'INITIATOR' }], { year: 1999 }]],
    );
  });
});
