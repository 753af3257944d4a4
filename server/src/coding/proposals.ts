import { randomUUID } from 'node:crypto';
import type { ActorRepository } from '../actors/actor.repository';
import type { NamedActor } from '../actors/mention-finder';
import type { ArticleDocument } from '../articles/article.document';
import type { ArticleRepository } from '../articles/article.repository';
import { spanOf, type PartialDateValue } from '../dates/partial-date';
import { anyOf, type Criteria, type Criterion } from '../db/criteria';
import { termsOf } from '../db/search-terms';
import type { EvidenceValue } from '../evidence/evidence';
import { EventKind, ParticipantRole, type EventDocument, type ParticipantValue } from '../events/event.document';
import { eventsOfActors } from '../events/event.filter';
import type { EventRepository } from '../events/event.repository';
import { datelineOf } from '../ingestion/dateline';
import type { KnownActor } from '../ingestion/knowledge';
import { courseOf, MeasureKind, MeasureStatus, type MeasureDocument, type ResponseSourceValue } from '../measures/measure.document';
import { measuresOfActors } from '../measures/measure.filter';
import type { MeasureRepository } from '../measures/measure.repository';
import { ProposalMode, ReviewState, type CodingValue } from '../review/review';
import { Standing } from '../review/retraction';
import type { EventProposal, MeasureProposal } from './coder';
import { batchingRevisions } from '../db/revision-log';
import { batchingAmendments } from '../db/amendment-batch';

/** The coder and its lexicon: records it proposes carry this, so an editor knows which rules spoke. */
export const CODER_VERSION = 'dossier-coder/2 (lexicon 2026-11)';

// The language model loads with the first article coded, not at start.
const coder = () => import('./coder.js');

/** Kinds that may name one happening: a proposal joins a held record only within its family. */
const EVENT_FAMILIES: readonly (readonly EventKind[])[] = [
  [EventKind.MEETING, EventKind.VISIT],
  [EventKind.STATEMENT, EventKind.PROPOSAL],
];
const MEASURE_FAMILIES: readonly (readonly MeasureKind[])[] = [
  [MeasureKind.SANCTION, MeasureKind.DESIGNATION],
  [MeasureKind.DIPLOMATIC_PROTEST, MeasureKind.CONDEMNATION],
];
const familyOf = <K extends string>(families: readonly (readonly K[])[], kind: K): readonly K[] => families.find((family) => family.includes(kind)) ?? [kind];

/** A report that gives no date is of something on its article's day or in the week before. */
const UNDATED_WINDOW_DAYS = 7;

const TITLE_LENGTH = 120;

/** A record a proposal may report again. */
type HeldRecord = {
  _id: string;
  kind: string;
  review: ReviewState;
  coding: CodingValue | null;
  sources: EvidenceValue[];
  dateStart: string;
  dateEnd: string;
  standing: Standing;
};

/** What matching a proposal with the record needs: where it was read, what it says, and which records may be it. */
interface Reading {
  readonly article: ArticleDocument;
  readonly source: EvidenceValue;
  readonly date: PartialDateValue | null;
  /** The days an undated proposal may be of. */
  readonly window: Span | undefined;
  /** The words of the proposal that say what happened. */
  readonly wording: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
  readonly family: readonly string[];
  /** Criteria for held records of the proposal's kind family and actors; undefined: only its article's records. */
  readonly kinship: Criterion[] | undefined;
}

const ALREADY_CODED = 'alreadyCoded';

/**
 * The words of the names of the actors an article mentions: they say who, not what (the
 * words two quotes share count only when both quotes hold them, so the names in this
 * article's quotes are all that need leaving out).
 */
function namesOf(article: ArticleDocument, actors: readonly NamedActor[]): Set<string> {
  const mentioned = new Set(article.mentions.map((mention) => mention.actorId));
  return new Set(
    actors
      .filter((actor) => mentioned.has(actor._id))
      .flatMap((actor) => termsOf([actor.name, ...actor.aliases, ...(actor.metonyms ?? []), ...(actor.demonyms ?? [])].join(' '))),
  );
}

/** What coding one article did to the record. */
export interface CodingOutcome {
  /** The records the article now supports: new proposals and held records it is a new source of. */
  readonly events: EventDocument[];
  readonly measures: MeasureDocument[];
  /** New records proposed. */
  readonly proposed: number;
  /** Proposals that joined a held record as a new source. */
  readonly merged: number;
  /** Proposals of passages already coded (a rejected one included), left as they are. */
  readonly alreadyCoded: number;
}

type Span = { readonly dateStart: string; readonly dateEnd: string };

const dayOf = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * The days an undated report may be of: its article's day and the week before, and for what
 * the article says will or may happen ("will summon an envoy") the week after too (reported
 * speech says "would" of what was done); none when the article is undated.
 */
function reportWindow(publishedAt: PartialDateValue | null, mode: ProposalMode): Span | undefined {
  const { dateStart, dateEnd } = spanOf([publishedAt]);
  if (!dateStart || !dateEnd) return undefined;
  const week = UNDATED_WINDOW_DAYS * 86_400_000;
  const ahead = mode === ProposalMode.FUTURE || mode === ProposalMode.HYPOTHETICAL;
  return { dateStart: dayOf(Date.parse(dateStart) - week), dateEnd: ahead ? dayOf(Date.parse(dateEnd) + week) : dateEnd };
}

/** Finer dates first: a day says more than a month, a month more than a year. */
const detail = (date: PartialDateValue): number => (date.day != null ? 3 : date.month != null ? 2 : 1);

/**
 * Whether a new source's date adds to what a record holds: it is more precise than the
 * record's date. (Matched records' dates overlap, so a date as precise is the same date, and
 * a coarser one would only widen the record's span.)
 */
const tellsMore = (date: PartialDateValue, held: PartialDateValue | null): boolean => !held || detail(date) > detail(held);

/** How far a measure has gone, in order: a later report of a proposal may tell it went further ("threatened", then "imposed"). */
const STATUS_ORDER: readonly MeasureStatus[] = [
  MeasureStatus.CONSIDERED,
  MeasureStatus.THREATENED,
  MeasureStatus.ANNOUNCED,
  MeasureStatus.AGREED,
  MeasureStatus.IMPLEMENTED,
];

/** Records without a date (their span is empty). */
const UNDATED: Criterion = anyOf('dateStart', ['']);

const overlapping = (span: Span): Criterion => ({ kind: 'overlaps', from: span.dateStart, to: span.dateEnd });

const sameText = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** A dateline opening a story ("SEOUL, Nov. 19 (Yonhap) --"): not part of a title. */
const DATELINE = /^[A-Z][A-Z .'-]+,[^-–—]{0,40}?(?:--|[-–—])\s*/;

/** A title from the quote: its first words, capitalised, without a dateline. */
function titleOf(quote: string): string {
  const text = quote.replace(/\s+/g, ' ').trim().replace(DATELINE, '');
  const cut = text.length <= TITLE_LENGTH ? text : `${text.slice(0, text.lastIndexOf(' ', TITLE_LENGTH - 1))}…`;
  return cut.charAt(0).toUpperCase() + cut.slice(1);
}

// Words that date or attribute a report rather than say what happened.
const REPORTING_WORDS = new Set(
  termsOf(
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week weekend month year earlier later last next ' +
      'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
      'said says saying told tells according statement officials official spokesperson spokesman spokeswoman ministry reported reports added ' +
      // Pronouns the stemmer keeps ("its" → "it"): every report has them.
      'it its they them their he his she her',
  ),
);

/**
 * Words news copy uses for one thing ("suspended the treaty", "held the treaty in abeyance"),
 * each group read as its first word's term.
 */
const SYNONYMS: ReadonlyMap<string, string> = new Map(
  [
    'suspend suspension abeyance halt freeze froze pause',
    'close closure shut seal',
    'expel expulsion grata',
    'expand widen extend tighten broaden',
    'ban prohibit',
    'cancel revoke scrap',
  ].flatMap((group) => {
    const [first, ...others] = termsOf(group);
    return others.map((term) => [term, first!] as const);
  }),
);

/**
 * The words of a quote that say what happened: without the names of the actors, dates and
 * attribution ("Pakistan closed its airspace to Indian airlines on Thursday" → close,
 * airspac, airlin). Two reports of one happening share more of them than the kind's verb.
 */
function wordingOf(quote: string, names: ReadonlySet<string>, act: string | null = null): Set<string> {
  const words = termsOf(quote)
    .filter((term) => !names.has(term) && !REPORTING_WORDS.has(term) && !/^\d+$/.test(term))
    .map((term) => SYNONYMS.get(term) ?? term);
  return new Set(act ? [...words, `${ACT_MARK}${act.replace(/\s+/g, '-')}`] : words);
}

/** Marks the act of its kind a report names among its words ("#summons"): no word of a quote starts with it. */
const ACT_MARK = '#';
const actOf = (wording: ReadonlySet<string>): string | undefined => [...wording].find((term) => term.startsWith(ACT_MARK));

/**
 * Whether two reports may say the same thing happened: they name no different acts of the
 * kind (a summons is not a protest note), and they share a word besides the one naming the
 * kind (the object: "airspace", "border", "visas"), or the shorter says too little to tell
 * (a quote of names only says nothing against it).
 */
function sameWording(proposed: ReadonlySet<string>, held: ReadonlySet<string>): boolean {
  const acts = [actOf(proposed), actOf(held)];
  if (acts[0] && acts[1] && acts[0] !== acts[1]) return false;
  let shared = 0;
  for (const term of proposed) if (held.has(term) && !term.startsWith(ACT_MARK)) shared += 1;
  const shorter = Math.min(proposed.size - (acts[0] ? 1 : 0), held.size - (acts[1] ? 1 : 0));
  return shared >= 2 || (shared >= 1 && shorter <= 2) || shorter === 0;
}

/** What each report of a held record says happened: the words the coder kept, or for a record it did not code, its quotes' words. */
const wordingsOf = (doc: HeldRecord, names: ReadonlySet<string>): Set<string>[] =>
  doc.coding?.wording?.length
    ? doc.coding.wording.map((words) => new Set(words.split(' ').filter(Boolean)))
    : doc.sources.map((source) => wordingOf(source.quote, names));

/** A report's words as stored: in one order, so that two reports worded alike store the same text. */
const wordsOf = (wording: ReadonlySet<string>): string => [...wording].sort().join(' ');

/** A record's coding with one more report's words, when no report held worded it alike (retellings mostly repeat one). */
function withWording(coding: CodingValue | null, wording: ReadonlySet<string>): { coding: CodingValue } | Record<string, never> {
  const words = wordsOf(wording);
  if (!coding || coding.wording?.includes(words)) return {};
  return { coding: { ...coding, wording: [...(coding.wording ?? []), words] } };
}

/** Roles that cannot both be true of one actor in one happening: the one who acted and the one acted upon. */
const opposed = (a: ParticipantRole, b: ParticipantRole): boolean =>
  (a === ParticipantRole.INITIATOR && b === ParticipantRole.TARGET) || (a === ParticipantRole.TARGET && b === ParticipantRole.INITIATOR);

/** How many actors the two share in compatible roles; 0 when any shared actor plays the opposite part. */
function sharedParticipants(proposed: readonly ParticipantValue[], held: readonly ParticipantValue[]): number {
  let shared = 0;
  for (const participant of proposed) {
    const other = held.find((candidate) => candidate.actorId === participant.actorId);
    if (!other) continue;
    if (opposed(participant.role, other.role)) return 0;
    shared += 1;
  }
  return shared;
}

const SAID_BY_MANY: ReadonlySet<MeasureKind> = new Set([MeasureKind.CONDEMNATION, MeasureKind.DEMAND, MeasureKind.WARNING]);

/** How many issuers the two share, when their targets do not contradict each other; 0 when they cannot be one measure. */
function sharedParties(proposal: MeasureProposal, held: MeasureDocument): number {
  const issuers = proposal.issuers.filter((actorId) => held.issuerIds.includes(actorId)).length;
  const swapped = proposal.issuers.some((actorId) => held.targetIds.includes(actorId)) || proposal.targets.some((actorId) => held.issuerIds.includes(actorId));
  if (swapped) return 0;
  const targets = proposal.targets.filter((actorId) => held.targetIds.includes(actorId)).length;
  // Without a shared issuer, a shared target only counts when one side names no issuer;
  // measures of one issuer aimed at different targets are different measures. Words many
  // parties say to one target on one day (condemnations, demands, warnings) need a shared issuer.
  if (issuers === 0 && ((proposal.issuers.length > 0 && held.issuerIds.length > 0) || SAID_BY_MANY.has(proposal.kind))) return 0;
  if (targets === 0 && proposal.targets.length > 0 && held.targetIds.length > 0) return 0;
  return issuers + targets;
}

/** The best held record: the most shared actors, then one the same article already reports. */
function best<T extends { _id: string; sources: EvidenceValue[] }>(scored: { doc: T; shared: number }[], articleKey: string): T | undefined {
  const fromArticle = (doc: T) => (doc.sources.some((source) => source.articleId === articleKey) ? 1 : 0);
  return scored
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || fromArticle(b.doc) - fromArticle(a.doc) || (a.doc._id < b.doc._id ? -1 : 1))[0]?.doc;
}

/**
 * Turns what the coder reads in an article into the record: each happening it proposes
 * either joins a record already held (same kind family, shared actors in compatible roles,
 * compatible dates) as a new source, or becomes a new record PROPOSED for review. A passage
 * already coded is not proposed again, so a rejected proposal does not come back.
 */
export class ProposalRecorder {
  constructor(
    private readonly articles: ArticleRepository,
    private readonly actors: ActorRepository,
    private readonly events: EventRepository,
    private readonly measures: MeasureRepository,
  ) {}

  async record(article: ArticleDocument, knownActors?: readonly KnownActor[]): Promise<CodingOutcome> {
    // The amendments are stored before the revisions that tell of them.
    return batchingRevisions(() => batchingAmendments(() => this.recordAll(article, knownActors)));
  }

  private async recordAll(article: ArticleDocument, knownActors?: readonly KnownActor[]): Promise<CodingOutcome> {
    const { codeArticle } = await coder();
    const actors = knownActors ?? (await this.actors.findAll());
    // A dateline's place ("ISLAMABAD:") is where the story was filed, not an actor of it.
    const dateline = datelineOf(article.body.split('\n\n'), article.language);
    const coded = codeArticle({
      body: article.body,
      publishedAt: article.publishedAt,
      actors,
      language: article.language,
      exclude: dateline ? [dateline.place] : [],
    });
    const names = namesOf(article, actors);
    const events = new Map<string, EventDocument>();
    const measures = new Map<string, MeasureDocument>();
    const tally = { proposed: 0, merged: 0, alreadyCoded: 0 };
    const count = (result: 'proposed' | 'merged' | 'alreadyCoded') => {
      tally[result] += 1;
    };
    for (const proposal of coded.events) {
      // A happening the text says did not take place is not one to record.
      if (proposal.mode === ProposalMode.NEGATED || proposal.actors.length === 0) continue;
      const outcome = await this.recordEvent(article, proposal, reportWindow(article.publishedAt, proposal.mode), names);
      count(outcome.result);
      if (outcome.doc) events.set(outcome.doc._id, outcome.doc);
    }
    for (const proposal of coded.measures) {
      if (proposal.mode === ProposalMode.NEGATED) continue;
      const outcome = await this.recordMeasure(article, proposal, reportWindow(article.publishedAt, proposal.mode), names);
      count(outcome.result);
      if (outcome.doc) measures.set(outcome.doc._id, outcome.doc);
    }
    return { events: [...events.values()], measures: [...measures.values()], ...tally };
  }

  private async recordEvent(
    article: ArticleDocument,
    proposal: EventProposal,
    window: Span | undefined,
    names: ReadonlySet<string>,
  ): Promise<{ result: 'proposed' | 'merged' | 'alreadyCoded'; doc?: EventDocument }> {
    const family = familyOf(EVENT_FAMILIES, proposal.kind);
    const source = sourceOf(article, proposal);
    const participants = proposal.actors.map(({ actorId, role }) => ({ actorId, role }));
    const kinship = [eventsOfActors(participants.map((participant) => participant.actorId)), anyOf('kind', family)];
    const wording = wordingOf(article.body.slice(proposal.focus.start, proposal.focus.end), names, proposal.act);
    const match = await this.held(this.events, { article, source, date: proposal.date, window, wording, names, family, kinship }, (doc) =>
      sharedParticipants(participants, doc.participants),
    );
    if (match === ALREADY_CODED) return { result: ALREADY_CODED };
    if (match) {
      const merged = await this.events.amendChange(match._id, (current) => ({
        sources: [...current.sources, source],
        ...withWording(current.coding, wording),
        ...(proposal.date && tellsMore(proposal.date, current.date) ? { dateClaims: [...current.dateClaims, { date: proposal.date, source }] } : {}),
        updatedAt: new Date(),
      }));
      return { result: 'merged', ...(merged ? { doc: merged } : {}) };
    }
    const now = new Date();
    const doc = await this.events.create({
      _id: randomUUID(),
      title: titleOf(proposal.quote),
      kind: proposal.kind,
      date: proposal.date,
      dateClaims: proposal.date ? [{ date: proposal.date, source }] : [],
      location: proposal.location,
      description: null,
      participants,
      sources: [source],
      review: ReviewState.PROPOSED,
      coding: codingOf(proposal, wording),
      reviewNote: null,
      createdAt: now,
      updatedAt: now,
    });
    return { result: 'proposed', doc };
  }

  private async recordMeasure(
    article: ArticleDocument,
    proposal: MeasureProposal,
    window: Span | undefined,
    names: ReadonlySet<string>,
  ): Promise<{ result: 'proposed' | 'merged' | 'alreadyCoded'; doc?: MeasureDocument }> {
    const family = familyOf(MEASURE_FAMILIES, proposal.kind);
    const source = sourceOf(article, proposal);
    const parties = [...proposal.issuers, ...proposal.targets];
    // A measure naming nobody is matched only within its article.
    const kinship = parties.length > 0 ? [measuresOfActors(parties), anyOf('kind', family)] : undefined;
    const wording = wordingOf(article.body.slice(proposal.focus.start, proposal.focus.end), names, proposal.act);
    const match = await this.held(this.measures, { article, source, date: proposal.date, window, wording, names, family, kinship }, (doc) =>
      sharedParties(proposal, doc),
    );
    if (match === ALREADY_CODED) return { result: ALREADY_CODED };
    const answered = await this.answeredEvents(article, proposal);
    if (match) {
      const merged = await this.measures.amend(match._id, (current) => {
        // A proposal still waiting for an editor takes what its new source adds: a date, the events it answers.
        const waiting = current.review === ReviewState.PROPOSED;
        const answers = answered.filter((response) => !current.respondsToEventIds.includes(response.eventId));
        const further = waiting && STATUS_ORDER.indexOf(proposal.status) > STATUS_ORDER.indexOf(current.status);
        return {
          sources: [...current.sources, source],
          ...(further ? { status: proposal.status, statusHistory: [...courseOf(current), { status: proposal.status, date: proposal.date, source }] } : {}),
          ...withWording(current.coding, wording),
          ...(waiting && !current.date && proposal.date ? { date: proposal.date } : {}),
          ...(waiting && answers.length > 0
            ? {
                respondsToEventIds: [...current.respondsToEventIds, ...answers.map((response) => response.eventId)],
                responseSources: [...(current.responseSources ?? []), ...answers],
              }
            : {}),
          updatedAt: new Date(),
        };
      });
      return { result: 'merged', ...(merged ? { doc: merged } : {}) };
    }
    const now = new Date();
    const doc = await this.measures.insert({
      _id: randomUUID(),
      title: titleOf(proposal.quote),
      kind: proposal.kind,
      status: proposal.status,
      issuerIds: [...proposal.issuers],
      targetIds: [...proposal.targets],
      date: proposal.date,
      respondsToEventIds: answered.map((response) => response.eventId),
      responseSources: answered,
      legalBasis: [...proposal.legalBasis],
      details: proposal.details,
      sources: [source],
      review: ReviewState.PROPOSED,
      coding: codingOf(proposal, wording),
      reviewNote: null,
      createdAt: now,
      updatedAt: now,
    });
    return { result: 'proposed', doc };
  }

  /**
   * The held record a proposal reports again, if any: among the records its article
   * already quotes and those of its kind family and actors (`kinship`) with compatible
   * dates, not rejected, worded alike, the one sharing most actors (`shared`). ALREADY_CODED
   * when its passage was coded before.
   */
  private async held<T extends HeldRecord>(
    records: { findInAnyReview(criteria: Criteria): Promise<T[]> },
    { article, source, date, window, wording, names, family, kinship }: Reading,
    shared: (doc: T) => number,
  ): Promise<T | undefined | typeof ALREADY_CODED> {
    const fromArticle = await records.findInAnyReview([anyOf('sources.articleId', [article._id])]);
    const ofFamily = (doc: T) => family.includes(doc.kind);
    if (fromArticle.some((doc) => ofFamily(doc) && doc.sources.some((held) => held.articleId === article._id && sameText(held, source)))) return ALREADY_CODED;
    const span = date ? spanOf([date]) : window;
    // The article's own records need no date to be candidates (its reports of one happening date it unevenly),
    // but a proposal of another year is of another happening ("Tokyo signed a similar pact in 2022").
    const year = date ? String(date.year) : undefined;
    const compatible = (doc: T) => !year || !doc.dateStart || (doc.dateStart.slice(0, 4) <= year && year <= doc.dateEnd.slice(0, 4));
    const candidates = [
      ...fromArticle.filter(compatible),
      ...(kinship && span ? await records.findInAnyReview([...kinship, overlapping(span)]) : []),
      ...(kinship ? await this.reportedAround(article, await records.findInAnyReview([...kinship, UNDATED])) : []),
    ];
    return best(
      candidates
        // A rejected, retracted or merged record takes no new reports: the happening is proposed afresh, or joins the survivor.
        .filter((doc) => doc.review !== ReviewState.REJECTED && (doc.standing ?? Standing.CURRENT) === Standing.CURRENT && ofFamily(doc))
        .filter((doc) => wordingsOf(doc, names).some((held) => sameWording(wording, held)))
        .map((doc) => ({ doc, shared: shared(doc) })),
      article._id,
    );
  }

  /**
   * Undated records reported by an article published within a week of this one: an
   * undated happening is dated by its reports alone.
   */
  private async reportedAround<T extends { sources: EvidenceValue[] }>(article: ArticleDocument, undated: T[]): Promise<T[]> {
    if (undated.length === 0 || !article.dateStart) return [];
    const reports = await this.articles.findByKeys([...new Set(undated.flatMap((doc) => doc.sources.map((source) => source.articleId)))]);
    const day = Date.parse(article.dateStart);
    const near = new Set(
      reports
        .filter((report) => report.dateStart && Math.abs(Date.parse(report.dateStart) - day) <= UNDATED_WINDOW_DAYS * 86_400_000)
        .map((report) => report._id),
    );
    return undated.filter((doc) => doc.sources.some((source) => near.has(source.articleId)));
  }

  /**
   * The events a measure answers, each with the words that say so: events the same article
   * reports within those words ("after Monday's missile launch"), from this coding or an
   * earlier one.
   */
  private async answeredEvents(article: ArticleDocument, proposal: MeasureProposal): Promise<ResponseSourceValue[]> {
    if (!proposal.respondsToQuote) return [];
    const start = article.body.indexOf(proposal.respondsToQuote, proposal.start);
    if (start < 0) return [];
    const cue: EvidenceValue = { articleId: article._id, quote: proposal.respondsToQuote, start, end: start + proposal.respondsToQuote.length };
    const reported = await this.events.findInAnyReview([anyOf('sources.articleId', [article._id])]);
    return reported
      .filter((doc) => doc.review !== ReviewState.REJECTED && doc.sources.some((held) => held.articleId === article._id && sameText(held, cue)))
      .map((doc) => ({ eventId: doc._id, source: cue }));
  }
}

const sourceOf = (article: ArticleDocument, proposal: EventProposal | MeasureProposal): EvidenceValue => ({
  articleId: article._id,
  quote: proposal.quote,
  start: proposal.start,
  end: proposal.end,
});

const codingOf = (proposal: EventProposal | MeasureProposal, wording: ReadonlySet<string>): CodingValue => ({
  confidence: proposal.confidence,
  coderVersion: CODER_VERSION,
  mode: proposal.mode,
  plover: proposal.plover,
  wording: [wordsOf(wording)],
});
