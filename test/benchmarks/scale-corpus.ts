/**
 * A corpus of N events for the scale benchmark, cloned from the seeds in their stored shape,
 * written with the bare driver into an embedded FerretDB data folder and cached.
 *
 * Proportions per 15 events: 7.5 articles, 13 measures, 30 actors (the seeds have 5, 13 and
 * 30). The records form groups of 15 events, each group a copy of the seed world: its own
 * 30 actors (group 0 is the 30 seed actors themselves, so `south-korea` exists), its own 5
 * articles quoted by its events, measures and actors, dates shifted by a group offset so
 * that they spread over 2015–2025. Articles beyond the 5 per group are unquoted: their seed
 * paragraphs rotated and, in three of four, without the paragraphs about sanctions. One
 * measure in 20 is issued by `south-korea` itself (others by their group's actors), and one
 * event in 40 has it as a participant.
 *
 * Every document is built by the server's document factories (derived fields: titleKey,
 * dateStart/dateEnd, searchTerms), at version 1. Every reference points at a record of the
 * corpus and every quote is the exact substring of its article's body at its offsets; both
 * are checked before the corpus is cached.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MongoClient, type Collection, type Document } from 'mongodb';
import {
  buildSeedDocuments,
  createRepositories,
  findMentions,
  openDatabase,
  prepareDatabase,
  readSeeds,
  startEmbeddedDatabase,
  type SeedSet,
} from '@dossier/server';
import { actorDocument, type ActorDocument } from '@dossier/server/dist/actors/actor.document';
import type { MentionValue } from '@dossier/server/dist/actors/mention-finder';
import { articleDocument, type ArticleDocument } from '@dossier/server/dist/articles/article.document';
import { commonPartialDate, type PartialDateValue } from '@dossier/server/dist/dates/partial-date';
import type { EvidenceValue } from '@dossier/server/dist/evidence/evidence';
import { eventDocument, ParticipantRole, type EventDocument } from '@dossier/server/dist/events/event.document';
import { measureDocument, type MeasureDocument } from '@dossier/server/dist/measures/measure.document';

/** Bump when the generated documents change: cached corpora of another version are not reused. */
export const CORPUS_VERSION = 'v2';
export const DATABASE_NAME = 'dossier';
const BATCH = 1_000;
const SOUTH_KOREA = 'south-korea';
/** Recording time of every generated record. */
const CREATED_AT = new Date('2025-12-31T00:00:00.000Z');
const DAY_MS = 86_400_000;

export interface CorpusCounts {
  readonly events: number;
  readonly articles: number;
  readonly measures: number;
  readonly actors: number;
}

export interface CorpusInfo extends CorpusCounts {
  /** Seconds the corpus took to generate and write (when it was made, if cached). */
  readonly generationSeconds: number;
  /** Articles whose search terms hold `sanction` (what a search for "sanctions" matches). */
  readonly sanctionArticles: number;
  readonly southKoreaMeasures: number;
  readonly southKoreaEvents: number;
}

export interface Corpus {
  /** The data folder: copy it before a server uses it. */
  readonly dir: string;
  readonly info: CorpusInfo;
  /** False when read from the cache. */
  readonly generated: boolean;
}

export const cacheRoot = (): string => process.env.DOSSIER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'dossier');
const corpusDir = (events: number): string => path.join(cacheRoot(), `bench-corpus-${CORPUS_VERSION}-${events}`);
const META_FILE = 'bench-corpus.json';

export const countsFor = (events: number): CorpusCounts => ({
  events,
  articles: Math.floor(events / 2),
  measures: Math.round((events * 13) / 15),
  actors: events * 2,
});

/** The cached corpus of `events` events, generated first when missing. */
export async function ensureCorpus(events: number, log: (line: string) => void): Promise<Corpus> {
  const dir = corpusDir(events);
  const metaFile = path.join(dir, META_FILE);
  if (fs.existsSync(metaFile)) return { dir, info: JSON.parse(fs.readFileSync(metaFile, 'utf8')) as CorpusInfo, generated: false };
  if (events < 30) throw new Error(`a generated corpus needs at least 30 events (got ${events}); the seeds run covers 15`);
  fs.mkdirSync(cacheRoot(), { recursive: true });
  const partial = `${dir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  try {
    const started = performance.now();
    const plan = new CorpusPlan(events, readSeeds());
    const stats = await writeCorpus(partial, plan.documents(), plan.total, `corpus of ${events.toLocaleString('en-US')} events`, log);
    plan.verify();
    const info: CorpusInfo = { ...plan.counts, ...stats, generationSeconds: (performance.now() - started) / 1000 };
    fs.writeFileSync(path.join(partial, META_FILE), `${JSON.stringify(info, null, 2)}\n`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(partial, dir);
    return { dir, info, generated: true };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

/** The plain seeds, exactly as the server stores them, in a new data folder `dir`. */
export async function writeSeedsCorpus(dir: string): Promise<Corpus> {
  const started = performance.now();
  const seeds = readSeeds();
  const docs = buildSeedDocuments(seeds);
  async function* documents(): AsyncGenerator<[string, Document]> {
    for (const article of docs.articles) {
      yield ['article_texts', { _id: article._id, rawText: seeds.rawTexts.get(article._id)! }];
      yield ['articles', article];
    }
    for (const actor of docs.actors) yield ['actors', actor];
    for (const event of docs.events) yield ['events', event];
    for (const measure of docs.measures) yield ['measures', measure];
  }
  const total = docs.articles.length * 2 + docs.actors.length + docs.events.length + docs.measures.length;
  const stats = await writeCorpus(dir, documents(), total, 'seeds', () => {});
  const counts = { events: docs.events.length, articles: docs.articles.length, measures: docs.measures.length, actors: docs.actors.length };
  return { dir, info: { ...counts, ...stats, generationSeconds: (performance.now() - started) / 1000 }, generated: true };
}

/**
 * Starts FerretDB on `dir`, lets the server's own `prepareDatabase` create the collections
 * and indexes (so that the first timed start-up does not build them), and inserts the
 * documents with `insertMany`, `BATCH` at a time, one batch in flight while the next is made.
 */
async function writeCorpus(
  dir: string,
  documents: AsyncIterable<[string, Document]> | Iterable<[string, Document]>,
  total: number,
  label: string,
  log: (line: string) => void,
): Promise<{ sanctionArticles: number; southKoreaMeasures: number; southKoreaEvents: number }> {
  fs.mkdirSync(dir, { recursive: true });
  const embedded = await startEmbeddedDatabase({ dataDir: dir });
  const client = new MongoClient(embedded.uri);
  const stats = { sanctionArticles: 0, southKoreaMeasures: 0, southKoreaEvents: 0 };
  try {
    await client.connect();
    const indexing = await openDatabase({ mongodbUri: embedded.uri, databaseName: DATABASE_NAME, dataDir: dir });
    try {
      await prepareDatabase(indexing, createRepositories(indexing));
    } finally {
      await indexing.close();
    }
    const db = client.db(DATABASE_NAME);
    const progress = new Progress(label, total, log);
    const batches = new Map<string, Document[]>();
    let inFlight: Promise<unknown> = Promise.resolve();
    const flush = async (name: string) => {
      const batch = batches.get(name);
      if (!batch?.length) return;
      batches.set(name, []);
      await inFlight;
      const collection: Collection<Document> = db.collection(name);
      inFlight = collection.insertMany(batch).then(() => progress.advance(batch.length));
    };
    for await (const [name, doc] of documents) {
      if (name === 'articles' && (doc.searchTerms as string[]).includes('sanction')) stats.sanctionArticles += 1;
      if (name === 'measures' && (doc.issuerIds as string[]).includes(SOUTH_KOREA)) stats.southKoreaMeasures += 1;
      if (name === 'events' && (doc.participants as { actorId: string }[]).some((p) => p.actorId === SOUTH_KOREA)) stats.southKoreaEvents += 1;
      const batch = batches.get(name) ?? [];
      batches.set(name, batch);
      batch.push(doc);
      if (batch.length >= BATCH) await flush(name);
    }
    for (const name of [...batches.keys()]) await flush(name);
    await inFlight;
    progress.done();
  } finally {
    await client.close();
    await embedded.stop();
  }
  return stats;
}

/** A progress bar on a terminal; otherwise one line per 10%. */
class Progress {
  private done_ = 0;
  private lastTenth = 0;
  private readonly started = performance.now();
  private readonly tty = Boolean(process.stdout.isTTY);

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly log: (line: string) => void,
  ) {}

  advance(count: number): void {
    this.done_ += count;
    const fraction = Math.min(1, this.done_ / this.total);
    const seconds = ((performance.now() - this.started) / 1000).toFixed(0);
    if (this.tty) {
      const width = 30;
      const filled = Math.round(fraction * width);
      process.stdout.write(
        `\r  writing ${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${seconds} s `,
      );
      return;
    }
    const tenth = Math.floor(fraction * 10);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.log(`  writing ${this.label}: ${tenth * 10}% (${this.done_.toLocaleString('en-US')} documents, ${seconds} s)`);
    }
  }

  done(): void {
    if (this.tty && this.total > 0) process.stdout.write('\n');
  }
}

/** A well-mixed 32-bit hash of an integer: spreads dates without a random source, so a corpus is reproducible. */
function mix(n: number): number {
  let x = (n + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Days to shift a group's dates by: the seeds run from July 2023 to January 2024, so
 * -3,100 to +689 days puts every date between January 2015 and December 2025.
 */
const dayOffset = (n: number): number => -3_100 + (mix(n) % 3_790);

/** A partial date moved by `days`, keeping its precision (a month moves with its 15th, a year with its 1 July). */
function shiftDate(date: PartialDateValue | null, days: number): PartialDateValue | null {
  if (!date) return null;
  const anchor = Date.UTC(date.year, (date.month ?? 7) - 1, date.day ?? (date.month != null ? 15 : 1));
  const moved = new Date(anchor + days * DAY_MS);
  return {
    year: moved.getUTCFullYear(),
    ...(date.month != null ? { month: moved.getUTCMonth() + 1 } : {}),
    ...(date.day != null ? { day: moved.getUTCDate() } : {}),
    approximate: Boolean(date.approximate),
  };
}

/** A UUID-shaped id (what the API gives new records), derived from `name` so that a corpus is reproducible. */
function uuidOf(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const SANCTION_PARAGRAPH = /sanction/i;
const sentenceOf = (article: number): string => `Dossier benchmark copy ${article + 1}.`;

/** Which record of the corpus clones which seed, and every reference between them. */
class CorpusPlan {
  readonly counts: CorpusCounts;
  /** Groups of 15 events (the last may be partial). */
  private readonly groups: number;
  /** Articles quoted as evidence: 5 per group; the rest are unquoted. */
  private readonly quotedArticles: number;
  private readonly seedDocs: ReturnType<typeof buildSeedDocuments>;
  private readonly actorIndex: Map<string, number>;
  private readonly eventIndex: Map<string, number>;
  private readonly articleIndex: Map<string, number>;
  private readonly articleKeys = new Map<number, string>();
  private readonly mentionsByBody = new Map<string, MentionValue[]>();
  /** For the final check: every id written, and every id referred to (with where). */
  private readonly written = new Set<string>();
  private readonly referred = new Map<string, string>();

  constructor(
    events: number,
    private readonly seeds: SeedSet,
  ) {
    this.counts = countsFor(events);
    this.groups = Math.ceil(events / 15);
    this.quotedArticles = Math.min(this.groups * 5, this.counts.articles);
    this.seedDocs = buildSeedDocuments(seeds);
    this.actorIndex = new Map(this.seedDocs.actors.map((actor, index) => [actor._id, index]));
    this.eventIndex = new Map(this.seedDocs.events.map((event, index) => [event._id, index]));
    this.articleIndex = new Map(this.seedDocs.articles.map((article, index) => [article._id, index]));
  }

  get total(): number {
    return this.counts.articles * 2 + this.counts.actors + this.counts.events + this.counts.measures;
  }

  /** The actor standing for seed actor `seedKey` in group `group`: group 0, or a missing clone, is the seed actor. */
  private actorKey(seedKey: string, group: number): string {
    const index = group * 30 + this.actorIndex.get(seedKey)!;
    return group === 0 || index >= this.counts.actors ? seedKey : uuidOf(`actor:${index}`);
  }

  private eventKey(index: number): string {
    return uuidOf(`event:${index}`);
  }

  /** The event standing for seed event `seedKey` in group `group` (group 0's when the group has no such event). */
  private eventFor(seedKey: string, group: number): string {
    const index = group * 15 + this.eventIndex.get(seedKey)!;
    return this.eventKey(index < this.counts.events ? index : this.eventIndex.get(seedKey)!);
  }

  private articleFor(seedKey: string, group: number): number {
    const index = group * 5 + this.articleIndex.get(seedKey)!;
    return index < this.quotedArticles ? index : this.articleIndex.get(seedKey)!;
  }

  /** An article: its seed, group, body (the paragraphs kept, then the numbered sentence) and raw text. */
  private article(index: number) {
    const quoted = index < this.quotedArticles;
    const seedIndex = index % 5;
    const seed = this.seedDocs.articles[seedIndex]!;
    const group = quoted ? Math.floor(index / 5) : (index - this.quotedArticles) % this.groups;
    let paragraphs = seed.body.split('\n\n');
    let title = seed.title;
    if (!quoted) {
      // Unquoted: no offsets to keep, so the paragraphs turn, and most lose the sanctions.
      const turn = Math.floor(index / 5) % paragraphs.length;
      paragraphs = [...paragraphs.slice(turn), ...paragraphs.slice(0, turn)];
      if (index % 4 !== 0) {
        paragraphs = paragraphs.filter((paragraph) => !SANCTION_PARAGRAPH.test(paragraph));
        title = title.replace(/sanctions/gi, (word) => (word[0] === 'S' ? 'Measures' : 'measures'));
      }
    }
    const withoutSentence = paragraphs.join('\n\n');
    const body = `${withoutSentence}\n\n${sentenceOf(index)}`;
    const rawText = `${this.seeds.rawTexts.get(seed._id)!}\n${sentenceOf(index)}\n`;
    return { quoted, seed, group, title: `${title} (${index + 1})`, withoutSentence, body, rawText, days: dayOffset(quoted ? group : 1_000_003 + index) };
  }

  private articleKey(index: number): string {
    let key = this.articleKeys.get(index);
    if (!key) {
      key = contentHashOf(this.article(index).rawText).slice(0, 16);
      this.articleKeys.set(index, key);
    }
    return key;
  }

  /** A seed quote in group `group`: the same quote at the same offsets of the group's copy of its article. */
  private evidence(source: EvidenceValue, group: number, where: string): EvidenceValue {
    const index = this.articleFor(source.articleId, group);
    const { body } = this.article(index);
    if (body.slice(source.start, source.end) !== source.quote) throw new Error(`${where}: the quote is not at its offsets in article ${index}`);
    const articleId = this.articleKey(index);
    this.refer(articleId, where);
    return { ...source, articleId };
  }

  private refer(key: string, where: string): string {
    if (!this.referred.has(key)) this.referred.set(key, where);
    return key;
  }

  private write<T extends { _id: string }>(doc: T): T & { version: number } {
    if (this.written.has(doc._id)) throw new Error(`duplicate id ${doc._id}`);
    this.written.add(doc._id);
    return { ...doc, version: 1 };
  }

  /** Every document, collection by collection, articles first. */
  *documents(): Generator<[string, Document]> {
    for (let index = 0; index < this.counts.articles; index++) {
      const article = this.buildArticle(index);
      yield ['article_texts', { _id: article._id, rawText: this.article(index).rawText }];
      yield ['articles', article];
    }
    for (let index = 0; index < this.counts.actors; index++) yield ['actors', this.buildActor(index)];
    for (let index = 0; index < this.counts.events; index++) yield ['events', this.buildEvent(index)];
    for (let index = 0; index < this.counts.measures; index++) yield ['measures', this.buildMeasure(index)];
  }

  private buildArticle(index: number): ArticleDocument {
    const { seed, group, title, withoutSentence, body, rawText, days } = this.article(index);
    let mentions = this.mentionsByBody.get(withoutSentence);
    if (!mentions) {
      // The numbered sentence names no actor: the mentions of the paragraphs are the body's.
      mentions = findMentions(withoutSentence, this.seedDocs.actors);
      this.mentionsByBody.set(withoutSentence, mentions);
    }
    const contentHash = contentHashOf(rawText);
    return this.write(
      articleDocument({
        _id: contentHash.slice(0, 16),
        url: seed.url ? `${seed.url}?copy=${index + 1}` : null,
        outlet: seed.outlet,
        agency: seed.agency,
        title,
        publishedAt: shiftDate(seed.publishedAt, days),
        publishedAtSource: seed.publishedAtSource,
        publishedAtNote: seed.publishedAtNote,
        pageHeaderDate: shiftDate(seed.pageHeaderDate, days),
        language: seed.language,
        body,
        contentHash,
        mentions: mentions.map((mention) => ({ ...mention, actorId: this.refer(this.actorKey(mention.actorId, group), `article ${index} mentions`) })),
        createdAt: CREATED_AT,
        updatedAt: CREATED_AT,
      }),
    ) as ArticleDocument;
  }

  private buildActor(index: number): ActorDocument {
    const seed = this.seedDocs.actors[index % 30]!;
    const group = Math.floor(index / 30);
    if (group === 0) return this.write({ ...seed });
    const where = `actor ${index}`;
    return this.write(
      actorDocument({
        _id: this.actorKey(seed._id, group),
        name: `${seed.name} (${group})`,
        kind: seed.kind,
        aliases: [...seed.aliases],
        metonyms: [...seed.metonyms],
        demonyms: [...seed.demonyms],
        hosts: [],
        affiliationId: seed.affiliationId ? this.refer(this.actorKey(seed.affiliationId, group), where) : null,
        roles: seed.roles.map((role) => ({
          title: role.title,
          organizationId: role.organizationId ? this.refer(this.actorKey(role.organizationId, group), where) : null,
          sources: role.sources.map((source) => this.evidence(source, group, where)),
        })),
        description: seed.description,
        sources: seed.sources.map((source) => this.evidence(source, group, where)),
        createdAt: CREATED_AT,
        updatedAt: CREATED_AT,
      }),
    ) as ActorDocument;
  }

  private buildEvent(index: number): EventDocument {
    const seedIndex = index % 15;
    const seed = this.seedDocs.events[seedIndex]!;
    const group = Math.floor(index / 15);
    const days = dayOffset(group);
    const where = `event ${index}`;
    const dateClaims = seed.dateClaims.map((claim) => ({ date: shiftDate(claim.date, days)!, source: this.evidence(claim.source, group, where) }));
    // An event dated by its claims alone is dated by the shifted claims.
    const date =
      this.seeds.events[seedIndex]!.date === null && dateClaims.length > 0
        ? (commonPartialDate(dateClaims.map((claim) => claim.date)) ?? null)
        : shiftDate(seed.date, days);
    const participants = seed.participants.map((participant) => ({ ...participant, actorId: this.refer(this.actorKey(participant.actorId, group), where) }));
    if (index % 40 === 7 && !participants.some((participant) => participant.actorId === SOUTH_KOREA)) {
      participants.push({ actorId: SOUTH_KOREA, role: ParticipantRole.PARTICIPANT });
    }
    return this.write(
      eventDocument({
        _id: this.eventKey(index),
        title: `${seed.title} (${index + 1})`,
        kind: seed.kind,
        date,
        dateClaims,
        location: seed.location,
        description: seed.description,
        participants,
        sources: seed.sources.map((source) => this.evidence(source, group, where)),
        createdSeq: 0,
        changeSeq: 0,
        createdAt: CREATED_AT,
        updatedAt: CREATED_AT,
      }),
    ) as EventDocument;
  }

  private buildMeasure(index: number): MeasureDocument {
    const seed = this.seedDocs.measures[index % 13]!;
    const group = Math.floor(index / 13);
    const where = `measure ${index}`;
    // South Korea itself issues one measure in 20; elsewhere its place goes to the group's copy.
    const issuers = seed.issuerIds.map((key) => this.actorKey(key, group)).filter((key) => key !== SOUTH_KOREA);
    if (index % 20 === 0) issuers.unshift(SOUTH_KOREA);
    if (issuers.length === 0) issuers.push(this.actorKey('united-states', group));
    return this.write(
      measureDocument({
        _id: uuidOf(`measure:${index}`),
        title: `${seed.title} (${index + 1})`,
        kind: seed.kind,
        status: seed.status,
        issuerIds: [...new Set(issuers)].map((key) => this.refer(key, where)),
        targetIds: seed.targetIds.map((key) => this.refer(this.actorKey(key, group), where)),
        date: shiftDate(seed.date, dayOffset(group)),
        respondsToEventIds: seed.respondsToEventIds.map((key) => this.refer(this.eventFor(key, group), where)),
        legalBasis: [...seed.legalBasis],
        details: seed.details,
        sources: seed.sources.map((source) => this.evidence(source, group, where)),
        createdAt: CREATED_AT,
        updatedAt: CREATED_AT,
      }),
    ) as MeasureDocument;
  }

  /** Throws unless every id referred to was written. */
  verify(): void {
    for (const [key, where] of this.referred) if (!this.written.has(key)) throw new Error(`${where} refers to "${key}", which the corpus lacks`);
  }
}

const contentHashOf = (rawText: string): string => createHash('sha256').update(rawText, 'utf8').digest('hex');
