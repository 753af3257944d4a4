export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** A state, person or organization that acts or is acted upon. */
export type Actor = Node & {
  __typename?: 'Actor';
  /** The actor's state, for people and bodies. */
  affiliation: Maybe<Actor>;
  /** Other names proper the sources use: spellings, abbreviations, formal names ("N. Korea", "DPRK"). */
  aliases: Array<Scalars['String']['output']>;
  /** Articles that name this actor (by name, alias or metonym; by demonym too when asked). */
  articles: ArticleConnection;
  /** Adjectives and nouns of nationality that name the actor ("North Korean", "Russian"). */
  demonyms: Array<Scalars['String']['output']>;
  /** A short description. */
  description: Maybe<Scalars['String']['output']>;
  /** Events this actor took part in. */
  events: EventConnection;
  /** Every write of this actor: one revision per version, with who made it, when, and each field's value before and after. */
  history: RevisionConnection;
  /** Web hosts the actor publishes on, lower-case, without scheme, "www.", port or path ("yna.co.kr"). */
  hosts: Array<Scalars['String']['output']>;
  /** Global id (Relay): opaque, stable, unique across types. */
  id: Scalars['ID']['output'];
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Measures this actor issued. */
  measuresIssued: MeasureConnection;
  /** Measures aimed at this actor. */
  measuresTargeting: MeasureConnection;
  /** The actors merged into this one (see `mergeActors`): their ids resolve to it. */
  mergedFrom: Array<Scalars['ID']['output']>;
  /** Names that stand for the actor without being its name: a capital or seat of government ("Pyongyang", "the Kremlin", "Downing Street"). */
  metonyms: Array<Scalars['String']['output']>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Set when an editor retracted the record: it is kept, but lists leave it out unless asked with `includeRetracted`. */
  retraction: Maybe<Retraction>;
  /** Positions held, with the quotes that give them. */
  roles: Array<ActorRole>;
  /** Quotes about this actor. */
  sources: Array<Evidence>;
  /** Version of the record: 1 when it was recorded, one more at every change. */
  version: Scalars['Int']['output'];
};


/** A state, person or organization that acts or is acted upon. */
export type ActorArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeDemonyms?: Scalars['Boolean']['input'];
  orderBy?: ArticleOrder;
};


/** A state, person or organization that acts or is acted upon. */
export type ActorEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: EventOrder;
};


/** A state, person or organization that acts or is acted upon. */
export type ActorHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: HistoryOrder;
};


/** A state, person or organization that acts or is acted upon. */
export type ActorMeasuresIssuedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: MeasureOrder;
};


/** A state, person or organization that acts or is acted upon. */
export type ActorMeasuresTargetingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: MeasureOrder;
};

/** A page of Actor items (Relay cursor connection). */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** The items of this page, in order. */
  edges: Array<ActorEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Actor in a page, with its cursor. */
export type ActorEdge = {
  __typename?: 'ActorEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Actor. */
  node: Actor;
};

/** Conditions an actor must meet; all given conditions apply. */
export type ActorFilter = {
  /** Actors affiliated with any of these actors (people of a state). */
  affiliationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Also list retracted actors. Without it, retracted ones are left out. */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Actors of any of these kinds. */
  kinds?: InputMaybe<Array<ActorKind>>;
  /** Words all found in the name, an alias, a metonym or a demonym, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Actors created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** What sort of actor this is. */
export type ActorKind =
  /** A ministry, agency or office of a state. */
  | 'GOVERNMENT_BODY'
  /** A body of several states (UN Security Council). */
  | 'INTERNATIONAL_ORGANIZATION'
  /** A news outlet or agency. */
  | 'MEDIA'
  /** A unit of armed forces. */
  | 'MILITARY_UNIT'
  /** Any other organization. */
  | 'ORGANIZATION'
  /** A named individual. */
  | 'PERSON'
  /** A country, also named by its capital or government ("Seoul", "the Kremlin"). */
  | 'STATE';

/** Where an article names an actor, with the words used and their character offsets in the body. */
export type ActorMention = {
  __typename?: 'ActorMention';
  /** The actor named. */
  actor: Actor;
  /** Offset just past the last character in `Article.body`. */
  end: Scalars['Int']['output'];
  /** How the words name the actor; null on mentions recorded before kinds were. */
  kind: Maybe<MentionKind>;
  /** Offset of the first character in `Article.body`. */
  start: Scalars['Int']['output'];
  /** The words as written in the body ("N. Korea", "Pyongyang"). */
  text: Scalars['String']['output'];
};

/** Orders for actor lists. */
export type ActorOrder =
  /** By name, A to Z, case-insensitive. */
  | 'NAME_ASC'
  /** By name, Z to A, case-insensitive. */
  | 'NAME_DESC'
  /** Best match of `filter.search` first (needs a search). */
  | 'RELEVANCE';

/** The result of creating or updating an actor. */
export type ActorPayload = {
  __typename?: 'ActorPayload';
  /** The actor as stored. */
  actor: Actor;
};

/** A position an actor holds: Park Jin, Foreign Minister of South Korea. */
export type ActorRole = {
  __typename?: 'ActorRole';
  /** The state or body the title belongs to. */
  organization: Maybe<Actor>;
  /** Quotes that give the title. */
  sources: Array<Evidence>;
  /** The title as the sources give it ("Foreign Minister"). */
  title: Scalars['String']['output'];
};

/** A position an actor holds. */
export type ActorRoleInput = {
  /** The state or body the title belongs to. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Quotes that give the title. */
  sources?: InputMaybe<Array<EvidenceInput>>;
  /** The title ("Foreign Minister"), at most 200 characters. */
  title: Scalars['String']['input'];
};

/** A news article: cleaned body, raw text as received, a publication date with how it was found, and the actors it mentions. */
export type Article = Node & {
  __typename?: 'Article';
  /** The actors the body names (by name, alias or metonym), in order of first mention. Demonyms ("Russian officials") count too with `includeDemonyms`. */
  actors: Array<Actor>;
  /** The news agency the text credits (e.g. Yonhap), when it credits one. */
  agency: Maybe<Scalars['String']['output']>;
  /** People the byline or the page metadata name as its authors. */
  authors: Array<Scalars['String']['output']>;
  /** Cleaned body: the article paragraphs without page furniture. Evidence offsets point into it. */
  body: Scalars['String']['output'];
  /** Names in the body that look like people or organizations not yet known as actors, for an editor to review. */
  candidateNames: Array<Scalars['String']['output']>;
  /** SHA-256 of the raw text (hex); the same page ingested twice is one article. */
  contentHash: Scalars['String']['output'];
  /** Events this article reports (quoted in their sources). */
  events: EventConnection;
  /** When the page was fetched, when the editor said. */
  fetchedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Problems found while ingesting, for an editor to look at. */
  flags: Array<ArticleFlag>;
  /** Every write of this article: one revision per version, with who made it, when, and each field's value before and after. */
  history: RevisionConnection;
  /** Global id (Relay): opaque, stable, unique across types. */
  id: Scalars['ID']['output'];
  /** Language of the body (BCP 47, e.g. `en`). */
  language: Scalars['String']['output'];
  /** Measures this article reports (quoted in their sources). */
  measures: MeasureConnection;
  /** Every place the body names a known actor, in order. */
  mentions: Array<ActorMention>;
  /** The publication that ran it, when the page names it. */
  outlet: Maybe<Scalars['String']['output']>;
  /** A date printed in the page header that is not the publication date (often the scrape date). */
  pageHeaderDate: Maybe<PartialDate>;
  /** Publication date, with the precision it really has. */
  publishedAt: Maybe<PartialDate>;
  /** Why the publication date is what it is, when it took reasoning. */
  publishedAtNote: Maybe<Scalars['String']['output']>;
  /** How `publishedAt` was determined. */
  publishedAtSource: DateSource;
  /** Whether the page came as HTML or as text (see `rawText`). */
  rawFormat: PageFormat;
  /** The page exactly as received: its HTML or its text (see `rawFormat`). */
  rawText: Scalars['String']['output'];
  /** Every line of the page left out of the body, with why, in page order. */
  removedLines: Array<RemovedLine>;
  /** Set when an editor retracted the record: it is kept, but lists leave it out unless asked with `includeRetracted`. */
  retraction: Maybe<Retraction>;
  /** Other articles that retell the same agency report (a syndication cluster), oldest first. */
  syndicatedWith: Array<Article>;
  /** Headline. */
  title: Scalars['String']['output'];
  /** Address of the page, when known. Unique. */
  url: Maybe<Scalars['String']['output']>;
  /** Version of the record: 1 when it was recorded, one more at every change. */
  version: Scalars['Int']['output'];
};


/** A news article: cleaned body, raw text as received, a publication date with how it was found, and the actors it mentions. */
export type ArticleActorsArgs = {
  includeDemonyms?: Scalars['Boolean']['input'];
};


/** A news article: cleaned body, raw text as received, a publication date with how it was found, and the actors it mentions. */
export type ArticleEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: EventOrder;
};


/** A news article: cleaned body, raw text as received, a publication date with how it was found, and the actors it mentions. */
export type ArticleHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: HistoryOrder;
};


/** A news article: cleaned body, raw text as received, a publication date with how it was found, and the actors it mentions. */
export type ArticleMeasuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: MeasureOrder;
};

/** A page of Article items (Relay cursor connection). */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The items of this page, in order. */
  edges: Array<ArticleEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Article in a page, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Article. */
  node: Article;
};

/** Conditions an article must meet; all given conditions apply. */
export type ArticleFilter = {
  /** Articles naming any of these actors (by name, alias or metonym). */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Articles crediting this agency (exact name, e.g. `Yonhap`). */
  agency?: InputMaybe<Scalars['String']['input']>;
  /** With `actorIds`: count articles that only use a demonym for the actor ("Russian officials") too. */
  includeDemonyms?: InputMaybe<Scalars['Boolean']['input']>;
  /** Also list retracted articles. Without it, retracted ones are left out. */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Articles from this outlet (exact name). */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** Articles published within this range. */
  publishedAt?: InputMaybe<DateRangeInput>;
  /** Words all found in the title or body, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Articles created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** A problem found while ingesting an article. */
export type ArticleFlag =
  /** The sources of a date on the page (metadata, byline, dateline, address) disagree; the strongest won (see `publishedAtNote`). */
  | 'DATE_SOURCES_CONFLICT'
  /** The page header shows a date the text rules out (typically the scrape date); the text won. */
  | 'HEADER_DATE_CONTRADICTED'
  /** The page is not in English (see `language`): stored as received, its dates, actors and names not read with English rules. */
  | 'NOT_ENGLISH'
  /** The page has a headline but no paragraph of text. */
  | 'NO_BODY';

/** Orders for article lists. */
export type ArticleOrder =
  /** Oldest first; undated articles first. */
  | 'PUBLISHED_AT_ASC'
  /** Newest first; undated articles last. */
  | 'PUBLISHED_AT_DESC'
  /** Best match of `filter.search` first (needs a search). */
  | 'RELEVANCE'
  /** By title, case-insensitive. */
  | 'TITLE_ASC';

/** A further source for an actor, event or measure. */
export type AttachEvidenceInput = {
  /** The quote. */
  source: EvidenceInput;
  /** The actor, event or measure the quote supports. */
  subjectId: Scalars['ID']['input'];
};

/** The result of attaching evidence. */
export type AttachEvidencePayload = {
  __typename?: 'AttachEvidencePayload';
  /** The evidence as stored, with its offsets. */
  evidence: Evidence;
  /** The actor, event or measure, as stored now. */
  subject: Node;
};

/** One write of one record, in the change feed: the record as it is now, and the revision the write made. */
export type Change = {
  __typename?: 'Change';
  /** The record as it is now (it may have changed again since this change). */
  record: Maybe<Node>;
  /** Global id of the record written (read it with `node(id)`, or select `record`). */
  recordId: Scalars['ID']['output'];
  /** What kind of record was written. */
  recordType: RecordType;
  /** The revision: version, time, who, comment, and the fields changed. */
  revision: Revision;
};

/** A page of Change items (Relay cursor connection). */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The items of this page, in order. */
  edges: Array<ChangeEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Change in a page, with its cursor. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Change. */
  node: Change;
};

/** What coding an article did to the record. */
export type CodeArticlePayload = {
  __typename?: 'CodeArticlePayload';
  /** Happenings whose passage was coded before (a rejected proposal included): left as they are, never proposed again. */
  alreadyCoded: Scalars['Int']['output'];
  /** The events the article now supports: new proposals, and held events it is now a source of. */
  events: Array<Event>;
  /** The measures the article now supports, likewise. */
  measures: Array<Measure>;
  /** Happenings that joined a record already held, as a new source. */
  merged: Scalars['Int']['output'];
  /** New records proposed for review. */
  proposed: Scalars['Int']['output'];
};

/** How the machine coder came to propose a record. */
export type Coding = {
  __typename?: 'Coding';
  /** The version of the coder and its lexicon that proposed the record. */
  coderVersion: Scalars['String']['output'];
  /** 0–1: the trigger's strength, whether the actors were found, and the mode. */
  confidence: Scalars['Float']['output'];
  /** What the quoted text says of the happening. */
  mode: ProposalMode;
  /** The PLOVER event type (e.g. SANCTION, ACCUSE, CONSULT), so the record lines up with PLOVER/POLECAT data. */
  ploverType: Scalars['String']['output'];
};

/** A new actor. Its name must be unique among actors of its kind. */
export type CreateActorInput = {
  /** The actor's state, for people and bodies. */
  affiliationId?: InputMaybe<Scalars['ID']['input']>;
  /** Other names proper: spellings, abbreviations, formal names (at most 50, each at most 200 characters). */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Adjectives and nouns of nationality (at most 50, each at most 200 characters). */
  demonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A short description, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Web hosts the actor publishes on (at most 50): a host name or an address, stored lower-case without scheme, "www.", port or path ("https://www.yna.co.kr/view" is stored as "yna.co.kr"). */
  hosts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Names that stand for the actor: a capital, a seat of government (at most 50, each at most 200 characters). */
  metonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Canonical name, at most 200 characters. */
  name: Scalars['String']['input'];
  /** Positions held. */
  roles?: InputMaybe<Array<ActorRoleInput>>;
  /** Quotes about this actor. */
  sources?: InputMaybe<Array<EvidenceInput>>;
};

/** A new event. It needs at least one source quote. */
export type CreateEventInput = {
  /** When it happened (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `~` for approximate). Defaults to what all `dateClaims` agree on. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Each source's date, when sources give dates. */
  dateClaims?: InputMaybe<Array<DateClaimInput>>;
  /** What happened, at most 2,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** What happened. */
  kind: EventKind;
  /** Where it happened, at most 200 characters. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** The actors involved. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** Quotes reporting the event (at least one). */
  sources: Array<EvidenceInput>;
  /** Short title, at most 300 characters. */
  title: Scalars['String']['input'];
};

/** A new measure. It needs at least one issuer and one source quote. */
export type CreateMeasureInput = {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Scope as reported, at most 2,000 characters. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** The actors taking the measure (at least one). */
  issuerIds: Array<Scalars['ID']['input']>;
  /** What sort of measure. */
  kind: MeasureKind;
  /** Rules invoked. */
  legalBasis?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Events the measure answers. */
  respondsToEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Quotes reporting the measure (at least one). */
  sources: Array<EvidenceInput>;
  /** How far it has gone. */
  status: MeasureStatus;
  /** The actors it is aimed at. */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Short title, at most 300 characters. */
  title: Scalars['String']['input'];
};

/** The date one source gives for an event. Sources may disagree; every claim is kept. */
export type DateClaim = {
  __typename?: 'DateClaim';
  /** The date this source gives. */
  date: PartialDate;
  /** The quote that gives it. */
  source: Evidence;
};

/** The date one source gives for an event. */
export type DateClaimInput = {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate. */
  date: Scalars['String']['input'];
  /** The quote that gives this date. */
  source: EvidenceInput;
};

/** How precisely a date is known. */
export type DatePrecision =
  /** Known to the day. */
  | 'DAY'
  /** Known to the month only. */
  | 'MONTH'
  /** Known to the year only. */
  | 'YEAR';

/** Dates from..to, both inclusive, each `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A record matches when its date span overlaps the range. */
export type DateRangeInput = {
  /** Start of the range; `2023-09` starts on 1 September. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** End of the range; `2023-09` ends on 30 September. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** How a publication date was determined. */
export type DateSource =
  /** The date line under the headline or in the byline ("Published March 25, 2024 5:12 PM"). */
  | 'BYLINE'
  /** The dateline opening the text ("SEOUL, Oct. 12 (Yonhap) --"), its year completed from other evidence when it gives none. */
  | 'DATELINE'
  /** Worked out from relative dates in the text ("last month", "said Saturday") and the events they refer to. */
  | 'INFERRED'
  /** Declared by the publisher in the HTML (JSON-LD `datePublished`, `article:published_time`, `<time>`). */
  | 'METADATA'
  /** Printed at the top of the page and consistent with the text. */
  | 'PAGE_HEADER'
  /** Given by the editor who ingested the article. */
  | 'PROVIDED'
  /** Stated in the article text ("reported on Sept. 15"). */
  | 'TEXT'
  /** Not determined. */
  | 'UNKNOWN'
  /** A date in the page's address (`/2024/03/25/`). */
  | 'URL';

/** Something that happened in the world, as reported by articles. */
export type Event = Node & {
  __typename?: 'Event';
  /** How the machine coder proposed it; null for records an editor wrote. */
  coding: Maybe<Coding>;
  /** When it happened, as precisely as all sources agree (coarser when they disagree: see `dateClaims`). Null when unknown. */
  date: Maybe<PartialDate>;
  /** Each source's date for the event. */
  dateClaims: Array<DateClaim>;
  /** True when sources give different dates; `dateClaims` holds each. */
  dateDisputed: Scalars['Boolean']['output'];
  /** What happened, in a few sentences. */
  description: Maybe<Scalars['String']['output']>;
  /** Every write of this event: one revision per version, with who made it, when, and each field's value before and after. */
  history: RevisionConnection;
  /** Global id (Relay): opaque, stable, unique across types. */
  id: Scalars['ID']['output'];
  /** How many independent reports support it: its distinct source articles, with the retellings of one agency report counted once. */
  independentSources: Scalars['Int']['output'];
  /** What happened. */
  kind: EventKind;
  /** Where it happened. */
  location: Maybe<Scalars['String']['output']>;
  /** The events merged into this one (see `mergeEvents`): their ids resolve to it. */
  mergedFrom: Array<Scalars['ID']['output']>;
  /** The actors involved and their roles. */
  participants: Array<Participant>;
  /** When the event was recorded in Dossier. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Measures taken in response to this event. */
  responses: MeasureConnection;
  /** Set when an editor retracted the record: it is kept, but lists leave it out unless asked with `includeRetracted`. */
  retraction: Maybe<Retraction>;
  /** Where the record stands with the editors: PROPOSED by the machine coder, ACCEPTED, or REJECTED. */
  review: ReviewState;
  /** The editor's reason for rejecting it, or comment on accepting it. */
  reviewNote: Maybe<Scalars['String']['output']>;
  /** Quotes reporting the event. */
  sources: Array<Evidence>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When the record last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version of the record: 1 when it was recorded, one more at every change. */
  version: Scalars['Int']['output'];
};


/** Something that happened in the world, as reported by articles. */
export type EventHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: HistoryOrder;
};


/** Something that happened in the world, as reported by articles. */
export type EventResponsesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: MeasureOrder;
};

/** A recorded or changed event, delivered to a subscription. */
export type EventChange = {
  __typename?: 'EventChange';
  /** Position of this change; subscribe again with `after: cursor` to resume right after it. */
  cursor: Scalars['String']['output'];
  /** The event as stored after the change. */
  event: Event;
  /** Whether the event is new or changed. */
  kind: EventChangeKind;
};

/** What happened to an event record. */
export type EventChangeKind =
  /** The event was recorded (new to this subscriber). */
  | 'ADDED'
  /** An event the subscriber may already know changed, or gained a source. */
  | 'UPDATED';

/** Changes to an event: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. Add sources with `attachEvidence`. */
export type EventChanges = {
  /** New date; `null` removes it, leaving what the date claims agree on. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the date claims; `null` removes them all. */
  dateClaims?: InputMaybe<Array<DateClaimInput>>;
  /** New description; `null` removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New kind (required: cannot be null). */
  kind?: InputMaybe<EventKind>;
  /** New location; `null` removes it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the participants; `null` removes them all. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** New title (required: cannot be null). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Event items (Relay cursor connection). */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** The items of this page, in order. */
  edges: Array<EventEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Event in a page, with its cursor. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Event. */
  node: Event;
};

/** Conditions an event must meet; all given conditions apply. Also used by event subscriptions. */
export type EventFilter = {
  /** Events in which any of these actors took part. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Events reported by any of these articles. */
  articleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Events whose possible dates overlap this range. */
  date?: InputMaybe<DateRangeInput>;
  /** Also list retracted events. Without it, retracted ones are left out. */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Events of any of these kinds. */
  kinds?: InputMaybe<Array<EventKind>>;
  /** Events in any of these review states. Without it: ACCEPTED only (curated records and accepted proposals). */
  review?: InputMaybe<Array<ReviewState>>;
  /** Words all found in the title, description or location, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Events created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** What happened. */
export type EventKind =
  /** Weapons or munitions were delivered. */
  | 'ARMS_TRANSFER'
  /** People, ships or goods were arrested, detained or seized. */
  | 'DETENTION'
  /** Leaders or officials met (a summit, talks). */
  | 'MEETING'
  /** An attack or other use of force. */
  | 'MILITARY_ACTION'
  /** A drill or exercise. */
  | 'MILITARY_EXERCISE'
  /** Anything else. */
  | 'OTHER'
  /** An offer or proposal made to another party. */
  | 'PROPOSAL'
  /** A public statement, disclosure or assessment. */
  | 'STATEMENT'
  /** A treaty or agreement was signed. */
  | 'TREATY_SIGNING'
  /** Forces deployed, moved or withdrawn. */
  | 'TROOP_DEPLOYMENT'
  /** Someone travelled somewhere. */
  | 'VISIT'
  /** A vote in a body: a resolution, a veto, a ratification. */
  | 'VOTE'
  /** A missile launch, a nuclear or other weapons test. */
  | 'WEAPONS_TEST';

/** Orders for event lists. */
export type EventOrder =
  /** Earliest first (by the earliest day the event may have been); undated first. */
  | 'DATE_ASC'
  /** Latest first; undated last. */
  | 'DATE_DESC'
  /** Best match of `filter.search` first (needs a search). */
  | 'RELEVANCE'
  /** By title, case-insensitive. */
  | 'TITLE_ASC';

/** The result of creating or updating an event. */
export type EventPayload = {
  __typename?: 'EventPayload';
  /** The event as stored. */
  event: Event;
};

/** The source of a fact: an exact quote of an article, with its character offsets in the article body. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The article quoted. */
  article: Article;
  /** Offset just past the last character of the quote in `Article.body`. */
  end: Scalars['Int']['output'];
  /** The exact words of the article body that support the fact. */
  quote: Scalars['String']['output'];
  /** Offset of the first character of the quote in `Article.body`. */
  start: Scalars['Int']['output'];
};

/** A quote of an article that supports a fact. The quote must appear verbatim in the article body. */
export type EvidenceInput = {
  /** The article quoted. */
  articleId: Scalars['ID']['input'];
  /** Which occurrence of the quote is meant, when it appears more than once (default 1). */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** Exact words of the article body (at most 2,000 characters). */
  quote: Scalars['String']['input'];
};

/** Orders of a history. */
export type HistoryOrder =
  /** The latest version first. */
  | 'NEWEST_FIRST'
  /** Version 1 first. */
  | 'OLDEST_FIRST';

/** A news page as received, page furniture included: its HTML or its text (exactly one of them). */
export type IngestArticleInput = {
  /** Code the events and measures the article reports: each becomes a PROPOSED record for editors to review, or a new source of a record already held. Re-code later with `codeArticle`. */
  code?: Scalars['Boolean']['input'];
  /** When the page was fetched (ISO 8601): nothing on it was published later. */
  fetchedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The page as HTML (at most 2,000,000 characters): what the publisher declares and the markup are read too. Posting the same page again changes nothing. */
  html?: InputMaybe<Scalars['String']['input']>;
  /** The publication, when known. */
  outlet?: InputMaybe<Scalars['String']['input']>;
  /** The publication date, when the editor knows it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); otherwise it is worked out from the page. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** The page as text, one block per line (at most 2,000,000 characters). Posting the same text again changes nothing. */
  rawText?: InputMaybe<Scalars['String']['input']>;
  /** Address of the page, when known. Unique across articles. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** The result of ingesting a page. */
export type IngestArticlePayload = {
  __typename?: 'IngestArticlePayload';
  /** The article: new, or the one already ingested from the same text. */
  article: Article;
  /** False when the same text had been ingested before and nothing changed. */
  created: Scalars['Boolean']['output'];
  /** The events the article was coded into: new proposals, and held events it is now a source of. */
  events: Array<Event>;
  /** The measures the article was coded into, likewise. */
  measures: Array<Measure>;
};

/** A measure actors take: sanctions, summoned ambassadors, warnings, drills, agreements. */
export type Measure = Node & {
  __typename?: 'Measure';
  /** How the machine coder proposed it; null for records an editor wrote. */
  coding: Maybe<Coding>;
  /** When it was taken, as precisely as known. Null when unknown. */
  date: Maybe<PartialDate>;
  /** Scope as reported, e.g. "10 individuals and two entities". */
  details: Maybe<Scalars['String']['output']>;
  /** When and how it ended (lifted, lapsed, suspended); null while in effect or when no source says it ended. */
  end: Maybe<MeasureEnd>;
  /** Every write of this measure: one revision per version, with who made it, when, and each field's value before and after. */
  history: RevisionConnection;
  /** Global id (Relay): opaque, stable, unique across types. */
  id: Scalars['ID']['output'];
  /** How many independent reports support it: its distinct source articles, with the retellings of one agency report counted once. */
  independentSources: Scalars['Int']['output'];
  /** The actors taking the measure. */
  issuers: Array<Actor>;
  /** What sort of measure. */
  kind: MeasureKind;
  /** Rules invoked, e.g. "UN Security Council resolutions". */
  legalBasis: Array<Scalars['String']['output']>;
  /** When the measure was recorded in Dossier. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** The events this measure answers. */
  respondsTo: Array<Event>;
  /** The events it answers (`respondsTo`), each with the quote saying so where a source says it ("after Monday's missile launch"). */
  responses: Array<MeasureResponse>;
  /** Set when an editor retracted the record: it is kept, but lists leave it out unless asked with `includeRetracted`. */
  retraction: Maybe<Retraction>;
  /** Where the record stands with the editors: PROPOSED by the machine coder, ACCEPTED, or REJECTED. */
  review: ReviewState;
  /** The editor's reason for rejecting it, or comment on accepting it. */
  reviewNote: Maybe<Scalars['String']['output']>;
  /** Quotes reporting the measure. */
  sources: Array<Evidence>;
  /** How far it has gone. */
  status: MeasureStatus;
  /** The statuses it went through, oldest first, each dated and quoted where a source says so ("announced on …, implemented on …"); the last is `status`. */
  statusHistory: Array<MeasureStatusChange>;
  /** The actors it is aimed at. */
  targets: Array<Actor>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When the record last changed. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Version of the record: 1 when it was recorded, one more at every change. */
  version: Scalars['Int']['output'];
};


/** A measure actors take: sanctions, summoned ambassadors, warnings, drills, agreements. */
export type MeasureHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: HistoryOrder;
};

/** Changes to a measure: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. Add sources with `attachEvidence`. */
export type MeasureChanges = {
  /** New date; `null` removes it. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** New details; `null` removes them. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** How and when the measure ended; `null` says it is in effect again. */
  end?: InputMaybe<MeasureEndInput>;
  /** Replaces the issuers (at least one; cannot be null). */
  issuerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New kind (required: cannot be null). */
  kind?: InputMaybe<MeasureKind>;
  /** Replaces the legal basis; `null` removes it all. */
  legalBasis?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the events it answers; `null` removes them all. */
  respondsToEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New status (required: cannot be null). A different status is added to `statusHistory`, with `statusDate` and `statusSource`. */
  status?: InputMaybe<MeasureStatus>;
  /** When the measure reached `status` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); without a new status, dates the current one. */
  statusDate?: InputMaybe<Scalars['String']['input']>;
  /** The quote saying the measure reached `status`; without a new status, sources the current one. */
  statusSource?: InputMaybe<EvidenceInput>;
  /** Replaces the targets; `null` removes them all. */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New title (required: cannot be null). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Measure items (Relay cursor connection). */
export type MeasureConnection = {
  __typename?: 'MeasureConnection';
  /** The items of this page, in order. */
  edges: Array<MeasureEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Measure in a page, with its cursor. */
export type MeasureEdge = {
  __typename?: 'MeasureEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Measure. */
  node: Measure;
};

/** When and how a measure ended, and the quote that says so. */
export type MeasureEnd = {
  __typename?: 'MeasureEnd';
  /** When, as precisely as known; null when unknown. */
  date: Maybe<PartialDate>;
  /** How it ended. */
  kind: MeasureEndKind;
  /** The quote that says so. */
  source: Maybe<Evidence>;
};

/** How and when a measure ended. */
export type MeasureEndInput = {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Lifted, lapsed or suspended. */
  kind: MeasureEndKind;
  /** The quote saying so. */
  source?: InputMaybe<EvidenceInput>;
};

/** How a measure stopped having effect. */
export type MeasureEndKind =
  /** Expired or lapsed at the end of its term. */
  | 'LAPSED'
  /** Lifted, withdrawn or revoked by its issuers. */
  | 'LIFTED'
  /** Suspended: it may take effect again. */
  | 'SUSPENDED';

/** Conditions a measure must meet; all given conditions apply. */
export type MeasureFilter = {
  /** Measures issued by or targeting any of these actors. */
  actorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Measures reported by any of these articles. */
  articleIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Measures whose possible dates overlap this range. */
  date?: InputMaybe<DateRangeInput>;
  /** Also list retracted measures. Without it, retracted ones are left out. */
  includeRetracted?: InputMaybe<Scalars['Boolean']['input']>;
  /** Measures issued by any of these actors. */
  issuerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Measures of any of these kinds. */
  kinds?: InputMaybe<Array<MeasureKind>>;
  /** Measures responding to any of these events. */
  respondsToEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Measures in any of these review states. Without it: ACCEPTED only (curated records and accepted proposals). */
  review?: InputMaybe<Array<ReviewState>>;
  /** Words all found in the title or details, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Measures in any of these statuses. */
  statuses?: InputMaybe<Array<MeasureStatus>>;
  /** Measures targeting any of these actors. */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Measures created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** What sort of measure an actor takes. */
export type MeasureKind =
  /** An agreement among several actors. */
  | 'AGREEMENT'
  /** Aid pledged or sent in response to events. */
  | 'AID'
  /** A formal condemnation. */
  | 'CONDEMNATION'
  /** A public demand that another party act or stop. */
  | 'DEMAND'
  /** A formal designation (e.g. for rights violations). */
  | 'DESIGNATION'
  /** Summoning an ambassador, a formal protest. */
  | 'DIPLOMATIC_PROTEST'
  /** Expelling diplomats, recalling an ambassador, downgrading ties. */
  | 'EXPULSION'
  /** A case brought before a court. */
  | 'LEGAL_ACTION'
  /** Deterrence arrangements, deployments, drills meant as a signal. */
  | 'MILITARY_DETERRENCE'
  /** Watching a situation, announced as a response. */
  | 'MONITORING'
  /** Anything else. */
  | 'OTHER'
  /** A review of possible further measures. */
  | 'REVIEW'
  /** Sanctions: asset freezes, bans, designations for sanctions. */
  | 'SANCTION'
  /** Suspending a treaty, talks, cooperation or aid. */
  | 'SUSPENSION'
  /** A warning of consequences. */
  | 'WARNING';

/** Orders for measure lists. */
export type MeasureOrder =
  /** Earliest first; undated first. */
  | 'DATE_ASC'
  /** Latest first; undated last. */
  | 'DATE_DESC'
  /** Best match of `filter.search` first (needs a search). */
  | 'RELEVANCE'
  /** By title, case-insensitive. */
  | 'TITLE_ASC';

/** The result of creating or updating a measure. */
export type MeasurePayload = {
  __typename?: 'MeasurePayload';
  /** The measure as stored. */
  measure: Measure;
};

/** An event a measure answers, and the quote that says so. */
export type MeasureResponse = {
  __typename?: 'MeasureResponse';
  /** The event answered; null when it is no longer held. */
  event: Maybe<Event>;
  /** The words of an article saying the measure answers the event; null for a link an editor made. */
  source: Maybe<Evidence>;
};

/** How far a measure has gone. */
export type MeasureStatus =
  /** Agreed among several issuers. */
  | 'AGREED'
  /** Announced or declared. */
  | 'ANNOUNCED'
  /** Under consideration or review. */
  | 'CONSIDERED'
  /** Carried out. */
  | 'IMPLEMENTED'
  /** Threatened, conditional on what the target does. */
  | 'THREATENED';

/** One step of a measure: the status it reached, when, and the quote that says so. */
export type MeasureStatusChange = {
  __typename?: 'MeasureStatusChange';
  /** When, as precisely as the source says; null when no source dates it. */
  date: Maybe<PartialDate>;
  /** The quote that says so; null for a change an editor made without one. */
  source: Maybe<Evidence>;
  /** The status it reached. */
  status: MeasureStatus;
};

/** How a text names an actor. */
export type MentionKind =
  /** By another name proper: a spelling, an abbreviation, a formal name. */
  | 'ALIAS'
  /** By a word of nationality ("Russian officials"). */
  | 'DEMONYM'
  /** By a name that stands for it: a capital or seat of government ("Seoul", "the Kremlin"). */
  | 'METONYM'
  /** By its canonical name. */
  | 'NAME';

/** Actors that are one actor: the others are merged into the survivor. */
export type MergeActorsInput = {
  /** The survivor's `version` the editor read: refused with CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The actors merged into it (1 to 20), of the same kind. */
  mergedIds: Array<Scalars['ID']['input']>;
  /** The actor that remains. */
  survivorId: Scalars['ID']['input'];
};

/** The result of merging actors. */
export type MergeActorsPayload = {
  __typename?: 'MergeActorsPayload';
  /** The survivor, as stored now. */
  actor: Actor;
  /** How many other records now refer to the survivor instead of a merged actor. */
  movedReferences: Scalars['Int']['output'];
};

/** Events that are one happening: the others are merged into the survivor. */
export type MergeEventsInput = {
  /** The survivor's `version` the editor read: refused with CONFLICT when it has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The events merged into it (1 to 20). */
  mergedIds: Array<Scalars['ID']['input']>;
  /** The event that remains. */
  survivorId: Scalars['ID']['input'];
};

/** The result of merging events. */
export type MergeEventsPayload = {
  __typename?: 'MergeEventsPayload';
  /** The survivor, as stored now. */
  event: Event;
  /** How many measures now answer the survivor instead of a merged event. */
  movedReferences: Scalars['Int']['output'];
};

/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts a proposed event or measure into the record, with any changes the editor makes in the same write. Needs an editor API key. */
  acceptProposal: ProposalPayload;
  /** Adds a source quote to an actor, event or measure. Needs an editor API key. */
  attachEvidence: AttachEvidencePayload;
  /** Codes a stored article again (after the lexicon grew, say): new happenings become proposals, others join held records as sources; passages already coded, rejected ones included, are left alone. Needs an editor API key. */
  codeArticle: CodeArticlePayload;
  /** Records a new actor. Needs an editor API key. */
  createActor: ActorPayload;
  /** Records a new event. Needs an editor API key. */
  createEvent: EventPayload;
  /** Records a new measure. Needs an editor API key. */
  createMeasure: MeasurePayload;
  /** Ingests the raw text of a news page: cleans it, dates it, links the actors it names. The same text twice is one article. Needs an editor API key. */
  ingestArticle: IngestArticlePayload;
  /** Merges actors that are one actor into a survivor: it takes their names (as aliases), metonyms, demonyms, hosts, roles and sources; every event, measure, article mention and affiliation naming them names the survivor instead; their ids keep resolving, to the survivor (see `mergedFrom`). Needs an editor API key. */
  mergeActors: MergeActorsPayload;
  /** Merges events that are one happening into a survivor: it takes their sources, date claims and participants; measures answering them answer the survivor instead; their ids keep resolving, to the survivor (see `mergedFrom`). Needs an editor API key. */
  mergeEvents: MergeEventsPayload;
  /** Rejects a proposed event or measure: it leaves default reads (list it with `review: [REJECTED]`) and is never proposed again from the same passage. Needs an editor API key. */
  rejectProposal: ProposalPayload;
  /** Brings a retracted record back into lists and relations. Needs an editor API key. */
  restoreRecord: RetractionPayload;
  /** Retracts an article, actor, event or measure: it is kept, with the reason, but leaves lists, relations, timelines and subscriptions unless they ask with `includeRetracted`; `node(id)` still returns it. Reports what refers to it. Needs an editor API key. */
  retractRecord: RetractionPayload;
  /** Changes an actor. Needs an editor API key. */
  updateActor: ActorPayload;
  /** Changes an event. Needs an editor API key. */
  updateEvent: EventPayload;
  /** Changes a measure. Needs an editor API key. */
  updateMeasure: MeasurePayload;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationAcceptProposalArgs = {
  event?: InputMaybe<EventChanges>;
  id: Scalars['ID']['input'];
  measure?: InputMaybe<MeasureChanges>;
  note?: InputMaybe<Scalars['String']['input']>;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationAttachEvidenceArgs = {
  input: AttachEvidenceInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationCodeArticleArgs = {
  articleId: Scalars['ID']['input'];
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationCreateActorArgs = {
  input: CreateActorInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationCreateEventArgs = {
  input: CreateEventInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationCreateMeasureArgs = {
  input: CreateMeasureInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationIngestArticleArgs = {
  input: IngestArticleInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationMergeActorsArgs = {
  input: MergeActorsInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationMergeEventsArgs = {
  input: MergeEventsInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationRejectProposalArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationRestoreRecordArgs = {
  input: RestoreRecordInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationRetractRecordArgs = {
  input: RetractRecordInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationUpdateActorArgs = {
  input: UpdateActorInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationUpdateEventArgs = {
  input: UpdateEventInput;
};


/** Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written. */
export type MutationUpdateMeasureArgs = {
  input: UpdateMeasureInput;
};

/** An object with a global id, fetchable with `node(id)` (Relay). */
export type Node = {
  /** Global id (Relay): opaque, stable, unique across types. */
  id: Scalars['ID']['output'];
};

/** How a page was received. */
export type PageFormat =
  /** As HTML. */
  | 'HTML'
  /** As text. */
  | 'TEXT';

/** Where a page sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow `endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was requested with `after` (items precede it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A date known to a day, a month or a year, as the sources give it. */
export type PartialDate = {
  __typename?: 'PartialDate';
  /** True when the source only places it roughly ("in recent weeks"). */
  approximate: Scalars['Boolean']['output'];
  /** Day of the month, when known. */
  day: Maybe<Scalars['Int']['output']>;
  /** Month 1–12, when known. */
  month: Maybe<Scalars['Int']['output']>;
  /** Whether the day, the month or only the year is known. */
  precision: DatePrecision;
  /** ISO text of the known part: `2023`, `2023-09` or `2023-09-13`, with `~` when approximate. */
  text: Scalars['String']['output'];
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** An actor taking part in an event, and how. */
export type Participant = {
  __typename?: 'Participant';
  /** The actor taking part. */
  actor: Actor;
  /** The part the actor played. */
  role: ParticipantRole;
};

/** An actor taking part in an event. */
export type ParticipantInput = {
  /** The actor. */
  actorId: Scalars['ID']['input'];
  /** The part it played. */
  role: ParticipantRole;
};

/** The part an actor plays in an event. */
export type ParticipantRole =
  /** Hosted it. */
  | 'HOST'
  /** Acted or spoke. */
  | 'INITIATOR'
  /** Took part. */
  | 'PARTICIPANT'
  /** Was acted upon or addressed. */
  | 'TARGET';

/** A record the machine coder proposed: an event or a measure. */
export type Proposal = Event | Measure;

/** A page of Proposal items (Relay cursor connection). */
export type ProposalConnection = {
  __typename?: 'ProposalConnection';
  /** The items of this page, in order. */
  edges: Array<ProposalEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Proposal in a page, with its cursor. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Proposal. */
  node: Proposal;
};

/** What the quoted text says of the happening. */
export type ProposalMode =
  /** It happened ("imposed sanctions"). */
  | 'ASSERTED'
  /** It is to happen ("will impose sanctions"). */
  | 'FUTURE'
  /** It might happen ("could impose sanctions"). */
  | 'HYPOTHETICAL'
  /** It did not happen ("did not impose sanctions"). */
  | 'NEGATED';

/** The result of accepting or rejecting a proposal. */
export type ProposalPayload = {
  __typename?: 'ProposalPayload';
  /** The record as stored, with its new review state. */
  record: Proposal;
};

/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type Query = {
  __typename?: 'Query';
  /** One actor by id; null when there is none. */
  actor: Maybe<Actor>;
  /** Actors, filtered and ordered. */
  actors: ActorConnection;
  /** One article by id; null when there is none. */
  article: Maybe<Article>;
  /** Articles, filtered and ordered. */
  articles: ArticleConnection;
  /** Every write of every article, actor, event and measure (creations, updates, sources attached, review decisions, ingestions), in one order, oldest first, each once. Keep a copy current by reading on from the last `endCursor`: a cursor never expires, and a change never appears behind one handed out. `totalCount` counts the changes after `after`. */
  changes: ChangeConnection;
  /** One event by id; null when there is none. */
  event: Maybe<Event>;
  /** Events, filtered and ordered. */
  events: EventConnection;
  /** One measure by id; null when there is none. */
  measure: Maybe<Measure>;
  /** Measures, filtered and ordered. */
  measures: MeasureConnection;
  /** Any object by its global id (Relay); null when there is none. */
  node: Maybe<Node>;
  /** Several objects by global id, in the order asked; null for each id with no object. */
  nodes: Array<Maybe<Node>>;
  /** Events and measures the machine coder proposed and no editor has decided on yet, the most confident first, each with its quotes. */
  reviewQueue: ProposalConnection;
  /** Events and measures of a set of actors in one list, earliest first (undated entries first). */
  timeline: TimelineItemConnection;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ActorOrder;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ArticleOrder;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<RecordType>>;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: EventOrder;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryMeasureArgs = {
  id: Scalars['ID']['input'];
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryMeasuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MeasureFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: MeasureOrder;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`). */
export type QueryTimelineArgs = {
  actorIds: Array<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<DateRangeInput>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A change as a subscription delivers it, with the cursor to resume after it. */
export type RecordChange = {
  __typename?: 'RecordChange';
  /** The change: the record, and the revision the write made. */
  change: Change;
  /** Give it as `after` to resume after this change, or to `changes(after:)`. */
  cursor: Scalars['String']['output'];
};

/** The kinds of record the change feed covers. */
export type RecordType =
  /** Actors. */
  | 'ACTOR'
  /** Articles (an ingestion, a syndication link). */
  | 'ARTICLE'
  /** Events, proposed ones included. */
  | 'EVENT'
  /** Measures, proposed ones included. */
  | 'MEASURE';

/** A line of the page left out of the body, and why. */
export type RemovedLine = {
  __typename?: 'RemovedLine';
  /** `META` for bylines, date lines and credits (read for what they say), `JUNK` for everything else. */
  kind: Scalars['String']['output'];
  /** What the line was taken for ("photo caption", "share or print widget", "byline"). */
  reason: Scalars['String']['output'];
  /** The line as it was on the page. */
  text: Scalars['String']['output'];
};

/** A retracted record to bring back into the record. */
export type RestoreRecordInput = {
  /** The `version` the editor read: refused with CONFLICT when the record has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The retracted article, actor, event or measure. */
  id: Scalars['ID']['input'];
};

/** A record to retract, and why. */
export type RetractRecordInput = {
  /** The `version` the editor read: refused with CONFLICT when the record has changed since. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The article, actor, event or measure. */
  id: Scalars['ID']['input'];
  /** Why it is retracted ("a duplicate of …", "the outlet withdrew the story"). */
  reason: Scalars['String']['input'];
};

/** Why, when and by whom a record was retracted. */
export type Retraction = {
  __typename?: 'Retraction';
  /** When it was retracted. */
  at: Scalars['DateTimeISO']['output'];
  /** The name of the API key that retracted it. */
  by: Scalars['String']['output'];
  /** The editor's reason. */
  reason: Scalars['String']['output'];
};

/** The result of retracting or restoring a record. */
export type RetractionPayload = {
  __typename?: 'RetractionPayload';
  /** The record, as stored now. */
  record: Node;
  /** How many records lists show refer to it. */
  referenceCount: Scalars['Int']['output'];
  /** Records lists show that refer to it (up to 100, by id): events and measures quoting a retracted article, events and measures naming a retracted actor, measures answering a retracted event. They are left as they are, for an editor to look at. */
  referencedBy: Array<Node>;
};

/** Where a record stands with the editors. Reads return ACCEPTED records unless a `review` filter asks for others. */
export type ReviewState =
  /** Part of the record: written by an editor, or a proposal an editor accepted. */
  | 'ACCEPTED'
  /** Coded from an article by the machine coder, waiting for an editor. */
  | 'PROPOSED'
  /** A proposal an editor rejected (see `reviewNote`); never proposed again from the same quote. */
  | 'REJECTED';

/** One write of a record: who made it, when, and what it changed. A record's history holds one revision per version; a version may be missing when the server stopped between writing the record and its revision (the record is always as its latest version says). */
export type Revision = {
  __typename?: 'Revision';
  /** When the write was made. */
  at: Scalars['DateTimeISO']['output'];
  /** Who made it: the configured name of the API key used (never the key), or the tool that wrote without one (`seed` for the curated seeds, `system`). */
  by: Scalars['String']['output'];
  /** The fields changed, in field name order, each with its value before and after. Fields derived from others (sort keys, search terms, date spans) and `updatedAt` are left out. Empty for the creating write. */
  changes: Array<RevisionChange>;
  /** The editor's comment on the change (the `comment` of an update), if one was given. */
  comment: Maybe<Scalars['String']['output']>;
  /** True for the write that created the record; it lists no changes (the record at version 1 is the record as recorded). */
  created: Scalars['Boolean']['output'];
  /** The record's version after this write: 1 for the write that created it. */
  version: Scalars['Int']['output'];
};

/** One field a write changed. Values are JSON as stored: texts, numbers, booleans, lists and objects (a partial date is `{ "year", "month", "day", "approximate" }` with the unknown parts absent, a source `{ "articleId", "quote", "start", "end" }`); references hold record keys (the part of a global id after its type), times are ISO 8601 texts. */
export type RevisionChange = {
  __typename?: 'RevisionChange';
  /** For a list that only grew at its end (a source attached, a date claim added): the items appended, in order; the list after the write is the list before it followed by these. Null for any other change, told by `before` and `after`. */
  added: Maybe<Array<Scalars['JSON']['output']>>;
  /** The value after the write; null when it has none, or when `added` is given. */
  after: Maybe<Scalars['JSON']['output']>;
  /** The value before the write; null when it had none, or when `added` is given. */
  before: Maybe<Scalars['JSON']['output']>;
  /** The stored field, named mostly as the GraphQL field is (`name`, `aliases`, `status`, `sources`, `affiliationId`, `date`). */
  field: Scalars['String']['output'];
};

/** A page of Revision items (Relay cursor connection). */
export type RevisionConnection = {
  __typename?: 'RevisionConnection';
  /** The items of this page, in order. */
  edges: Array<RevisionEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One Revision in a page, with its cursor. */
export type RevisionEdge = {
  __typename?: 'RevisionEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The Revision. */
  node: Revision;
};

/** Live event changes over graphql-ws at the same URL as queries; send the API key as `connectionParams.apiKey`. Every change carries a cursor to resume from after a disconnect. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Events as they are recorded, by any server instance, optionally filtered. Public. Each carries a cursor to resume from. */
  eventAdded: EventChange;
  /** Events as they are recorded or changed (edits, new sources), optionally filtered. Needs an API key (any role). */
  eventChanged: EventChange;
  /** Every write of articles, actors, events and measures (or of the `types` asked), by any server instance, in change feed order, each once: creations, updates, sources, review decisions, retractions, merges. From now, or after a cursor with no time limit. Needs an API key (any role). */
  recordChanged: RecordChange;
};


/** Live event changes over graphql-ws at the same URL as queries; send the API key as `connectionParams.apiKey`. Every change carries a cursor to resume from after a disconnect. */
export type SubscriptionEventAddedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
};


/** Live event changes over graphql-ws at the same URL as queries; send the API key as `connectionParams.apiKey`. Every change carries a cursor to resume from after a disconnect. */
export type SubscriptionEventChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
};


/** Live event changes over graphql-ws at the same URL as queries; send the API key as `connectionParams.apiKey`. Every change carries a cursor to resume from after a disconnect. */
export type SubscriptionRecordChangedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<RecordType>>;
};

/** An entry of a timeline: an event or a measure. */
export type TimelineItem = Event | Measure;

/** A page of TimelineItem items (Relay cursor connection). */
export type TimelineItemConnection = {
  __typename?: 'TimelineItemConnection';
  /** The items of this page, in order. */
  edges: Array<TimelineItemEdge>;
  /** Cursors and whether more items follow. */
  pageInfo: PageInfo;
  /** How many items match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One TimelineItem in a page, with its cursor. */
export type TimelineItemEdge = {
  __typename?: 'TimelineItemEdge';
  /** Opaque position of this item; pass it as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The TimelineItem. */
  node: TimelineItem;
};

/** Changes to an actor: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. */
export type UpdateActorInput = {
  /** New affiliation; `null` removes it. */
  affiliationId?: InputMaybe<Scalars['ID']['input']>;
  /** Replaces the aliases; `null` removes them all. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Why the change is made, at most 1,000 characters: stored with the revision in the record's `history`. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the demonyms; `null` removes them all. */
  demonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New description; `null` removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made against (the `version` read): when the record has changed since, the update is refused with CONFLICT and nothing is written. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the hosts (normalised as on creation); `null` removes them all. */
  hosts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The actor to change. */
  id: Scalars['ID']['input'];
  /** New kind (required: cannot be null). */
  kind?: InputMaybe<ActorKind>;
  /** Replaces the metonyms; `null` removes them all. */
  metonyms?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New canonical name (required: cannot be null). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the roles; `null` removes them all. */
  roles?: InputMaybe<Array<ActorRoleInput>>;
};

/** Changes to an event (see `EventChanges`). */
export type UpdateEventInput = {
  /** Why the change is made, at most 1,000 characters: stored with the revision in the record's `history`. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** New date; `null` removes it, leaving what the date claims agree on. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the date claims; `null` removes them all. */
  dateClaims?: InputMaybe<Array<DateClaimInput>>;
  /** New description; `null` removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version the change was made against (the `version` read): when the record has changed since, the update is refused with CONFLICT and nothing is written. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The event to change. */
  id: Scalars['ID']['input'];
  /** New kind (required: cannot be null). */
  kind?: InputMaybe<EventKind>;
  /** New location; `null` removes it. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the participants; `null` removes them all. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** New title (required: cannot be null). */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a measure (see `MeasureChanges`). */
export type UpdateMeasureInput = {
  /** Why the change is made, at most 1,000 characters: stored with the revision in the record's `history`. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** New date; `null` removes it. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** New details; `null` removes them. */
  details?: InputMaybe<Scalars['String']['input']>;
  /** How and when the measure ended; `null` says it is in effect again. */
  end?: InputMaybe<MeasureEndInput>;
  /** The version the change was made against (the `version` read): when the record has changed since, the update is refused with CONFLICT and nothing is written. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The measure to change. */
  id: Scalars['ID']['input'];
  /** Replaces the issuers (at least one; cannot be null). */
  issuerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New kind (required: cannot be null). */
  kind?: InputMaybe<MeasureKind>;
  /** Replaces the legal basis; `null` removes it all. */
  legalBasis?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the events it answers; `null` removes them all. */
  respondsToEventIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New status (required: cannot be null). A different status is added to `statusHistory`, with `statusDate` and `statusSource`. */
  status?: InputMaybe<MeasureStatus>;
  /** When the measure reached `status` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); without a new status, dates the current one. */
  statusDate?: InputMaybe<Scalars['String']['input']>;
  /** The quote saying the measure reached `status`; without a new status, sources the current one. */
  statusSource?: InputMaybe<EvidenceInput>;
  /** Replaces the targets; `null` removes them all. */
  targetIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New title (required: cannot be null). */
  title?: InputMaybe<Scalars['String']['input']>;
};
