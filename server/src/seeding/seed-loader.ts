import { createHash } from 'node:crypto';
import { findMentions } from '../actors/mention-finder';
import { actorDocument, type ActorDocument, type ActorKind } from '../actors/actor.document';
import { articleDocument, DateSource, PageFormat, type ArticleDocument } from '../articles/article.document';
import { datelineOf } from '../ingestion/dateline';
import type { Repositories } from '../context/context';
import { commonPartialDate, parsePartialDate } from '../dates/partial-date';
import { locateQuote, type EvidenceValue } from '../evidence/evidence';
import { eventDocument, type EventDocument, type EventKind, type ParticipantRole } from '../events/event.document';
import { measureDocument, type MeasureDocument, type MeasureKind, type MeasureStatus } from '../measures/measure.document';
import { normalisedHost } from '../validation/host-name';
import { curatedBody, readSeeds, type SeedEvidence, type SeedSet } from './seed-files';
import { writingAs } from '../context/write-author';

/** A seed record as first stored: version 1. */
const stored = <T extends object>(doc: T): T & { version: number } => ({ ...doc, version: 1 });

/** Seeds carry a fixed recording time so that loading them twice stores the same documents. */
const SEEDED_AT = new Date('2024-02-01T00:00:00.000Z');

export class SeedError extends Error {}

export interface SeedDocuments {
  readonly articles: ArticleDocument[];
  readonly actors: ActorDocument[];
  readonly events: EventDocument[];
  readonly measures: MeasureDocument[];
}

/** Turns the curated seed files into documents, checking every quote and every reference. */
export function buildSeedDocuments(seeds: SeedSet = readSeeds()): SeedDocuments {
  const actorIds = new Set(seeds.actors.map((actor) => actor.id));
  const eventIds = new Set(seeds.events.map((event) => event.id));
  const actor = (id: string, where: string): string => {
    if (!actorIds.has(id)) throw new SeedError(`${where}: unknown actor "${id}"`);
    return id;
  };
  const date = (text: string | null, where: string) => (text ? parsePartialDate(text, where) : null);
  const storedHost = (host: string, where: string): string => {
    if (normalisedHost(host) !== host) throw new SeedError(`${where}: "${host}" is not a host name as stored (lower-case, no scheme, "www.", port or path)`);
    return host;
  };

  const namedActors = seeds.actors.map((seed) => ({
    _id: seed.id,
    name: seed.name,
    aliases: seed.aliases,
    metonyms: seed.metonyms ?? [],
    demonyms: seed.demonyms ?? [],
  }));
  const articles = seeds.articles.map((seed): ArticleDocument => {
    const rawText = seeds.rawTexts.get(seed.id)!;
    const lines = new Set(rawText.split('\n'));
    for (const line of [seed.title, ...seed.removedLines.map((removed) => removed.text)]) {
      if (!lines.has(line)) throw new SeedError(`articles.json ${seed.id}: "${line}" is not a line of ${seed.file}`);
    }
    const body = curatedBody(rawText, seed);
    const publishedAt = date(seed.publishedAt, `articles.json ${seed.id} publishedAt`);
    return stored(
      articleDocument({
        _id: seed.id,
        url: seed.url,
        outlet: seed.outlet,
        agency: seed.agency,
        title: seed.title,
        publishedAt,
        publishedAtSource: seed.publishedAtSource as DateSource,
        publishedAtNote: seed.publishedAtNote,
        pageHeaderDate: date(seed.pageHeaderDate, `articles.json ${seed.id} pageHeaderDate`),
        language: seed.language,
        body,
        contentHash: createHash('sha256').update(rawText, 'utf8').digest('hex'),
        authors: [],
        fetchedAt: null,
        rawFormat: PageFormat.TEXT,
        removedLines: seed.removedLines.map((line) => ({ ...line, kind: /timestamp|date line|byline/.test(line.reason) ? 'META' : 'JUNK' })),
        // A dateline's place ("SEOUL --") names no actor.
        mentions: findMentions(body, namedActors, { exclude: [datelineOf(body.split('\n\n'))?.place ?? []].flat() }),
        createdAt: SEEDED_AT,
        updatedAt: SEEDED_AT,
      }),
    );
  });

  const bodies = new Map(articles.map((article) => [article._id, article.body]));
  const evidence = (seed: SeedEvidence, where: string): EvidenceValue => {
    const body = bodies.get(seed.article);
    if (body === undefined) throw new SeedError(`${where}: unknown article "${seed.article}"`);
    const place = locateQuote(body, seed.quote);
    if (!place) throw new SeedError(`${where}: quote not found in article ${seed.article}: "${seed.quote}"`);
    return { articleId: seed.article, quote: seed.quote, ...place };
  };
  const evidenceList = (list: readonly SeedEvidence[], where: string) => list.map((item, index) => evidence(item, `${where}[${index}]`));

  const actors = seeds.actors.map(
    (seed): ActorDocument =>
      stored(
        actorDocument({
          _id: seed.id,
          name: seed.name,
          kind: seed.kind as ActorKind,
          aliases: [...seed.aliases],
          metonyms: [...(seed.metonyms ?? [])],
          demonyms: [...(seed.demonyms ?? [])],
          hosts: (seed.hosts ?? []).map((host, index) => storedHost(host, `actors.json ${seed.id} hosts[${index}]`)),
          affiliationId: seed.affiliation ? actor(seed.affiliation, `actors.json ${seed.id} affiliation`) : null,
          roles: (seed.roles ?? []).map((role, index) => ({
            title: role.title,
            organizationId: actor(role.organization, `actors.json ${seed.id} roles[${index}]`),
            sources: evidenceList(role.sources, `actors.json ${seed.id} roles[${index}].sources`),
          })),
          description: seed.description,
          sources: evidenceList(seed.sources, `actors.json ${seed.id} sources`),
          createdAt: SEEDED_AT,
          updatedAt: SEEDED_AT,
        }),
      ),
  );

  const events = seeds.events.map((seed): EventDocument => {
    const where = `events.json ${seed.id}`;
    const dateClaims = seed.dateClaims.map((claim, index) => ({
      date: parsePartialDate(claim.date, `${where} dateClaims[${index}]`),
      source: evidence(claim.source, `${where} dateClaims[${index}]`),
    }));
    const eventDate = date(seed.date, `${where} date`) ?? commonPartialDate(dateClaims.map((claim) => claim.date)) ?? null;
    return stored(
      eventDocument({
        _id: seed.id,
        title: seed.title,
        kind: seed.kind as EventKind,
        date: eventDate,
        dateClaims,
        location: seed.location,
        description: seed.description,
        participants: seed.participants.map((participant, index) => ({
          actorId: actor(participant.actor, `${where} participants[${index}]`),
          role: participant.role as ParticipantRole,
        })),
        sources: evidenceList(seed.sources, `${where} sources`),
        // Seeds are the starting state, not changes: subscribers are not told about them.
        createdSeq: 0,
        changeSeq: 0,
        createdAt: SEEDED_AT,
        updatedAt: SEEDED_AT,
      }),
    );
  });

  const measures = seeds.measures.map((seed): MeasureDocument => {
    const where = `measures.json ${seed.id}`;
    const measureDate = date(seed.date, `${where} date`);
    return stored(
      measureDocument({
        _id: seed.id,
        title: seed.title,
        kind: seed.kind as MeasureKind,
        status: seed.status as MeasureStatus,
        issuerIds: seed.issuers.map((id, index) => actor(id, `${where} issuers[${index}]`)),
        targetIds: seed.targets.map((id, index) => actor(id, `${where} targets[${index}]`)),
        date: measureDate,
        respondsToEventIds: seed.respondsTo.map((id, index) => {
          if (!eventIds.has(id)) throw new SeedError(`${where} respondsTo[${index}]: unknown event "${id}"`);
          return id;
        }),
        legalBasis: [...seed.legalBasis],
        details: seed.details,
        sources: evidenceList(seed.sources, `${where} sources`),
        createdAt: SEEDED_AT,
        updatedAt: SEEDED_AT,
      }),
    );
  });

  return { articles, actors, events, measures };
}

/** Loads (or reloads) the curated seeds. Upserts under fixed ids: running it twice equals once. */
export async function seedDatabase(repositories: Repositories): Promise<Record<keyof SeedDocuments, number>> {
  return writingAs('seed', () => writeSeeds(repositories));
}

async function writeSeeds(repositories: Repositories): Promise<Record<keyof SeedDocuments, number>> {
  const seeds = readSeeds();
  const documents = buildSeedDocuments(seeds);
  for (const doc of documents.articles) await repositories.articles.putWithRawText(doc, seeds.rawTexts.get(doc._id)!);
  for (const doc of documents.actors) await repositories.actors.put(doc);
  for (const doc of documents.events) await repositories.events.put(doc);
  for (const doc of documents.measures) await repositories.measures.put(doc);
  return {
    articles: documents.articles.length,
    actors: documents.actors.length,
    events: documents.events.length,
    measures: documents.measures.length,
  };
}
