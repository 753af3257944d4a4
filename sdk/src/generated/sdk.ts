/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentString } from '../typed-document-string.js';
/** Conditions an actor must meet; all given conditions apply. */
export type ActorFilter = {
  /** Actors affiliated with any of these actors (people of a state). */
  affiliationIds?: Array<string> | null | undefined;
  /** Also list retracted actors. Without it, retracted ones are left out. */
  includeRetracted?: boolean | null | undefined;
  /** Actors of any of these kinds. */
  kinds?: Array<ActorKind> | null | undefined;
  /** Words all found in the name, an alias, a metonym or a demonym, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: string | null | undefined;
  /** Actors created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: string | null | undefined;
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

/** Orders for actor lists. */
export type ActorOrder =
  /** By name, A to Z, case-insensitive. */
  | 'NAME_ASC'
  /** By name, Z to A, case-insensitive. */
  | 'NAME_DESC'
  /** Best match of `filter.search` first (needs a search). */
  | 'RELEVANCE';

/** A position an actor holds. */
export type ActorRoleInput = {
  /** The state or body the title belongs to. */
  organizationId?: string | null | undefined;
  /** Quotes that give the title. */
  sources?: Array<EvidenceInput> | null | undefined;
  /** The title ("Foreign Minister"), at most 200 characters. */
  title: string;
};

/** Conditions an article must meet; all given conditions apply. */
export type ArticleFilter = {
  /** Articles naming any of these actors (by name, alias or metonym). */
  actorIds?: Array<string> | null | undefined;
  /** Articles crediting this agency (exact name, e.g. `Yonhap`). */
  agency?: string | null | undefined;
  /** With `actorIds`: count articles that only use a demonym for the actor ("Russian officials") too. */
  includeDemonyms?: boolean | null | undefined;
  /** Also list retracted articles. Without it, retracted ones are left out. */
  includeRetracted?: boolean | null | undefined;
  /** Articles from this outlet (exact name). */
  outlet?: string | null | undefined;
  /** Articles published within this range. */
  publishedAt?: DateRangeInput | null | undefined;
  /** Words all found in the title or body, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: string | null | undefined;
  /** Articles created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: string | null | undefined;
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
  subjectId: string;
};

/** A new actor. Its name must be unique among actors of its kind. */
export type CreateActorInput = {
  /** The actor's state, for people and bodies. */
  affiliationId?: string | null | undefined;
  /** Other names proper: spellings, abbreviations, formal names (at most 50, each at most 200 characters). */
  aliases?: Array<string> | null | undefined;
  /** Adjectives and nouns of nationality (at most 50, each at most 200 characters). */
  demonyms?: Array<string> | null | undefined;
  /** A short description, at most 2,000 characters. */
  description?: string | null | undefined;
  /** Web hosts the actor publishes on (at most 50): a host name or an address, stored lower-case without scheme, "www.", port or path ("https://www.yna.co.kr/view" is stored as "yna.co.kr"). */
  hosts?: Array<string> | null | undefined;
  /** What sort of actor this is. */
  kind: ActorKind;
  /** Names that stand for the actor: a capital, a seat of government (at most 50, each at most 200 characters). */
  metonyms?: Array<string> | null | undefined;
  /** Canonical name, at most 200 characters. */
  name: string;
  /** Positions held. */
  roles?: Array<ActorRoleInput> | null | undefined;
  /** Quotes about this actor. */
  sources?: Array<EvidenceInput> | null | undefined;
};

/** A new event. It needs at least one source quote. */
export type CreateEventInput = {
  /** When it happened (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `~` for approximate). Defaults to what all `dateClaims` agree on. */
  date?: string | null | undefined;
  /** Each source's date, when sources give dates. */
  dateClaims?: Array<DateClaimInput> | null | undefined;
  /** What happened, at most 2,000 characters. */
  description?: string | null | undefined;
  /** What happened. */
  kind: EventKind;
  /** Where it happened, at most 200 characters. */
  location?: string | null | undefined;
  /** The actors involved. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** Quotes reporting the event (at least one). */
  sources: Array<EvidenceInput>;
  /** Short title, at most 300 characters. */
  title: string;
};

/** A new measure. It needs at least one issuer and one source quote. */
export type CreateMeasureInput = {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate. */
  date?: string | null | undefined;
  /** Scope as reported, at most 2,000 characters. */
  details?: string | null | undefined;
  /** The actors taking the measure (at least one). */
  issuerIds: Array<string>;
  /** What sort of measure. */
  kind: MeasureKind;
  /** Rules invoked. */
  legalBasis?: Array<string> | null | undefined;
  /** Events the measure answers. */
  respondsToEventIds?: Array<string> | null | undefined;
  /** Quotes reporting the measure (at least one). */
  sources: Array<EvidenceInput>;
  /** How far it has gone. */
  status: MeasureStatus;
  /** The actors it is aimed at. */
  targetIds?: Array<string> | null | undefined;
  /** Short title, at most 300 characters. */
  title: string;
};

/** The date one source gives for an event. */
export type DateClaimInput = {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate. */
  date: string;
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
  from?: string | null | undefined;
  /** End of the range; `2023-09` ends on 30 September. */
  to?: string | null | undefined;
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

/** What happened to an event record. */
export type EventChangeKind =
  /** The event was recorded (new to this subscriber). */
  | 'ADDED'
  /** An event the subscriber may already know changed, or gained a source. */
  | 'UPDATED';

/** Changes to an event: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. Add sources with `attachEvidence`. */
export type EventChanges = {
  /** New date; `null` removes it, leaving what the date claims agree on. */
  date?: string | null | undefined;
  /** Replaces the date claims; `null` removes them all. */
  dateClaims?: Array<DateClaimInput> | null | undefined;
  /** New description; `null` removes it. */
  description?: string | null | undefined;
  /** New kind (required: cannot be null). */
  kind?: EventKind | null | undefined;
  /** New location; `null` removes it. */
  location?: string | null | undefined;
  /** Replaces the participants; `null` removes them all. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** New title (required: cannot be null). */
  title?: string | null | undefined;
};

/** Conditions an event must meet; all given conditions apply. Also used by event subscriptions. */
export type EventFilter = {
  /** Events in which any of these actors took part. */
  actorIds?: Array<string> | null | undefined;
  /** Events reported by any of these articles. */
  articleIds?: Array<string> | null | undefined;
  /** Events whose possible dates overlap this range. */
  date?: DateRangeInput | null | undefined;
  /** Also list retracted events. Without it, retracted ones are left out. */
  includeRetracted?: boolean | null | undefined;
  /** Events of any of these kinds. */
  kinds?: Array<EventKind> | null | undefined;
  /** Events in any of these review states. Without it: ACCEPTED only (curated records and accepted proposals). */
  review?: Array<ReviewState> | null | undefined;
  /** Words all found in the title, description or location, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: string | null | undefined;
  /** Events created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: string | null | undefined;
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

/** A quote of an article that supports a fact. The quote must appear verbatim in the article body. */
export type EvidenceInput = {
  /** The article quoted. */
  articleId: string;
  /** Which occurrence of the quote is meant, when it appears more than once (default 1). */
  occurrence?: number | null | undefined;
  /** Exact words of the article body (at most 2,000 characters). */
  quote: string;
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
  code?: boolean;
  /** When the page was fetched (ISO 8601): nothing on it was published later. */
  fetchedAt?: string | null | undefined;
  /** The page as HTML (at most 2,000,000 characters): what the publisher declares and the markup are read too. Posting the same page again changes nothing. */
  html?: string | null | undefined;
  /** The publication, when known. */
  outlet?: string | null | undefined;
  /** The publication date, when the editor knows it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); otherwise it is worked out from the page. */
  publishedAt?: string | null | undefined;
  /** The page as text, one block per line (at most 2,000,000 characters). Posting the same text again changes nothing. */
  rawText?: string | null | undefined;
  /** Address of the page, when known. Unique across articles. */
  url?: string | null | undefined;
};

/** Changes to a measure: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. Add sources with `attachEvidence`. */
export type MeasureChanges = {
  /** New date; `null` removes it. */
  date?: string | null | undefined;
  /** New details; `null` removes them. */
  details?: string | null | undefined;
  /** How and when the measure ended; `null` says it is in effect again. */
  end?: MeasureEndInput | null | undefined;
  /** Replaces the issuers (at least one; cannot be null). */
  issuerIds?: Array<string> | null | undefined;
  /** New kind (required: cannot be null). */
  kind?: MeasureKind | null | undefined;
  /** Replaces the legal basis; `null` removes it all. */
  legalBasis?: Array<string> | null | undefined;
  /** Replaces the events it answers; `null` removes them all. */
  respondsToEventIds?: Array<string> | null | undefined;
  /** New status (required: cannot be null). A different status is added to `statusHistory`, with `statusDate` and `statusSource`. */
  status?: MeasureStatus | null | undefined;
  /** When the measure reached `status` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); without a new status, dates the current one. */
  statusDate?: string | null | undefined;
  /** The quote saying the measure reached `status`; without a new status, sources the current one. */
  statusSource?: EvidenceInput | null | undefined;
  /** Replaces the targets; `null` removes them all. */
  targetIds?: Array<string> | null | undefined;
  /** New title (required: cannot be null). */
  title?: string | null | undefined;
};

/** How and when a measure ended. */
export type MeasureEndInput = {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a trailing `~` marks it approximate. */
  date?: string | null | undefined;
  /** Lifted, lapsed or suspended. */
  kind: MeasureEndKind;
  /** The quote saying so. */
  source?: EvidenceInput | null | undefined;
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
  actorIds?: Array<string> | null | undefined;
  /** Measures reported by any of these articles. */
  articleIds?: Array<string> | null | undefined;
  /** Measures whose possible dates overlap this range. */
  date?: DateRangeInput | null | undefined;
  /** Also list retracted measures. Without it, retracted ones are left out. */
  includeRetracted?: boolean | null | undefined;
  /** Measures issued by any of these actors. */
  issuerIds?: Array<string> | null | undefined;
  /** Measures of any of these kinds. */
  kinds?: Array<MeasureKind> | null | undefined;
  /** Measures responding to any of these events. */
  respondsToEventIds?: Array<string> | null | undefined;
  /** Measures in any of these review states. Without it: ACCEPTED only (curated records and accepted proposals). */
  review?: Array<ReviewState> | null | undefined;
  /** Words all found in the title or details, by stem ("sanctions" finds "sanctioned"); the last word may be unfinished. Order by RELEVANCE for the best matches first. */
  search?: string | null | undefined;
  /** Measures in any of these statuses. */
  statuses?: Array<MeasureStatus> | null | undefined;
  /** Measures targeting any of these actors. */
  targetIds?: Array<string> | null | undefined;
  /** Measures created or changed after this moment (ISO 8601), to keep a copy current: pass the time of the last read. */
  updatedSince?: string | null | undefined;
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
  expectedVersion?: number | null | undefined;
  /** The actors merged into it (1 to 20), of the same kind. */
  mergedIds: Array<string>;
  /** The actor that remains. */
  survivorId: string;
};

/** Events that are one happening: the others are merged into the survivor. */
export type MergeEventsInput = {
  /** The survivor's `version` the editor read: refused with CONFLICT when it has changed since. */
  expectedVersion?: number | null | undefined;
  /** The events merged into it (1 to 20). */
  mergedIds: Array<string>;
  /** The event that remains. */
  survivorId: string;
};

/** How a page was received. */
export type PageFormat =
  /** As HTML. */
  | 'HTML'
  /** As text. */
  | 'TEXT';

/** An actor taking part in an event. */
export type ParticipantInput = {
  /** The actor. */
  actorId: string;
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

/** A retracted record to bring back into the record. */
export type RestoreRecordInput = {
  /** The `version` the editor read: refused with CONFLICT when the record has changed since. */
  expectedVersion?: number | null | undefined;
  /** The retracted article, actor, event or measure. */
  id: string;
};

/** A record to retract, and why. */
export type RetractRecordInput = {
  /** The `version` the editor read: refused with CONFLICT when the record has changed since. */
  expectedVersion?: number | null | undefined;
  /** The article, actor, event or measure. */
  id: string;
  /** Why it is retracted ("a duplicate of …", "the outlet withdrew the story"). */
  reason: string;
};

/** Where a record stands with the editors. Reads return ACCEPTED records unless a `review` filter asks for others. */
export type ReviewState =
  /** Part of the record: written by an editor, or a proposal an editor accepted. */
  | 'ACCEPTED'
  /** Coded from an article by the machine coder, waiting for an editor. */
  | 'PROPOSED'
  /** A proposal an editor rejected (see `reviewNote`); never proposed again from the same quote. */
  | 'REJECTED';

/** Changes to an actor: a field left out keeps its value; `null` clears an optional field (a list becomes empty) and is refused for a required one; a list given replaces the stored list; an empty text is refused. */
export type UpdateActorInput = {
  /** New affiliation; `null` removes it. */
  affiliationId?: string | null | undefined;
  /** Replaces the aliases; `null` removes them all. */
  aliases?: Array<string> | null | undefined;
  /** Why the change is made, at most 1,000 characters: stored with the revision in the record's `history`. */
  comment?: string | null | undefined;
  /** Replaces the demonyms; `null` removes them all. */
  demonyms?: Array<string> | null | undefined;
  /** New description; `null` removes it. */
  description?: string | null | undefined;
  /** The version the change was made against (the `version` read): when the record has changed since, the update is refused with CONFLICT and nothing is written. */
  expectedVersion?: number | null | undefined;
  /** Replaces the hosts (normalised as on creation); `null` removes them all. */
  hosts?: Array<string> | null | undefined;
  /** The actor to change. */
  id: string;
  /** New kind (required: cannot be null). */
  kind?: ActorKind | null | undefined;
  /** Replaces the metonyms; `null` removes them all. */
  metonyms?: Array<string> | null | undefined;
  /** New canonical name (required: cannot be null). */
  name?: string | null | undefined;
  /** Replaces the roles; `null` removes them all. */
  roles?: Array<ActorRoleInput> | null | undefined;
};

/** Changes to an event (see `EventChanges`). */
export type UpdateEventInput = {
  /** Why the change is made, at most 1,000 characters: stored with the revision in the record's `history`. */
  comment?: string | null | undefined;
  /** New date; `null` removes it, leaving what the date claims agree on. */
  date?: string | null | undefined;
  /** Replaces the date claims; `null` removes them all. */
  dateClaims?: Array<DateClaimInput> | null | undefined;
  /** New description; `null` removes it. */
  description?: string | null | undefined;
  /** The version the change was made against (the `version` read): when the record has changed since, the update is refused with CONFLICT and nothing is written. */
  expectedVersion?: number | null | undefined;
  /** The event to change. */
  id: string;
  /** New kind (required: cannot be null). */
  kind?: EventKind | null | undefined;
  /** New location; `null` removes it. */
  location?: string | null | undefined;
  /** Replaces the participants; `null` removes them all. */
  participants?: Array<ParticipantInput> | null | undefined;
  /** New title (required: cannot be null). */
  title?: string | null | undefined;
};

/** Changes to a measure (see `MeasureChanges`). */
export type UpdateMeasureInput = {
  /** Why the change is made, at most 1,000 characters: stored with the revision in the record's `history`. */
  comment?: string | null | undefined;
  /** New date; `null` removes it. */
  date?: string | null | undefined;
  /** New details; `null` removes them. */
  details?: string | null | undefined;
  /** How and when the measure ended; `null` says it is in effect again. */
  end?: MeasureEndInput | null | undefined;
  /** The version the change was made against (the `version` read): when the record has changed since, the update is refused with CONFLICT and nothing is written. */
  expectedVersion?: number | null | undefined;
  /** The measure to change. */
  id: string;
  /** Replaces the issuers (at least one; cannot be null). */
  issuerIds?: Array<string> | null | undefined;
  /** New kind (required: cannot be null). */
  kind?: MeasureKind | null | undefined;
  /** Replaces the legal basis; `null` removes it all. */
  legalBasis?: Array<string> | null | undefined;
  /** Replaces the events it answers; `null` removes them all. */
  respondsToEventIds?: Array<string> | null | undefined;
  /** New status (required: cannot be null). A different status is added to `statusHistory`, with `statusDate` and `statusSource`. */
  status?: MeasureStatus | null | undefined;
  /** When the measure reached `status` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); without a new status, dates the current one. */
  statusDate?: string | null | undefined;
  /** The quote saying the measure reached `status`; without a new status, sources the current one. */
  statusSource?: EvidenceInput | null | undefined;
  /** Replaces the targets; `null` removes them all. */
  targetIds?: Array<string> | null | undefined;
  /** New title (required: cannot be null). */
  title?: string | null | undefined;
};

export type ActorQueryVariables = Exact<{
  id: string;
}>;


export type ActorQuery = { actor: { mergedFrom: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number, description: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, retraction: { reason: string, at: string, by: string } | null, affiliation: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, roles: Array<{ title: string, organization: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> } | null };

export type ActorsQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  orderBy?: ActorOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorsQuery = { actors: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } };

export type ActorEventsQueryVariables = Exact<{
  id: string;
  orderBy?: EventOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorEventsQuery = { actor: { id: string, events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } }> } } | null };

export type ActorMeasuresIssuedQueryVariables = Exact<{
  id: string;
  orderBy?: MeasureOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorMeasuresIssuedQuery = { actor: { id: string, measuresIssued: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } }> } } | null };

export type ActorMeasuresTargetingQueryVariables = Exact<{
  id: string;
  orderBy?: MeasureOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorMeasuresTargetingQuery = { actor: { id: string, measuresTargeting: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } }> } } | null };

export type ActorArticlesQueryVariables = Exact<{
  id: string;
  orderBy?: ArticleOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActorArticlesQuery = { actor: { id: string, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, url: string | null, outlet: string | null, agency: string | null, title: string, language: string, publishedAtSource: DateSource, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> } } | null };

export type CreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type CreateActorMutation = { createActor: { actor: { mergedFrom: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number, description: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, retraction: { reason: string, at: string, by: string } | null, affiliation: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, roles: Array<{ title: string, organization: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> } } };

export type UpdateActorMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type UpdateActorMutation = { updateActor: { actor: { mergedFrom: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number, description: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, retraction: { reason: string, at: string, by: string } | null, affiliation: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, roles: Array<{ title: string, organization: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> } } };

export type ArticleQueryVariables = Exact<{
  id: string;
}>;


export type ArticleQuery = { article: { authors: Array<string>, publishedAtNote: string | null, fetchedAt: string | null, body: string, rawFormat: PageFormat, rawText: string, contentHash: string, flags: Array<ArticleFlag>, candidateNames: Array<string>, id: string, url: string | null, outlet: string | null, agency: string | null, title: string, language: string, publishedAtSource: DateSource, retraction: { reason: string, at: string, by: string } | null, pageHeaderDate: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, removedLines: Array<{ text: string, kind: string, reason: string }>, syndicatedWith: Array<{ id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null }>, mentions: Array<{ text: string, start: number, end: number, kind: MentionKind | null, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }>, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } | null };

export type ArticlesQueryVariables = Exact<{
  filter?: ArticleFilter | null | undefined;
  orderBy?: ArticleOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticlesQuery = { articles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, url: string | null, outlet: string | null, agency: string | null, title: string, language: string, publishedAtSource: DateSource, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> } };

export type ArticleEventsQueryVariables = Exact<{
  id: string;
  orderBy?: EventOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticleEventsQuery = { article: { id: string, events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } }> } } | null };

export type ArticleMeasuresQueryVariables = Exact<{
  id: string;
  orderBy?: MeasureOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArticleMeasuresQuery = { article: { id: string, measures: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } }> } } | null };

export type IngestArticleMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestArticleMutation = { ingestArticle: { created: boolean, article: { authors: Array<string>, publishedAtNote: string | null, fetchedAt: string | null, body: string, rawFormat: PageFormat, rawText: string, contentHash: string, flags: Array<ArticleFlag>, candidateNames: Array<string>, id: string, url: string | null, outlet: string | null, agency: string | null, title: string, language: string, publishedAtSource: DateSource, retraction: { reason: string, at: string, by: string } | null, pageHeaderDate: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, removedLines: Array<{ text: string, kind: string, reason: string }>, syndicatedWith: Array<{ id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null }>, mentions: Array<{ text: string, start: number, end: number, kind: MentionKind | null, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }>, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null }, events: Array<{ mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, measures: Array<{ version: number, reviewNote: string | null, independentSources: number, legalBasis: Array<string>, details: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, respondsTo: Array<{ id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, statusHistory: Array<{ status: MeasureStatus, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null }>, end: { kind: MeasureEndKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> }> } };

export type EventQueryVariables = Exact<{
  id: string;
}>;


export type EventQuery = { event: { mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } | null };

export type EventsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  orderBy?: EventOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventsQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } }> } };

export type EventResponsesQueryVariables = Exact<{
  id: string;
  orderBy?: MeasureOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EventResponsesQuery = { event: { id: string, responses: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } }> } } | null };

export type CreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type CreateEventMutation = { createEvent: { event: { mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } } };

export type UpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type UpdateEventMutation = { updateEvent: { event: { mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } } };

export type AttachEvidenceMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type AttachEvidenceMutation = { attachEvidence: { evidence: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }, subject:
      | { __typename: 'Actor', id: string }
      | { __typename: 'Article', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Measure', id: string }
     } };

export type EventAddedSubscriptionVariables = Exact<{
  filter?: EventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type EventAddedSubscription = { eventAdded: { kind: EventChangeKind, cursor: string, event: { mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } } };

export type EventChangedSubscriptionVariables = Exact<{
  filter?: EventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type EventChangedSubscription = { eventChanged: { kind: EventChangeKind, cursor: string, event: { mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } } };

export type PageInfoFieldsFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type PartialDateFieldsFragment = { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string };

export type ArticleRefFragment = { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null };

export type EvidenceFieldsFragment = { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } };

export type ActorSummaryFragment = { id: string, name: string, kind: ActorKind, aliases: Array<string> };

export type ActorDetailFragment = { mergedFrom: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number, description: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, retraction: { reason: string, at: string, by: string } | null, affiliation: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, roles: Array<{ title: string, organization: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> };

export type ArticleSummaryFragment = { id: string, url: string | null, outlet: string | null, agency: string | null, title: string, language: string, publishedAtSource: DateSource, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null };

export type ArticleDetailFragment = { authors: Array<string>, publishedAtNote: string | null, fetchedAt: string | null, body: string, rawFormat: PageFormat, rawText: string, contentHash: string, flags: Array<ArticleFlag>, candidateNames: Array<string>, id: string, url: string | null, outlet: string | null, agency: string | null, title: string, language: string, publishedAtSource: DateSource, retraction: { reason: string, at: string, by: string } | null, pageHeaderDate: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, removedLines: Array<{ text: string, kind: string, reason: string }>, syndicatedWith: Array<{ id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null }>, mentions: Array<{ text: string, start: number, end: number, kind: MentionKind | null, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }>, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null };

export type CodingFieldsFragment = { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string };

export type EventSummaryFragment = { id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> };

export type EventDetailFragment = { mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> };

export type MeasureSummaryFragment = { id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> };

export type MeasureDetailFragment = { version: number, reviewNote: string | null, independentSources: number, legalBasis: Array<string>, details: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, respondsTo: Array<{ id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, statusHistory: Array<{ status: MeasureStatus, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null }>, end: { kind: MeasureEndKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> };

export type RetractionFieldsFragment = { reason: string, at: string, by: string };

export type HistoryQueryVariables = Exact<{
  id: string;
  orderBy?: HistoryOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HistoryQuery = { node:
    | { __typename: 'Actor', version: number, id: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } }
    | { __typename: 'Article', version: number, id: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } }
    | { __typename: 'Event', version: number, id: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } }
    | { __typename: 'Measure', version: number, id: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } }
   | null };

export type RevisionConnectionFieldsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> };

export type ChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<RecordType> | RecordType | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { recordType: RecordType, recordId: string, revision: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } } }> } };

export type RecordChangedSubscriptionVariables = Exact<{
  types?: Array<RecordType> | RecordType | null | undefined;
  after?: string | null | undefined;
}>;


export type RecordChangedSubscription = { recordChanged: { cursor: string, change: { recordType: RecordType, recordId: string, revision: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } } } };

export type MeasureQueryVariables = Exact<{
  id: string;
}>;


export type MeasureQuery = { measure: { version: number, reviewNote: string | null, independentSources: number, legalBasis: Array<string>, details: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, respondsTo: Array<{ id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, statusHistory: Array<{ status: MeasureStatus, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null }>, end: { kind: MeasureEndKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } | null };

export type MeasuresQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  orderBy?: MeasureOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeasuresQuery = { measures: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } }> } };

export type CreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type CreateMeasureMutation = { createMeasure: { measure: { version: number, reviewNote: string | null, independentSources: number, legalBasis: Array<string>, details: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, respondsTo: Array<{ id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, statusHistory: Array<{ status: MeasureStatus, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null }>, end: { kind: MeasureEndKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } } };

export type UpdateMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type UpdateMeasureMutation = { updateMeasure: { measure: { version: number, reviewNote: string | null, independentSources: number, legalBasis: Array<string>, details: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, respondsTo: Array<{ id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, statusHistory: Array<{ status: MeasureStatus, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null }>, end: { kind: MeasureEndKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> } } };

export type MergeActorsMutationVariables = Exact<{
  input: MergeActorsInput;
}>;


export type MergeActorsMutation = { mergeActors: { movedReferences: number, actor: { mergedFrom: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number, description: string | null, id: string, name: string, kind: ActorKind, aliases: Array<string>, retraction: { reason: string, at: string, by: string } | null, affiliation: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, roles: Array<{ title: string, organization: { id: string, name: string, kind: ActorKind, aliases: Array<string> } | null, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> } } };

export type MergeEventsMutationVariables = Exact<{
  input: MergeEventsInput;
}>;


export type MergeEventsMutation = { mergeEvents: { movedReferences: number, event: { mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> } } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'Actor', id: string }
    | { __typename: 'Article', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Measure', id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Actor', name: string, id: string }
    | { __typename: 'Article', title: string, id: string }
    | { __typename: 'Event', title: string, id: string }
    | { __typename: 'Measure', title: string, id: string }
   | null> };

export type TimelineEventFragment = { id: string, title: string, dateDisputed: boolean, location: string | null, eventKind: EventKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> };

export type TimelineMeasureFragment = { id: string, title: string, status: MeasureStatus, measureKind: MeasureKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> };

export type TimelineQueryVariables = Exact<{
  actorIds: Array<string> | string;
  date?: DateRangeInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TimelineQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Event', id: string, title: string, dateDisputed: boolean, location: string | null, eventKind: EventKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }
        | { __typename: 'Measure', id: string, title: string, status: MeasureStatus, measureKind: MeasureKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> }
       }> } };

export type RetractRecordMutationVariables = Exact<{
  input: RetractRecordInput;
}>;


export type RetractRecordMutation = { retractRecord: { referenceCount: number, record:
      | { __typename: 'Actor', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
      | { __typename: 'Article', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
      | { __typename: 'Event', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
      | { __typename: 'Measure', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
    , referencedBy: Array<
      | { __typename: 'Actor', id: string }
      | { __typename: 'Article', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Measure', id: string }
    > } };

export type RestoreRecordMutationVariables = Exact<{
  input: RestoreRecordInput;
}>;


export type RestoreRecordMutation = { restoreRecord: { referenceCount: number, record:
      | { __typename: 'Actor', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
      | { __typename: 'Article', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
      | { __typename: 'Event', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
      | { __typename: 'Measure', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
    , referencedBy: Array<
      | { __typename: 'Actor', id: string }
      | { __typename: 'Article', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Measure', id: string }
    > } };

export type RetractionResultFragment = { referenceCount: number, record:
    | { __typename: 'Actor', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
    | { __typename: 'Article', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
    | { __typename: 'Event', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
    | { __typename: 'Measure', version: number, id: string, retraction: { reason: string, at: string, by: string } | null }
  , referencedBy: Array<
    | { __typename: 'Actor', id: string }
    | { __typename: 'Article', id: string }
    | { __typename: 'Event', id: string }
    | { __typename: 'Measure', id: string }
  > };

export type ProposedEventFragment = { id: string, title: string, review: ReviewState, reviewNote: string | null, version: number, location: string | null, independentSources: number, eventKind: EventKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> };

export type ProposedMeasureFragment = { id: string, title: string, status: MeasureStatus, review: ReviewState, reviewNote: string | null, version: number, legalBasis: Array<string>, details: string | null, independentSources: number, measureKind: MeasureKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> };

export type ReviewQueueQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node:
        | { __typename: 'Event', id: string, title: string, review: ReviewState, reviewNote: string | null, version: number, location: string | null, independentSources: number, eventKind: EventKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }
        | { __typename: 'Measure', id: string, title: string, status: MeasureStatus, review: ReviewState, reviewNote: string | null, version: number, legalBasis: Array<string>, details: string | null, independentSources: number, measureKind: MeasureKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }
       }> } };

export type CodeArticleMutationVariables = Exact<{
  articleId: string;
}>;


export type CodeArticleMutation = { codeArticle: { proposed: number, merged: number, alreadyCoded: number, events: Array<{ mergedFrom: Array<string>, version: number, reviewNote: string | null, independentSources: number, description: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, dateClaims: Array<{ date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string }, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, measures: Array<{ version: number, reviewNote: string | null, independentSources: number, legalBasis: Array<string>, details: string | null, recordedAt: string, updatedAt: string, id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, retraction: { reason: string, at: string, by: string } | null, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, respondsTo: Array<{ id: string, title: string, kind: EventKind, review: ReviewState, dateDisputed: boolean, location: string | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }>, statusHistory: Array<{ status: MeasureStatus, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null }>, end: { kind: MeasureEndKind, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, source: { quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } } | null } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }> }> } };

export type AcceptProposalMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  event?: EventChanges | null | undefined;
  measure?: MeasureChanges | null | undefined;
}>;


export type AcceptProposalMutation = { acceptProposal: { record:
      | { __typename: 'Event', id: string, title: string, review: ReviewState, reviewNote: string | null, version: number, location: string | null, independentSources: number, eventKind: EventKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }
      | { __typename: 'Measure', id: string, title: string, status: MeasureStatus, review: ReviewState, reviewNote: string | null, version: number, legalBasis: Array<string>, details: string | null, independentSources: number, measureKind: MeasureKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }
     } };

export type RejectProposalMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RejectProposalMutation = { rejectProposal: { record:
      | { __typename: 'Event', id: string, title: string, review: ReviewState, reviewNote: string | null, version: number, location: string | null, independentSources: number, eventKind: EventKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, participants: Array<{ role: ParticipantRole, actor: { id: string, name: string, kind: ActorKind, aliases: Array<string> } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }
      | { __typename: 'Measure', id: string, title: string, status: MeasureStatus, review: ReviewState, reviewNote: string | null, version: number, legalBasis: Array<string>, details: string | null, independentSources: number, measureKind: MeasureKind, coding: { confidence: number, coderVersion: string, mode: ProposalMode, ploverType: string } | null, date: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null, issuers: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, targets: Array<{ id: string, name: string, kind: ActorKind, aliases: Array<string> }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string, title: string, outlet: string | null, publishedAt: { year: number, month: number | null, day: number | null, precision: DatePrecision, approximate: boolean, text: string } | null } }> }
     } };

export const RetractionFieldsFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment RetractionFields on Retraction {
  reason
  at
  by
}
    `, {"fragmentName":"RetractionFields"});
export const ActorSummaryFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
    `, {"fragmentName":"ActorSummary"});
export const PartialDateFieldsFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
    `, {"fragmentName":"PartialDateFields"});
export const ArticleRefFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}`, {"fragmentName":"ArticleRef"});
export const EvidenceFieldsFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}`, {"fragmentName":"EvidenceFields"});
export const ActorDetailFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"ActorDetail"});
export const ArticleSummaryFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}`, {"fragmentName":"ArticleSummary"});
export const ArticleDetailFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment ArticleDetail on Article {
  retraction {
    ...RetractionFields
  }
  ...ArticleSummary
  authors
  publishedAtNote
  pageHeaderDate {
    ...PartialDateFields
  }
  fetchedAt
  body
  rawFormat
  rawText
  contentHash
  flags
  candidateNames
  removedLines {
    text
    kind
    reason
  }
  syndicatedWith {
    ...ArticleRef
  }
  mentions {
    text
    start
    end
    kind
    actor {
      ...ActorSummary
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"ArticleDetail"});
export const EventSummaryFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"EventSummary"});
export const CodingFieldsFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
    `, {"fragmentName":"CodingFields"});
export const EventDetailFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"EventDetail"});
export const MeasureSummaryFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"MeasureSummary"});
export const MeasureDetailFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"MeasureDetail"});
export const PageInfoFieldsFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `, {"fragmentName":"PageInfoFields"});
export const RevisionConnectionFieldsFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment RevisionConnectionFields on RevisionConnection {
  totalCount
  pageInfo {
    ...PageInfoFields
  }
  edges {
    cursor
    node {
      version
      at
      by
      comment
      created
      changes {
        field
        before
        after
        added
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`, {"fragmentName":"RevisionConnectionFields"});
export const TimelineEventFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment TimelineEvent on Event {
  id
  title
  eventKind: kind
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"TimelineEvent"});
export const TimelineMeasureFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment TimelineMeasure on Measure {
  id
  title
  measureKind: kind
  status
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`, {"fragmentName":"TimelineMeasure"});
export const RetractionResultFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment RetractionResult on RetractionPayload {
  record {
    __typename
    id
    ... on Article {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Actor {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Event {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Measure {
      version
      retraction {
        ...RetractionFields
      }
    }
  }
  referencedBy {
    __typename
    id
  }
  referenceCount
}
    fragment RetractionFields on Retraction {
  reason
  at
  by
}`, {"fragmentName":"RetractionResult"});
export const ProposedEventFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}`, {"fragmentName":"ProposedEvent"});
export const ProposedMeasureFragmentSource = /*#__PURE__*/ new TypedDocumentString(`
    fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}`, {"fragmentName":"ProposedMeasure"});
export const ActorSource = /*#__PURE__*/ new TypedDocumentString(`
    query actor($id: ID!) {
  actor(id: $id) {
    ...ActorDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const ActorsSource = /*#__PURE__*/ new TypedDocumentString(`
    query actors($filter: ActorFilter, $orderBy: ActorOrder, $first: Int, $after: String) {
  actors(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ActorSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}`);
export const ActorEventsSource = /*#__PURE__*/ new TypedDocumentString(`
    query actorEvents($id: ID!, $orderBy: EventOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    events(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}`);
export const ActorMeasuresIssuedSource = /*#__PURE__*/ new TypedDocumentString(`
    query actorMeasuresIssued($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    measuresIssued(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`);
export const ActorMeasuresTargetingSource = /*#__PURE__*/ new TypedDocumentString(`
    query actorMeasuresTargeting($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    measuresTargeting(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`);
export const ActorArticlesSource = /*#__PURE__*/ new TypedDocumentString(`
    query actorArticles($id: ID!, $orderBy: ArticleOrder, $first: Int, $after: String) {
  actor(id: $id) {
    id
    articles(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...ArticleSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}`);
export const CreateActorSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation createActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      ...ActorDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const UpdateActorSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation updateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      ...ActorDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const ArticleSource = /*#__PURE__*/ new TypedDocumentString(`
    query article($id: ID!) {
  article(id: $id) {
    ...ArticleDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
fragment ArticleDetail on Article {
  retraction {
    ...RetractionFields
  }
  ...ArticleSummary
  authors
  publishedAtNote
  pageHeaderDate {
    ...PartialDateFields
  }
  fetchedAt
  body
  rawFormat
  rawText
  contentHash
  flags
  candidateNames
  removedLines {
    text
    kind
    reason
  }
  syndicatedWith {
    ...ArticleRef
  }
  mentions {
    text
    start
    end
    kind
    actor {
      ...ActorSummary
    }
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const ArticlesSource = /*#__PURE__*/ new TypedDocumentString(`
    query articles($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {
  articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...ArticleSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}`);
export const ArticleEventsSource = /*#__PURE__*/ new TypedDocumentString(`
    query articleEvents($id: ID!, $orderBy: EventOrder, $first: Int, $after: String) {
  article(id: $id) {
    id
    events(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...EventSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}`);
export const ArticleMeasuresSource = /*#__PURE__*/ new TypedDocumentString(`
    query articleMeasures($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  article(id: $id) {
    id
    measures(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`);
export const IngestArticleSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation ingestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article {
      ...ArticleDetail
    }
    events {
      ...EventDetail
    }
    measures {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ArticleSummary on Article {
  id
  url
  outlet
  agency
  title
  language
  publishedAt {
    ...PartialDateFields
  }
  publishedAtSource
}
fragment ArticleDetail on Article {
  retraction {
    ...RetractionFields
  }
  ...ArticleSummary
  authors
  publishedAtNote
  pageHeaderDate {
    ...PartialDateFields
  }
  fetchedAt
  body
  rawFormat
  rawText
  contentHash
  flags
  candidateNames
  removedLines {
    text
    kind
    reason
  }
  syndicatedWith {
    ...ArticleRef
  }
  mentions {
    text
    start
    end
    kind
    actor {
      ...ActorSummary
    }
  }
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const EventSource = /*#__PURE__*/ new TypedDocumentString(`
    query event($id: ID!) {
  event(id: $id) {
    ...EventDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const EventsSource = /*#__PURE__*/ new TypedDocumentString(`
    query events($filter: EventFilter, $orderBy: EventOrder, $first: Int, $after: String) {
  events(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...EventSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}`);
export const EventResponsesSource = /*#__PURE__*/ new TypedDocumentString(`
    query eventResponses($id: ID!, $orderBy: MeasureOrder, $first: Int, $after: String) {
  event(id: $id) {
    id
    responses(orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...MeasureSummary
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`);
export const CreateEventSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation createEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const UpdateEventSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation updateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const AttachEvidenceSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation attachEvidence($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      ...EvidenceFields
    }
    subject {
      __typename
      id
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}`);
export const EventAddedSource = /*#__PURE__*/ new TypedDocumentString(`
    subscription eventAdded($filter: EventFilter, $after: String) {
  eventAdded(filter: $filter, after: $after) {
    kind
    cursor
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const EventChangedSource = /*#__PURE__*/ new TypedDocumentString(`
    subscription eventChanged($filter: EventFilter, $after: String) {
  eventChanged(filter: $filter, after: $after) {
    kind
    cursor
    event {
      ...EventDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const HistorySource = /*#__PURE__*/ new TypedDocumentString(`
    query history($id: ID!, $orderBy: HistoryOrder, $first: Int, $after: String) {
  node(id: $id) {
    __typename
    id
    ... on Article {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
    ... on Actor {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
    ... on Event {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
    ... on Measure {
      version
      history(orderBy: $orderBy, first: $first, after: $after) {
        ...RevisionConnectionFields
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment RevisionConnectionFields on RevisionConnection {
  totalCount
  pageInfo {
    ...PageInfoFields
  }
  edges {
    cursor
    node {
      version
      at
      by
      comment
      created
      changes {
        field
        before
        after
        added
      }
    }
  }
}`);
export const ChangesSource = /*#__PURE__*/ new TypedDocumentString(`
    query changes($after: String, $types: [RecordType!], $first: Int) {
  changes(after: $after, types: $types, first: $first) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        recordType
        recordId
        revision {
          version
          at
          by
          comment
          created
          changes {
            field
            before
            after
            added
          }
        }
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`);
export const RecordChangedSource = /*#__PURE__*/ new TypedDocumentString(`
    subscription recordChanged($types: [RecordType!], $after: String) {
  recordChanged(types: $types, after: $after) {
    cursor
    change {
      recordType
      recordId
      revision {
        version
        at
        by
        comment
        created
        changes {
          field
          before
          after
          added
        }
      }
    }
  }
}
    `);
export const MeasureSource = /*#__PURE__*/ new TypedDocumentString(`
    query measure($id: ID!) {
  measure(id: $id) {
    ...MeasureDetail
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const MeasuresSource = /*#__PURE__*/ new TypedDocumentString(`
    query measures($filter: MeasureFilter, $orderBy: MeasureOrder, $first: Int, $after: String) {
  measures(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        ...MeasureSummary
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`);
export const CreateMeasureSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation createMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    measure {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const UpdateMeasureSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation updateMeasure($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    measure {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const MergeActorsSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation mergeActors($input: MergeActorsInput!) {
  mergeActors(input: $input) {
    actor {
      ...ActorDetail
    }
    movedReferences
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment ActorDetail on Actor {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...ActorSummary
  metonyms
  demonyms
  hosts
  version
  description
  affiliation {
    ...ActorSummary
  }
  roles {
    title
    organization {
      ...ActorSummary
    }
    sources {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const MergeEventsSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation mergeEvents($input: MergeEventsInput!) {
  mergeEvents(input: $input) {
    event {
      ...EventDetail
    }
    movedReferences
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const NodeSource = /*#__PURE__*/ new TypedDocumentString(`
    query node($id: ID!) {
  node(id: $id) {
    __typename
    id
  }
}
    `);
export const NodesSource = /*#__PURE__*/ new TypedDocumentString(`
    query nodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Article {
      title
    }
    ... on Actor {
      name
    }
    ... on Event {
      title
    }
    ... on Measure {
      title
    }
  }
}
    `);
export const TimelineSource = /*#__PURE__*/ new TypedDocumentString(`
    query timeline($actorIds: [ID!]!, $date: DateRangeInput, $first: Int, $after: String) {
  timeline(actorIds: $actorIds, date: $date, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        __typename
        ...TimelineEvent
        ...TimelineMeasure
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment TimelineEvent on Event {
  id
  title
  eventKind: kind
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment TimelineMeasure on Measure {
  id
  title
  measureKind: kind
  status
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}`);
export const RetractRecordSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation retractRecord($input: RetractRecordInput!) {
  retractRecord(input: $input) {
    ...RetractionResult
  }
}
    fragment RetractionFields on Retraction {
  reason
  at
  by
}
fragment RetractionResult on RetractionPayload {
  record {
    __typename
    id
    ... on Article {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Actor {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Event {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Measure {
      version
      retraction {
        ...RetractionFields
      }
    }
  }
  referencedBy {
    __typename
    id
  }
  referenceCount
}`);
export const RestoreRecordSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation restoreRecord($input: RestoreRecordInput!) {
  restoreRecord(input: $input) {
    ...RetractionResult
  }
}
    fragment RetractionFields on Retraction {
  reason
  at
  by
}
fragment RetractionResult on RetractionPayload {
  record {
    __typename
    id
    ... on Article {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Actor {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Event {
      version
      retraction {
        ...RetractionFields
      }
    }
    ... on Measure {
      version
      retraction {
        ...RetractionFields
      }
    }
  }
  referencedBy {
    __typename
    id
  }
  referenceCount
}`);
export const ReviewQueueSource = /*#__PURE__*/ new TypedDocumentString(`
    query reviewQueue($first: Int, $after: String) {
  reviewQueue(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    edges {
      cursor
      node {
        __typename
        ...ProposedEvent
        ...ProposedMeasure
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}`);
export const CodeArticleSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation codeArticle($articleId: ID!) {
  codeArticle(articleId: $articleId) {
    proposed
    merged
    alreadyCoded
    events {
      ...EventDetail
    }
    measures {
      ...MeasureDetail
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment EventSummary on Event {
  id
  title
  kind
  review
  date {
    ...PartialDateFields
  }
  dateDisputed
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
}
fragment EventDetail on Event {
  mergedFrom
  retraction {
    ...RetractionFields
  }
  ...EventSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  description
  dateClaims {
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  sources {
    ...EvidenceFields
  }
  recordedAt
  updatedAt
}
fragment MeasureSummary on Measure {
  id
  title
  kind
  status
  review
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
}
fragment MeasureDetail on Measure {
  retraction {
    ...RetractionFields
  }
  ...MeasureSummary
  version
  coding {
    ...CodingFields
  }
  reviewNote
  independentSources
  legalBasis
  details
  respondsTo {
    ...EventSummary
  }
  sources {
    ...EvidenceFields
  }
  statusHistory {
    status
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  end {
    kind
    date {
      ...PartialDateFields
    }
    source {
      ...EvidenceFields
    }
  }
  recordedAt
  updatedAt
}
fragment RetractionFields on Retraction {
  reason
  at
  by
}`);
export const AcceptProposalSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation acceptProposal($id: ID!, $note: String, $event: EventChanges, $measure: MeasureChanges) {
  acceptProposal(id: $id, note: $note, event: $event, measure: $measure) {
    record {
      __typename
      ...ProposedEvent
      ...ProposedMeasure
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}`);
export const RejectProposalSource = /*#__PURE__*/ new TypedDocumentString(`
    mutation rejectProposal($id: ID!, $reason: String!) {
  rejectProposal(id: $id, reason: $reason) {
    record {
      __typename
      ...ProposedEvent
      ...ProposedMeasure
    }
  }
}
    fragment PartialDateFields on PartialDate {
  year
  month
  day
  precision
  approximate
  text
}
fragment ArticleRef on Article {
  id
  title
  outlet
  publishedAt {
    ...PartialDateFields
  }
}
fragment EvidenceFields on Evidence {
  quote
  start
  end
  article {
    ...ArticleRef
  }
}
fragment ActorSummary on Actor {
  id
  name
  kind
  aliases
}
fragment CodingFields on Coding {
  confidence
  coderVersion
  mode
  ploverType
}
fragment ProposedEvent on Event {
  id
  title
  eventKind: kind
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  location
  participants {
    role
    actor {
      ...ActorSummary
    }
  }
  sources {
    ...EvidenceFields
  }
  independentSources
}
fragment ProposedMeasure on Measure {
  id
  title
  measureKind: kind
  status
  review
  reviewNote
  coding {
    ...CodingFields
  }
  version
  date {
    ...PartialDateFields
  }
  issuers {
    ...ActorSummary
  }
  targets {
    ...ActorSummary
  }
  legalBasis
  details
  sources {
    ...EvidenceFields
  }
  independentSources
}`);
export type Requester<C = {}> = <R, V>(doc: string, vars?: V, options?: C) => Promise<R> | AsyncIterable<R>
export function getSdk<C>(requester: Requester<C>) {
  return {
    actor(variables: ActorQueryVariables, options?: C): Promise<ActorQuery> {
      return requester<ActorQuery, ActorQueryVariables>(ActorSource, variables, options) as Promise<ActorQuery>;
    },
    actors(variables?: ActorsQueryVariables, options?: C): Promise<ActorsQuery> {
      return requester<ActorsQuery, ActorsQueryVariables>(ActorsSource, variables, options) as Promise<ActorsQuery>;
    },
    actorEvents(variables: ActorEventsQueryVariables, options?: C): Promise<ActorEventsQuery> {
      return requester<ActorEventsQuery, ActorEventsQueryVariables>(ActorEventsSource, variables, options) as Promise<ActorEventsQuery>;
    },
    actorMeasuresIssued(variables: ActorMeasuresIssuedQueryVariables, options?: C): Promise<ActorMeasuresIssuedQuery> {
      return requester<ActorMeasuresIssuedQuery, ActorMeasuresIssuedQueryVariables>(ActorMeasuresIssuedSource, variables, options) as Promise<ActorMeasuresIssuedQuery>;
    },
    actorMeasuresTargeting(variables: ActorMeasuresTargetingQueryVariables, options?: C): Promise<ActorMeasuresTargetingQuery> {
      return requester<ActorMeasuresTargetingQuery, ActorMeasuresTargetingQueryVariables>(ActorMeasuresTargetingSource, variables, options) as Promise<ActorMeasuresTargetingQuery>;
    },
    actorArticles(variables: ActorArticlesQueryVariables, options?: C): Promise<ActorArticlesQuery> {
      return requester<ActorArticlesQuery, ActorArticlesQueryVariables>(ActorArticlesSource, variables, options) as Promise<ActorArticlesQuery>;
    },
    createActor(variables: CreateActorMutationVariables, options?: C): Promise<CreateActorMutation> {
      return requester<CreateActorMutation, CreateActorMutationVariables>(CreateActorSource, variables, options) as Promise<CreateActorMutation>;
    },
    updateActor(variables: UpdateActorMutationVariables, options?: C): Promise<UpdateActorMutation> {
      return requester<UpdateActorMutation, UpdateActorMutationVariables>(UpdateActorSource, variables, options) as Promise<UpdateActorMutation>;
    },
    article(variables: ArticleQueryVariables, options?: C): Promise<ArticleQuery> {
      return requester<ArticleQuery, ArticleQueryVariables>(ArticleSource, variables, options) as Promise<ArticleQuery>;
    },
    articles(variables?: ArticlesQueryVariables, options?: C): Promise<ArticlesQuery> {
      return requester<ArticlesQuery, ArticlesQueryVariables>(ArticlesSource, variables, options) as Promise<ArticlesQuery>;
    },
    articleEvents(variables: ArticleEventsQueryVariables, options?: C): Promise<ArticleEventsQuery> {
      return requester<ArticleEventsQuery, ArticleEventsQueryVariables>(ArticleEventsSource, variables, options) as Promise<ArticleEventsQuery>;
    },
    articleMeasures(variables: ArticleMeasuresQueryVariables, options?: C): Promise<ArticleMeasuresQuery> {
      return requester<ArticleMeasuresQuery, ArticleMeasuresQueryVariables>(ArticleMeasuresSource, variables, options) as Promise<ArticleMeasuresQuery>;
    },
    ingestArticle(variables: IngestArticleMutationVariables, options?: C): Promise<IngestArticleMutation> {
      return requester<IngestArticleMutation, IngestArticleMutationVariables>(IngestArticleSource, variables, options) as Promise<IngestArticleMutation>;
    },
    event(variables: EventQueryVariables, options?: C): Promise<EventQuery> {
      return requester<EventQuery, EventQueryVariables>(EventSource, variables, options) as Promise<EventQuery>;
    },
    events(variables?: EventsQueryVariables, options?: C): Promise<EventsQuery> {
      return requester<EventsQuery, EventsQueryVariables>(EventsSource, variables, options) as Promise<EventsQuery>;
    },
    eventResponses(variables: EventResponsesQueryVariables, options?: C): Promise<EventResponsesQuery> {
      return requester<EventResponsesQuery, EventResponsesQueryVariables>(EventResponsesSource, variables, options) as Promise<EventResponsesQuery>;
    },
    createEvent(variables: CreateEventMutationVariables, options?: C): Promise<CreateEventMutation> {
      return requester<CreateEventMutation, CreateEventMutationVariables>(CreateEventSource, variables, options) as Promise<CreateEventMutation>;
    },
    updateEvent(variables: UpdateEventMutationVariables, options?: C): Promise<UpdateEventMutation> {
      return requester<UpdateEventMutation, UpdateEventMutationVariables>(UpdateEventSource, variables, options) as Promise<UpdateEventMutation>;
    },
    attachEvidence(variables: AttachEvidenceMutationVariables, options?: C): Promise<AttachEvidenceMutation> {
      return requester<AttachEvidenceMutation, AttachEvidenceMutationVariables>(AttachEvidenceSource, variables, options) as Promise<AttachEvidenceMutation>;
    },
    eventAdded(variables?: EventAddedSubscriptionVariables, options?: C): AsyncIterable<EventAddedSubscription> {
      return requester<EventAddedSubscription, EventAddedSubscriptionVariables>(EventAddedSource, variables, options) as AsyncIterable<EventAddedSubscription>;
    },
    eventChanged(variables?: EventChangedSubscriptionVariables, options?: C): AsyncIterable<EventChangedSubscription> {
      return requester<EventChangedSubscription, EventChangedSubscriptionVariables>(EventChangedSource, variables, options) as AsyncIterable<EventChangedSubscription>;
    },
    history(variables: HistoryQueryVariables, options?: C): Promise<HistoryQuery> {
      return requester<HistoryQuery, HistoryQueryVariables>(HistorySource, variables, options) as Promise<HistoryQuery>;
    },
    changes(variables?: ChangesQueryVariables, options?: C): Promise<ChangesQuery> {
      return requester<ChangesQuery, ChangesQueryVariables>(ChangesSource, variables, options) as Promise<ChangesQuery>;
    },
    recordChanged(variables?: RecordChangedSubscriptionVariables, options?: C): AsyncIterable<RecordChangedSubscription> {
      return requester<RecordChangedSubscription, RecordChangedSubscriptionVariables>(RecordChangedSource, variables, options) as AsyncIterable<RecordChangedSubscription>;
    },
    measure(variables: MeasureQueryVariables, options?: C): Promise<MeasureQuery> {
      return requester<MeasureQuery, MeasureQueryVariables>(MeasureSource, variables, options) as Promise<MeasureQuery>;
    },
    measures(variables?: MeasuresQueryVariables, options?: C): Promise<MeasuresQuery> {
      return requester<MeasuresQuery, MeasuresQueryVariables>(MeasuresSource, variables, options) as Promise<MeasuresQuery>;
    },
    createMeasure(variables: CreateMeasureMutationVariables, options?: C): Promise<CreateMeasureMutation> {
      return requester<CreateMeasureMutation, CreateMeasureMutationVariables>(CreateMeasureSource, variables, options) as Promise<CreateMeasureMutation>;
    },
    updateMeasure(variables: UpdateMeasureMutationVariables, options?: C): Promise<UpdateMeasureMutation> {
      return requester<UpdateMeasureMutation, UpdateMeasureMutationVariables>(UpdateMeasureSource, variables, options) as Promise<UpdateMeasureMutation>;
    },
    mergeActors(variables: MergeActorsMutationVariables, options?: C): Promise<MergeActorsMutation> {
      return requester<MergeActorsMutation, MergeActorsMutationVariables>(MergeActorsSource, variables, options) as Promise<MergeActorsMutation>;
    },
    mergeEvents(variables: MergeEventsMutationVariables, options?: C): Promise<MergeEventsMutation> {
      return requester<MergeEventsMutation, MergeEventsMutationVariables>(MergeEventsSource, variables, options) as Promise<MergeEventsMutation>;
    },
    node(variables: NodeQueryVariables, options?: C): Promise<NodeQuery> {
      return requester<NodeQuery, NodeQueryVariables>(NodeSource, variables, options) as Promise<NodeQuery>;
    },
    nodes(variables: NodesQueryVariables, options?: C): Promise<NodesQuery> {
      return requester<NodesQuery, NodesQueryVariables>(NodesSource, variables, options) as Promise<NodesQuery>;
    },
    timeline(variables: TimelineQueryVariables, options?: C): Promise<TimelineQuery> {
      return requester<TimelineQuery, TimelineQueryVariables>(TimelineSource, variables, options) as Promise<TimelineQuery>;
    },
    retractRecord(variables: RetractRecordMutationVariables, options?: C): Promise<RetractRecordMutation> {
      return requester<RetractRecordMutation, RetractRecordMutationVariables>(RetractRecordSource, variables, options) as Promise<RetractRecordMutation>;
    },
    restoreRecord(variables: RestoreRecordMutationVariables, options?: C): Promise<RestoreRecordMutation> {
      return requester<RestoreRecordMutation, RestoreRecordMutationVariables>(RestoreRecordSource, variables, options) as Promise<RestoreRecordMutation>;
    },
    reviewQueue(variables?: ReviewQueueQueryVariables, options?: C): Promise<ReviewQueueQuery> {
      return requester<ReviewQueueQuery, ReviewQueueQueryVariables>(ReviewQueueSource, variables, options) as Promise<ReviewQueueQuery>;
    },
    codeArticle(variables: CodeArticleMutationVariables, options?: C): Promise<CodeArticleMutation> {
      return requester<CodeArticleMutation, CodeArticleMutationVariables>(CodeArticleSource, variables, options) as Promise<CodeArticleMutation>;
    },
    acceptProposal(variables: AcceptProposalMutationVariables, options?: C): Promise<AcceptProposalMutation> {
      return requester<AcceptProposalMutation, AcceptProposalMutationVariables>(AcceptProposalSource, variables, options) as Promise<AcceptProposalMutation>;
    },
    rejectProposal(variables: RejectProposalMutationVariables, options?: C): Promise<RejectProposalMutation> {
      return requester<RejectProposalMutation, RejectProposalMutationVariables>(RejectProposalSource, variables, options) as Promise<RejectProposalMutation>;
    }
  };
}
export type Sdk = ReturnType<typeof getSdk>;