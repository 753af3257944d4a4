import { toGlobalId } from '../node/global-id';

export interface PlaygroundTab {
  readonly query: string;
  readonly headers?: string;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/**
 * The headers a tab starts with: the development editor key where there is one (development
 * with the development keys), otherwise where to put a key, as a comment that sends nothing.
 */
export const defaultHeaders = (editorKey: string | undefined): string =>
  editorKey ? json({ Authorization: `Bearer ${editorKey}` }) : '{\n  // Writes need an editor API key:\n  // "Authorization": "Bearer <your editor key>"\n}';

/**
 * Ready-made questions about the seeds, one tab each, with their arguments written in
 * (seed ids are fixed, so they always resolve).
 */
export const exampleTabs = (editorKey: string | undefined): readonly PlaygroundTab[] => [
  {
    query: `# North Korea's timeline: the events it took part in and the measures aimed at it, in date order.
query NorthKoreaTimeline {
  timeline(actorIds: ["${toGlobalId('Actor', 'north-korea')}"], first: 50) {
    totalCount
    edges {
      node {
        __typename
        ... on Event { title eventKind: kind date { text precision } dateDisputed }
        ... on Measure { title measureKind: kind status date { text } issuers { name } }
      }
    }
  }
}`,
  },
  {
    query: `# Every measure South Korea issued, by date, with its targets and the quotes that report it.
query SouthKoreaMeasures {
  measures(filter: { issuerIds: ["${toGlobalId('Actor', 'south-korea')}"] }, orderBy: DATE_ASC, first: 50) {
    totalCount
    edges {
      node {
        title
        kind
        status
        date { text precision }
        targets { name }
        sources { quote article { title outlet } }
      }
    }
  }
}`,
  },
  {
    query: `# Articles mentioning a word, newest first, with how their date was determined.
query SearchArticles {
  articles(filter: { search: "Vostochny" }, orderBy: PUBLISHED_AT_DESC) {
    totalCount
    edges {
      node {
        title
        outlet
        agency
        publishedAt { text precision }
        publishedAtSource
        pageHeaderDate { text }
      }
    }
  }
}`,
  },
  {
    query: `# Shoigu's visit to Pyongyang: the sources disagree on the month, and both claims are kept.
query EventEvidence {
  event(id: "${toGlobalId('Event', 'evt-shoigu-pyongyang-visit')}") {
    title
    date { text precision }
    dateDisputed
    dateClaims { date { text } source { quote article { outlet } } }
    participants { role actor { name } }
    sources { quote start end article { title outlet } }
  }
}`,
  },
  {
    query: `# Writes need an editor API key: it goes in the Headers tab below.
# Run the NewEvents subscription first: it keeps running here, and the event arrives there.
mutation RecordEvent {
  createEvent(input: {
    title: "South Korea comments on Russia–North Korea cooperation"
    kind: STATEMENT
    date: "2023-09-19"
    participants: [{ actorId: "${toGlobalId('Actor', 'south-korea')}", role: INITIATOR }]
    sources: [{ articleId: "${toGlobalId('Article', '5e7d7d47d571bc47')}", quote: "South Korea summoned Russia's ambassador" }]
  }) {
    event { id title kind date { text } participants { role actor { name } } sources { quote start end } }
  }
}`,
    headers: defaultHeaders(editorKey),
  },
  {
    query: `# Events and measures the coder proposed from ingested articles, the most confident first.
# Accept one with acceptProposal(id: "…"), or reject it with rejectProposal(id: "…", reason: "…") (editor key).
query ReviewQueue {
  reviewQueue(first: 20) {
    totalCount
    edges {
      node {
        __typename
        ... on Event { id title eventKind: kind date { text } participants { role actor { name } } coding { confidence mode ploverType } sources { quote article { title } } }
        ... on Measure { id title measureKind: kind status date { text } issuers { name } targets { name } coding { confidence mode ploverType } sources { quote article { title } } }
      }
    }
  }
}`,
  },
  {
    query: `# New events as they are recorded, live. Run it, then record an event in the RecordEvent tab:
# the subscription keeps running while you use other tabs.
subscription NewEvents {
  eventAdded {
    kind
    cursor
    event { title kind date { text } participants { actor { name } } }
  }
}`,
  },
];
