import type { Repositories, Services } from '../context/context';
import type { Node } from '../node/node.type';
import type { Config } from '../config/config';
import { openDatabase, type Database } from '../db/database';
import { ActorRepository } from '../actors/actor.repository';
import { ActorService } from '../actors/actor.service';
import { ArticleRepository } from '../articles/article.repository';
import { ArticleService } from '../articles/article.service';
import { ArticleIngestionService } from '../ingestion/article-ingestion.service';
import { ProposalRecorder } from '../coding/proposals';
import { ReviewService } from '../coding/review.service';
import { EventRepository } from '../events/event.repository';
import { EventService } from '../events/event.service';
import { EventChangeFeed, type EventChangeFeedOptions } from '../events/event-change-feed';
import { EventChangeLog } from '../events/event-change-log';
import type { Logger } from '../logging/logger';
import type { Metrics } from '../metrics/metrics';
import { EvidenceService } from '../evidence/evidence.service';
import { MeasureRepository } from '../measures/measure.repository';
import { MeasureService } from '../measures/measure.service';
import { TimelineService } from '../timeline/timeline.service';
import { RetractionService } from '../retraction/retraction.service';
import { MergeService } from '../merging/merge.service';
import { anyOf } from '../db/criteria';
import { Actor } from '../actors/actor.type';
import { Article } from '../articles/article.type';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';
import { RevisionLog } from '../db/revision-log';
import { HistoryService } from '../history/history.service';
import { RecordChangeFeed } from '../history/record-change-feed';

export function createRepositories(database: Database): Repositories {
  return {
    articles: new ArticleRepository(database),
    actors: new ActorRepository(database),
    events: new EventRepository(database, new EventChangeLog(database)),
    measures: new MeasureRepository(database),
    revisions: RevisionLog.of(database),
  };
}

/** Opens the configured database and prepares it: what the command-line tools work on. */
export async function openPreparedDatabase(config: Config, logger: Logger): Promise<{ database: Database; repositories: Repositories }> {
  const database = await openDatabase({
    mongodbUri: config.mongodbUri,
    databaseName: config.databaseName,
    dataDir: config.dataDir,
    snapshot: config.snapshot,
    logger,
  });
  try {
    const repositories = createRepositories(database);
    await prepareDatabase(database, repositories);
    return { database, repositories };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * Creates collections and indexes and brings stored records up to the current shape; run
 * before serving. `oneAtATime` is for a tool that nothing waits on (an import).
 */
export async function prepareDatabase(database: Database, repositories: Repositories, options: { oneAtATime?: boolean } = {}): Promise<void> {
  const all = Object.values(repositories);
  for (const repository of all) await repository.prepareIndexes();
  if (database.snapshot?.restoring || options.oneAtATime) {
    // From a checkpoint, or in a tool, nothing waits on the database: one collection at a time holds less memory.
    for (const repository of all) await repository.prepareRecords();
  } else {
    // FerretDB scans a collection on one core: reading the articles (the most bytes) beside the
    // others uses a second one, while holding fewer replies at once than reading all four.
    const { articles, ...others } = repositories;
    await Promise.all([
      articles.prepareRecords(),
      (async () => {
        for (const repository of Object.values(others)) await repository.prepareRecords();
      })(),
    ]);
  }
}

/** One set per server: services hold no per-request state. */
export function createServices(
  repositories: Repositories,
  options: { feed?: EventChangeFeedOptions | undefined; logger: Logger; metrics?: Metrics | undefined },
): Services {
  const evidence = new EvidenceService(repositories.articles);
  const actors = new ActorService(repositories.actors, evidence);
  const events = new EventService(repositories.events, actors, evidence);
  const measures = new MeasureService(repositories.measures, actors, events, evidence);
  // Each domain adds sources to its own records.
  evidence.acceptFor('Actor', (key, source) => actors.attachEvidence(key, source));
  evidence.acceptFor('Event', (key, source) => events.attachEvidence(key, source));
  evidence.acceptFor('Measure', (key, source) => measures.attachEvidence(key, source));
  const retraction = retractionOf(repositories);
  const history = new HistoryService(repositories.revisions);
  const recorder = new ProposalRecorder(repositories.articles, repositories.actors, repositories.events, repositories.measures);
  const ingestion = new ArticleIngestionService(repositories.articles, repositories.actors, repositories.events);
  const metrics = options.metrics;
  ingestion.codeWith(async (article, knownActors) => {
    const started = performance.now();
    try {
      const coded = await recorder.record(article, knownActors);
      metrics?.observeCoding('ok', (performance.now() - started) / 1000, { events: coded.events.length, measures: coded.measures.length });
      return coded;
    } catch (error) {
      metrics?.observeCoding('failed', (performance.now() - started) / 1000, { events: 0, measures: 0 });
      throw error;
    }
  });
  if (metrics) ingestion.observeWith((outcome, seconds) => metrics.observeIngestion(outcome, seconds));
  return {
    eventFeed: new EventChangeFeed(repositories.events, options.feed, options.logger),
    evidence,
    actors,
    events,
    measures,
    articles: new ArticleService(repositories.articles),
    ingestion,
    review: new ReviewService(repositories.articles, recorder, events, measures, repositories.events, repositories.measures),
    timeline: new TimelineService(repositories.events, repositories.measures),
    retraction,
    merging: new MergeService(repositories),
    history,
    recordFeed: new RecordChangeFeed(repositories.revisions, history),
  };
}

/** Retraction of every type of record, each through its own repository, with what refers to it. */
function retractionOf({ articles, actors, events, measures }: Repositories): RetractionService {
  const retraction = new RetractionService();
  const nodesOf = async <T, N>(found: Promise<T | null>, toNode: (doc: T) => N): Promise<N | null> => {
    const doc = await found;
    return doc ? toNode(doc) : null;
  };
  type Listed = { nodes: Node[]; total: number };
  const together = async (lists: Promise<Listed>[], limit: number): Promise<Listed> => {
    const found = await Promise.all(lists);
    return { nodes: found.flatMap((list) => list.nodes).slice(0, limit), total: found.reduce((sum, list) => sum + list.total, 0) };
  };
  retraction.acceptFor('Article', {
    write: (key, change) => nodesOf(articles.modify(key, change), Article.from),
    referrers: (key, limit) =>
      together(
        [
          actors.findListed([anyOf('sources.articleId', [key])], limit),
          events.findListed([anyOf('sources.articleId', [key])], limit),
          measures.findListed([anyOf('sources.articleId', [key])], limit),
        ],
        limit,
      ),
  });
  retraction.acceptFor('Actor', {
    write: (key, change) => nodesOf(actors.modify(key, change), Actor.from),
    referrers: (key, limit) =>
      together(
        [
          actors.findListed([anyOf('affiliationId', [key])], limit),
          events.findListed([anyOf('participants.actorId', [key])], limit),
          measures.findListed([{ kind: 'either', of: [anyOf('issuerIds', [key]), anyOf('targetIds', [key])] }], limit),
        ],
        limit,
      ),
  });
  retraction.acceptFor('Event', {
    write: (key, change) => nodesOf(events.change(key, change), Event.from),
    referrers: (key, limit) => measures.findListed([anyOf('respondsToEventIds', [key])], limit),
  });
  retraction.acceptFor('Measure', {
    write: (key, change) => nodesOf(measures.modify(key, change), Measure.from),
    referrers: async () => ({ nodes: [], total: 0 }),
  });
  return retraction;
}
