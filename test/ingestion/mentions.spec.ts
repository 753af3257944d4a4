import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { actorId } from '../testkit/ids';
import { graphql } from '../testkit/operations';
import { EDITOR_KEY, startTestServer, type TestServer } from '../testkit/test-server';

const INGEST = graphql(`
  mutation MentionsIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      article {
        id
        body
        mentions { text start end kind actor { name } }
        named: actors { name }
        withDemonyms: actors(includeDemonyms: true) { name }
        candidateNames
      }
    }
  }
`);
const ARTICLES_OF = graphql(`
  query MentionsArticlesOf($id: ID!, $demonyms: Boolean!) {
    actor(id: $id) { articles(first: 100, includeDemonyms: $demonyms) { edges { node { id } } } }
    articles(first: 100, filter: { actorIds: [$id], includeDemonyms: $demonyms }) { edges { node { id } } }
  }
`);

describe('the actors a page names', () => {
  let api: TestServer;
  before(async () => {
    api = await startTestServer();
  });
  after(() => api.stop());

  const ingest = async (...paragraphs: string[]) =>
    (await api.query(INGEST, { input: { rawText: ['Talks on the border dispute resume after a pause', ...paragraphs].join('\n\n') } }, { apiKey: EDITOR_KEY }))
      .ingestArticle.article;
  const mentioned = (article: Awaited<ReturnType<typeof ingest>>) =>
    article.mentions.map((mention) => `${mention.text} → ${mention.actor.name} (${mention.kind})`);

  it('records how each mention names its actor, and lists demonym-only actors only when asked', async () => {
    const article = await ingest(
      'Russia and the Russian Federation’s envoys met Japanese diplomats on Monday. Moscow said the talks were useful, and the Kremlin called them frank.',
    );
    assert.deepEqual(mentioned(article), [
      'Russia → Russia (NAME)',
      'Russian Federation → Russia (ALIAS)',
      'Japanese → Japan (DEMONYM)',
      'Moscow → Russia (METONYM)',
      'the Kremlin → Russia (METONYM)',
    ]);
    for (const mention of article.mentions) assert.equal(article.body.slice(mention.start, mention.end), mention.text);
    assert.deepEqual([article.named.map((actor) => actor.name), article.withDemonyms.map((actor) => actor.name)], [['Russia'], ['Russia', 'Japan']]);
    for (const demonyms of [false, true]) {
      const lists = await api.query(ARTICLES_OF, { id: actorId('japan'), demonyms }, { apiKey: EDITOR_KEY });
      const listed = (connection: { edges: { node: { id: string } }[] }) => connection.edges.some((edge) => edge.node.id === article.id);
      assert.deepEqual([listed(lists.actor!.articles), listed(lists.articles)], [demonyms, demonyms]);
    }
  });

  it('lets the longest name win, and takes no name inside a longer proper name for a mention', async () => {
    const article = await ingest(
      "South Korea's spy agency briefed lawmakers on the Russia-North Korea talks. Ukrainian Defense Intelligence disputed the account, and the Japan Coast Guard tracked a ship off the Korean Peninsula.",
    );
    assert.deepEqual(mentioned(article), [
      "South Korea's spy agency → National Intelligence Service (ALIAS)",
      'Russia → Russia (NAME)',
      'North Korea → North Korea (NAME)',
      'Ukrainian Defense Intelligence → Defense Intelligence of Ukraine (ALIAS)',
    ]);
  });

  it('takes a dateline and a capital named as a place for places, and a capital acting for its government', async () => {
    const article = await ingest(
      'SEOUL -- Officials in Seoul met their counterparts on Tuesday. Seoul said the talks would continue, and Pyongyang did not reply.',
    );
    assert.deepEqual(mentioned(article), ['Seoul → South Korea (METONYM)', 'Pyongyang → North Korea (METONYM)']);
    assert.equal(article.mentions[0]!.start, article.body.indexOf('Seoul said'));
  });

  it('keeps names of people and organisations it does not know as candidates: not places, titles, times or fragments', async () => {
    const article = await ingest(
      'Pakistan’s Foreign Minister Ishaq Dar said on Thursday that the National Security Committee would meet in Islamabad. The Resistance Front claimed the attack near Pahalgam, and NATO called for restraint in the Indian Ocean.',
      'Dar said the committee would answer within days, and the World Bank said it had not been asked to mediate.',
    );
    // Pakistan is a state this database does not know yet: a candidate too.
    assert.deepEqual(article.candidateNames, ['Pakistan', 'Ishaq Dar', 'National Security Committee', 'Resistance Front', 'NATO', 'World Bank']);
  });
});
