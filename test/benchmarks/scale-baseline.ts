/**
 * The scale benchmark's baseline (run by scale.bench.ts as a child process): a bare
 * node:http server answering the benchmark's six questions straight from the database with
 * the MongoDB driver, in the fewest commands a careful hand-written implementation would
 * send, as the same JSON as Dossier's `data`. Nothing of Dossier's is used.
 *
 *   BASELINE_MONGODB_URI=mongodb://127.0.0.1:<port>/ node dist/benchmarks/scale-baseline.js
 *
 * Prints `baseline listening on <port>` when ready.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MongoClient } from 'mongodb';

const SOUTH_KOREA = 'south-korea';

/** A stored record, read loosely: the baseline knows the shapes it asks for. */
type Doc = { _id: string; [field: string]: any };

interface PartialDate {
  year: number;
  month?: number | null;
  day?: number | null;
  approximate?: boolean;
}

const pad = (value: number): string => String(value).padStart(2, '0');
const dateText = (date: PartialDate | null | undefined): { text: string } | null =>
  date
    ? { text: `${date.year}${date.month != null ? `-${pad(date.month)}` : ''}${date.day != null ? `-${pad(date.day)}` : ''}${date.approximate ? '~' : ''}` }
    : null;
const globalId = (type: string, key: string): string => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
const unique = <T>(values: T[]): T[] => [...new Set(values)];
const byKey = (docs: Doc[]): Map<string, Doc> => new Map(docs.map((doc) => [doc._id, doc]));

async function main(): Promise<void> {
  const client = new MongoClient(process.env.BASELINE_MONGODB_URI!, { maxPoolSize: 20 });
  await client.connect();
  const db = client.db(process.env.BASELINE_DB_NAME ?? 'dossier');
  const events = db.collection<Doc>('events');
  const measures = db.collection<Doc>('measures');
  const actors = db.collection<Doc>('actors');
  const articles = db.collection<Doc>('articles');

  const answers: Record<string, (url: URL) => Promise<unknown>> = {
    // First 20 events (date order) with their participants' actors and their sources' articles: 3 commands.
    async '/a'() {
      const page = await events
        .find({}, { projection: { title: 1, date: 1, participants: 1, sources: 1 } })
        .sort({ dateStart: 1, _id: 1 })
        .limit(20)
        .toArray();
      const [actorDocs, articleDocs] = await Promise.all([
        actors.find({ _id: { $in: unique(page.flatMap((event) => event.participants.map((p: Doc) => p.actorId))) } }, { projection: { name: 1 } }).toArray(),
        articles
          .find({ _id: { $in: unique(page.flatMap((event) => event.sources.map((s: Doc) => s.articleId))) } }, { projection: { title: 1, outlet: 1 } })
          .toArray(),
      ]);
      const actorOf = byKey(actorDocs);
      const articleOf = byKey(articleDocs);
      return {
        events: {
          edges: page.map((event) => ({
            node: {
              id: globalId('Event', event._id),
              title: event.title,
              date: dateText(event.date),
              participants: event.participants.map((p: Doc) => {
                const actor = actorOf.get(p.actorId);
                return { role: p.role, actor: actor ? { id: globalId('Actor', actor._id), name: actor.name } : null };
              }),
              sources: event.sources.map((s: Doc) => {
                const article = articleOf.get(s.articleId);
                return { quote: s.quote, article: article ? { id: globalId('Article', article._id), title: article.title, outlet: article.outlet } : null };
              }),
            },
          })),
        },
      };
    },
    // South Korea's first 50 measures (date order) with their targets: 2 commands.
    async '/b'() {
      const page = await measures
        .find({ issuerIds: SOUTH_KOREA }, { projection: { title: 1, kind: 1, status: 1, date: 1, targetIds: 1 } })
        .sort({ dateStart: 1, _id: 1 })
        .limit(50)
        .toArray();
      const targetOf = byKey(await actors.find({ _id: { $in: unique(page.flatMap((m) => m.targetIds)) } }, { projection: { name: 1 } }).toArray());
      return {
        measures: {
          edges: page.map((m) => ({
            node: {
              title: m.title,
              kind: m.kind,
              status: m.status,
              date: dateText(m.date),
              targets: m.targetIds.flatMap((key: string) => (targetOf.has(key) ? [{ name: targetOf.get(key)!.name }] : [])),
            },
          })),
        },
      };
    },
    // Articles about sanctions, newest first, with their count: 2 commands.
    async '/c'() {
      const filter = { searchTerms: 'sanction' };
      const [page, totalCount] = await Promise.all([
        articles
          .find(filter, { projection: { title: 1, outlet: 1, publishedAt: 1 } })
          .sort({ dateStart: -1, _id: -1 })
          .limit(20)
          .toArray(),
        articles.countDocuments(filter),
      ]);
      return {
        articles: {
          totalCount,
          edges: page.map((a) => ({ node: { id: globalId('Article', a._id), title: a.title, outlet: a.outlet, publishedAt: dateText(a.publishedAt) } })),
        },
      };
    },
    // One event by id: 1 command.
    async '/d'(url) {
      const event = await events.findOne({ _id: url.searchParams.get('id')! }, { projection: { title: 1 } });
      return { node: event ? { id: globalId('Event', event._id), title: event.title } : null };
    },
    // South Korea's timeline: its first 20 events and first 20 measures, merged by date: 2 commands.
    async '/e'() {
      const sort = { dateStart: 1, _id: 1 } as const;
      const projection = { title: 1, dateStart: 1 };
      const [eventPage, measurePage] = await Promise.all([
        events.find({ 'participants.actorId': SOUTH_KOREA }, { projection }).sort(sort).limit(20).toArray(),
        measures
          .find({ $or: [{ issuerIds: SOUTH_KOREA }, { targetIds: SOUTH_KOREA }] }, { projection })
          .sort(sort)
          .limit(20)
          .toArray(),
      ]);
      const entries = [...eventPage.map((doc) => ({ doc, type: 'Event' })), ...measurePage.map((doc) => ({ doc, type: 'Measure' }))];
      const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
      entries.sort((a, b) => compare(a.doc.dateStart, b.doc.dateStart) || compare(a.doc._id, b.doc._id));
      return { timeline: { edges: entries.slice(0, 20).map(({ doc, type }) => ({ node: { __typename: type, title: doc.title } })) } };
    },
    // Sanctions and warnings implemented or announced in 2020–2022, newest first, with their count: 2 commands.
    async '/f'() {
      const filter = {
        kind: { $in: ['SANCTION', 'WARNING'] },
        status: { $in: ['IMPLEMENTED', 'ANNOUNCED'] },
        dateEnd: { $gte: '2020-01-01' },
        dateStart: { $lte: '2022-12-31', $gt: '' },
      };
      const [page, totalCount] = await Promise.all([
        measures
          .find(filter, { projection: { title: 1, date: 1 } })
          .sort({ dateStart: -1, _id: -1 })
          .limit(20)
          .toArray(),
        measures.countDocuments(filter),
      ]);
      return { measures: { totalCount, edges: page.map((m) => ({ node: { title: m.title, date: dateText(m.date) } })) } };
    },
  };

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = answers[url.pathname];
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    answer(url).then(
      (data) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(data)),
      (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(process.env.BASELINE_PORT ?? 0), '127.0.0.1', () => {
    console.log(`baseline listening on ${(server.address() as AddressInfo).port}`);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    void client.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
