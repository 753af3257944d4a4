/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type ActorNamesQueryVariables = Exact<{
  filter?: ActorFilter | null | undefined;
  orderBy?: ActorOrder | null | undefined;
}>;


export type ActorNamesQuery = { actors: { totalCount: number, edges: Array<{ node: { name: string } }> } };

export type ActorWithRolesAndCountsQueryVariables = Exact<{
  id: string;
}>;


export type ActorWithRolesAndCountsQuery = { actor: { name: string, kind: ActorKind, affiliation: { name: string } | null, roles: Array<{ title: string, organization: { name: string } | null, sources: Array<{ quote: string, article: { outlet: string | null } }> }>, measuresIssued: { totalCount: number }, measuresTargeting: { totalCount: number }, articles: { totalCount: number } } | null };

export type ActorMeasureCountsQueryVariables = Exact<{
  id: string;
}>;


export type ActorMeasureCountsQuery = { actor: { measuresTargeting: { totalCount: number }, measuresIssued: { totalCount: number } } | null };

export type ActorTimelineQueryVariables = Exact<{
  ids: Array<string> | string;
  date?: DateRangeInput | null | undefined;
}>;


export type ActorTimelineQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Event', title: string, date: { text: string } | null }
        | { __typename: 'Measure', title: string, date: { text: string } | null }
       }> } };

export type ActorWritesFieldsFragment = { name: string, kind: ActorKind, aliases: Array<string>, description: string | null, affiliation: { name: string } | null, roles: Array<{ title: string, organization: { name: string } | null, sources: Array<{ quote: string }> }>, sources: Array<{ quote: string, article: { id: string } }> };

export type ActorWritesCreateMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type ActorWritesCreateMutation = { createActor: { actor: { id: string, name: string, kind: ActorKind, aliases: Array<string>, description: string | null, affiliation: { name: string } | null, roles: Array<{ title: string, organization: { name: string } | null, sources: Array<{ quote: string }> }>, sources: Array<{ quote: string, article: { id: string } }> } } };

export type ActorWritesFindTaeYongQueryVariables = Exact<{ [key: string]: never; }>;


export type ActorWritesFindTaeYongQuery = { actors: { edges: Array<{ node: { id: string } }> } };

export type ActorWritesUpdateMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type ActorWritesUpdateMutation = { updateActor: { actor: { name: string, kind: ActorKind, aliases: Array<string>, description: string | null, affiliation: { name: string } | null, roles: Array<{ title: string, organization: { name: string } | null, sources: Array<{ quote: string }> }>, sources: Array<{ quote: string, article: { id: string } }> } } };

export type ActorWritesNamesFragment = { name: string, aliases: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number };

export type ActorWritesCreateNamedMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type ActorWritesCreateNamedMutation = { createActor: { actor: { id: string, name: string, aliases: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number } } };

export type ActorWritesUpdateNamedMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type ActorWritesUpdateNamedMutation = { updateActor: { actor: { name: string, aliases: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number } } };

export type ActorWritesReadNamedQueryVariables = Exact<{
  id: string;
}>;


export type ActorWritesReadNamedQuery = { actor: { name: string, aliases: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number } | null };

export type ActorWritesSearchNamesQueryVariables = Exact<{
  search: string;
  orderBy?: ActorOrder | null | undefined;
}>;


export type ActorWritesSearchNamesQuery = { actors: { edges: Array<{ node: { name: string } }> } };

export type ArticleQueriesIdsQueryVariables = Exact<{
  filter?: ArticleFilter | null | undefined;
  orderBy?: ArticleOrder | null | undefined;
}>;


export type ArticleQueriesIdsQuery = { articles: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type ArticleQueriesDatesQueryVariables = Exact<{
  id: string;
}>;


export type ArticleQueriesDatesQuery = { article: { title: string, outlet: string | null, agency: string | null, language: string, publishedAtSource: DateSource, contentHash: string, publishedAt: { text: string, precision: DatePrecision } | null, pageHeaderDate: { text: string } | null, events: { totalCount: number }, measures: { totalCount: number } } | null };

export type ArticleQueriesMentionsQueryVariables = Exact<{
  id: string;
}>;


export type ArticleQueriesMentionsQuery = { article: { body: string, mentions: Array<{ text: string, start: number, end: number, actor: { name: string } }> } | null };

export type ApiKeysCreateOrganizationMutationVariables = Exact<{
  name: string;
}>;


export type ApiKeysCreateOrganizationMutation = { createActor: { actor: { name: string, kind: ActorKind } } };

export type ApiKeysActorCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysActorCountQuery = { actors: { totalCount: number } };

export type ApiKeysReaderOrgCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysReaderOrgCountQuery = { actors: { totalCount: number } };

export type ProposalsCreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type ProposalsCreateActorMutation = { createActor: { actor: { id: string } } };

export type ProposalsCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type ProposalsCreateEventMutation = { createEvent: { event: { id: string } } };

export type ProposalsIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type ProposalsIngestMutation = { ingestArticle: { article: { id: string, body: string }, events: Array<{ id: string, title: string, kind: EventKind, review: ReviewState, date: { text: string } | null, participants: Array<{ role: ParticipantRole, actor: { name: string } }>, coding: { confidence: number, mode: ProposalMode, ploverType: string, coderVersion: string } | null, sources: Array<{ quote: string, start: number, end: number, article: { id: string } }>, dateClaims: Array<{ date: { text: string } }> }>, measures: Array<{ id: string, title: string, kind: MeasureKind, status: MeasureStatus, review: ReviewState, date: { text: string } | null, issuers: Array<{ name: string }>, targets: Array<{ name: string }>, coding: { confidence: number, mode: ProposalMode, ploverType: string } | null, sources: Array<{ quote: string, start: number, end: number, article: { id: string } }>, responses: Array<{ event: { id: string } | null, source: { quote: string, start: number, end: number } | null }> }> } };

export type ProposalsListsQueryVariables = Exact<{
  search: string;
}>;


export type ProposalsListsQuery = { events: { totalCount: number }, proposedEvents: { totalCount: number, edges: Array<{ node: { id: string } }> }, proposedMeasures: { edges: Array<{ node: { id: string } }> }, rejectedMeasures: { edges: Array<{ node: { id: string, reviewNote: string | null } }> }, reviewQueue: { totalCount: number, edges: Array<{ node:
        | { __typename: 'Event', id: string, coding: { confidence: number } | null }
        | { __typename: 'Measure', id: string, coding: { confidence: number } | null }
       }> } };

export type ProposalsAcceptMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  event?: EventChanges | null | undefined;
  measure?: MeasureChanges | null | undefined;
}>;


export type ProposalsAcceptMutation = { acceptProposal: { record:
      | { id: string, title: string, review: ReviewState, reviewNote: string | null, version: number }
      | { id: string, review: ReviewState, version: number }
     } };

export type ProposalsRejectMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ProposalsRejectMutation = { rejectProposal: { record:
      | { id: string, review: ReviewState, version: number }
      | { id: string, review: ReviewState, reviewNote: string | null, version: number }
     } };

export type ProposalsCodeMutationVariables = Exact<{
  articleId: string;
}>;


export type ProposalsCodeMutation = { codeArticle: { proposed: number, merged: number, alreadyCoded: number, events: Array<{ id: string }>, measures: Array<{ id: string }> } };

export type ProposalsEventVersionQueryVariables = Exact<{
  id: string;
}>;


export type ProposalsEventVersionQuery = { node:
    | { version: number, review: ReviewState, title: string }
    | Record<PropertyKey, never>
   | null };

export type AmendmentsAttachMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type AmendmentsAttachMutation = { attachEvidence: { evidence: { start: number } } };

export type AmendmentsSourcesQueryVariables = Exact<{
  event: string;
  measure: string;
}>;


export type AmendmentsSourcesQuery = { event:
    | { version: number, sources: Array<{ quote: string, start: number, end: number }> }
    | Record<PropertyKey, never>
   | null, measure:
    | { version: number, sources: Array<{ quote: string, start: number, end: number }> }
    | Record<PropertyKey, never>
   | null };

export type AmendmentsCreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type AmendmentsCreateActorMutation = { createActor: { actor: { id: string } } };

export type AmendmentsIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type AmendmentsIngestMutation = { ingestArticle: { article: { id: string }, events: Array<{ id: string, version: number, sources: Array<{ quote: string }> }>, measures: Array<{ id: string, version: number, sources: Array<{ quote: string }> }> } };

export type AmendmentsChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AmendmentsChangesQuery = { changes: { pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { recordType: RecordType, recordId: string, revision: { version: number, changes: Array<{ field: string, added: Array<unknown> | null }> } } }> } };

export type AmendmentsCodedQueryVariables = Exact<{
  event: string;
  measure: string;
}>;


export type AmendmentsCodedQuery = { event:
    | { version: number, sources: Array<{ quote: string }> }
    | Record<PropertyKey, never>
   | null, measure:
    | { version: number, sources: Array<{ quote: string }> }
    | Record<PropertyKey, never>
   | null };

export type CheckpointCreateActorMutationVariables = Exact<{
  name: string;
}>;


export type CheckpointCreateActorMutation = { createActor: { actor: { id: string } } };

export type CheckpointActorAndCountsQueryVariables = Exact<{
  id: string;
}>;


export type CheckpointActorAndCountsQuery = { node:
    | { name: string }
    | Record<PropertyKey, never>
   | null, actors: { totalCount: number }, events: { totalCount: number } };

export type ExpectedVersionReadQueryVariables = Exact<{
  event: string;
  measure: string;
  actor: string;
}>;


export type ExpectedVersionReadQuery = { event: { version: number, description: string | null } | null, measure: { version: number, details: string | null } | null, actor: { version: number, description: string | null } | null };

export type ExpectedVersionEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type ExpectedVersionEventMutation = { updateEvent: { event: { version: number, description: string | null } } };

export type ExpectedVersionMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type ExpectedVersionMeasureMutation = { updateMeasure: { measure: { version: number, details: string | null } } };

export type ExpectedVersionActorMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type ExpectedVersionActorMutation = { updateActor: { actor: { version: number, description: string | null } } };

export type ExportImportCreateActorMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportImportCreateActorMutation = { createActor: { actor: { id: string } } };

export type ExportImportCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type ExportImportCreateEventMutation = { createEvent: { event: { id: string } } };

export type ExportImportAttachMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type ExportImportAttachMutation = { attachEvidence: { evidence: { quote: string } } };

export type ExportImportIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type ExportImportIngestMutation = { ingestArticle: { article: { id: string } } };

export type ExportImportStateQueryVariables = Exact<{
  event: string;
  actor: string;
  article: string;
}>;


export type ExportImportStateQuery = { events: { totalCount: number }, actors: { totalCount: number }, measures: { totalCount: number }, articles: { totalCount: number }, changes: { totalCount: number, edges: Array<{ cursor: string, node: { recordType: RecordType, recordId: string, revision: { version: number, by: string } } }> }, event:
    | { title: string, version: number, date: { text: string } | null, dateClaims: Array<{ date: { text: string } }>, participants: Array<{ role: ParticipantRole, actor: { name: string } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string } }>, history: { totalCount: number, edges: Array<{ node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } }
    | Record<PropertyKey, never>
   | null, actor:
    | { name: string, aliases: Array<string>, history: { totalCount: number, edges: Array<{ node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } }
    | Record<PropertyKey, never>
   | null, article:
    | { title: string, rawText: string, history: { totalCount: number, edges: Array<{ node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } }
    | Record<PropertyKey, never>
   | null };

type ExportImportHistory_Actor_Fragment = { history: { totalCount: number, edges: Array<{ node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } };

type ExportImportHistory_Article_Fragment = { history: { totalCount: number, edges: Array<{ node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } };

type ExportImportHistory_Event_Fragment = { history: { totalCount: number, edges: Array<{ node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } };

export type ExportImportHistoryFragment =
  | ExportImportHistory_Actor_Fragment
  | ExportImportHistory_Article_Fragment
  | ExportImportHistory_Event_Fragment
;

export type RestartCreateWitnessMutationVariables = Exact<{ [key: string]: never; }>;


export type RestartCreateWitnessMutation = { createActor: { actor: { id: string } } };

export type RestartWitnessAndEventCountQueryVariables = Exact<{
  id: string;
}>;


export type RestartWitnessAndEventCountQuery = { node:
    | { name: string, aliases: Array<string> }
    | Record<PropertyKey, never>
   | null, events: { totalCount: number } };

export type UpdatedSinceListsQueryVariables = Exact<{
  since: string;
}>;


export type UpdatedSinceListsQuery = { events: { totalCount: number, edges: Array<{ node: { id: string } }> }, measures: { totalCount: number, edges: Array<{ node: { id: string } }> }, actors: { totalCount: number, edges: Array<{ node: { id: string } }> }, articles: { totalCount: number } };

export type UpdatedSinceTouchMutationVariables = Exact<{
  event: UpdateEventInput;
  measure: UpdateMeasureInput;
  actor: UpdateActorInput;
}>;


export type UpdatedSinceTouchMutation = { updateEvent: { event: { id: string } }, updateMeasure: { measure: { id: string } }, updateActor: { actor: { id: string } } };

export type EventFiltersTitlesQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
  orderBy?: EventOrder | null | undefined;
}>;


export type EventFiltersTitlesQuery = { events: { totalCount: number, edges: Array<{ node: { title: string } }> } };

export type EventWritesCreateMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type EventWritesCreateMutation = { createEvent: { event: { id: string, title: string, kind: EventKind, dateDisputed: boolean, location: string | null, description: string | null, date: { text: string, precision: DatePrecision, approximate: boolean } | null, dateClaims: Array<{ date: { text: string }, source: { quote: string, start: number, end: number, article: { id: string } } }>, participants: Array<{ role: ParticipantRole, actor: { name: string } }>, sources: Array<{ quote: string, start: number, end: number, article: { id: string } }> } } };

export type EventWritesFindExhibitionQueryVariables = Exact<{ [key: string]: never; }>;


export type EventWritesFindExhibitionQuery = { events: { edges: Array<{ node: { id: string } }> } };

export type EventWritesUpdateMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type EventWritesUpdateMutation = { updateEvent: { event: { title: string, kind: EventKind, location: string | null, dateDisputed: boolean, date: { text: string } | null, participants: Array<{ actor: { name: string } }> } } };

export type EventWritesAttachEvidenceMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type EventWritesAttachEvidenceMutation = { attachEvidence: { evidence: { quote: string, start: number, end: number }, subject:
      | { id: string }
      | { id: string }
      | { id: string, sources: Array<{ quote: string }> }
      | { id: string }
     } };

export type ChangesFeedQueryVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<RecordType> | RecordType | null | undefined;
  first?: number | null | undefined;
}>;


export type ChangesFeedQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { recordType: RecordType, recordId: string, record:
          | { name: string, version: number, id: string }
          | { id: string }
          | { title: string, version: number, id: string }
          | { id: string }
         | null, revision: { version: number, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } } }> } };

export type ChangesCreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type ChangesCreateActorMutation = { createActor: { actor: { id: string } } };

export type ChangesUpdateActorMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type ChangesUpdateActorMutation = { updateActor: { actor: { id: string } } };

export type ChangesUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type ChangesUpdateEventMutation = { updateEvent: { event: { id: string } } };

export type ChangesSummitQueryVariables = Exact<{
  id: string;
}>;


export type ChangesSummitQuery = { event: { title: string, location: string | null } | null };

export type ChangesAttachMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type ChangesAttachMutation = { attachEvidence: { evidence: { quote: string } } };

export type HistoryOfActorQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: HistoryOrder | null | undefined;
}>;


export type HistoryOfActorQuery = { actor: { version: number, history: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ node: { version: number, at: string, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } } | null };

export type HistoryOfEventQueryVariables = Exact<{
  id: string;
}>;


export type HistoryOfEventQuery = { event: { version: number, history: { edges: Array<{ node: { version: number, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } } | null };

export type HistoryOfMeasureQueryVariables = Exact<{
  id: string;
}>;


export type HistoryOfMeasureQuery = { measure: { version: number, history: { edges: Array<{ node: { version: number, by: string, comment: string | null, created: boolean, changes: Array<{ field: string, before: unknown, after: unknown, added: Array<unknown> | null }> } }> } } | null };

export type HistoryOfArticleQueryVariables = Exact<{
  id: string;
}>;


export type HistoryOfArticleQuery = { article: { version: number, body: string, history: { totalCount: number, edges: Array<{ node: { version: number, by: string, comment: string | null, created: boolean, changes: Array<{ field: string }> } }> } } | null };

export type HistoryOfActorsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type HistoryOfActorsQuery = { actors: { edges: Array<{ node: { id: string, history: { edges: Array<{ node: { version: number, by: string } }> } } }> } };

export type HistoryOfActorsListOnlyQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type HistoryOfActorsListOnlyQuery = { actors: { edges: Array<{ node: { id: string } }> } };

export type HistoryCreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type HistoryCreateActorMutation = { createActor: { actor: { id: string, version: number } } };

export type HistoryUpdateActorMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type HistoryUpdateActorMutation = { updateActor: { actor: { id: string, version: number } } };

export type HistoryCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type HistoryCreateEventMutation = { createEvent: { event: { id: string, version: number } } };

export type HistoryUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type HistoryUpdateEventMutation = { updateEvent: { event: { id: string, version: number } } };

export type HistoryUpdateMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type HistoryUpdateMeasureMutation = { updateMeasure: { measure: { id: string, version: number } } };

export type HistoryAttachMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type HistoryAttachMutation = { attachEvidence: { evidence: { quote: string, start: number, end: number } } };

export type HistoryIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type HistoryIngestMutation = { ingestArticle: { article: { id: string, version: number }, measures: Array<{ id: string, title: string, review: ReviewState, version: number }> } };

export type HistoryAcceptMutationVariables = Exact<{
  id: string;
  note?: string | null | undefined;
  measure?: MeasureChanges | null | undefined;
}>;


export type HistoryAcceptMutation = { acceptProposal: { record:
      | { id: string, version: number }
      | Record<PropertyKey, never>
     } };

export type RandomWritesStartQueryVariables = Exact<{ [key: string]: never; }>;


export type RandomWritesStartQuery = { articles: { edges: Array<{ node: { id: string, body: string } }> }, actors: { edges: Array<{ node: { id: string, kind: ActorKind } }> }, events: { edges: Array<{ node: { id: string } }> }, measures: { edges: Array<{ node: { id: string } }> } };

export type RandomWritesCreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type RandomWritesCreateActorMutation = { createActor: { actor: { id: string } } };

export type RandomWritesUpdateActorMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type RandomWritesUpdateActorMutation = { updateActor: { actor: { id: string } } };

export type RandomWritesCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type RandomWritesCreateEventMutation = { createEvent: { event: { id: string } } };

export type RandomWritesUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type RandomWritesUpdateEventMutation = { updateEvent: { event: { id: string } } };

export type RandomWritesCreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type RandomWritesCreateMeasureMutation = { createMeasure: { measure: { id: string } } };

export type RandomWritesUpdateMeasureMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type RandomWritesUpdateMeasureMutation = { updateMeasure: { measure: { id: string } } };

export type RandomWritesAttachMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type RandomWritesAttachMutation = { attachEvidence: { evidence: { start: number } } };

export type RandomWritesRetractMutationVariables = Exact<{
  input: RetractRecordInput;
}>;


export type RandomWritesRetractMutation = { retractRecord: { referenceCount: number } };

export type RandomWritesRestoreMutationVariables = Exact<{
  input: RestoreRecordInput;
}>;


export type RandomWritesRestoreMutation = { restoreRecord: { referenceCount: number } };

export type RandomWritesMergeActorsMutationVariables = Exact<{
  input: MergeActorsInput;
}>;


export type RandomWritesMergeActorsMutation = { mergeActors: { movedReferences: number } };

export type RandomWritesMergeEventsMutationVariables = Exact<{
  input: MergeEventsInput;
}>;


export type RandomWritesMergeEventsMutation = { mergeEvents: { movedReferences: number } };

export type RandomWritesIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type RandomWritesIngestMutation = { ingestArticle: { created: boolean, events: Array<{ id: string }>, measures: Array<{ id: string }> } };

export type RandomWritesQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type RandomWritesQueueQuery = { reviewQueue: { edges: Array<{ node:
        | { id: string }
        | { id: string }
       }> } };

export type RandomWritesAcceptMutationVariables = Exact<{
  id: string;
}>;


export type RandomWritesAcceptMutation = { acceptProposal: { record:
      | { id: string }
      | { id: string }
     } };

export type RandomWritesRejectMutationVariables = Exact<{
  id: string;
}>;


export type RandomWritesRejectMutation = { rejectProposal: { record:
      | { id: string }
      | { id: string }
     } };

export type RandomWritesChangesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RandomWritesChangesQuery = { changes: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { recordId: string, revision: { version: number } } }> } };

export type IngestCliArticlesQueryVariables = Exact<{ [key: string]: never; }>;


export type IngestCliArticlesQuery = { articles: { edges: Array<{ node: { title: string, outlet: string | null, rawFormat: PageFormat, url: string | null, fetchedAt: string | null, language: string } }> } };

export type MentionsIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type MentionsIngestMutation = { ingestArticle: { article: { id: string, body: string, candidateNames: Array<string>, mentions: Array<{ text: string, start: number, end: number, kind: MentionKind | null, actor: { name: string } }>, named: Array<{ name: string }>, withDemonyms: Array<{ name: string }> } } };

export type MentionsArticlesOfQueryVariables = Exact<{
  id: string;
  demonyms: boolean;
}>;


export type MentionsArticlesOfQuery = { actor: { articles: { edges: Array<{ node: { id: string } }> } } | null, articles: { edges: Array<{ node: { id: string } }> } };

export type OutletsIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type OutletsIngestMutation = { ingestArticle: { article: { id: string, outlet: string | null, agency: string | null, syndicatedWith: Array<{ id: string }> } } };

export type OutletsCreatePublisherMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type OutletsCreatePublisherMutation = { createActor: { actor: { name: string, hosts: Array<string> } } };

export type PublicationDatesIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type PublicationDatesIngestMutation = { ingestArticle: { article: { publishedAtSource: DateSource, publishedAtNote: string | null, flags: Array<ArticleFlag>, publishedAt: { text: string, precision: DatePrecision } | null, pageHeaderDate: { text: string } | null } } };

export type ReadingPagesIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type ReadingPagesIngestMutation = { ingestArticle: { created: boolean, article: { title: string, body: string, authors: Array<string>, outlet: string | null, agency: string | null, language: string, flags: Array<ArticleFlag>, publishedAtSource: DateSource, fetchedAt: string | null, rawFormat: PageFormat, rawText: string, candidateNames: Array<string>, publishedAt: { text: string } | null, removedLines: Array<{ text: string, kind: string, reason: string }>, mentions: Array<{ text: string, kind: MentionKind | null, actor: { name: string } }> } } };

export type ClientBudgetsCheapEventQueryVariables = Exact<{
  id: string;
}>;


export type ClientBudgetsCheapEventQuery = { event: { title: string } | null };

export type ClientBudgetsCostlyEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type ClientBudgetsCostlyEventsQuery = { events: { edges: Array<{ node: { id: string, title: string, kind: EventKind, participants: Array<{ role: ParticipantRole, actor: { name: string } }>, sources: Array<{ quote: string }> } }> } };

export type ClientBudgetsCheapActorQueryVariables = Exact<{
  id: string;
}>;


export type ClientBudgetsCheapActorQuery = { actor: { name: string } | null };

export type HostileOperationsCheapEventQueryVariables = Exact<{
  id: string;
}>;


export type HostileOperationsCheapEventQuery = { event: { title: string } | null };

export type MeasureFiltersIdsQueryVariables = Exact<{
  filter?: MeasureFilter | null | undefined;
  orderBy?: MeasureOrder | null | undefined;
}>;


export type MeasureFiltersIdsQuery = { measures: { totalCount: number, edges: Array<{ node: { id: string, title: string } }> } };

export type MeasureFiltersResponsesQueryVariables = Exact<{
  id: string;
}>;


export type MeasureFiltersResponsesQuery = { event: { responses: { totalCount: number, edges: Array<{ node: { title: string, respondsTo: Array<{ title: string }> } }> } } | null };

export type MeasureWritesCreateMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type MeasureWritesCreateMutation = { createMeasure: { measure: { id: string, title: string, kind: MeasureKind, status: MeasureStatus, legalBasis: Array<string>, details: string | null, date: { text: string, precision: DatePrecision } | null, issuers: Array<{ name: string }>, targets: Array<{ name: string }>, respondsTo: Array<{ title: string }>, sources: Array<{ quote: string }> } } };

export type MeasureWritesJapanWarningsQueryVariables = Exact<{
  japan: string;
}>;


export type MeasureWritesJapanWarningsQuery = { measures: { edges: Array<{ node: { id: string } }> } };

export type MeasureWritesUpdateMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type MeasureWritesUpdateMutation = { updateMeasure: { measure: { title: string, status: MeasureStatus, date: { text: string } | null, issuers: Array<{ name: string }> } } };

export type StatusHistoryCreateMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type StatusHistoryCreateMutation = { createMeasure: { measure: { id: string } } };

export type StatusHistoryUpdateMutationVariables = Exact<{
  input: UpdateMeasureInput;
}>;


export type StatusHistoryUpdateMutation = { updateMeasure: { measure: { version: number } } };

export type StatusHistoryCourseQueryVariables = Exact<{
  id: string;
}>;


export type StatusHistoryCourseQuery = { measure: { status: MeasureStatus, version: number, statusHistory: Array<{ status: MeasureStatus, date: { text: string } | null, source: { quote: string, article: { id: string } } | null }>, end: { kind: MeasureEndKind, date: { text: string } | null, source: { quote: string } | null } | null } | null };

export type MergeCreateActorMutationVariables = Exact<{
  input: CreateActorInput;
}>;


export type MergeCreateActorMutation = { createActor: { actor: { id: string } } };

export type MergeCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type MergeCreateEventMutation = { createEvent: { event: { id: string } } };

export type MergeCreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type MergeCreateMeasureMutation = { createMeasure: { measure: { id: string } } };

export type MergeIngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type MergeIngestMutation = { ingestArticle: { article: { id: string, mentions: Array<{ text: string, actor: { id: string } }> } } };

export type MergeActorsMutationVariables = Exact<{
  input: MergeActorsInput;
}>;


export type MergeActorsMutation = { mergeActors: { movedReferences: number, actor: { id: string, name: string, aliases: Array<string>, mergedFrom: Array<string> } } };

export type MergeEventsMutationVariables = Exact<{
  input: MergeEventsInput;
}>;


export type MergeEventsMutation = { mergeEvents: { movedReferences: number, event: { id: string, mergedFrom: Array<string>, sources: Array<{ quote: string }>, dateClaims: Array<{ date: { text: string } }>, participants: Array<{ role: ParticipantRole, actor: { id: string } }> } } };

export type MergeAfterActorsQueryVariables = Exact<{
  merged: string;
  event: string;
  measure: string;
  article: string;
}>;


export type MergeAfterActorsQuery = { node:
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, event: { participants: Array<{ role: ParticipantRole, actor: { id: string } }> } | null, measure: { issuers: Array<{ id: string }>, targets: Array<{ id: string }> } | null, article: { mentions: Array<{ text: string, actor: { id: string } }> } | null, actors: { edges: Array<{ node: { id: string } }> } };

export type MergeAfterEventsQueryVariables = Exact<{
  merged: string;
  measure: string;
}>;


export type MergeAfterEventsQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, measure: { respondsTo: Array<{ id: string }> } | null, events: { totalCount: number } };

export type MergeIngestCodedMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type MergeIngestCodedMutation = { ingestArticle: { events: Array<{ id: string, kind: EventKind }>, measures: Array<{ id: string, responses: Array<{ event: { id: string } | null, source: { quote: string } | null }> }> } };

export type MergeResponsesQueryVariables = Exact<{
  measure: string;
}>;


export type MergeResponsesQuery = { measure: { respondsTo: Array<{ id: string }>, responses: Array<{ event: { id: string } | null, source: { quote: string } | null }> } | null };

export type MergeActorVersionsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MergeActorVersionsQuery = { nodes: Array<
    | { version: number, aliases: Array<string>, mergedFrom: Array<string>, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type NodeLookupNodesQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NodeLookupNodesQuery = { nodes: Array<
    | { __typename: 'Actor', name: string, id: string }
    | { __typename: 'Article', outlet: string | null, id: string }
    | { __typename: 'Event', kind: EventKind, id: string }
    | { __typename: 'Measure', status: MeasureStatus, id: string }
   | null> };

export type NodeLookupNodeAndEventQueryVariables = Exact<{
  id: string;
}>;


export type NodeLookupNodeAndEventQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, event: { id: string } | null };

export type NodeLookupNotAnIdQueryVariables = Exact<{ [key: string]: never; }>;


export type NodeLookupNotAnIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type NodeLookupActorQueryVariables = Exact<{
  id: string;
}>;


export type NodeLookupActorQuery = { actor: { id: string } | null };

export type CursorsEventsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: EventOrder | null | undefined;
}>;


export type CursorsEventsPageQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, title: string } }> } };

export type CursorsTimelinePageQueryVariables = Exact<{
  ids: Array<string> | string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CursorsTimelinePageQuery = { timeline: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { __typename: 'Event', title: string }
        | { __typename: 'Measure', title: string }
       }> } };

export type RelationPagesEventsFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> };

export type RelationPagesMeasuresFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> };

export type RelationPagesArticlesFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> };

export type RelationPagesActorsWithRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type RelationPagesActorsWithRelationsQuery = { actors: { edges: Array<{ node: { id: string, events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> }, measuresTargeting: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> }, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } } }> } };

export type RelationPagesAloneQueryVariables = Exact<{
  id: string;
}>;


export type RelationPagesAloneQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> }, measures: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> }, articles: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } };

export type RelationPagesActorEventsQueryVariables = Exact<{
  id: string;
}>;


export type RelationPagesActorEventsQuery = { actor: { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } } | null };

export type RelationPagesStateEventsAfterQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RelationPagesStateEventsAfterQuery = { actors: { edges: Array<{ node: { id: string, events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } } }> } };

export type RelationPagesEventsAfterQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type RelationPagesEventsAfterQuery = { events: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string } }> } };

export type RoundTripsCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type RoundTripsCreateEventMutation = { createEvent: { event: { id: string } } };

export type RoundTripsEventsWithRelationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RoundTripsEventsWithRelationsQuery = { events: { edges: Array<{ node: { title: string, participants: Array<{ role: ParticipantRole, actor: { name: string, kind: ActorKind } }>, sources: Array<{ quote: string, article: { title: string, outlet: string | null } }> } }> } };

export type RoundTripsCountedEventsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoundTripsCountedEventsQuery = { events: { totalCount: number, edges: Array<{ node: { title: string } }> } };

export type RoundTripsActorsWithRelationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RoundTripsActorsWithRelationsQuery = { actors: { edges: Array<{ node: { name: string, events: { totalCount: number, edges: Array<{ node: { title: string, participants: Array<{ actor: { name: string } }> } }> }, measuresIssued: { edges: Array<{ node: { title: string } }> } } }> } };

export type PlaygroundTimelineHeadQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type PlaygroundTimelineHeadQuery = { timeline: { totalCount: number, edges: Array<{ node:
        | { title: string }
        | Record<PropertyKey, never>
       }> } };

export type ProductionSettingsEventAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ProductionSettingsEventAddedSubscription = { eventAdded: { cursor: string } };

export type RetractionRetractMutationVariables = Exact<{
  input: RetractRecordInput;
}>;


export type RetractionRetractMutation = { retractRecord: { referenceCount: number, record:
      | { version: number, id: string, retraction: { reason: string, by: string } | null }
      | { id: string }
      | { version: number, id: string, retraction: { reason: string, by: string } | null }
      | { id: string }
    , referencedBy: Array<
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    > } };

export type RetractionRestoreMutationVariables = Exact<{
  input: RestoreRecordInput;
}>;


export type RetractionRestoreMutation = { restoreRecord: { referenceCount: number, record:
      | { id: string }
      | { id: string }
      | { version: number, id: string, retraction: { reason: string } | null }
      | { id: string }
     } };

export type RetractionEventReadsQueryVariables = Exact<{
  id: string;
  actor: string;
}>;


export type RetractionEventReadsQuery = { node:
    | { title: string, version: number, retraction: { reason: string, by: string } | null }
    | Record<PropertyKey, never>
   | null, listed: { totalCount: number, edges: Array<{ node: { id: string } }> }, withRetracted: { totalCount: number, edges: Array<{ node: { id: string, retraction: { reason: string } | null } }> }, actor: { events: { edges: Array<{ node: { id: string } }> } } | null };

export type RetractionActorReadsQueryVariables = Exact<{
  id: string;
}>;


export type RetractionActorReadsQuery = { node:
    | { name: string, retraction: { reason: string } | null }
    | Record<PropertyKey, never>
   | null, actors: { totalCount: number }, withRetracted: { totalCount: number } };

export type RetractionCountsQueryVariables = Exact<{
  id: string;
}>;


export type RetractionCountsQuery = { events: { totalCount: number }, measures: { totalCount: number }, actors: { totalCount: number }, node:
    | { statusHistory: Array<{ status: MeasureStatus }>, end: { kind: MeasureEndKind } | null, retraction: { reason: string } | null }
    | Record<PropertyKey, never>
   | null };

export type SeedQuestionsSouthKoreaMeasuresQueryVariables = Exact<{
  sk: string;
}>;


export type SeedQuestionsSouthKoreaMeasuresQuery = { measures: { totalCount: number, edges: Array<{ node: { title: string, kind: MeasureKind, status: MeasureStatus, date: { text: string } | null, targets: Array<{ name: string }>, sources: Array<{ quote: string, article: { id: string } }> } }> } };

export type SeedQuestionsKimEventsQueryVariables = Exact<{
  kim: string;
}>;


export type SeedQuestionsKimEventsQuery = { actor: { name: string, aliases: Array<string>, events: { totalCount: number, edges: Array<{ node: { title: string, date: { text: string, precision: DatePrecision } | null, participants: Array<{ role: ParticipantRole, actor: { name: string } }> } }> } } | null };

export type SeedQuestionsShoiguQueryVariables = Exact<{
  shoigu: string;
}>;


export type SeedQuestionsShoiguQuery = { actor: { articles: { totalCount: number, edges: Array<{ node: { id: string, outlet: string | null, publishedAt: { text: string } | null } }> }, events: { edges: Array<{ node: { title: string, dateDisputed: boolean, date: { text: string, precision: DatePrecision } | null, dateClaims: Array<{ date: { text: string, precision: DatePrecision }, source: { quote: string, article: { id: string, outlet: string | null } } }> } }> } } | null };

export type SeedingCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedingCountsQuery = { articles: { totalCount: number }, actors: { totalCount: number }, events: { totalCount: number }, measures: { totalCount: number } };

export type SeedingCreateBystanderMutationVariables = Exact<{ [key: string]: never; }>;


export type SeedingCreateBystanderMutation = { createActor: { actor: { id: string, name: string } } };

export type SeedingActorNameQueryVariables = Exact<{
  id: string;
}>;


export type SeedingActorNameQuery = { node:
    | { name: string }
    | Record<PropertyKey, never>
   | null };

export type SeedingActorDescriptionQueryVariables = Exact<{
  id: string;
}>;


export type SeedingActorDescriptionQuery = { node:
    | { description: string | null, version: number }
    | Record<PropertyKey, never>
   | null };

export type SeedingUpdateDescriptionMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type SeedingUpdateDescriptionMutation = { updateActor: { actor: { description: string | null, version: number } } };

export type SeedingActorNamesQueryVariables = Exact<{
  id: string;
}>;


export type SeedingActorNamesQuery = { node:
    | { name: string, aliases: Array<string>, metonyms: Array<string>, demonyms: Array<string>, hosts: Array<string>, version: number }
    | Record<PropertyKey, never>
   | null };

export type SeedingCreateNamedMutationVariables = Exact<{ [key: string]: never; }>;


export type SeedingCreateNamedMutation = { createActor: { actor: { id: string } } };

export type FilterParityEventIdsQueryVariables = Exact<{
  filter?: EventFilter | null | undefined;
}>;


export type FilterParityEventIdsQuery = { events: { edges: Array<{ node: { id: string } }> } };

export type InvalidInputCreateEventMutationVariables = Exact<{
  input: CreateEventInput;
}>;


export type InvalidInputCreateEventMutation = { createEvent: { event: { id: string } } };

export type InvalidInputUpdateEventMutationVariables = Exact<{
  input: UpdateEventInput;
}>;


export type InvalidInputUpdateEventMutation = { updateEvent: { event: { id: string } } };

export type InvalidInputCreateMeasureMutationVariables = Exact<{
  input: CreateMeasureInput;
}>;


export type InvalidInputCreateMeasureMutation = { createMeasure: { measure: { id: string } } };

export type InvalidInputUpdateActorMutationVariables = Exact<{
  input: UpdateActorInput;
}>;


export type InvalidInputUpdateActorMutation = { updateActor: { actor: { id: string } } };

export type InvalidInputAttachEvidenceMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type InvalidInputAttachEvidenceMutation = { attachEvidence: { evidence: { quote: string } } };

export type InvalidInputEventsInRangeQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type InvalidInputEventsInRangeQuery = { events: { totalCount: number } };

export type InvalidInputEventQueryVariables = Exact<{
  id: string;
}>;


export type InvalidInputEventQuery = { event: { id: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActorWritesFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActorWritesFields on Actor {
  name
  kind
  aliases
  description
  affiliation {
    name
  }
  roles {
    title
    organization {
      name
    }
    sources {
      quote
    }
  }
  sources {
    quote
    article {
      id
    }
  }
}
    `, {"fragmentName":"ActorWritesFields"}) as unknown as TypedDocumentString<ActorWritesFieldsFragment, unknown>;
export const ActorWritesNamesFragmentDoc = new TypedDocumentString(`
    fragment ActorWritesNames on Actor {
  name
  aliases
  metonyms
  demonyms
  hosts
  version
}
    `, {"fragmentName":"ActorWritesNames"}) as unknown as TypedDocumentString<ActorWritesNamesFragment, unknown>;
export const ExportImportHistoryFragmentDoc = new TypedDocumentString(`
    fragment ExportImportHistory on Node {
  ... on Event {
    history {
      totalCount
      edges {
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
  }
  ... on Actor {
    history {
      totalCount
      edges {
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
  }
  ... on Article {
    history {
      totalCount
      edges {
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
  }
}
    `, {"fragmentName":"ExportImportHistory"}) as unknown as TypedDocumentString<ExportImportHistoryFragment, unknown>;
export const RelationPagesEventsFragmentDoc = new TypedDocumentString(`
    fragment RelationPagesEvents on EventConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}
    `, {"fragmentName":"RelationPagesEvents"}) as unknown as TypedDocumentString<RelationPagesEventsFragment, unknown>;
export const RelationPagesMeasuresFragmentDoc = new TypedDocumentString(`
    fragment RelationPagesMeasures on MeasureConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}
    `, {"fragmentName":"RelationPagesMeasures"}) as unknown as TypedDocumentString<RelationPagesMeasuresFragment, unknown>;
export const RelationPagesArticlesFragmentDoc = new TypedDocumentString(`
    fragment RelationPagesArticles on ArticleConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}
    `, {"fragmentName":"RelationPagesArticles"}) as unknown as TypedDocumentString<RelationPagesArticlesFragment, unknown>;
export const ActorNamesDocument = new TypedDocumentString(`
    query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {
  actors(filter: $filter, orderBy: $orderBy, first: 100) {
    totalCount
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorNamesQuery, ActorNamesQueryVariables>;
export const ActorWithRolesAndCountsDocument = new TypedDocumentString(`
    query ActorWithRolesAndCounts($id: ID!) {
  actor(id: $id) {
    name
    kind
    affiliation {
      name
    }
    roles {
      title
      organization {
        name
      }
      sources {
        quote
        article {
          outlet
        }
      }
    }
    measuresIssued {
      totalCount
    }
    measuresTargeting {
      totalCount
    }
    articles {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ActorWithRolesAndCountsQuery, ActorWithRolesAndCountsQueryVariables>;
export const ActorMeasureCountsDocument = new TypedDocumentString(`
    query ActorMeasureCounts($id: ID!) {
  actor(id: $id) {
    measuresTargeting {
      totalCount
    }
    measuresIssued {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ActorMeasureCountsQuery, ActorMeasureCountsQueryVariables>;
export const ActorTimelineDocument = new TypedDocumentString(`
    query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {
  timeline(actorIds: $ids, date: $date, first: 100) {
    totalCount
    edges {
      node {
        __typename
        ... on Event {
          title
          date {
            text
          }
        }
        ... on Measure {
          title
          date {
            text
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorTimelineQuery, ActorTimelineQueryVariables>;
export const ActorWritesCreateDocument = new TypedDocumentString(`
    mutation ActorWritesCreate($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
      ...ActorWritesFields
    }
  }
}
    fragment ActorWritesFields on Actor {
  name
  kind
  aliases
  description
  affiliation {
    name
  }
  roles {
    title
    organization {
      name
    }
    sources {
      quote
    }
  }
  sources {
    quote
    article {
      id
    }
  }
}`) as unknown as TypedDocumentString<ActorWritesCreateMutation, ActorWritesCreateMutationVariables>;
export const ActorWritesFindTaeYongDocument = new TypedDocumentString(`
    query ActorWritesFindTaeYong {
  actors(filter: {search: "tae yong"}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorWritesFindTaeYongQuery, ActorWritesFindTaeYongQueryVariables>;
export const ActorWritesUpdateDocument = new TypedDocumentString(`
    mutation ActorWritesUpdate($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      ...ActorWritesFields
    }
  }
}
    fragment ActorWritesFields on Actor {
  name
  kind
  aliases
  description
  affiliation {
    name
  }
  roles {
    title
    organization {
      name
    }
    sources {
      quote
    }
  }
  sources {
    quote
    article {
      id
    }
  }
}`) as unknown as TypedDocumentString<ActorWritesUpdateMutation, ActorWritesUpdateMutationVariables>;
export const ActorWritesCreateNamedDocument = new TypedDocumentString(`
    mutation ActorWritesCreateNamed($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
      ...ActorWritesNames
    }
  }
}
    fragment ActorWritesNames on Actor {
  name
  aliases
  metonyms
  demonyms
  hosts
  version
}`) as unknown as TypedDocumentString<ActorWritesCreateNamedMutation, ActorWritesCreateNamedMutationVariables>;
export const ActorWritesUpdateNamedDocument = new TypedDocumentString(`
    mutation ActorWritesUpdateNamed($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      ...ActorWritesNames
    }
  }
}
    fragment ActorWritesNames on Actor {
  name
  aliases
  metonyms
  demonyms
  hosts
  version
}`) as unknown as TypedDocumentString<ActorWritesUpdateNamedMutation, ActorWritesUpdateNamedMutationVariables>;
export const ActorWritesReadNamedDocument = new TypedDocumentString(`
    query ActorWritesReadNamed($id: ID!) {
  actor(id: $id) {
    ...ActorWritesNames
  }
}
    fragment ActorWritesNames on Actor {
  name
  aliases
  metonyms
  demonyms
  hosts
  version
}`) as unknown as TypedDocumentString<ActorWritesReadNamedQuery, ActorWritesReadNamedQueryVariables>;
export const ActorWritesSearchNamesDocument = new TypedDocumentString(`
    query ActorWritesSearchNames($search: String!, $orderBy: ActorOrder) {
  actors(filter: {search: $search}, orderBy: $orderBy, first: 100) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ActorWritesSearchNamesQuery, ActorWritesSearchNamesQueryVariables>;
export const ArticleQueriesIdsDocument = new TypedDocumentString(`
    query ArticleQueriesIds($filter: ArticleFilter, $orderBy: ArticleOrder) {
  articles(filter: $filter, orderBy: $orderBy) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleQueriesIdsQuery, ArticleQueriesIdsQueryVariables>;
export const ArticleQueriesDatesDocument = new TypedDocumentString(`
    query ArticleQueriesDates($id: ID!) {
  article(id: $id) {
    title
    outlet
    agency
    language
    publishedAt {
      text
      precision
    }
    publishedAtSource
    pageHeaderDate {
      text
    }
    contentHash
    events {
      totalCount
    }
    measures {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleQueriesDatesQuery, ArticleQueriesDatesQueryVariables>;
export const ArticleQueriesMentionsDocument = new TypedDocumentString(`
    query ArticleQueriesMentions($id: ID!) {
  article(id: $id) {
    body
    mentions {
      text
      start
      end
      actor {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ArticleQueriesMentionsQuery, ArticleQueriesMentionsQueryVariables>;
export const ApiKeysCreateOrganizationDocument = new TypedDocumentString(`
    mutation ApiKeysCreateOrganization($name: String!) {
  createActor(input: {name: $name, kind: ORGANIZATION}) {
    actor {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysCreateOrganizationMutation, ApiKeysCreateOrganizationMutationVariables>;
export const ApiKeysActorCountDocument = new TypedDocumentString(`
    query ApiKeysActorCount {
  actors(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiKeysActorCountQuery, ApiKeysActorCountQueryVariables>;
export const ApiKeysReaderOrgCountDocument = new TypedDocumentString(`
    query ApiKeysReaderOrgCount {
  actors(filter: {search: "Reader Org"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApiKeysReaderOrgCountQuery, ApiKeysReaderOrgCountQueryVariables>;
export const ProposalsCreateActorDocument = new TypedDocumentString(`
    mutation ProposalsCreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsCreateActorMutation, ProposalsCreateActorMutationVariables>;
export const ProposalsCreateEventDocument = new TypedDocumentString(`
    mutation ProposalsCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsCreateEventMutation, ProposalsCreateEventMutationVariables>;
export const ProposalsIngestDocument = new TypedDocumentString(`
    mutation ProposalsIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
      body
    }
    events {
      id
      title
      kind
      review
      date {
        text
      }
      participants {
        role
        actor {
          name
        }
      }
      coding {
        confidence
        mode
        ploverType
        coderVersion
      }
      sources {
        quote
        start
        end
        article {
          id
        }
      }
      dateClaims {
        date {
          text
        }
      }
    }
    measures {
      id
      title
      kind
      status
      review
      date {
        text
      }
      issuers {
        name
      }
      targets {
        name
      }
      coding {
        confidence
        mode
        ploverType
      }
      sources {
        quote
        start
        end
        article {
          id
        }
      }
      responses {
        event {
          id
        }
        source {
          quote
          start
          end
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsIngestMutation, ProposalsIngestMutationVariables>;
export const ProposalsListsDocument = new TypedDocumentString(`
    query ProposalsLists($search: String!) {
  events(filter: {search: $search}) {
    totalCount
  }
  proposedEvents: events(filter: {search: $search, review: [PROPOSED]}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  proposedMeasures: measures(filter: {review: [PROPOSED]}) {
    edges {
      node {
        id
      }
    }
  }
  rejectedMeasures: measures(filter: {review: [REJECTED]}) {
    edges {
      node {
        id
        reviewNote
      }
    }
  }
  reviewQueue {
    totalCount
    edges {
      node {
        __typename
        ... on Event {
          id
          coding {
            confidence
          }
        }
        ... on Measure {
          id
          coding {
            confidence
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsListsQuery, ProposalsListsQueryVariables>;
export const ProposalsAcceptDocument = new TypedDocumentString(`
    mutation ProposalsAccept($id: ID!, $note: String, $event: EventChanges, $measure: MeasureChanges) {
  acceptProposal(id: $id, note: $note, event: $event, measure: $measure) {
    record {
      ... on Event {
        id
        title
        review
        reviewNote
        version
      }
      ... on Measure {
        id
        review
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsAcceptMutation, ProposalsAcceptMutationVariables>;
export const ProposalsRejectDocument = new TypedDocumentString(`
    mutation ProposalsReject($id: ID!, $reason: String!) {
  rejectProposal(id: $id, reason: $reason) {
    record {
      ... on Measure {
        id
        review
        reviewNote
        version
      }
      ... on Event {
        id
        review
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsRejectMutation, ProposalsRejectMutationVariables>;
export const ProposalsCodeDocument = new TypedDocumentString(`
    mutation ProposalsCode($articleId: ID!) {
  codeArticle(articleId: $articleId) {
    proposed
    merged
    alreadyCoded
    events {
      id
    }
    measures {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsCodeMutation, ProposalsCodeMutationVariables>;
export const ProposalsEventVersionDocument = new TypedDocumentString(`
    query ProposalsEventVersion($id: ID!) {
  node(id: $id) {
    ... on Event {
      version
      review
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ProposalsEventVersionQuery, ProposalsEventVersionQueryVariables>;
export const AmendmentsAttachDocument = new TypedDocumentString(`
    mutation AmendmentsAttach($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      start
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsAttachMutation, AmendmentsAttachMutationVariables>;
export const AmendmentsSourcesDocument = new TypedDocumentString(`
    query AmendmentsSources($event: ID!, $measure: ID!) {
  event: node(id: $event) {
    ... on Event {
      version
      sources {
        quote
        start
        end
      }
    }
  }
  measure: node(id: $measure) {
    ... on Measure {
      version
      sources {
        quote
        start
        end
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsSourcesQuery, AmendmentsSourcesQueryVariables>;
export const AmendmentsCreateActorDocument = new TypedDocumentString(`
    mutation AmendmentsCreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsCreateActorMutation, AmendmentsCreateActorMutationVariables>;
export const AmendmentsIngestDocument = new TypedDocumentString(`
    mutation AmendmentsIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
    }
    events {
      id
      version
      sources {
        quote
      }
    }
    measures {
      id
      version
      sources {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsIngestMutation, AmendmentsIngestMutationVariables>;
export const AmendmentsChangesDocument = new TypedDocumentString(`
    query AmendmentsChanges($after: String) {
  changes(after: $after, first: 100) {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        recordType
        recordId
        revision {
          version
          changes {
            field
            added
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsChangesQuery, AmendmentsChangesQueryVariables>;
export const AmendmentsCodedDocument = new TypedDocumentString(`
    query AmendmentsCoded($event: ID!, $measure: ID!) {
  event: node(id: $event) {
    ... on Event {
      version
      sources {
        quote
      }
    }
  }
  measure: node(id: $measure) {
    ... on Measure {
      version
      sources {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AmendmentsCodedQuery, AmendmentsCodedQueryVariables>;
export const CheckpointCreateActorDocument = new TypedDocumentString(`
    mutation CheckpointCreateActor($name: String!) {
  createActor(input: {name: $name, kind: PERSON}) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CheckpointCreateActorMutation, CheckpointCreateActorMutationVariables>;
export const CheckpointActorAndCountsDocument = new TypedDocumentString(`
    query CheckpointActorAndCounts($id: ID!) {
  node(id: $id) {
    ... on Actor {
      name
    }
  }
  actors {
    totalCount
  }
  events {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<CheckpointActorAndCountsQuery, CheckpointActorAndCountsQueryVariables>;
export const ExpectedVersionReadDocument = new TypedDocumentString(`
    query ExpectedVersionRead($event: ID!, $measure: ID!, $actor: ID!) {
  event(id: $event) {
    version
    description
  }
  measure(id: $measure) {
    version
    details
  }
  actor(id: $actor) {
    version
    description
  }
}
    `) as unknown as TypedDocumentString<ExpectedVersionReadQuery, ExpectedVersionReadQueryVariables>;
export const ExpectedVersionEventDocument = new TypedDocumentString(`
    mutation ExpectedVersionEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      version
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ExpectedVersionEventMutation, ExpectedVersionEventMutationVariables>;
export const ExpectedVersionMeasureDocument = new TypedDocumentString(`
    mutation ExpectedVersionMeasure($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    measure {
      version
      details
    }
  }
}
    `) as unknown as TypedDocumentString<ExpectedVersionMeasureMutation, ExpectedVersionMeasureMutationVariables>;
export const ExpectedVersionActorDocument = new TypedDocumentString(`
    mutation ExpectedVersionActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      version
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ExpectedVersionActorMutation, ExpectedVersionActorMutationVariables>;
export const ExportImportCreateActorDocument = new TypedDocumentString(`
    mutation ExportImportCreateActor {
  createActor(
    input: {name: "Export Witness", kind: PERSON, aliases: ["E. Witness"]}
  ) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExportImportCreateActorMutation, ExportImportCreateActorMutationVariables>;
export const ExportImportCreateEventDocument = new TypedDocumentString(`
    mutation ExportImportCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExportImportCreateEventMutation, ExportImportCreateEventMutationVariables>;
export const ExportImportAttachDocument = new TypedDocumentString(`
    mutation ExportImportAttach($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      quote
    }
  }
}
    `) as unknown as TypedDocumentString<ExportImportAttachMutation, ExportImportAttachMutationVariables>;
export const ExportImportIngestDocument = new TypedDocumentString(`
    mutation ExportImportIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ExportImportIngestMutation, ExportImportIngestMutationVariables>;
export const ExportImportStateDocument = new TypedDocumentString(`
    query ExportImportState($event: ID!, $actor: ID!, $article: ID!) {
  events {
    totalCount
  }
  actors {
    totalCount
  }
  measures {
    totalCount
  }
  articles {
    totalCount
  }
  changes(first: 100) {
    totalCount
    edges {
      cursor
      node {
        recordType
        recordId
        revision {
          version
          by
        }
      }
    }
  }
  event: node(id: $event) {
    ... on Event {
      title
      date {
        text
      }
      dateClaims {
        date {
          text
        }
      }
      participants {
        role
        actor {
          name
        }
      }
      sources {
        quote
        start
        end
        article {
          id
        }
      }
      version
      ...ExportImportHistory
    }
  }
  actor: node(id: $actor) {
    ... on Actor {
      name
      aliases
      ...ExportImportHistory
    }
  }
  article: node(id: $article) {
    ... on Article {
      title
      rawText
      ...ExportImportHistory
    }
  }
}
    fragment ExportImportHistory on Node {
  ... on Event {
    history {
      totalCount
      edges {
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
  }
  ... on Actor {
    history {
      totalCount
      edges {
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
  }
  ... on Article {
    history {
      totalCount
      edges {
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
  }
}`) as unknown as TypedDocumentString<ExportImportStateQuery, ExportImportStateQueryVariables>;
export const RestartCreateWitnessDocument = new TypedDocumentString(`
    mutation RestartCreateWitness {
  createActor(
    input: {name: "Restart Witness", kind: PERSON, aliases: ["R. Witness"]}
  ) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RestartCreateWitnessMutation, RestartCreateWitnessMutationVariables>;
export const RestartWitnessAndEventCountDocument = new TypedDocumentString(`
    query RestartWitnessAndEventCount($id: ID!) {
  node(id: $id) {
    ... on Actor {
      name
      aliases
    }
  }
  events {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RestartWitnessAndEventCountQuery, RestartWitnessAndEventCountQueryVariables>;
export const UpdatedSinceListsDocument = new TypedDocumentString(`
    query UpdatedSinceLists($since: DateTimeISO!) {
  events(filter: {updatedSince: $since}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  measures(filter: {updatedSince: $since}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  actors(filter: {updatedSince: $since}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  articles(filter: {updatedSince: $since}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UpdatedSinceListsQuery, UpdatedSinceListsQueryVariables>;
export const UpdatedSinceTouchDocument = new TypedDocumentString(`
    mutation UpdatedSinceTouch($event: UpdateEventInput!, $measure: UpdateMeasureInput!, $actor: UpdateActorInput!) {
  updateEvent(input: $event) {
    event {
      id
    }
  }
  updateMeasure(input: $measure) {
    measure {
      id
    }
  }
  updateActor(input: $actor) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatedSinceTouchMutation, UpdatedSinceTouchMutationVariables>;
export const EventFiltersTitlesDocument = new TypedDocumentString(`
    query EventFiltersTitles($filter: EventFilter, $orderBy: EventOrder) {
  events(filter: $filter, orderBy: $orderBy, first: 100) {
    totalCount
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventFiltersTitlesQuery, EventFiltersTitlesQueryVariables>;
export const EventWritesCreateDocument = new TypedDocumentString(`
    mutation EventWritesCreate($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
      title
      kind
      date {
        text
        precision
        approximate
      }
      dateDisputed
      dateClaims {
        date {
          text
        }
        source {
          quote
          start
          end
          article {
            id
          }
        }
      }
      location
      description
      participants {
        role
        actor {
          name
        }
      }
      sources {
        quote
        start
        end
        article {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventWritesCreateMutation, EventWritesCreateMutationVariables>;
export const EventWritesFindExhibitionDocument = new TypedDocumentString(`
    query EventWritesFindExhibition {
  events(
    filter: {date: {from: "2023-08-15", to: "2023-08-15"}, search: "Arms exhibition Pyongyang"}
    orderBy: TITLE_ASC
  ) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventWritesFindExhibitionQuery, EventWritesFindExhibitionQueryVariables>;
export const EventWritesUpdateDocument = new TypedDocumentString(`
    mutation EventWritesUpdate($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      title
      kind
      location
      date {
        text
      }
      dateDisputed
      participants {
        actor {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventWritesUpdateMutation, EventWritesUpdateMutationVariables>;
export const EventWritesAttachEvidenceDocument = new TypedDocumentString(`
    mutation EventWritesAttachEvidence($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      quote
      start
      end
    }
    subject {
      id
      ... on Event {
        sources {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventWritesAttachEvidenceMutation, EventWritesAttachEvidenceMutationVariables>;
export const ChangesFeedDocument = new TypedDocumentString(`
    query ChangesFeed($after: String, $types: [RecordType!], $first: Int) {
  changes(after: $after, types: $types, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        recordType
        recordId
        record {
          id
          ... on Actor {
            name
            version
          }
          ... on Event {
            title
            version
          }
        }
        revision {
          version
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
    `) as unknown as TypedDocumentString<ChangesFeedQuery, ChangesFeedQueryVariables>;
export const ChangesCreateActorDocument = new TypedDocumentString(`
    mutation ChangesCreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesCreateActorMutation, ChangesCreateActorMutationVariables>;
export const ChangesUpdateActorDocument = new TypedDocumentString(`
    mutation ChangesUpdateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesUpdateActorMutation, ChangesUpdateActorMutationVariables>;
export const ChangesUpdateEventDocument = new TypedDocumentString(`
    mutation ChangesUpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesUpdateEventMutation, ChangesUpdateEventMutationVariables>;
export const ChangesSummitDocument = new TypedDocumentString(`
    query ChangesSummit($id: ID!) {
  event(id: $id) {
    title
    location
  }
}
    `) as unknown as TypedDocumentString<ChangesSummitQuery, ChangesSummitQueryVariables>;
export const ChangesAttachDocument = new TypedDocumentString(`
    mutation ChangesAttach($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      quote
    }
  }
}
    `) as unknown as TypedDocumentString<ChangesAttachMutation, ChangesAttachMutationVariables>;
export const HistoryOfActorDocument = new TypedDocumentString(`
    query HistoryOfActor($id: ID!, $first: Int, $after: String, $orderBy: HistoryOrder) {
  actor(id: $id) {
    version
    history(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
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
  }
}
    `) as unknown as TypedDocumentString<HistoryOfActorQuery, HistoryOfActorQueryVariables>;
export const HistoryOfEventDocument = new TypedDocumentString(`
    query HistoryOfEvent($id: ID!) {
  event(id: $id) {
    version
    history {
      edges {
        node {
          version
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
    `) as unknown as TypedDocumentString<HistoryOfEventQuery, HistoryOfEventQueryVariables>;
export const HistoryOfMeasureDocument = new TypedDocumentString(`
    query HistoryOfMeasure($id: ID!) {
  measure(id: $id) {
    version
    history(orderBy: OLDEST_FIRST) {
      edges {
        node {
          version
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
    `) as unknown as TypedDocumentString<HistoryOfMeasureQuery, HistoryOfMeasureQueryVariables>;
export const HistoryOfArticleDocument = new TypedDocumentString(`
    query HistoryOfArticle($id: ID!) {
  article(id: $id) {
    version
    body
    history {
      totalCount
      edges {
        node {
          version
          by
          comment
          created
          changes {
            field
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryOfArticleQuery, HistoryOfArticleQueryVariables>;
export const HistoryOfActorsDocument = new TypedDocumentString(`
    query HistoryOfActors($first: Int) {
  actors(first: $first) {
    edges {
      node {
        id
        history(first: 1) {
          edges {
            node {
              version
              by
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryOfActorsQuery, HistoryOfActorsQueryVariables>;
export const HistoryOfActorsListOnlyDocument = new TypedDocumentString(`
    query HistoryOfActorsListOnly($first: Int) {
  actors(first: $first) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryOfActorsListOnlyQuery, HistoryOfActorsListOnlyQueryVariables>;
export const HistoryCreateActorDocument = new TypedDocumentString(`
    mutation HistoryCreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryCreateActorMutation, HistoryCreateActorMutationVariables>;
export const HistoryUpdateActorDocument = new TypedDocumentString(`
    mutation HistoryUpdateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryUpdateActorMutation, HistoryUpdateActorMutationVariables>;
export const HistoryCreateEventDocument = new TypedDocumentString(`
    mutation HistoryCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryCreateEventMutation, HistoryCreateEventMutationVariables>;
export const HistoryUpdateEventDocument = new TypedDocumentString(`
    mutation HistoryUpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryUpdateEventMutation, HistoryUpdateEventMutationVariables>;
export const HistoryUpdateMeasureDocument = new TypedDocumentString(`
    mutation HistoryUpdateMeasure($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    measure {
      id
      version
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryUpdateMeasureMutation, HistoryUpdateMeasureMutationVariables>;
export const HistoryAttachDocument = new TypedDocumentString(`
    mutation HistoryAttach($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      quote
      start
      end
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryAttachMutation, HistoryAttachMutationVariables>;
export const HistoryIngestDocument = new TypedDocumentString(`
    mutation HistoryIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
      version
    }
    measures {
      id
      title
      review
      version
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryIngestMutation, HistoryIngestMutationVariables>;
export const HistoryAcceptDocument = new TypedDocumentString(`
    mutation HistoryAccept($id: ID!, $note: String, $measure: MeasureChanges) {
  acceptProposal(id: $id, note: $note, measure: $measure) {
    record {
      ... on Measure {
        id
        version
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HistoryAcceptMutation, HistoryAcceptMutationVariables>;
export const RandomWritesStartDocument = new TypedDocumentString(`
    query RandomWritesStart {
  articles(first: 20) {
    edges {
      node {
        id
        body
      }
    }
  }
  actors(first: 100) {
    edges {
      node {
        id
        kind
      }
    }
  }
  events(first: 100) {
    edges {
      node {
        id
      }
    }
  }
  measures(first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesStartQuery, RandomWritesStartQueryVariables>;
export const RandomWritesCreateActorDocument = new TypedDocumentString(`
    mutation RandomWritesCreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesCreateActorMutation, RandomWritesCreateActorMutationVariables>;
export const RandomWritesUpdateActorDocument = new TypedDocumentString(`
    mutation RandomWritesUpdateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesUpdateActorMutation, RandomWritesUpdateActorMutationVariables>;
export const RandomWritesCreateEventDocument = new TypedDocumentString(`
    mutation RandomWritesCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesCreateEventMutation, RandomWritesCreateEventMutationVariables>;
export const RandomWritesUpdateEventDocument = new TypedDocumentString(`
    mutation RandomWritesUpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesUpdateEventMutation, RandomWritesUpdateEventMutationVariables>;
export const RandomWritesCreateMeasureDocument = new TypedDocumentString(`
    mutation RandomWritesCreateMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    measure {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesCreateMeasureMutation, RandomWritesCreateMeasureMutationVariables>;
export const RandomWritesUpdateMeasureDocument = new TypedDocumentString(`
    mutation RandomWritesUpdateMeasure($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    measure {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesUpdateMeasureMutation, RandomWritesUpdateMeasureMutationVariables>;
export const RandomWritesAttachDocument = new TypedDocumentString(`
    mutation RandomWritesAttach($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      start
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesAttachMutation, RandomWritesAttachMutationVariables>;
export const RandomWritesRetractDocument = new TypedDocumentString(`
    mutation RandomWritesRetract($input: RetractRecordInput!) {
  retractRecord(input: $input) {
    referenceCount
  }
}
    `) as unknown as TypedDocumentString<RandomWritesRetractMutation, RandomWritesRetractMutationVariables>;
export const RandomWritesRestoreDocument = new TypedDocumentString(`
    mutation RandomWritesRestore($input: RestoreRecordInput!) {
  restoreRecord(input: $input) {
    referenceCount
  }
}
    `) as unknown as TypedDocumentString<RandomWritesRestoreMutation, RandomWritesRestoreMutationVariables>;
export const RandomWritesMergeActorsDocument = new TypedDocumentString(`
    mutation RandomWritesMergeActors($input: MergeActorsInput!) {
  mergeActors(input: $input) {
    movedReferences
  }
}
    `) as unknown as TypedDocumentString<RandomWritesMergeActorsMutation, RandomWritesMergeActorsMutationVariables>;
export const RandomWritesMergeEventsDocument = new TypedDocumentString(`
    mutation RandomWritesMergeEvents($input: MergeEventsInput!) {
  mergeEvents(input: $input) {
    movedReferences
  }
}
    `) as unknown as TypedDocumentString<RandomWritesMergeEventsMutation, RandomWritesMergeEventsMutationVariables>;
export const RandomWritesIngestDocument = new TypedDocumentString(`
    mutation RandomWritesIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    events {
      id
    }
    measures {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesIngestMutation, RandomWritesIngestMutationVariables>;
export const RandomWritesQueueDocument = new TypedDocumentString(`
    query RandomWritesQueue {
  reviewQueue(first: 50) {
    edges {
      node {
        ... on Event {
          id
        }
        ... on Measure {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesQueueQuery, RandomWritesQueueQueryVariables>;
export const RandomWritesAcceptDocument = new TypedDocumentString(`
    mutation RandomWritesAccept($id: ID!) {
  acceptProposal(id: $id, note: "Checked against the source") {
    record {
      ... on Event {
        id
      }
      ... on Measure {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesAcceptMutation, RandomWritesAcceptMutationVariables>;
export const RandomWritesRejectDocument = new TypedDocumentString(`
    mutation RandomWritesReject($id: ID!) {
  rejectProposal(id: $id, reason: "Not a happening of its own") {
    record {
      ... on Event {
        id
      }
      ... on Measure {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesRejectMutation, RandomWritesRejectMutationVariables>;
export const RandomWritesChangesDocument = new TypedDocumentString(`
    query RandomWritesChanges($after: String) {
  changes(after: $after, first: 100) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        recordId
        revision {
          version
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RandomWritesChangesQuery, RandomWritesChangesQueryVariables>;
export const IngestCliArticlesDocument = new TypedDocumentString(`
    query IngestCliArticles {
  articles(first: 100, orderBy: TITLE_ASC) {
    edges {
      node {
        title
        outlet
        rawFormat
        url
        fetchedAt
        language
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IngestCliArticlesQuery, IngestCliArticlesQueryVariables>;
export const MentionsIngestDocument = new TypedDocumentString(`
    mutation MentionsIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
      body
      mentions {
        text
        start
        end
        kind
        actor {
          name
        }
      }
      named: actors {
        name
      }
      withDemonyms: actors(includeDemonyms: true) {
        name
      }
      candidateNames
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsIngestMutation, MentionsIngestMutationVariables>;
export const MentionsArticlesOfDocument = new TypedDocumentString(`
    query MentionsArticlesOf($id: ID!, $demonyms: Boolean!) {
  actor(id: $id) {
    articles(first: 100, includeDemonyms: $demonyms) {
      edges {
        node {
          id
        }
      }
    }
  }
  articles(first: 100, filter: {actorIds: [$id], includeDemonyms: $demonyms}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentionsArticlesOfQuery, MentionsArticlesOfQueryVariables>;
export const OutletsIngestDocument = new TypedDocumentString(`
    mutation OutletsIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
      outlet
      agency
      syndicatedWith {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OutletsIngestMutation, OutletsIngestMutationVariables>;
export const OutletsCreatePublisherDocument = new TypedDocumentString(`
    mutation OutletsCreatePublisher($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      name
      hosts
    }
  }
}
    `) as unknown as TypedDocumentString<OutletsCreatePublisherMutation, OutletsCreatePublisherMutationVariables>;
export const PublicationDatesIngestDocument = new TypedDocumentString(`
    mutation PublicationDatesIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      publishedAt {
        text
        precision
      }
      publishedAtSource
      publishedAtNote
      pageHeaderDate {
        text
      }
      flags
    }
  }
}
    `) as unknown as TypedDocumentString<PublicationDatesIngestMutation, PublicationDatesIngestMutationVariables>;
export const ReadingPagesIngestDocument = new TypedDocumentString(`
    mutation ReadingPagesIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    article {
      title
      body
      authors
      outlet
      agency
      language
      flags
      publishedAt {
        text
      }
      publishedAtSource
      fetchedAt
      rawFormat
      rawText
      removedLines {
        text
        kind
        reason
      }
      mentions {
        text
        kind
        actor {
          name
        }
      }
      candidateNames
    }
  }
}
    `) as unknown as TypedDocumentString<ReadingPagesIngestMutation, ReadingPagesIngestMutationVariables>;
export const ClientBudgetsCheapEventDocument = new TypedDocumentString(`
    query ClientBudgetsCheapEvent($id: ID!) {
  event(id: $id) {
    title
  }
}
    `) as unknown as TypedDocumentString<ClientBudgetsCheapEventQuery, ClientBudgetsCheapEventQueryVariables>;
export const ClientBudgetsCostlyEventsDocument = new TypedDocumentString(`
    query ClientBudgetsCostlyEvents {
  events {
    edges {
      node {
        id
        title
        kind
        participants {
          role
          actor {
            name
          }
        }
        sources {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClientBudgetsCostlyEventsQuery, ClientBudgetsCostlyEventsQueryVariables>;
export const ClientBudgetsCheapActorDocument = new TypedDocumentString(`
    query ClientBudgetsCheapActor($id: ID!) {
  actor(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<ClientBudgetsCheapActorQuery, ClientBudgetsCheapActorQueryVariables>;
export const HostileOperationsCheapEventDocument = new TypedDocumentString(`
    query HostileOperationsCheapEvent($id: ID!) {
  event(id: $id) {
    title
  }
}
    `) as unknown as TypedDocumentString<HostileOperationsCheapEventQuery, HostileOperationsCheapEventQueryVariables>;
export const MeasureFiltersIdsDocument = new TypedDocumentString(`
    query MeasureFiltersIds($filter: MeasureFilter, $orderBy: MeasureOrder) {
  measures(filter: $filter, orderBy: $orderBy, first: 100) {
    totalCount
    edges {
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureFiltersIdsQuery, MeasureFiltersIdsQueryVariables>;
export const MeasureFiltersResponsesDocument = new TypedDocumentString(`
    query MeasureFiltersResponses($id: ID!) {
  event(id: $id) {
    responses(orderBy: TITLE_ASC) {
      totalCount
      edges {
        node {
          title
          respondsTo {
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureFiltersResponsesQuery, MeasureFiltersResponsesQueryVariables>;
export const MeasureWritesCreateDocument = new TypedDocumentString(`
    mutation MeasureWritesCreate($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    measure {
      id
      title
      kind
      status
      date {
        text
        precision
      }
      issuers {
        name
      }
      targets {
        name
      }
      respondsTo {
        title
      }
      legalBasis
      details
      sources {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureWritesCreateMutation, MeasureWritesCreateMutationVariables>;
export const MeasureWritesJapanWarningsDocument = new TypedDocumentString(`
    query MeasureWritesJapanWarnings($japan: ID!) {
  measures(filter: {issuerIds: [$japan], kinds: [WARNING]}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureWritesJapanWarningsQuery, MeasureWritesJapanWarningsQueryVariables>;
export const MeasureWritesUpdateDocument = new TypedDocumentString(`
    mutation MeasureWritesUpdate($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    measure {
      title
      status
      date {
        text
      }
      issuers {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeasureWritesUpdateMutation, MeasureWritesUpdateMutationVariables>;
export const StatusHistoryCreateDocument = new TypedDocumentString(`
    mutation StatusHistoryCreate($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    measure {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<StatusHistoryCreateMutation, StatusHistoryCreateMutationVariables>;
export const StatusHistoryUpdateDocument = new TypedDocumentString(`
    mutation StatusHistoryUpdate($input: UpdateMeasureInput!) {
  updateMeasure(input: $input) {
    measure {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<StatusHistoryUpdateMutation, StatusHistoryUpdateMutationVariables>;
export const StatusHistoryCourseDocument = new TypedDocumentString(`
    query StatusHistoryCourse($id: ID!) {
  measure(id: $id) {
    status
    version
    statusHistory {
      status
      date {
        text
      }
      source {
        quote
        article {
          id
        }
      }
    }
    end {
      kind
      date {
        text
      }
      source {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StatusHistoryCourseQuery, StatusHistoryCourseQueryVariables>;
export const MergeCreateActorDocument = new TypedDocumentString(`
    mutation MergeCreateActor($input: CreateActorInput!) {
  createActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MergeCreateActorMutation, MergeCreateActorMutationVariables>;
export const MergeCreateEventDocument = new TypedDocumentString(`
    mutation MergeCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MergeCreateEventMutation, MergeCreateEventMutationVariables>;
export const MergeCreateMeasureDocument = new TypedDocumentString(`
    mutation MergeCreateMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    measure {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<MergeCreateMeasureMutation, MergeCreateMeasureMutationVariables>;
export const MergeIngestDocument = new TypedDocumentString(`
    mutation MergeIngest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    article {
      id
      mentions {
        actor {
          id
        }
        text
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeIngestMutation, MergeIngestMutationVariables>;
export const MergeActorsDocument = new TypedDocumentString(`
    mutation MergeActors($input: MergeActorsInput!) {
  mergeActors(input: $input) {
    actor {
      id
      name
      aliases
      mergedFrom
    }
    movedReferences
  }
}
    `) as unknown as TypedDocumentString<MergeActorsMutation, MergeActorsMutationVariables>;
export const MergeEventsDocument = new TypedDocumentString(`
    mutation MergeEvents($input: MergeEventsInput!) {
  mergeEvents(input: $input) {
    event {
      id
      sources {
        quote
      }
      dateClaims {
        date {
          text
        }
      }
      participants {
        actor {
          id
        }
        role
      }
      mergedFrom
    }
    movedReferences
  }
}
    `) as unknown as TypedDocumentString<MergeEventsMutation, MergeEventsMutationVariables>;
export const MergeAfterActorsDocument = new TypedDocumentString(`
    query MergeAfterActors($merged: ID!, $event: ID!, $measure: ID!, $article: ID!) {
  node(id: $merged) {
    id
    ... on Actor {
      name
    }
  }
  event(id: $event) {
    participants {
      actor {
        id
      }
      role
    }
  }
  measure(id: $measure) {
    issuers {
      id
    }
    targets {
      id
    }
  }
  article(id: $article) {
    mentions {
      actor {
        id
      }
      text
    }
  }
  actors(filter: {search: "Choson"}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeAfterActorsQuery, MergeAfterActorsQueryVariables>;
export const MergeAfterEventsDocument = new TypedDocumentString(`
    query MergeAfterEvents($merged: ID!, $measure: ID!) {
  node(id: $merged) {
    id
  }
  measure(id: $measure) {
    respondsTo {
      id
    }
  }
  events(filter: {search: "Zephyrine"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MergeAfterEventsQuery, MergeAfterEventsQueryVariables>;
export const MergeIngestCodedDocument = new TypedDocumentString(`
    mutation MergeIngestCoded($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    events {
      id
      kind
    }
    measures {
      id
      responses {
        event {
          id
        }
        source {
          quote
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeIngestCodedMutation, MergeIngestCodedMutationVariables>;
export const MergeResponsesDocument = new TypedDocumentString(`
    query MergeResponses($measure: ID!) {
  measure(id: $measure) {
    respondsTo {
      id
    }
    responses {
      event {
        id
      }
      source {
        quote
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MergeResponsesQuery, MergeResponsesQueryVariables>;
export const MergeActorVersionsDocument = new TypedDocumentString(`
    query MergeActorVersions($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Actor {
      version
      aliases
      mergedFrom
    }
  }
}
    `) as unknown as TypedDocumentString<MergeActorVersionsQuery, MergeActorVersionsQueryVariables>;
export const NodeLookupNodesDocument = new TypedDocumentString(`
    query NodeLookupNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
    ... on Article {
      outlet
    }
    ... on Actor {
      name
    }
    ... on Event {
      kind
    }
    ... on Measure {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<NodeLookupNodesQuery, NodeLookupNodesQueryVariables>;
export const NodeLookupNodeAndEventDocument = new TypedDocumentString(`
    query NodeLookupNodeAndEvent($id: ID!) {
  node(id: $id) {
    id
  }
  event(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeLookupNodeAndEventQuery, NodeLookupNodeAndEventQueryVariables>;
export const NodeLookupNotAnIdDocument = new TypedDocumentString(`
    query NodeLookupNotAnId {
  node(id: "Event:evt-kim-putin-summit") {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeLookupNotAnIdQuery, NodeLookupNotAnIdQueryVariables>;
export const NodeLookupActorDocument = new TypedDocumentString(`
    query NodeLookupActor($id: ID!) {
  actor(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<NodeLookupActorQuery, NodeLookupActorQueryVariables>;
export const CursorsEventsPageDocument = new TypedDocumentString(`
    query CursorsEventsPage($first: Int, $after: String, $orderBy: EventOrder) {
  events(first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CursorsEventsPageQuery, CursorsEventsPageQueryVariables>;
export const CursorsTimelinePageDocument = new TypedDocumentString(`
    query CursorsTimelinePage($ids: [ID!]!, $first: Int, $after: String) {
  timeline(actorIds: $ids, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        __typename
        ... on Event {
          title
        }
        ... on Measure {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CursorsTimelinePageQuery, CursorsTimelinePageQueryVariables>;
export const RelationPagesActorsWithRelationsDocument = new TypedDocumentString(`
    query RelationPagesActorsWithRelations {
  actors(first: 30) {
    edges {
      node {
        id
        events(first: 2, orderBy: DATE_DESC) {
          ...RelationPagesEvents
        }
        measuresTargeting(first: 1) {
          ...RelationPagesMeasures
        }
        articles(first: 3) {
          ...RelationPagesArticles
        }
      }
    }
  }
}
    fragment RelationPagesEvents on EventConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}
fragment RelationPagesMeasures on MeasureConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}
fragment RelationPagesArticles on ArticleConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}`) as unknown as TypedDocumentString<RelationPagesActorsWithRelationsQuery, RelationPagesActorsWithRelationsQueryVariables>;
export const RelationPagesAloneDocument = new TypedDocumentString(`
    query RelationPagesAlone($id: ID!) {
  events(filter: {actorIds: [$id]}, first: 2, orderBy: DATE_DESC) {
    ...RelationPagesEvents
  }
  measures(filter: {targetIds: [$id]}, first: 1) {
    ...RelationPagesMeasures
  }
  articles(filter: {actorIds: [$id]}, first: 3) {
    ...RelationPagesArticles
  }
}
    fragment RelationPagesEvents on EventConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}
fragment RelationPagesMeasures on MeasureConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}
fragment RelationPagesArticles on ArticleConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}`) as unknown as TypedDocumentString<RelationPagesAloneQuery, RelationPagesAloneQueryVariables>;
export const RelationPagesActorEventsDocument = new TypedDocumentString(`
    query RelationPagesActorEvents($id: ID!) {
  actor(id: $id) {
    events(first: 3) {
      ...RelationPagesEvents
    }
  }
}
    fragment RelationPagesEvents on EventConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}`) as unknown as TypedDocumentString<RelationPagesActorEventsQuery, RelationPagesActorEventsQueryVariables>;
export const RelationPagesStateEventsAfterDocument = new TypedDocumentString(`
    query RelationPagesStateEventsAfter($after: String) {
  actors(filter: {search: "north korea", kinds: [STATE]}) {
    edges {
      node {
        id
        events(first: 3, after: $after) {
          ...RelationPagesEvents
        }
      }
    }
  }
}
    fragment RelationPagesEvents on EventConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}`) as unknown as TypedDocumentString<RelationPagesStateEventsAfterQuery, RelationPagesStateEventsAfterQueryVariables>;
export const RelationPagesEventsAfterDocument = new TypedDocumentString(`
    query RelationPagesEventsAfter($id: ID!, $after: String) {
  events(filter: {actorIds: [$id]}, first: 3, after: $after) {
    ...RelationPagesEvents
  }
}
    fragment RelationPagesEvents on EventConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  edges {
    cursor
    node {
      id
    }
  }
}`) as unknown as TypedDocumentString<RelationPagesEventsAfterQuery, RelationPagesEventsAfterQueryVariables>;
export const RoundTripsCreateEventDocument = new TypedDocumentString(`
    mutation RoundTripsCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsCreateEventMutation, RoundTripsCreateEventMutationVariables>;
export const RoundTripsEventsWithRelationsDocument = new TypedDocumentString(`
    query RoundTripsEventsWithRelations($first: Int) {
  events(first: $first, orderBy: TITLE_ASC) {
    edges {
      node {
        title
        participants {
          role
          actor {
            name
            kind
          }
        }
        sources {
          quote
          article {
            title
            outlet
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsEventsWithRelationsQuery, RoundTripsEventsWithRelationsQueryVariables>;
export const RoundTripsCountedEventsDocument = new TypedDocumentString(`
    query RoundTripsCountedEvents {
  events(first: 2) {
    totalCount
    edges {
      node {
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsCountedEventsQuery, RoundTripsCountedEventsQueryVariables>;
export const RoundTripsActorsWithRelationsDocument = new TypedDocumentString(`
    query RoundTripsActorsWithRelations($first: Int) {
  actors(first: $first, orderBy: NAME_ASC) {
    edges {
      node {
        name
        events(first: 5) {
          totalCount
          edges {
            node {
              title
              participants {
                actor {
                  name
                }
              }
            }
          }
        }
        measuresIssued(first: 3) {
          edges {
            node {
              title
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoundTripsActorsWithRelationsQuery, RoundTripsActorsWithRelationsQueryVariables>;
export const PlaygroundTimelineHeadDocument = new TypedDocumentString(`
    query PlaygroundTimelineHead($ids: [ID!]!) {
  timeline(actorIds: $ids, first: 1) {
    totalCount
    edges {
      node {
        ... on Event {
          title
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PlaygroundTimelineHeadQuery, PlaygroundTimelineHeadQueryVariables>;
export const ProductionSettingsEventAddedDocument = new TypedDocumentString(`
    subscription ProductionSettingsEventAdded {
  eventAdded {
    cursor
  }
}
    `) as unknown as TypedDocumentString<ProductionSettingsEventAddedSubscription, ProductionSettingsEventAddedSubscriptionVariables>;
export const RetractionRetractDocument = new TypedDocumentString(`
    mutation RetractionRetract($input: RetractRecordInput!) {
  retractRecord(input: $input) {
    record {
      id
      ... on Event {
        version
        retraction {
          reason
          by
        }
      }
      ... on Actor {
        version
        retraction {
          reason
          by
        }
      }
    }
    referencedBy {
      id
    }
    referenceCount
  }
}
    `) as unknown as TypedDocumentString<RetractionRetractMutation, RetractionRetractMutationVariables>;
export const RetractionRestoreDocument = new TypedDocumentString(`
    mutation RetractionRestore($input: RestoreRecordInput!) {
  restoreRecord(input: $input) {
    record {
      id
      ... on Event {
        version
        retraction {
          reason
        }
      }
    }
    referenceCount
  }
}
    `) as unknown as TypedDocumentString<RetractionRestoreMutation, RetractionRestoreMutationVariables>;
export const RetractionEventReadsDocument = new TypedDocumentString(`
    query RetractionEventReads($id: ID!, $actor: ID!) {
  node(id: $id) {
    ... on Event {
      title
      version
      retraction {
        reason
        by
      }
    }
  }
  listed: events(filter: {search: "container"}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
  withRetracted: events(filter: {search: "container", includeRetracted: true}) {
    totalCount
    edges {
      node {
        id
        retraction {
          reason
        }
      }
    }
  }
  actor(id: $actor) {
    events(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetractionEventReadsQuery, RetractionEventReadsQueryVariables>;
export const RetractionActorReadsDocument = new TypedDocumentString(`
    query RetractionActorReads($id: ID!) {
  node(id: $id) {
    ... on Actor {
      name
      retraction {
        reason
      }
    }
  }
  actors(filter: {search: "Budanov"}) {
    totalCount
  }
  withRetracted: actors(filter: {search: "Budanov", includeRetracted: true}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RetractionActorReadsQuery, RetractionActorReadsQueryVariables>;
export const RetractionCountsDocument = new TypedDocumentString(`
    query RetractionCounts($id: ID!) {
  events {
    totalCount
  }
  measures {
    totalCount
  }
  actors {
    totalCount
  }
  node(id: $id) {
    ... on Measure {
      statusHistory {
        status
      }
      end {
        kind
      }
      retraction {
        reason
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RetractionCountsQuery, RetractionCountsQueryVariables>;
export const SeedQuestionsSouthKoreaMeasuresDocument = new TypedDocumentString(`
    query SeedQuestionsSouthKoreaMeasures($sk: ID!) {
  measures(filter: {issuerIds: [$sk]}, orderBy: DATE_ASC, first: 50) {
    totalCount
    edges {
      node {
        title
        kind
        status
        date {
          text
        }
        targets {
          name
        }
        sources {
          quote
          article {
            id
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedQuestionsSouthKoreaMeasuresQuery, SeedQuestionsSouthKoreaMeasuresQueryVariables>;
export const SeedQuestionsKimEventsDocument = new TypedDocumentString(`
    query SeedQuestionsKimEvents($kim: ID!) {
  actor(id: $kim) {
    name
    aliases
    events {
      totalCount
      edges {
        node {
          title
          date {
            text
            precision
          }
          participants {
            role
            actor {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedQuestionsKimEventsQuery, SeedQuestionsKimEventsQueryVariables>;
export const SeedQuestionsShoiguDocument = new TypedDocumentString(`
    query SeedQuestionsShoigu($shoigu: ID!) {
  actor(id: $shoigu) {
    articles(orderBy: PUBLISHED_AT_ASC) {
      totalCount
      edges {
        node {
          id
          outlet
          publishedAt {
            text
          }
        }
      }
    }
    events {
      edges {
        node {
          title
          date {
            text
            precision
          }
          dateDisputed
          dateClaims {
            date {
              text
              precision
            }
            source {
              quote
              article {
                id
                outlet
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SeedQuestionsShoiguQuery, SeedQuestionsShoiguQueryVariables>;
export const SeedingCountsDocument = new TypedDocumentString(`
    query SeedingCounts {
  articles {
    totalCount
  }
  actors {
    totalCount
  }
  events {
    totalCount
  }
  measures {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SeedingCountsQuery, SeedingCountsQueryVariables>;
export const SeedingCreateBystanderDocument = new TypedDocumentString(`
    mutation SeedingCreateBystander {
  createActor(input: {name: "Seeding Bystander", kind: ORGANIZATION}) {
    actor {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SeedingCreateBystanderMutation, SeedingCreateBystanderMutationVariables>;
export const SeedingActorNameDocument = new TypedDocumentString(`
    query SeedingActorName($id: ID!) {
  node(id: $id) {
    ... on Actor {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SeedingActorNameQuery, SeedingActorNameQueryVariables>;
export const SeedingActorDescriptionDocument = new TypedDocumentString(`
    query SeedingActorDescription($id: ID!) {
  node(id: $id) {
    ... on Actor {
      description
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SeedingActorDescriptionQuery, SeedingActorDescriptionQueryVariables>;
export const SeedingUpdateDescriptionDocument = new TypedDocumentString(`
    mutation SeedingUpdateDescription($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      description
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SeedingUpdateDescriptionMutation, SeedingUpdateDescriptionMutationVariables>;
export const SeedingActorNamesDocument = new TypedDocumentString(`
    query SeedingActorNames($id: ID!) {
  node(id: $id) {
    ... on Actor {
      name
      aliases
      metonyms
      demonyms
      hosts
      version
    }
  }
}
    `) as unknown as TypedDocumentString<SeedingActorNamesQuery, SeedingActorNamesQueryVariables>;
export const SeedingCreateNamedDocument = new TypedDocumentString(`
    mutation SeedingCreateNamed {
  createActor(
    input: {name: "Seeding Elder", kind: ORGANIZATION, aliases: ["The Elder"]}
  ) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SeedingCreateNamedMutation, SeedingCreateNamedMutationVariables>;
export const FilterParityEventIdsDocument = new TypedDocumentString(`
    query FilterParityEventIds($filter: EventFilter) {
  events(filter: $filter, first: 100) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilterParityEventIdsQuery, FilterParityEventIdsQueryVariables>;
export const InvalidInputCreateEventDocument = new TypedDocumentString(`
    mutation InvalidInputCreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InvalidInputCreateEventMutation, InvalidInputCreateEventMutationVariables>;
export const InvalidInputUpdateEventDocument = new TypedDocumentString(`
    mutation InvalidInputUpdateEvent($input: UpdateEventInput!) {
  updateEvent(input: $input) {
    event {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InvalidInputUpdateEventMutation, InvalidInputUpdateEventMutationVariables>;
export const InvalidInputCreateMeasureDocument = new TypedDocumentString(`
    mutation InvalidInputCreateMeasure($input: CreateMeasureInput!) {
  createMeasure(input: $input) {
    measure {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InvalidInputCreateMeasureMutation, InvalidInputCreateMeasureMutationVariables>;
export const InvalidInputUpdateActorDocument = new TypedDocumentString(`
    mutation InvalidInputUpdateActor($input: UpdateActorInput!) {
  updateActor(input: $input) {
    actor {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<InvalidInputUpdateActorMutation, InvalidInputUpdateActorMutationVariables>;
export const InvalidInputAttachEvidenceDocument = new TypedDocumentString(`
    mutation InvalidInputAttachEvidence($input: AttachEvidenceInput!) {
  attachEvidence(input: $input) {
    evidence {
      quote
    }
  }
}
    `) as unknown as TypedDocumentString<InvalidInputAttachEvidenceMutation, InvalidInputAttachEvidenceMutationVariables>;
export const InvalidInputEventsInRangeDocument = new TypedDocumentString(`
    query InvalidInputEventsInRange($from: String, $to: String) {
  events(filter: {date: {from: $from, to: $to}}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<InvalidInputEventsInRangeQuery, InvalidInputEventsInRangeQueryVariables>;
export const InvalidInputEventDocument = new TypedDocumentString(`
    query InvalidInputEvent($id: ID!) {
  event(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<InvalidInputEventQuery, InvalidInputEventQueryVariables>;