/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {\n    actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }\n  }\n": typeof types.ActorNamesDocument,
    "\n  query ActorWithRolesAndCounts($id: ID!) {\n    actor(id: $id) {\n      name kind affiliation { name }\n      roles { title organization { name } sources { quote article { outlet } } }\n      measuresIssued { totalCount }\n      measuresTargeting { totalCount }\n      articles { totalCount }\n    }\n  }\n": typeof types.ActorWithRolesAndCountsDocument,
    "\n  query ActorMeasureCounts($id: ID!) { actor(id: $id) { measuresTargeting { totalCount } measuresIssued { totalCount } } }\n": typeof types.ActorMeasureCountsDocument,
    "\n  query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {\n    timeline(actorIds: $ids, date: $date, first: 100) {\n      totalCount edges { node { __typename ... on Event { title date { text } } ... on Measure { title date { text } } } }\n    }\n  }\n": typeof types.ActorTimelineDocument,
    "\n  fragment ActorWritesFields on Actor {\n    name kind aliases description affiliation { name } roles { title organization { name } sources { quote } } sources { quote article { id } }\n  }\n": typeof types.ActorWritesFieldsFragmentDoc,
    "\n  mutation ActorWritesCreate($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesFields } } }\n": typeof types.ActorWritesCreateDocument,
    "\n  query ActorWritesFindTaeYong { actors(filter: { search: \"tae yong\" }) { edges { node { id } } } }\n": typeof types.ActorWritesFindTaeYongDocument,
    "\n  mutation ActorWritesUpdate($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesFields } } }\n": typeof types.ActorWritesUpdateDocument,
    "\n  fragment ActorWritesNames on Actor { name aliases metonyms demonyms hosts version }\n": typeof types.ActorWritesNamesFragmentDoc,
    "\n  mutation ActorWritesCreateNamed($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesNames } } }\n": typeof types.ActorWritesCreateNamedDocument,
    "\n  mutation ActorWritesUpdateNamed($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesNames } } }\n": typeof types.ActorWritesUpdateNamedDocument,
    "\n  query ActorWritesReadNamed($id: ID!) { actor(id: $id) { ...ActorWritesNames } }\n": typeof types.ActorWritesReadNamedDocument,
    "\n  query ActorWritesSearchNames($search: String!, $orderBy: ActorOrder) {\n    actors(filter: { search: $search }, orderBy: $orderBy, first: 100) { edges { node { name } } }\n  }\n": typeof types.ActorWritesSearchNamesDocument,
    "\n  query ArticleQueriesIds($filter: ArticleFilter, $orderBy: ArticleOrder) {\n    articles(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } }\n  }\n": typeof types.ArticleQueriesIdsDocument,
    "\n  query ArticleQueriesDates($id: ID!) {\n    article(id: $id) {\n      title outlet agency language publishedAt { text precision } publishedAtSource pageHeaderDate { text } contentHash\n      events { totalCount } measures { totalCount }\n    }\n  }\n": typeof types.ArticleQueriesDatesDocument,
    "\n  query ArticleQueriesMentions($id: ID!) { article(id: $id) { body mentions { text start end actor { name } } } }\n": typeof types.ArticleQueriesMentionsDocument,
    "\n  mutation ApiKeysCreateOrganization($name: String!) { createActor(input: { name: $name, kind: ORGANIZATION }) { actor { name kind } } }\n": typeof types.ApiKeysCreateOrganizationDocument,
    "\n  query ApiKeysActorCount { actors(first: 1) { totalCount } }\n": typeof types.ApiKeysActorCountDocument,
    "\n  query ApiKeysReaderOrgCount { actors(filter: { search: \"Reader Org\" }) { totalCount } }\n": typeof types.ApiKeysReaderOrgCountDocument,
    "\n  mutation ProposalsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": typeof types.ProposalsCreateActorDocument,
    "\n  mutation ProposalsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": typeof types.ProposalsCreateEventDocument,
    "\n  mutation ProposalsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article { id body }\n      events {\n        id title kind review date { text } participants { role actor { name } }\n        coding { confidence mode ploverType coderVersion } sources { quote start end article { id } } dateClaims { date { text } }\n      }\n      measures {\n        id title kind status review date { text } issuers { name } targets { name }\n        coding { confidence mode ploverType } sources { quote start end article { id } }\n        responses { event { id } source { quote start end } }\n      }\n    }\n  }\n": typeof types.ProposalsIngestDocument,
    "\n  query ProposalsLists($search: String!) {\n    events(filter: { search: $search }) { totalCount }\n    proposedEvents: events(filter: { search: $search, review: [PROPOSED] }) { totalCount edges { node { id } } }\n    proposedMeasures: measures(filter: { review: [PROPOSED] }) { edges { node { id } } }\n    rejectedMeasures: measures(filter: { review: [REJECTED] }) { edges { node { id reviewNote } } }\n    reviewQueue { totalCount edges { node { __typename ... on Event { id coding { confidence } } ... on Measure { id coding { confidence } } } } }\n  }\n": typeof types.ProposalsListsDocument,
    "\n  mutation ProposalsAccept($id: ID!, $note: String, $event: EventChanges, $measure: MeasureChanges) {\n    acceptProposal(id: $id, note: $note, event: $event, measure: $measure) {\n      record { ... on Event { id title review reviewNote version } ... on Measure { id review version } }\n    }\n  }\n": typeof types.ProposalsAcceptDocument,
    "\n  mutation ProposalsReject($id: ID!, $reason: String!) {\n    rejectProposal(id: $id, reason: $reason) { record { ... on Measure { id review reviewNote version } ... on Event { id review version } } }\n  }\n": typeof types.ProposalsRejectDocument,
    "\n  mutation ProposalsCode($articleId: ID!) { codeArticle(articleId: $articleId) { proposed merged alreadyCoded events { id } measures { id } } }\n": typeof types.ProposalsCodeDocument,
    "\n  query ProposalsEventVersion($id: ID!) { node(id: $id) { ... on Event { version review title } } }\n": typeof types.ProposalsEventVersionDocument,
    "\n  mutation AmendmentsAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }\n": typeof types.AmendmentsAttachDocument,
    "\n  query AmendmentsSources($event: ID!, $measure: ID!) {\n    event: node(id: $event) { ... on Event { version sources { quote start end } } }\n    measure: node(id: $measure) { ... on Measure { version sources { quote start end } } }\n  }\n": typeof types.AmendmentsSourcesDocument,
    "\n  mutation AmendmentsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": typeof types.AmendmentsCreateActorDocument,
    "\n  mutation AmendmentsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id } events { id version sources { quote } } measures { id version sources { quote } } }\n  }\n": typeof types.AmendmentsIngestDocument,
    "\n  query AmendmentsChanges($after: String) {\n    changes(after: $after, first: 100) { pageInfo { endCursor hasNextPage } edges { node { recordType recordId revision { version changes { field added } } } } }\n  }\n": typeof types.AmendmentsChangesDocument,
    "\n  query AmendmentsCoded($event: ID!, $measure: ID!) {\n    event: node(id: $event) { ... on Event { version sources { quote } } }\n    measure: node(id: $measure) { ... on Measure { version sources { quote } } }\n  }\n": typeof types.AmendmentsCodedDocument,
    "\n  mutation CheckpointCreateActor($name: String!) { createActor(input: { name: $name, kind: PERSON }) { actor { id } } }\n": typeof types.CheckpointCreateActorDocument,
    "\n  query CheckpointActorAndCounts($id: ID!) { node(id: $id) { ... on Actor { name } } actors { totalCount } events { totalCount } }\n": typeof types.CheckpointActorAndCountsDocument,
    "\n  query ExpectedVersionRead($event: ID!, $measure: ID!, $actor: ID!) {\n    event(id: $event) { version description }\n    measure(id: $measure) { version details }\n    actor(id: $actor) { version description }\n  }\n": typeof types.ExpectedVersionReadDocument,
    "\n  mutation ExpectedVersionEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { version description } } }\n": typeof types.ExpectedVersionEventDocument,
    "\n  mutation ExpectedVersionMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version details } } }\n": typeof types.ExpectedVersionMeasureDocument,
    "\n  mutation ExpectedVersionActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { version description } } }\n": typeof types.ExpectedVersionActorDocument,
    "\n  mutation ExportImportCreateActor { createActor(input: { name: \"Export Witness\", kind: PERSON, aliases: [\"E. Witness\"] }) { actor { id } } }\n": typeof types.ExportImportCreateActorDocument,
    "\n  mutation ExportImportCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": typeof types.ExportImportCreateEventDocument,
    "\n  mutation ExportImportAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n": typeof types.ExportImportAttachDocument,
    "\n  mutation ExportImportIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }\n": typeof types.ExportImportIngestDocument,
    "\n  query ExportImportState($event: ID!, $actor: ID!, $article: ID!) {\n    events { totalCount }\n    actors { totalCount }\n    measures { totalCount }\n    articles { totalCount }\n    changes(first: 100) { totalCount edges { cursor node { recordType recordId revision { version by } } } }\n    event: node(id: $event) { ... on Event { title date { text } dateClaims { date { text } } participants { role actor { name } } sources { quote start end article { id } } version ...ExportImportHistory } }\n    actor: node(id: $actor) { ... on Actor { name aliases ...ExportImportHistory } }\n    article: node(id: $article) { ... on Article { title rawText ...ExportImportHistory } }\n  }\n\n  fragment ExportImportHistory on Node {\n    ... on Event { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n    ... on Actor { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n    ... on Article { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n  }\n": typeof types.ExportImportStateDocument,
    "\n  mutation RestartCreateWitness { createActor(input: { name: \"Restart Witness\", kind: PERSON, aliases: [\"R. Witness\"] }) { actor { id } } }\n": typeof types.RestartCreateWitnessDocument,
    "\n  query RestartWitnessAndEventCount($id: ID!) { node(id: $id) { ... on Actor { name aliases } } events { totalCount } }\n": typeof types.RestartWitnessAndEventCountDocument,
    "\n  query UpdatedSinceLists($since: DateTimeISO!) {\n    events(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    measures(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    actors(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    articles(filter: { updatedSince: $since }) { totalCount }\n  }\n": typeof types.UpdatedSinceListsDocument,
    "\n  mutation UpdatedSinceTouch($event: UpdateEventInput!, $measure: UpdateMeasureInput!, $actor: UpdateActorInput!) {\n    updateEvent(input: $event) { event { id } }\n    updateMeasure(input: $measure) { measure { id } }\n    updateActor(input: $actor) { actor { id } }\n  }\n": typeof types.UpdatedSinceTouchDocument,
    "\n  query EventFiltersTitles($filter: EventFilter, $orderBy: EventOrder) {\n    events(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }\n  }\n": typeof types.EventFiltersTitlesDocument,
    "\n  mutation EventWritesCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id title kind date { text precision approximate } dateDisputed dateClaims { date { text } source { quote start end article { id } } }\n        location description participants { role actor { name } } sources { quote start end article { id } }\n      }\n    }\n  }\n": typeof types.EventWritesCreateDocument,
    "\n  query EventWritesFindExhibition {\n    events(filter: { date: { from: \"2023-08-15\", to: \"2023-08-15\" }, search: \"Arms exhibition Pyongyang\" }, orderBy: TITLE_ASC) { edges { node { id } } }\n  }\n": typeof types.EventWritesFindExhibitionDocument,
    "\n  mutation EventWritesUpdate($input: UpdateEventInput!) {\n    updateEvent(input: $input) { event { title kind location date { text } dateDisputed participants { actor { name } } } }\n  }\n": typeof types.EventWritesUpdateDocument,
    "\n  mutation EventWritesAttachEvidence($input: AttachEvidenceInput!) {\n    attachEvidence(input: $input) {\n      evidence { quote start end }\n      subject { id ... on Event { sources { quote } } }\n    }\n  }\n": typeof types.EventWritesAttachEvidenceDocument,
    "\n  query ChangesFeed($after: String, $types: [RecordType!], $first: Int) {\n    changes(after: $after, types: $types, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          recordType\n          recordId\n          record { id ... on Actor { name version } ... on Event { title version } }\n          revision { version by comment created changes { field before after added } }\n        }\n      }\n    }\n  }\n": typeof types.ChangesFeedDocument,
    "\n  mutation ChangesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": typeof types.ChangesCreateActorDocument,
    "\n  mutation ChangesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n": typeof types.ChangesUpdateActorDocument,
    "\n  mutation ChangesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n": typeof types.ChangesUpdateEventDocument,
    "\n  query ChangesSummit($id: ID!) { event(id: $id) { title location } }\n": typeof types.ChangesSummitDocument,
    "\n  mutation ChangesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n": typeof types.ChangesAttachDocument,
    "\n  query HistoryOfActor($id: ID!, $first: Int, $after: String, $orderBy: HistoryOrder) {\n    actor(id: $id) {\n      version\n      history(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { version at by comment created changes { field before after added } } }\n      }\n    }\n  }\n": typeof types.HistoryOfActorDocument,
    "\n  query HistoryOfEvent($id: ID!) {\n    event(id: $id) { version history { edges { node { version by comment created changes { field before after added } } } } }\n  }\n": typeof types.HistoryOfEventDocument,
    "\n  query HistoryOfMeasure($id: ID!) {\n    measure(id: $id) { version history(orderBy: OLDEST_FIRST) { edges { node { version by comment created changes { field before after added } } } } }\n  }\n": typeof types.HistoryOfMeasureDocument,
    "\n  query HistoryOfArticle($id: ID!) {\n    article(id: $id) { version body history { totalCount edges { node { version by comment created changes { field } } } } }\n  }\n": typeof types.HistoryOfArticleDocument,
    "\n  query HistoryOfActors($first: Int) {\n    actors(first: $first) { edges { node { id history(first: 1) { edges { node { version by } } } } } }\n  }\n": typeof types.HistoryOfActorsDocument,
    "\n  query HistoryOfActorsListOnly($first: Int) {\n    actors(first: $first) { edges { node { id } } }\n  }\n": typeof types.HistoryOfActorsListOnlyDocument,
    "\n  mutation HistoryCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id version } } }\n": typeof types.HistoryCreateActorDocument,
    "\n  mutation HistoryUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id version } } }\n": typeof types.HistoryUpdateActorDocument,
    "\n  mutation HistoryCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id version } } }\n": typeof types.HistoryCreateEventDocument,
    "\n  mutation HistoryUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id version } } }\n": typeof types.HistoryUpdateEventDocument,
    "\n  mutation HistoryUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id version } } }\n": typeof types.HistoryUpdateMeasureDocument,
    "\n  mutation HistoryAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote start end } } }\n": typeof types.HistoryAttachDocument,
    "\n  mutation HistoryIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id version } measures { id title review version } }\n  }\n": typeof types.HistoryIngestDocument,
    "\n  mutation HistoryAccept($id: ID!, $note: String, $measure: MeasureChanges) {\n    acceptProposal(id: $id, note: $note, measure: $measure) { record { ... on Measure { id version } } }\n  }\n": typeof types.HistoryAcceptDocument,
    "\n  query RandomWritesStart {\n    articles(first: 20) { edges { node { id body } } }\n    actors(first: 100) { edges { node { id kind } } }\n    events(first: 100) { edges { node { id } } }\n    measures(first: 100) { edges { node { id } } }\n  }\n": typeof types.RandomWritesStartDocument,
    "\n  mutation RandomWritesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": typeof types.RandomWritesCreateActorDocument,
    "\n  mutation RandomWritesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n": typeof types.RandomWritesUpdateActorDocument,
    "\n  mutation RandomWritesCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": typeof types.RandomWritesCreateEventDocument,
    "\n  mutation RandomWritesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n": typeof types.RandomWritesUpdateEventDocument,
    "\n  mutation RandomWritesCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": typeof types.RandomWritesCreateMeasureDocument,
    "\n  mutation RandomWritesUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id } } }\n": typeof types.RandomWritesUpdateMeasureDocument,
    "\n  mutation RandomWritesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }\n": typeof types.RandomWritesAttachDocument,
    "\n  mutation RandomWritesRetract($input: RetractRecordInput!) { retractRecord(input: $input) { referenceCount } }\n": typeof types.RandomWritesRetractDocument,
    "\n  mutation RandomWritesRestore($input: RestoreRecordInput!) { restoreRecord(input: $input) { referenceCount } }\n": typeof types.RandomWritesRestoreDocument,
    "\n  mutation RandomWritesMergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { movedReferences } }\n": typeof types.RandomWritesMergeActorsDocument,
    "\n  mutation RandomWritesMergeEvents($input: MergeEventsInput!) { mergeEvents(input: $input) { movedReferences } }\n": typeof types.RandomWritesMergeEventsDocument,
    "\n  mutation RandomWritesIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { created events { id } measures { id } } }\n": typeof types.RandomWritesIngestDocument,
    "\n  query RandomWritesQueue { reviewQueue(first: 50) { edges { node { ... on Event { id } ... on Measure { id } } } } }\n": typeof types.RandomWritesQueueDocument,
    "\n  mutation RandomWritesAccept($id: ID!) { acceptProposal(id: $id, note: \"Checked against the source\") { record { ... on Event { id } ... on Measure { id } } } }\n": typeof types.RandomWritesAcceptDocument,
    "\n  mutation RandomWritesReject($id: ID!) { rejectProposal(id: $id, reason: \"Not a happening of its own\") { record { ... on Event { id } ... on Measure { id } } } }\n": typeof types.RandomWritesRejectDocument,
    "\n  query RandomWritesChanges($after: String) {\n    changes(after: $after, first: 100) { pageInfo { hasNextPage endCursor } edges { node { recordId revision { version } } } }\n  }\n": typeof types.RandomWritesChangesDocument,
    "\n  query IngestCliArticles { articles(first: 100, orderBy: TITLE_ASC) { edges { node { title outlet rawFormat url fetchedAt language } } } }\n": typeof types.IngestCliArticlesDocument,
    "\n  mutation MentionsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article {\n        id\n        body\n        mentions { text start end kind actor { name } }\n        named: actors { name }\n        withDemonyms: actors(includeDemonyms: true) { name }\n        candidateNames\n      }\n    }\n  }\n": typeof types.MentionsIngestDocument,
    "\n  query MentionsArticlesOf($id: ID!, $demonyms: Boolean!) {\n    actor(id: $id) { articles(first: 100, includeDemonyms: $demonyms) { edges { node { id } } } }\n    articles(first: 100, filter: { actorIds: [$id], includeDemonyms: $demonyms }) { edges { node { id } } }\n  }\n": typeof types.MentionsArticlesOfDocument,
    "\n  mutation OutletsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id outlet agency syndicatedWith { id } } }\n  }\n": typeof types.OutletsIngestDocument,
    "\n  mutation OutletsCreatePublisher($input: CreateActorInput!) { createActor(input: $input) { actor { name hosts } } }\n": typeof types.OutletsCreatePublisherDocument,
    "\n  mutation PublicationDatesIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article { publishedAt { text precision } publishedAtSource publishedAtNote pageHeaderDate { text } flags }\n    }\n  }\n": typeof types.PublicationDatesIngestDocument,
    "\n  mutation ReadingPagesIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      article {\n        title\n        body\n        authors\n        outlet\n        agency\n        language\n        flags\n        publishedAt { text }\n        publishedAtSource\n        fetchedAt\n        rawFormat\n        rawText\n        removedLines { text kind reason }\n        mentions { text kind actor { name } }\n        candidateNames\n      }\n    }\n  }\n": typeof types.ReadingPagesIngestDocument,
    "\n  query ClientBudgetsCheapEvent($id: ID!) { event(id: $id) { title } }\n": typeof types.ClientBudgetsCheapEventDocument,
    "\n  query ClientBudgetsCostlyEvents { events { edges { node { id title kind participants { role actor { name } } sources { quote } } } } }\n": typeof types.ClientBudgetsCostlyEventsDocument,
    "\n  query ClientBudgetsCheapActor($id: ID!) { actor(id: $id) { name } }\n": typeof types.ClientBudgetsCheapActorDocument,
    "\n  query HostileOperationsCheapEvent($id: ID!) { event(id: $id) { title } }\n": typeof types.HostileOperationsCheapEventDocument,
    "\n  query MeasureFiltersIds($filter: MeasureFilter, $orderBy: MeasureOrder) {\n    measures(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id title } } }\n  }\n": typeof types.MeasureFiltersIdsDocument,
    "\n  query MeasureFiltersResponses($id: ID!) {\n    event(id: $id) { responses(orderBy: TITLE_ASC) { totalCount edges { node { title respondsTo { title } } } } }\n  }\n": typeof types.MeasureFiltersResponsesDocument,
    "\n  mutation MeasureWritesCreate($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      measure { id title kind status date { text precision } issuers { name } targets { name } respondsTo { title } legalBasis details sources { quote } }\n    }\n  }\n": typeof types.MeasureWritesCreateDocument,
    "\n  query MeasureWritesJapanWarnings($japan: ID!) { measures(filter: { issuerIds: [$japan], kinds: [WARNING] }) { edges { node { id } } } }\n": typeof types.MeasureWritesJapanWarningsDocument,
    "\n  mutation MeasureWritesUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { title status date { text } issuers { name } } } }\n": typeof types.MeasureWritesUpdateDocument,
    "\n  mutation StatusHistoryCreate($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": typeof types.StatusHistoryCreateDocument,
    "\n  mutation StatusHistoryUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version } } }\n": typeof types.StatusHistoryUpdateDocument,
    "\n  query StatusHistoryCourse($id: ID!) {\n    measure(id: $id) {\n      status\n      version\n      statusHistory { status date { text } source { quote article { id } } }\n      end { kind date { text } source { quote } }\n    }\n  }\n": typeof types.StatusHistoryCourseDocument,
    "\n  mutation MergeCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": typeof types.MergeCreateActorDocument,
    "\n  mutation MergeCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": typeof types.MergeCreateEventDocument,
    "\n  mutation MergeCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": typeof types.MergeCreateMeasureDocument,
    "\n  mutation MergeIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id mentions { actor { id } text } } } }\n": typeof types.MergeIngestDocument,
    "\n  mutation MergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { actor { id name aliases mergedFrom } movedReferences } }\n": typeof types.MergeActorsDocument,
    "\n  mutation MergeEvents($input: MergeEventsInput!) {\n    mergeEvents(input: $input) { event { id sources { quote } dateClaims { date { text } } participants { actor { id } role } mergedFrom } movedReferences }\n  }\n": typeof types.MergeEventsDocument,
    "\n  query MergeAfterActors($merged: ID!, $event: ID!, $measure: ID!, $article: ID!) {\n    node(id: $merged) { id ... on Actor { name } }\n    event(id: $event) { participants { actor { id } role } }\n    measure(id: $measure) { issuers { id } targets { id } }\n    article(id: $article) { mentions { actor { id } text } }\n    actors(filter: { search: \"Choson\" }) { edges { node { id } } }\n  }\n": typeof types.MergeAfterActorsDocument,
    "\n  query MergeAfterEvents($merged: ID!, $measure: ID!) {\n    node(id: $merged) { id }\n    measure(id: $measure) { respondsTo { id } }\n    events(filter: { search: \"Zephyrine\" }) { totalCount }\n  }\n": typeof types.MergeAfterEventsDocument,
    "\n  mutation MergeIngestCoded($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { events { id kind } measures { id responses { event { id } source { quote } } } }\n  }\n": typeof types.MergeIngestCodedDocument,
    "\n  query MergeResponses($measure: ID!) { measure(id: $measure) { respondsTo { id } responses { event { id } source { quote } } } }\n": typeof types.MergeResponsesDocument,
    "\n  query MergeActorVersions($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { version aliases mergedFrom } } }\n": typeof types.MergeActorVersionsDocument,
    "\n  query NodeLookupNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on Article { outlet } ... on Actor { name } ... on Event { kind } ... on Measure { status } }\n  }\n": typeof types.NodeLookupNodesDocument,
    "\n  query NodeLookupNodeAndEvent($id: ID!) { node(id: $id) { id } event(id: $id) { id } }\n": typeof types.NodeLookupNodeAndEventDocument,
    "\n  query NodeLookupNotAnId { node(id: \"Event:evt-kim-putin-summit\") { id } }\n": typeof types.NodeLookupNotAnIdDocument,
    "\n  query NodeLookupActor($id: ID!) { actor(id: $id) { id } }\n": typeof types.NodeLookupActorDocument,
    "\n  query CursorsEventsPage($first: Int, $after: String, $orderBy: EventOrder) {\n    events(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id title } }\n    }\n  }\n": typeof types.CursorsEventsPageDocument,
    "\n  query CursorsTimelinePage($ids: [ID!]!, $first: Int, $after: String) {\n    timeline(actorIds: $ids, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { __typename ... on Event { title } ... on Measure { title } } }\n    }\n  }\n": typeof types.CursorsTimelinePageDocument,
    "\n  fragment RelationPagesEvents on EventConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n  fragment RelationPagesMeasures on MeasureConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n  fragment RelationPagesArticles on ArticleConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n": typeof types.RelationPagesEventsFragmentDoc,
    "\n  query RelationPagesActorsWithRelations {\n    actors(first: 30) {\n      edges {\n        node {\n          id\n          events(first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }\n          measuresTargeting(first: 1) { ...RelationPagesMeasures }\n          articles(first: 3) { ...RelationPagesArticles }\n        }\n      }\n    }\n  }\n": typeof types.RelationPagesActorsWithRelationsDocument,
    "\n  query RelationPagesAlone($id: ID!) {\n    events(filter: { actorIds: [$id] }, first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }\n    measures(filter: { targetIds: [$id] }, first: 1) { ...RelationPagesMeasures }\n    articles(filter: { actorIds: [$id] }, first: 3) { ...RelationPagesArticles }\n  }\n": typeof types.RelationPagesAloneDocument,
    "\n  query RelationPagesActorEvents($id: ID!) { actor(id: $id) { events(first: 3) { ...RelationPagesEvents } } }\n": typeof types.RelationPagesActorEventsDocument,
    "\n  query RelationPagesStateEventsAfter($after: String) {\n    actors(filter: { search: \"north korea\", kinds: [STATE] }) { edges { node { id events(first: 3, after: $after) { ...RelationPagesEvents } } } }\n  }\n": typeof types.RelationPagesStateEventsAfterDocument,
    "\n  query RelationPagesEventsAfter($id: ID!, $after: String) { events(filter: { actorIds: [$id] }, first: 3, after: $after) { ...RelationPagesEvents } }\n": typeof types.RelationPagesEventsAfterDocument,
    "\n  mutation RoundTripsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": typeof types.RoundTripsCreateEventDocument,
    "\n  query RoundTripsEventsWithRelations($first: Int) {\n    events(first: $first, orderBy: TITLE_ASC) {\n      edges { node {\n        title\n        participants { role actor { name kind } }\n        sources { quote article { title outlet } }\n      } }\n    }\n  }\n": typeof types.RoundTripsEventsWithRelationsDocument,
    "\n  query RoundTripsCountedEvents { events(first: 2) { totalCount edges { node { title } } } }\n": typeof types.RoundTripsCountedEventsDocument,
    "\n  query RoundTripsActorsWithRelations($first: Int) {\n    actors(first: $first, orderBy: NAME_ASC) { edges { node {\n      name\n      events(first: 5) { totalCount edges { node { title participants { actor { name } } } } }\n      measuresIssued(first: 3) { edges { node { title } } }\n    } } }\n  }\n": typeof types.RoundTripsActorsWithRelationsDocument,
    "\n  query PlaygroundTimelineHead($ids: [ID!]!) { timeline(actorIds: $ids, first: 1) { totalCount edges { node { ... on Event { title } } } } }\n": typeof types.PlaygroundTimelineHeadDocument,
    "\n  subscription ProductionSettingsEventAdded { eventAdded { cursor } }\n": typeof types.ProductionSettingsEventAddedDocument,
    "\n  mutation RetractionRetract($input: RetractRecordInput!) {\n    retractRecord(input: $input) {\n      record { id ... on Event { version retraction { reason by } } ... on Actor { version retraction { reason by } } }\n      referencedBy { id }\n      referenceCount\n    }\n  }\n": typeof types.RetractionRetractDocument,
    "\n  mutation RetractionRestore($input: RestoreRecordInput!) {\n    restoreRecord(input: $input) { record { id ... on Event { version retraction { reason } } } referenceCount }\n  }\n": typeof types.RetractionRestoreDocument,
    "\n  query RetractionEventReads($id: ID!, $actor: ID!) {\n    node(id: $id) { ... on Event { title version retraction { reason by } } }\n    listed: events(filter: { search: \"container\" }) { totalCount edges { node { id } } }\n    withRetracted: events(filter: { search: \"container\", includeRetracted: true }) { totalCount edges { node { id retraction { reason } } } }\n    actor(id: $actor) { events(first: 100) { edges { node { id } } } }\n  }\n": typeof types.RetractionEventReadsDocument,
    "\n  query RetractionActorReads($id: ID!) {\n    node(id: $id) { ... on Actor { name retraction { reason } } }\n    actors(filter: { search: \"Budanov\" }) { totalCount }\n    withRetracted: actors(filter: { search: \"Budanov\", includeRetracted: true }) { totalCount }\n  }\n": typeof types.RetractionActorReadsDocument,
    "\n  query RetractionCounts($id: ID!) {\n    events { totalCount }\n    measures { totalCount }\n    actors { totalCount }\n    node(id: $id) { ... on Measure { statusHistory { status } end { kind } retraction { reason } } }\n  }\n": typeof types.RetractionCountsDocument,
    "\n  query SeedQuestionsSouthKoreaMeasures($sk: ID!) {\n    measures(filter: { issuerIds: [$sk] }, orderBy: DATE_ASC, first: 50) {\n      totalCount\n      edges { node { title kind status date { text } targets { name } sources { quote article { id } } } }\n    }\n  }\n": typeof types.SeedQuestionsSouthKoreaMeasuresDocument,
    "\n  query SeedQuestionsKimEvents($kim: ID!) {\n    actor(id: $kim) { name aliases events { totalCount edges { node { title date { text precision } participants { role actor { name } } } } } }\n  }\n": typeof types.SeedQuestionsKimEventsDocument,
    "\n  query SeedQuestionsShoigu($shoigu: ID!) {\n    actor(id: $shoigu) {\n      articles(orderBy: PUBLISHED_AT_ASC) { totalCount edges { node { id outlet publishedAt { text } } } }\n      events {\n        edges { node { title date { text precision } dateDisputed dateClaims { date { text precision } source { quote article { id outlet } } } } }\n      }\n    }\n  }\n": typeof types.SeedQuestionsShoiguDocument,
    "\n  query SeedingCounts { articles { totalCount } actors { totalCount } events { totalCount } measures { totalCount } }\n": typeof types.SeedingCountsDocument,
    "\n  mutation SeedingCreateBystander { createActor(input: { name: \"Seeding Bystander\", kind: ORGANIZATION }) { actor { id name } } }\n": typeof types.SeedingCreateBystanderDocument,
    "\n  query SeedingActorName($id: ID!) { node(id: $id) { ... on Actor { name } } }\n": typeof types.SeedingActorNameDocument,
    "\n  query SeedingActorDescription($id: ID!) { node(id: $id) { ... on Actor { description version } } }\n": typeof types.SeedingActorDescriptionDocument,
    "\n  mutation SeedingUpdateDescription($input: UpdateActorInput!) { updateActor(input: $input) { actor { description version } } }\n": typeof types.SeedingUpdateDescriptionDocument,
    "\n  query SeedingActorNames($id: ID!) { node(id: $id) { ... on Actor { name aliases metonyms demonyms hosts version } } }\n": typeof types.SeedingActorNamesDocument,
    "\n  mutation SeedingCreateNamed { createActor(input: { name: \"Seeding Elder\", kind: ORGANIZATION, aliases: [\"The Elder\"] }) { actor { id } } }\n": typeof types.SeedingCreateNamedDocument,
    "\n  query FilterParityEventIds($filter: EventFilter) { events(filter: $filter, first: 100) { edges { node { id } } } }\n": typeof types.FilterParityEventIdsDocument,
    "\n  mutation InvalidInputCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": typeof types.InvalidInputCreateEventDocument,
    "\n  mutation InvalidInputUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n": typeof types.InvalidInputUpdateEventDocument,
    "\n  mutation InvalidInputCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": typeof types.InvalidInputCreateMeasureDocument,
    "\n  mutation InvalidInputUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n": typeof types.InvalidInputUpdateActorDocument,
    "\n  mutation InvalidInputAttachEvidence($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n": typeof types.InvalidInputAttachEvidenceDocument,
    "\n  query InvalidInputEventsInRange($from: String, $to: String) { events(filter: { date: { from: $from, to: $to } }) { totalCount } }\n": typeof types.InvalidInputEventsInRangeDocument,
    "\n  query InvalidInputEvent($id: ID!) { event(id: $id) { id } }\n": typeof types.InvalidInputEventDocument,
};
const documents: Documents = {
    "\n  query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {\n    actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }\n  }\n": types.ActorNamesDocument,
    "\n  query ActorWithRolesAndCounts($id: ID!) {\n    actor(id: $id) {\n      name kind affiliation { name }\n      roles { title organization { name } sources { quote article { outlet } } }\n      measuresIssued { totalCount }\n      measuresTargeting { totalCount }\n      articles { totalCount }\n    }\n  }\n": types.ActorWithRolesAndCountsDocument,
    "\n  query ActorMeasureCounts($id: ID!) { actor(id: $id) { measuresTargeting { totalCount } measuresIssued { totalCount } } }\n": types.ActorMeasureCountsDocument,
    "\n  query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {\n    timeline(actorIds: $ids, date: $date, first: 100) {\n      totalCount edges { node { __typename ... on Event { title date { text } } ... on Measure { title date { text } } } }\n    }\n  }\n": types.ActorTimelineDocument,
    "\n  fragment ActorWritesFields on Actor {\n    name kind aliases description affiliation { name } roles { title organization { name } sources { quote } } sources { quote article { id } }\n  }\n": types.ActorWritesFieldsFragmentDoc,
    "\n  mutation ActorWritesCreate($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesFields } } }\n": types.ActorWritesCreateDocument,
    "\n  query ActorWritesFindTaeYong { actors(filter: { search: \"tae yong\" }) { edges { node { id } } } }\n": types.ActorWritesFindTaeYongDocument,
    "\n  mutation ActorWritesUpdate($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesFields } } }\n": types.ActorWritesUpdateDocument,
    "\n  fragment ActorWritesNames on Actor { name aliases metonyms demonyms hosts version }\n": types.ActorWritesNamesFragmentDoc,
    "\n  mutation ActorWritesCreateNamed($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesNames } } }\n": types.ActorWritesCreateNamedDocument,
    "\n  mutation ActorWritesUpdateNamed($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesNames } } }\n": types.ActorWritesUpdateNamedDocument,
    "\n  query ActorWritesReadNamed($id: ID!) { actor(id: $id) { ...ActorWritesNames } }\n": types.ActorWritesReadNamedDocument,
    "\n  query ActorWritesSearchNames($search: String!, $orderBy: ActorOrder) {\n    actors(filter: { search: $search }, orderBy: $orderBy, first: 100) { edges { node { name } } }\n  }\n": types.ActorWritesSearchNamesDocument,
    "\n  query ArticleQueriesIds($filter: ArticleFilter, $orderBy: ArticleOrder) {\n    articles(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } }\n  }\n": types.ArticleQueriesIdsDocument,
    "\n  query ArticleQueriesDates($id: ID!) {\n    article(id: $id) {\n      title outlet agency language publishedAt { text precision } publishedAtSource pageHeaderDate { text } contentHash\n      events { totalCount } measures { totalCount }\n    }\n  }\n": types.ArticleQueriesDatesDocument,
    "\n  query ArticleQueriesMentions($id: ID!) { article(id: $id) { body mentions { text start end actor { name } } } }\n": types.ArticleQueriesMentionsDocument,
    "\n  mutation ApiKeysCreateOrganization($name: String!) { createActor(input: { name: $name, kind: ORGANIZATION }) { actor { name kind } } }\n": types.ApiKeysCreateOrganizationDocument,
    "\n  query ApiKeysActorCount { actors(first: 1) { totalCount } }\n": types.ApiKeysActorCountDocument,
    "\n  query ApiKeysReaderOrgCount { actors(filter: { search: \"Reader Org\" }) { totalCount } }\n": types.ApiKeysReaderOrgCountDocument,
    "\n  mutation ProposalsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": types.ProposalsCreateActorDocument,
    "\n  mutation ProposalsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": types.ProposalsCreateEventDocument,
    "\n  mutation ProposalsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article { id body }\n      events {\n        id title kind review date { text } participants { role actor { name } }\n        coding { confidence mode ploverType coderVersion } sources { quote start end article { id } } dateClaims { date { text } }\n      }\n      measures {\n        id title kind status review date { text } issuers { name } targets { name }\n        coding { confidence mode ploverType } sources { quote start end article { id } }\n        responses { event { id } source { quote start end } }\n      }\n    }\n  }\n": types.ProposalsIngestDocument,
    "\n  query ProposalsLists($search: String!) {\n    events(filter: { search: $search }) { totalCount }\n    proposedEvents: events(filter: { search: $search, review: [PROPOSED] }) { totalCount edges { node { id } } }\n    proposedMeasures: measures(filter: { review: [PROPOSED] }) { edges { node { id } } }\n    rejectedMeasures: measures(filter: { review: [REJECTED] }) { edges { node { id reviewNote } } }\n    reviewQueue { totalCount edges { node { __typename ... on Event { id coding { confidence } } ... on Measure { id coding { confidence } } } } }\n  }\n": types.ProposalsListsDocument,
    "\n  mutation ProposalsAccept($id: ID!, $note: String, $event: EventChanges, $measure: MeasureChanges) {\n    acceptProposal(id: $id, note: $note, event: $event, measure: $measure) {\n      record { ... on Event { id title review reviewNote version } ... on Measure { id review version } }\n    }\n  }\n": types.ProposalsAcceptDocument,
    "\n  mutation ProposalsReject($id: ID!, $reason: String!) {\n    rejectProposal(id: $id, reason: $reason) { record { ... on Measure { id review reviewNote version } ... on Event { id review version } } }\n  }\n": types.ProposalsRejectDocument,
    "\n  mutation ProposalsCode($articleId: ID!) { codeArticle(articleId: $articleId) { proposed merged alreadyCoded events { id } measures { id } } }\n": types.ProposalsCodeDocument,
    "\n  query ProposalsEventVersion($id: ID!) { node(id: $id) { ... on Event { version review title } } }\n": types.ProposalsEventVersionDocument,
    "\n  mutation AmendmentsAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }\n": types.AmendmentsAttachDocument,
    "\n  query AmendmentsSources($event: ID!, $measure: ID!) {\n    event: node(id: $event) { ... on Event { version sources { quote start end } } }\n    measure: node(id: $measure) { ... on Measure { version sources { quote start end } } }\n  }\n": types.AmendmentsSourcesDocument,
    "\n  mutation AmendmentsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": types.AmendmentsCreateActorDocument,
    "\n  mutation AmendmentsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id } events { id version sources { quote } } measures { id version sources { quote } } }\n  }\n": types.AmendmentsIngestDocument,
    "\n  query AmendmentsChanges($after: String) {\n    changes(after: $after, first: 100) { pageInfo { endCursor hasNextPage } edges { node { recordType recordId revision { version changes { field added } } } } }\n  }\n": types.AmendmentsChangesDocument,
    "\n  query AmendmentsCoded($event: ID!, $measure: ID!) {\n    event: node(id: $event) { ... on Event { version sources { quote } } }\n    measure: node(id: $measure) { ... on Measure { version sources { quote } } }\n  }\n": types.AmendmentsCodedDocument,
    "\n  mutation CheckpointCreateActor($name: String!) { createActor(input: { name: $name, kind: PERSON }) { actor { id } } }\n": types.CheckpointCreateActorDocument,
    "\n  query CheckpointActorAndCounts($id: ID!) { node(id: $id) { ... on Actor { name } } actors { totalCount } events { totalCount } }\n": types.CheckpointActorAndCountsDocument,
    "\n  query ExpectedVersionRead($event: ID!, $measure: ID!, $actor: ID!) {\n    event(id: $event) { version description }\n    measure(id: $measure) { version details }\n    actor(id: $actor) { version description }\n  }\n": types.ExpectedVersionReadDocument,
    "\n  mutation ExpectedVersionEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { version description } } }\n": types.ExpectedVersionEventDocument,
    "\n  mutation ExpectedVersionMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version details } } }\n": types.ExpectedVersionMeasureDocument,
    "\n  mutation ExpectedVersionActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { version description } } }\n": types.ExpectedVersionActorDocument,
    "\n  mutation ExportImportCreateActor { createActor(input: { name: \"Export Witness\", kind: PERSON, aliases: [\"E. Witness\"] }) { actor { id } } }\n": types.ExportImportCreateActorDocument,
    "\n  mutation ExportImportCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": types.ExportImportCreateEventDocument,
    "\n  mutation ExportImportAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n": types.ExportImportAttachDocument,
    "\n  mutation ExportImportIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }\n": types.ExportImportIngestDocument,
    "\n  query ExportImportState($event: ID!, $actor: ID!, $article: ID!) {\n    events { totalCount }\n    actors { totalCount }\n    measures { totalCount }\n    articles { totalCount }\n    changes(first: 100) { totalCount edges { cursor node { recordType recordId revision { version by } } } }\n    event: node(id: $event) { ... on Event { title date { text } dateClaims { date { text } } participants { role actor { name } } sources { quote start end article { id } } version ...ExportImportHistory } }\n    actor: node(id: $actor) { ... on Actor { name aliases ...ExportImportHistory } }\n    article: node(id: $article) { ... on Article { title rawText ...ExportImportHistory } }\n  }\n\n  fragment ExportImportHistory on Node {\n    ... on Event { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n    ... on Actor { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n    ... on Article { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n  }\n": types.ExportImportStateDocument,
    "\n  mutation RestartCreateWitness { createActor(input: { name: \"Restart Witness\", kind: PERSON, aliases: [\"R. Witness\"] }) { actor { id } } }\n": types.RestartCreateWitnessDocument,
    "\n  query RestartWitnessAndEventCount($id: ID!) { node(id: $id) { ... on Actor { name aliases } } events { totalCount } }\n": types.RestartWitnessAndEventCountDocument,
    "\n  query UpdatedSinceLists($since: DateTimeISO!) {\n    events(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    measures(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    actors(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    articles(filter: { updatedSince: $since }) { totalCount }\n  }\n": types.UpdatedSinceListsDocument,
    "\n  mutation UpdatedSinceTouch($event: UpdateEventInput!, $measure: UpdateMeasureInput!, $actor: UpdateActorInput!) {\n    updateEvent(input: $event) { event { id } }\n    updateMeasure(input: $measure) { measure { id } }\n    updateActor(input: $actor) { actor { id } }\n  }\n": types.UpdatedSinceTouchDocument,
    "\n  query EventFiltersTitles($filter: EventFilter, $orderBy: EventOrder) {\n    events(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }\n  }\n": types.EventFiltersTitlesDocument,
    "\n  mutation EventWritesCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id title kind date { text precision approximate } dateDisputed dateClaims { date { text } source { quote start end article { id } } }\n        location description participants { role actor { name } } sources { quote start end article { id } }\n      }\n    }\n  }\n": types.EventWritesCreateDocument,
    "\n  query EventWritesFindExhibition {\n    events(filter: { date: { from: \"2023-08-15\", to: \"2023-08-15\" }, search: \"Arms exhibition Pyongyang\" }, orderBy: TITLE_ASC) { edges { node { id } } }\n  }\n": types.EventWritesFindExhibitionDocument,
    "\n  mutation EventWritesUpdate($input: UpdateEventInput!) {\n    updateEvent(input: $input) { event { title kind location date { text } dateDisputed participants { actor { name } } } }\n  }\n": types.EventWritesUpdateDocument,
    "\n  mutation EventWritesAttachEvidence($input: AttachEvidenceInput!) {\n    attachEvidence(input: $input) {\n      evidence { quote start end }\n      subject { id ... on Event { sources { quote } } }\n    }\n  }\n": types.EventWritesAttachEvidenceDocument,
    "\n  query ChangesFeed($after: String, $types: [RecordType!], $first: Int) {\n    changes(after: $after, types: $types, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          recordType\n          recordId\n          record { id ... on Actor { name version } ... on Event { title version } }\n          revision { version by comment created changes { field before after added } }\n        }\n      }\n    }\n  }\n": types.ChangesFeedDocument,
    "\n  mutation ChangesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": types.ChangesCreateActorDocument,
    "\n  mutation ChangesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n": types.ChangesUpdateActorDocument,
    "\n  mutation ChangesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n": types.ChangesUpdateEventDocument,
    "\n  query ChangesSummit($id: ID!) { event(id: $id) { title location } }\n": types.ChangesSummitDocument,
    "\n  mutation ChangesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n": types.ChangesAttachDocument,
    "\n  query HistoryOfActor($id: ID!, $first: Int, $after: String, $orderBy: HistoryOrder) {\n    actor(id: $id) {\n      version\n      history(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { version at by comment created changes { field before after added } } }\n      }\n    }\n  }\n": types.HistoryOfActorDocument,
    "\n  query HistoryOfEvent($id: ID!) {\n    event(id: $id) { version history { edges { node { version by comment created changes { field before after added } } } } }\n  }\n": types.HistoryOfEventDocument,
    "\n  query HistoryOfMeasure($id: ID!) {\n    measure(id: $id) { version history(orderBy: OLDEST_FIRST) { edges { node { version by comment created changes { field before after added } } } } }\n  }\n": types.HistoryOfMeasureDocument,
    "\n  query HistoryOfArticle($id: ID!) {\n    article(id: $id) { version body history { totalCount edges { node { version by comment created changes { field } } } } }\n  }\n": types.HistoryOfArticleDocument,
    "\n  query HistoryOfActors($first: Int) {\n    actors(first: $first) { edges { node { id history(first: 1) { edges { node { version by } } } } } }\n  }\n": types.HistoryOfActorsDocument,
    "\n  query HistoryOfActorsListOnly($first: Int) {\n    actors(first: $first) { edges { node { id } } }\n  }\n": types.HistoryOfActorsListOnlyDocument,
    "\n  mutation HistoryCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id version } } }\n": types.HistoryCreateActorDocument,
    "\n  mutation HistoryUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id version } } }\n": types.HistoryUpdateActorDocument,
    "\n  mutation HistoryCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id version } } }\n": types.HistoryCreateEventDocument,
    "\n  mutation HistoryUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id version } } }\n": types.HistoryUpdateEventDocument,
    "\n  mutation HistoryUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id version } } }\n": types.HistoryUpdateMeasureDocument,
    "\n  mutation HistoryAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote start end } } }\n": types.HistoryAttachDocument,
    "\n  mutation HistoryIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id version } measures { id title review version } }\n  }\n": types.HistoryIngestDocument,
    "\n  mutation HistoryAccept($id: ID!, $note: String, $measure: MeasureChanges) {\n    acceptProposal(id: $id, note: $note, measure: $measure) { record { ... on Measure { id version } } }\n  }\n": types.HistoryAcceptDocument,
    "\n  query RandomWritesStart {\n    articles(first: 20) { edges { node { id body } } }\n    actors(first: 100) { edges { node { id kind } } }\n    events(first: 100) { edges { node { id } } }\n    measures(first: 100) { edges { node { id } } }\n  }\n": types.RandomWritesStartDocument,
    "\n  mutation RandomWritesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": types.RandomWritesCreateActorDocument,
    "\n  mutation RandomWritesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n": types.RandomWritesUpdateActorDocument,
    "\n  mutation RandomWritesCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": types.RandomWritesCreateEventDocument,
    "\n  mutation RandomWritesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n": types.RandomWritesUpdateEventDocument,
    "\n  mutation RandomWritesCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": types.RandomWritesCreateMeasureDocument,
    "\n  mutation RandomWritesUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id } } }\n": types.RandomWritesUpdateMeasureDocument,
    "\n  mutation RandomWritesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }\n": types.RandomWritesAttachDocument,
    "\n  mutation RandomWritesRetract($input: RetractRecordInput!) { retractRecord(input: $input) { referenceCount } }\n": types.RandomWritesRetractDocument,
    "\n  mutation RandomWritesRestore($input: RestoreRecordInput!) { restoreRecord(input: $input) { referenceCount } }\n": types.RandomWritesRestoreDocument,
    "\n  mutation RandomWritesMergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { movedReferences } }\n": types.RandomWritesMergeActorsDocument,
    "\n  mutation RandomWritesMergeEvents($input: MergeEventsInput!) { mergeEvents(input: $input) { movedReferences } }\n": types.RandomWritesMergeEventsDocument,
    "\n  mutation RandomWritesIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { created events { id } measures { id } } }\n": types.RandomWritesIngestDocument,
    "\n  query RandomWritesQueue { reviewQueue(first: 50) { edges { node { ... on Event { id } ... on Measure { id } } } } }\n": types.RandomWritesQueueDocument,
    "\n  mutation RandomWritesAccept($id: ID!) { acceptProposal(id: $id, note: \"Checked against the source\") { record { ... on Event { id } ... on Measure { id } } } }\n": types.RandomWritesAcceptDocument,
    "\n  mutation RandomWritesReject($id: ID!) { rejectProposal(id: $id, reason: \"Not a happening of its own\") { record { ... on Event { id } ... on Measure { id } } } }\n": types.RandomWritesRejectDocument,
    "\n  query RandomWritesChanges($after: String) {\n    changes(after: $after, first: 100) { pageInfo { hasNextPage endCursor } edges { node { recordId revision { version } } } }\n  }\n": types.RandomWritesChangesDocument,
    "\n  query IngestCliArticles { articles(first: 100, orderBy: TITLE_ASC) { edges { node { title outlet rawFormat url fetchedAt language } } } }\n": types.IngestCliArticlesDocument,
    "\n  mutation MentionsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article {\n        id\n        body\n        mentions { text start end kind actor { name } }\n        named: actors { name }\n        withDemonyms: actors(includeDemonyms: true) { name }\n        candidateNames\n      }\n    }\n  }\n": types.MentionsIngestDocument,
    "\n  query MentionsArticlesOf($id: ID!, $demonyms: Boolean!) {\n    actor(id: $id) { articles(first: 100, includeDemonyms: $demonyms) { edges { node { id } } } }\n    articles(first: 100, filter: { actorIds: [$id], includeDemonyms: $demonyms }) { edges { node { id } } }\n  }\n": types.MentionsArticlesOfDocument,
    "\n  mutation OutletsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id outlet agency syndicatedWith { id } } }\n  }\n": types.OutletsIngestDocument,
    "\n  mutation OutletsCreatePublisher($input: CreateActorInput!) { createActor(input: $input) { actor { name hosts } } }\n": types.OutletsCreatePublisherDocument,
    "\n  mutation PublicationDatesIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article { publishedAt { text precision } publishedAtSource publishedAtNote pageHeaderDate { text } flags }\n    }\n  }\n": types.PublicationDatesIngestDocument,
    "\n  mutation ReadingPagesIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      article {\n        title\n        body\n        authors\n        outlet\n        agency\n        language\n        flags\n        publishedAt { text }\n        publishedAtSource\n        fetchedAt\n        rawFormat\n        rawText\n        removedLines { text kind reason }\n        mentions { text kind actor { name } }\n        candidateNames\n      }\n    }\n  }\n": types.ReadingPagesIngestDocument,
    "\n  query ClientBudgetsCheapEvent($id: ID!) { event(id: $id) { title } }\n": types.ClientBudgetsCheapEventDocument,
    "\n  query ClientBudgetsCostlyEvents { events { edges { node { id title kind participants { role actor { name } } sources { quote } } } } }\n": types.ClientBudgetsCostlyEventsDocument,
    "\n  query ClientBudgetsCheapActor($id: ID!) { actor(id: $id) { name } }\n": types.ClientBudgetsCheapActorDocument,
    "\n  query HostileOperationsCheapEvent($id: ID!) { event(id: $id) { title } }\n": types.HostileOperationsCheapEventDocument,
    "\n  query MeasureFiltersIds($filter: MeasureFilter, $orderBy: MeasureOrder) {\n    measures(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id title } } }\n  }\n": types.MeasureFiltersIdsDocument,
    "\n  query MeasureFiltersResponses($id: ID!) {\n    event(id: $id) { responses(orderBy: TITLE_ASC) { totalCount edges { node { title respondsTo { title } } } } }\n  }\n": types.MeasureFiltersResponsesDocument,
    "\n  mutation MeasureWritesCreate($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      measure { id title kind status date { text precision } issuers { name } targets { name } respondsTo { title } legalBasis details sources { quote } }\n    }\n  }\n": types.MeasureWritesCreateDocument,
    "\n  query MeasureWritesJapanWarnings($japan: ID!) { measures(filter: { issuerIds: [$japan], kinds: [WARNING] }) { edges { node { id } } } }\n": types.MeasureWritesJapanWarningsDocument,
    "\n  mutation MeasureWritesUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { title status date { text } issuers { name } } } }\n": types.MeasureWritesUpdateDocument,
    "\n  mutation StatusHistoryCreate($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": types.StatusHistoryCreateDocument,
    "\n  mutation StatusHistoryUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version } } }\n": types.StatusHistoryUpdateDocument,
    "\n  query StatusHistoryCourse($id: ID!) {\n    measure(id: $id) {\n      status\n      version\n      statusHistory { status date { text } source { quote article { id } } }\n      end { kind date { text } source { quote } }\n    }\n  }\n": types.StatusHistoryCourseDocument,
    "\n  mutation MergeCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n": types.MergeCreateActorDocument,
    "\n  mutation MergeCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": types.MergeCreateEventDocument,
    "\n  mutation MergeCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": types.MergeCreateMeasureDocument,
    "\n  mutation MergeIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id mentions { actor { id } text } } } }\n": types.MergeIngestDocument,
    "\n  mutation MergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { actor { id name aliases mergedFrom } movedReferences } }\n": types.MergeActorsDocument,
    "\n  mutation MergeEvents($input: MergeEventsInput!) {\n    mergeEvents(input: $input) { event { id sources { quote } dateClaims { date { text } } participants { actor { id } role } mergedFrom } movedReferences }\n  }\n": types.MergeEventsDocument,
    "\n  query MergeAfterActors($merged: ID!, $event: ID!, $measure: ID!, $article: ID!) {\n    node(id: $merged) { id ... on Actor { name } }\n    event(id: $event) { participants { actor { id } role } }\n    measure(id: $measure) { issuers { id } targets { id } }\n    article(id: $article) { mentions { actor { id } text } }\n    actors(filter: { search: \"Choson\" }) { edges { node { id } } }\n  }\n": types.MergeAfterActorsDocument,
    "\n  query MergeAfterEvents($merged: ID!, $measure: ID!) {\n    node(id: $merged) { id }\n    measure(id: $measure) { respondsTo { id } }\n    events(filter: { search: \"Zephyrine\" }) { totalCount }\n  }\n": types.MergeAfterEventsDocument,
    "\n  mutation MergeIngestCoded($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { events { id kind } measures { id responses { event { id } source { quote } } } }\n  }\n": types.MergeIngestCodedDocument,
    "\n  query MergeResponses($measure: ID!) { measure(id: $measure) { respondsTo { id } responses { event { id } source { quote } } } }\n": types.MergeResponsesDocument,
    "\n  query MergeActorVersions($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { version aliases mergedFrom } } }\n": types.MergeActorVersionsDocument,
    "\n  query NodeLookupNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on Article { outlet } ... on Actor { name } ... on Event { kind } ... on Measure { status } }\n  }\n": types.NodeLookupNodesDocument,
    "\n  query NodeLookupNodeAndEvent($id: ID!) { node(id: $id) { id } event(id: $id) { id } }\n": types.NodeLookupNodeAndEventDocument,
    "\n  query NodeLookupNotAnId { node(id: \"Event:evt-kim-putin-summit\") { id } }\n": types.NodeLookupNotAnIdDocument,
    "\n  query NodeLookupActor($id: ID!) { actor(id: $id) { id } }\n": types.NodeLookupActorDocument,
    "\n  query CursorsEventsPage($first: Int, $after: String, $orderBy: EventOrder) {\n    events(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id title } }\n    }\n  }\n": types.CursorsEventsPageDocument,
    "\n  query CursorsTimelinePage($ids: [ID!]!, $first: Int, $after: String) {\n    timeline(actorIds: $ids, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { __typename ... on Event { title } ... on Measure { title } } }\n    }\n  }\n": types.CursorsTimelinePageDocument,
    "\n  fragment RelationPagesEvents on EventConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n  fragment RelationPagesMeasures on MeasureConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n  fragment RelationPagesArticles on ArticleConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n": types.RelationPagesEventsFragmentDoc,
    "\n  query RelationPagesActorsWithRelations {\n    actors(first: 30) {\n      edges {\n        node {\n          id\n          events(first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }\n          measuresTargeting(first: 1) { ...RelationPagesMeasures }\n          articles(first: 3) { ...RelationPagesArticles }\n        }\n      }\n    }\n  }\n": types.RelationPagesActorsWithRelationsDocument,
    "\n  query RelationPagesAlone($id: ID!) {\n    events(filter: { actorIds: [$id] }, first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }\n    measures(filter: { targetIds: [$id] }, first: 1) { ...RelationPagesMeasures }\n    articles(filter: { actorIds: [$id] }, first: 3) { ...RelationPagesArticles }\n  }\n": types.RelationPagesAloneDocument,
    "\n  query RelationPagesActorEvents($id: ID!) { actor(id: $id) { events(first: 3) { ...RelationPagesEvents } } }\n": types.RelationPagesActorEventsDocument,
    "\n  query RelationPagesStateEventsAfter($after: String) {\n    actors(filter: { search: \"north korea\", kinds: [STATE] }) { edges { node { id events(first: 3, after: $after) { ...RelationPagesEvents } } } }\n  }\n": types.RelationPagesStateEventsAfterDocument,
    "\n  query RelationPagesEventsAfter($id: ID!, $after: String) { events(filter: { actorIds: [$id] }, first: 3, after: $after) { ...RelationPagesEvents } }\n": types.RelationPagesEventsAfterDocument,
    "\n  mutation RoundTripsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": types.RoundTripsCreateEventDocument,
    "\n  query RoundTripsEventsWithRelations($first: Int) {\n    events(first: $first, orderBy: TITLE_ASC) {\n      edges { node {\n        title\n        participants { role actor { name kind } }\n        sources { quote article { title outlet } }\n      } }\n    }\n  }\n": types.RoundTripsEventsWithRelationsDocument,
    "\n  query RoundTripsCountedEvents { events(first: 2) { totalCount edges { node { title } } } }\n": types.RoundTripsCountedEventsDocument,
    "\n  query RoundTripsActorsWithRelations($first: Int) {\n    actors(first: $first, orderBy: NAME_ASC) { edges { node {\n      name\n      events(first: 5) { totalCount edges { node { title participants { actor { name } } } } }\n      measuresIssued(first: 3) { edges { node { title } } }\n    } } }\n  }\n": types.RoundTripsActorsWithRelationsDocument,
    "\n  query PlaygroundTimelineHead($ids: [ID!]!) { timeline(actorIds: $ids, first: 1) { totalCount edges { node { ... on Event { title } } } } }\n": types.PlaygroundTimelineHeadDocument,
    "\n  subscription ProductionSettingsEventAdded { eventAdded { cursor } }\n": types.ProductionSettingsEventAddedDocument,
    "\n  mutation RetractionRetract($input: RetractRecordInput!) {\n    retractRecord(input: $input) {\n      record { id ... on Event { version retraction { reason by } } ... on Actor { version retraction { reason by } } }\n      referencedBy { id }\n      referenceCount\n    }\n  }\n": types.RetractionRetractDocument,
    "\n  mutation RetractionRestore($input: RestoreRecordInput!) {\n    restoreRecord(input: $input) { record { id ... on Event { version retraction { reason } } } referenceCount }\n  }\n": types.RetractionRestoreDocument,
    "\n  query RetractionEventReads($id: ID!, $actor: ID!) {\n    node(id: $id) { ... on Event { title version retraction { reason by } } }\n    listed: events(filter: { search: \"container\" }) { totalCount edges { node { id } } }\n    withRetracted: events(filter: { search: \"container\", includeRetracted: true }) { totalCount edges { node { id retraction { reason } } } }\n    actor(id: $actor) { events(first: 100) { edges { node { id } } } }\n  }\n": types.RetractionEventReadsDocument,
    "\n  query RetractionActorReads($id: ID!) {\n    node(id: $id) { ... on Actor { name retraction { reason } } }\n    actors(filter: { search: \"Budanov\" }) { totalCount }\n    withRetracted: actors(filter: { search: \"Budanov\", includeRetracted: true }) { totalCount }\n  }\n": types.RetractionActorReadsDocument,
    "\n  query RetractionCounts($id: ID!) {\n    events { totalCount }\n    measures { totalCount }\n    actors { totalCount }\n    node(id: $id) { ... on Measure { statusHistory { status } end { kind } retraction { reason } } }\n  }\n": types.RetractionCountsDocument,
    "\n  query SeedQuestionsSouthKoreaMeasures($sk: ID!) {\n    measures(filter: { issuerIds: [$sk] }, orderBy: DATE_ASC, first: 50) {\n      totalCount\n      edges { node { title kind status date { text } targets { name } sources { quote article { id } } } }\n    }\n  }\n": types.SeedQuestionsSouthKoreaMeasuresDocument,
    "\n  query SeedQuestionsKimEvents($kim: ID!) {\n    actor(id: $kim) { name aliases events { totalCount edges { node { title date { text precision } participants { role actor { name } } } } } }\n  }\n": types.SeedQuestionsKimEventsDocument,
    "\n  query SeedQuestionsShoigu($shoigu: ID!) {\n    actor(id: $shoigu) {\n      articles(orderBy: PUBLISHED_AT_ASC) { totalCount edges { node { id outlet publishedAt { text } } } }\n      events {\n        edges { node { title date { text precision } dateDisputed dateClaims { date { text precision } source { quote article { id outlet } } } } }\n      }\n    }\n  }\n": types.SeedQuestionsShoiguDocument,
    "\n  query SeedingCounts { articles { totalCount } actors { totalCount } events { totalCount } measures { totalCount } }\n": types.SeedingCountsDocument,
    "\n  mutation SeedingCreateBystander { createActor(input: { name: \"Seeding Bystander\", kind: ORGANIZATION }) { actor { id name } } }\n": types.SeedingCreateBystanderDocument,
    "\n  query SeedingActorName($id: ID!) { node(id: $id) { ... on Actor { name } } }\n": types.SeedingActorNameDocument,
    "\n  query SeedingActorDescription($id: ID!) { node(id: $id) { ... on Actor { description version } } }\n": types.SeedingActorDescriptionDocument,
    "\n  mutation SeedingUpdateDescription($input: UpdateActorInput!) { updateActor(input: $input) { actor { description version } } }\n": types.SeedingUpdateDescriptionDocument,
    "\n  query SeedingActorNames($id: ID!) { node(id: $id) { ... on Actor { name aliases metonyms demonyms hosts version } } }\n": types.SeedingActorNamesDocument,
    "\n  mutation SeedingCreateNamed { createActor(input: { name: \"Seeding Elder\", kind: ORGANIZATION, aliases: [\"The Elder\"] }) { actor { id } } }\n": types.SeedingCreateNamedDocument,
    "\n  query FilterParityEventIds($filter: EventFilter) { events(filter: $filter, first: 100) { edges { node { id } } } }\n": types.FilterParityEventIdsDocument,
    "\n  mutation InvalidInputCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n": types.InvalidInputCreateEventDocument,
    "\n  mutation InvalidInputUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n": types.InvalidInputUpdateEventDocument,
    "\n  mutation InvalidInputCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n": types.InvalidInputCreateMeasureDocument,
    "\n  mutation InvalidInputUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n": types.InvalidInputUpdateActorDocument,
    "\n  mutation InvalidInputAttachEvidence($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n": types.InvalidInputAttachEvidenceDocument,
    "\n  query InvalidInputEventsInRange($from: String, $to: String) { events(filter: { date: { from: $from, to: $to } }) { totalCount } }\n": types.InvalidInputEventsInRangeDocument,
    "\n  query InvalidInputEvent($id: ID!) { event(id: $id) { id } }\n": types.InvalidInputEventDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorNames($filter: ActorFilter, $orderBy: ActorOrder) {\n    actors(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { name } } }\n  }\n"): typeof import('./graphql').ActorNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorWithRolesAndCounts($id: ID!) {\n    actor(id: $id) {\n      name kind affiliation { name }\n      roles { title organization { name } sources { quote article { outlet } } }\n      measuresIssued { totalCount }\n      measuresTargeting { totalCount }\n      articles { totalCount }\n    }\n  }\n"): typeof import('./graphql').ActorWithRolesAndCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorMeasureCounts($id: ID!) { actor(id: $id) { measuresTargeting { totalCount } measuresIssued { totalCount } } }\n"): typeof import('./graphql').ActorMeasureCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorTimeline($ids: [ID!]!, $date: DateRangeInput) {\n    timeline(actorIds: $ids, date: $date, first: 100) {\n      totalCount edges { node { __typename ... on Event { title date { text } } ... on Measure { title date { text } } } }\n    }\n  }\n"): typeof import('./graphql').ActorTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorWritesFields on Actor {\n    name kind aliases description affiliation { name } roles { title organization { name } sources { quote } } sources { quote article { id } }\n  }\n"): typeof import('./graphql').ActorWritesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorWritesCreate($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesFields } } }\n"): typeof import('./graphql').ActorWritesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorWritesFindTaeYong { actors(filter: { search: \"tae yong\" }) { edges { node { id } } } }\n"): typeof import('./graphql').ActorWritesFindTaeYongDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorWritesUpdate($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesFields } } }\n"): typeof import('./graphql').ActorWritesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActorWritesNames on Actor { name aliases metonyms demonyms hosts version }\n"): typeof import('./graphql').ActorWritesNamesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorWritesCreateNamed($input: CreateActorInput!) { createActor(input: $input) { actor { id ...ActorWritesNames } } }\n"): typeof import('./graphql').ActorWritesCreateNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActorWritesUpdateNamed($input: UpdateActorInput!) { updateActor(input: $input) { actor { ...ActorWritesNames } } }\n"): typeof import('./graphql').ActorWritesUpdateNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorWritesReadNamed($id: ID!) { actor(id: $id) { ...ActorWritesNames } }\n"): typeof import('./graphql').ActorWritesReadNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorWritesSearchNames($search: String!, $orderBy: ActorOrder) {\n    actors(filter: { search: $search }, orderBy: $orderBy, first: 100) { edges { node { name } } }\n  }\n"): typeof import('./graphql').ActorWritesSearchNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleQueriesIds($filter: ArticleFilter, $orderBy: ArticleOrder) {\n    articles(filter: $filter, orderBy: $orderBy) { totalCount edges { node { id } } }\n  }\n"): typeof import('./graphql').ArticleQueriesIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleQueriesDates($id: ID!) {\n    article(id: $id) {\n      title outlet agency language publishedAt { text precision } publishedAtSource pageHeaderDate { text } contentHash\n      events { totalCount } measures { totalCount }\n    }\n  }\n"): typeof import('./graphql').ArticleQueriesDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleQueriesMentions($id: ID!) { article(id: $id) { body mentions { text start end actor { name } } } }\n"): typeof import('./graphql').ArticleQueriesMentionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeysCreateOrganization($name: String!) { createActor(input: { name: $name, kind: ORGANIZATION }) { actor { name kind } } }\n"): typeof import('./graphql').ApiKeysCreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysActorCount { actors(first: 1) { totalCount } }\n"): typeof import('./graphql').ApiKeysActorCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeysReaderOrgCount { actors(filter: { search: \"Reader Org\" }) { totalCount } }\n"): typeof import('./graphql').ApiKeysReaderOrgCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').ProposalsCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').ProposalsCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article { id body }\n      events {\n        id title kind review date { text } participants { role actor { name } }\n        coding { confidence mode ploverType coderVersion } sources { quote start end article { id } } dateClaims { date { text } }\n      }\n      measures {\n        id title kind status review date { text } issuers { name } targets { name }\n        coding { confidence mode ploverType } sources { quote start end article { id } }\n        responses { event { id } source { quote start end } }\n      }\n    }\n  }\n"): typeof import('./graphql').ProposalsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalsLists($search: String!) {\n    events(filter: { search: $search }) { totalCount }\n    proposedEvents: events(filter: { search: $search, review: [PROPOSED] }) { totalCount edges { node { id } } }\n    proposedMeasures: measures(filter: { review: [PROPOSED] }) { edges { node { id } } }\n    rejectedMeasures: measures(filter: { review: [REJECTED] }) { edges { node { id reviewNote } } }\n    reviewQueue { totalCount edges { node { __typename ... on Event { id coding { confidence } } ... on Measure { id coding { confidence } } } } }\n  }\n"): typeof import('./graphql').ProposalsListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalsAccept($id: ID!, $note: String, $event: EventChanges, $measure: MeasureChanges) {\n    acceptProposal(id: $id, note: $note, event: $event, measure: $measure) {\n      record { ... on Event { id title review reviewNote version } ... on Measure { id review version } }\n    }\n  }\n"): typeof import('./graphql').ProposalsAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalsReject($id: ID!, $reason: String!) {\n    rejectProposal(id: $id, reason: $reason) { record { ... on Measure { id review reviewNote version } ... on Event { id review version } } }\n  }\n"): typeof import('./graphql').ProposalsRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposalsCode($articleId: ID!) { codeArticle(articleId: $articleId) { proposed merged alreadyCoded events { id } measures { id } } }\n"): typeof import('./graphql').ProposalsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProposalsEventVersion($id: ID!) { node(id: $id) { ... on Event { version review title } } }\n"): typeof import('./graphql').ProposalsEventVersionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }\n"): typeof import('./graphql').AmendmentsAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsSources($event: ID!, $measure: ID!) {\n    event: node(id: $event) { ... on Event { version sources { quote start end } } }\n    measure: node(id: $measure) { ... on Measure { version sources { quote start end } } }\n  }\n"): typeof import('./graphql').AmendmentsSourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').AmendmentsCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendmentsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id } events { id version sources { quote } } measures { id version sources { quote } } }\n  }\n"): typeof import('./graphql').AmendmentsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsChanges($after: String) {\n    changes(after: $after, first: 100) { pageInfo { endCursor hasNextPage } edges { node { recordType recordId revision { version changes { field added } } } } }\n  }\n"): typeof import('./graphql').AmendmentsChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AmendmentsCoded($event: ID!, $measure: ID!) {\n    event: node(id: $event) { ... on Event { version sources { quote } } }\n    measure: node(id: $measure) { ... on Measure { version sources { quote } } }\n  }\n"): typeof import('./graphql').AmendmentsCodedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckpointCreateActor($name: String!) { createActor(input: { name: $name, kind: PERSON }) { actor { id } } }\n"): typeof import('./graphql').CheckpointCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckpointActorAndCounts($id: ID!) { node(id: $id) { ... on Actor { name } } actors { totalCount } events { totalCount } }\n"): typeof import('./graphql').CheckpointActorAndCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpectedVersionRead($event: ID!, $measure: ID!, $actor: ID!) {\n    event(id: $event) { version description }\n    measure(id: $measure) { version details }\n    actor(id: $actor) { version description }\n  }\n"): typeof import('./graphql').ExpectedVersionReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpectedVersionEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { version description } } }\n"): typeof import('./graphql').ExpectedVersionEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpectedVersionMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version details } } }\n"): typeof import('./graphql').ExpectedVersionMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExpectedVersionActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { version description } } }\n"): typeof import('./graphql').ExpectedVersionActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportImportCreateActor { createActor(input: { name: \"Export Witness\", kind: PERSON, aliases: [\"E. Witness\"] }) { actor { id } } }\n"): typeof import('./graphql').ExportImportCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportImportCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').ExportImportCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportImportAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n"): typeof import('./graphql').ExportImportAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportImportIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }\n"): typeof import('./graphql').ExportImportIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportImportState($event: ID!, $actor: ID!, $article: ID!) {\n    events { totalCount }\n    actors { totalCount }\n    measures { totalCount }\n    articles { totalCount }\n    changes(first: 100) { totalCount edges { cursor node { recordType recordId revision { version by } } } }\n    event: node(id: $event) { ... on Event { title date { text } dateClaims { date { text } } participants { role actor { name } } sources { quote start end article { id } } version ...ExportImportHistory } }\n    actor: node(id: $actor) { ... on Actor { name aliases ...ExportImportHistory } }\n    article: node(id: $article) { ... on Article { title rawText ...ExportImportHistory } }\n  }\n\n  fragment ExportImportHistory on Node {\n    ... on Event { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n    ... on Actor { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n    ... on Article { history { totalCount edges { node { version at by comment created changes { field before after added } } } } }\n  }\n"): typeof import('./graphql').ExportImportStateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartCreateWitness { createActor(input: { name: \"Restart Witness\", kind: PERSON, aliases: [\"R. Witness\"] }) { actor { id } } }\n"): typeof import('./graphql').RestartCreateWitnessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RestartWitnessAndEventCount($id: ID!) { node(id: $id) { ... on Actor { name aliases } } events { totalCount } }\n"): typeof import('./graphql').RestartWitnessAndEventCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpdatedSinceLists($since: DateTimeISO!) {\n    events(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    measures(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    actors(filter: { updatedSince: $since }) { totalCount edges { node { id } } }\n    articles(filter: { updatedSince: $since }) { totalCount }\n  }\n"): typeof import('./graphql').UpdatedSinceListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatedSinceTouch($event: UpdateEventInput!, $measure: UpdateMeasureInput!, $actor: UpdateActorInput!) {\n    updateEvent(input: $event) { event { id } }\n    updateMeasure(input: $measure) { measure { id } }\n    updateActor(input: $actor) { actor { id } }\n  }\n"): typeof import('./graphql').UpdatedSinceTouchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventFiltersTitles($filter: EventFilter, $orderBy: EventOrder) {\n    events(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { title } } }\n  }\n"): typeof import('./graphql').EventFiltersTitlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventWritesCreate($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id title kind date { text precision approximate } dateDisputed dateClaims { date { text } source { quote start end article { id } } }\n        location description participants { role actor { name } } sources { quote start end article { id } }\n      }\n    }\n  }\n"): typeof import('./graphql').EventWritesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventWritesFindExhibition {\n    events(filter: { date: { from: \"2023-08-15\", to: \"2023-08-15\" }, search: \"Arms exhibition Pyongyang\" }, orderBy: TITLE_ASC) { edges { node { id } } }\n  }\n"): typeof import('./graphql').EventWritesFindExhibitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventWritesUpdate($input: UpdateEventInput!) {\n    updateEvent(input: $input) { event { title kind location date { text } dateDisputed participants { actor { name } } } }\n  }\n"): typeof import('./graphql').EventWritesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EventWritesAttachEvidence($input: AttachEvidenceInput!) {\n    attachEvidence(input: $input) {\n      evidence { quote start end }\n      subject { id ... on Event { sources { quote } } }\n    }\n  }\n"): typeof import('./graphql').EventWritesAttachEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesFeed($after: String, $types: [RecordType!], $first: Int) {\n    changes(after: $after, types: $types, first: $first) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        cursor\n        node {\n          recordType\n          recordId\n          record { id ... on Actor { name version } ... on Event { title version } }\n          revision { version by comment created changes { field before after added } }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ChangesFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').ChangesCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').ChangesUpdateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').ChangesUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangesSummit($id: ID!) { event(id: $id) { title location } }\n"): typeof import('./graphql').ChangesSummitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n"): typeof import('./graphql').ChangesAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryOfActor($id: ID!, $first: Int, $after: String, $orderBy: HistoryOrder) {\n    actor(id: $id) {\n      version\n      history(first: $first, after: $after, orderBy: $orderBy) {\n        totalCount\n        pageInfo { hasNextPage hasPreviousPage endCursor }\n        edges { node { version at by comment created changes { field before after added } } }\n      }\n    }\n  }\n"): typeof import('./graphql').HistoryOfActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryOfEvent($id: ID!) {\n    event(id: $id) { version history { edges { node { version by comment created changes { field before after added } } } } }\n  }\n"): typeof import('./graphql').HistoryOfEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryOfMeasure($id: ID!) {\n    measure(id: $id) { version history(orderBy: OLDEST_FIRST) { edges { node { version by comment created changes { field before after added } } } } }\n  }\n"): typeof import('./graphql').HistoryOfMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryOfArticle($id: ID!) {\n    article(id: $id) { version body history { totalCount edges { node { version by comment created changes { field } } } } }\n  }\n"): typeof import('./graphql').HistoryOfArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryOfActors($first: Int) {\n    actors(first: $first) { edges { node { id history(first: 1) { edges { node { version by } } } } } }\n  }\n"): typeof import('./graphql').HistoryOfActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryOfActorsListOnly($first: Int) {\n    actors(first: $first) { edges { node { id } } }\n  }\n"): typeof import('./graphql').HistoryOfActorsListOnlyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id version } } }\n"): typeof import('./graphql').HistoryCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id version } } }\n"): typeof import('./graphql').HistoryUpdateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id version } } }\n"): typeof import('./graphql').HistoryCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id version } } }\n"): typeof import('./graphql').HistoryUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id version } } }\n"): typeof import('./graphql').HistoryUpdateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote start end } } }\n"): typeof import('./graphql').HistoryAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id version } measures { id title review version } }\n  }\n"): typeof import('./graphql').HistoryIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryAccept($id: ID!, $note: String, $measure: MeasureChanges) {\n    acceptProposal(id: $id, note: $note, measure: $measure) { record { ... on Measure { id version } } }\n  }\n"): typeof import('./graphql').HistoryAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RandomWritesStart {\n    articles(first: 20) { edges { node { id body } } }\n    actors(first: 100) { edges { node { id kind } } }\n    events(first: 100) { edges { node { id } } }\n    measures(first: 100) { edges { node { id } } }\n  }\n"): typeof import('./graphql').RandomWritesStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').RandomWritesCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').RandomWritesUpdateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').RandomWritesCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').RandomWritesUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n"): typeof import('./graphql').RandomWritesCreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesUpdateMeasure($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { id } } }\n"): typeof import('./graphql').RandomWritesUpdateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesAttach($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { start } } }\n"): typeof import('./graphql').RandomWritesAttachDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesRetract($input: RetractRecordInput!) { retractRecord(input: $input) { referenceCount } }\n"): typeof import('./graphql').RandomWritesRetractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesRestore($input: RestoreRecordInput!) { restoreRecord(input: $input) { referenceCount } }\n"): typeof import('./graphql').RandomWritesRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesMergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { movedReferences } }\n"): typeof import('./graphql').RandomWritesMergeActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesMergeEvents($input: MergeEventsInput!) { mergeEvents(input: $input) { movedReferences } }\n"): typeof import('./graphql').RandomWritesMergeEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { created events { id } measures { id } } }\n"): typeof import('./graphql').RandomWritesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RandomWritesQueue { reviewQueue(first: 50) { edges { node { ... on Event { id } ... on Measure { id } } } } }\n"): typeof import('./graphql').RandomWritesQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesAccept($id: ID!) { acceptProposal(id: $id, note: \"Checked against the source\") { record { ... on Event { id } ... on Measure { id } } } }\n"): typeof import('./graphql').RandomWritesAcceptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RandomWritesReject($id: ID!) { rejectProposal(id: $id, reason: \"Not a happening of its own\") { record { ... on Event { id } ... on Measure { id } } } }\n"): typeof import('./graphql').RandomWritesRejectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RandomWritesChanges($after: String) {\n    changes(after: $after, first: 100) { pageInfo { hasNextPage endCursor } edges { node { recordId revision { version } } } }\n  }\n"): typeof import('./graphql').RandomWritesChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IngestCliArticles { articles(first: 100, orderBy: TITLE_ASC) { edges { node { title outlet rawFormat url fetchedAt language } } } }\n"): typeof import('./graphql').IngestCliArticlesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MentionsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article {\n        id\n        body\n        mentions { text start end kind actor { name } }\n        named: actors { name }\n        withDemonyms: actors(includeDemonyms: true) { name }\n        candidateNames\n      }\n    }\n  }\n"): typeof import('./graphql').MentionsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionsArticlesOf($id: ID!, $demonyms: Boolean!) {\n    actor(id: $id) { articles(first: 100, includeDemonyms: $demonyms) { edges { node { id } } } }\n    articles(first: 100, filter: { actorIds: [$id], includeDemonyms: $demonyms }) { edges { node { id } } }\n  }\n"): typeof import('./graphql').MentionsArticlesOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletsIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { article { id outlet agency syndicatedWith { id } } }\n  }\n"): typeof import('./graphql').OutletsIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutletsCreatePublisher($input: CreateActorInput!) { createActor(input: $input) { actor { name hosts } } }\n"): typeof import('./graphql').OutletsCreatePublisherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublicationDatesIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      article { publishedAt { text precision } publishedAtSource publishedAtNote pageHeaderDate { text } flags }\n    }\n  }\n"): typeof import('./graphql').PublicationDatesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReadingPagesIngest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created\n      article {\n        title\n        body\n        authors\n        outlet\n        agency\n        language\n        flags\n        publishedAt { text }\n        publishedAtSource\n        fetchedAt\n        rawFormat\n        rawText\n        removedLines { text kind reason }\n        mentions { text kind actor { name } }\n        candidateNames\n      }\n    }\n  }\n"): typeof import('./graphql').ReadingPagesIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientBudgetsCheapEvent($id: ID!) { event(id: $id) { title } }\n"): typeof import('./graphql').ClientBudgetsCheapEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientBudgetsCostlyEvents { events { edges { node { id title kind participants { role actor { name } } sources { quote } } } } }\n"): typeof import('./graphql').ClientBudgetsCostlyEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientBudgetsCheapActor($id: ID!) { actor(id: $id) { name } }\n"): typeof import('./graphql').ClientBudgetsCheapActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HostileOperationsCheapEvent($id: ID!) { event(id: $id) { title } }\n"): typeof import('./graphql').HostileOperationsCheapEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureFiltersIds($filter: MeasureFilter, $orderBy: MeasureOrder) {\n    measures(filter: $filter, orderBy: $orderBy, first: 100) { totalCount edges { node { id title } } }\n  }\n"): typeof import('./graphql').MeasureFiltersIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureFiltersResponses($id: ID!) {\n    event(id: $id) { responses(orderBy: TITLE_ASC) { totalCount edges { node { title respondsTo { title } } } } }\n  }\n"): typeof import('./graphql').MeasureFiltersResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeasureWritesCreate($input: CreateMeasureInput!) {\n    createMeasure(input: $input) {\n      measure { id title kind status date { text precision } issuers { name } targets { name } respondsTo { title } legalBasis details sources { quote } }\n    }\n  }\n"): typeof import('./graphql').MeasureWritesCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureWritesJapanWarnings($japan: ID!) { measures(filter: { issuerIds: [$japan], kinds: [WARNING] }) { edges { node { id } } } }\n"): typeof import('./graphql').MeasureWritesJapanWarningsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MeasureWritesUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { title status date { text } issuers { name } } } }\n"): typeof import('./graphql').MeasureWritesUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusHistoryCreate($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n"): typeof import('./graphql').StatusHistoryCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StatusHistoryUpdate($input: UpdateMeasureInput!) { updateMeasure(input: $input) { measure { version } } }\n"): typeof import('./graphql').StatusHistoryUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatusHistoryCourse($id: ID!) {\n    measure(id: $id) {\n      status\n      version\n      statusHistory { status date { text } source { quote article { id } } }\n      end { kind date { text } source { quote } }\n    }\n  }\n"): typeof import('./graphql').StatusHistoryCourseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCreateActor($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').MergeCreateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').MergeCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n"): typeof import('./graphql').MergeCreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id mentions { actor { id } text } } } }\n"): typeof import('./graphql').MergeIngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeActors($input: MergeActorsInput!) { mergeActors(input: $input) { actor { id name aliases mergedFrom } movedReferences } }\n"): typeof import('./graphql').MergeActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeEvents($input: MergeEventsInput!) {\n    mergeEvents(input: $input) { event { id sources { quote } dateClaims { date { text } } participants { actor { id } role } mergedFrom } movedReferences }\n  }\n"): typeof import('./graphql').MergeEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeAfterActors($merged: ID!, $event: ID!, $measure: ID!, $article: ID!) {\n    node(id: $merged) { id ... on Actor { name } }\n    event(id: $event) { participants { actor { id } role } }\n    measure(id: $measure) { issuers { id } targets { id } }\n    article(id: $article) { mentions { actor { id } text } }\n    actors(filter: { search: \"Choson\" }) { edges { node { id } } }\n  }\n"): typeof import('./graphql').MergeAfterActorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeAfterEvents($merged: ID!, $measure: ID!) {\n    node(id: $merged) { id }\n    measure(id: $measure) { respondsTo { id } }\n    events(filter: { search: \"Zephyrine\" }) { totalCount }\n  }\n"): typeof import('./graphql').MergeAfterEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeIngestCoded($input: IngestArticleInput!) {\n    ingestArticle(input: $input) { events { id kind } measures { id responses { event { id } source { quote } } } }\n  }\n"): typeof import('./graphql').MergeIngestCodedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeResponses($measure: ID!) { measure(id: $measure) { respondsTo { id } responses { event { id } source { quote } } } }\n"): typeof import('./graphql').MergeResponsesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeActorVersions($ids: [ID!]!) { nodes(ids: $ids) { id ... on Actor { version aliases mergedFrom } } }\n"): typeof import('./graphql').MergeActorVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookupNodes($ids: [ID!]!) {\n    nodes(ids: $ids) { __typename id ... on Article { outlet } ... on Actor { name } ... on Event { kind } ... on Measure { status } }\n  }\n"): typeof import('./graphql').NodeLookupNodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookupNodeAndEvent($id: ID!) { node(id: $id) { id } event(id: $id) { id } }\n"): typeof import('./graphql').NodeLookupNodeAndEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookupNotAnId { node(id: \"Event:evt-kim-putin-summit\") { id } }\n"): typeof import('./graphql').NodeLookupNotAnIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeLookupActor($id: ID!) { actor(id: $id) { id } }\n"): typeof import('./graphql').NodeLookupActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CursorsEventsPage($first: Int, $after: String, $orderBy: EventOrder) {\n    events(first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges { cursor node { id title } }\n    }\n  }\n"): typeof import('./graphql').CursorsEventsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CursorsTimelinePage($ids: [ID!]!, $first: Int, $after: String) {\n    timeline(actorIds: $ids, first: $first, after: $after) {\n      totalCount pageInfo { hasNextPage endCursor } edges { node { __typename ... on Event { title } ... on Measure { title } } }\n    }\n  }\n"): typeof import('./graphql').CursorsTimelinePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationPagesEvents on EventConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n  fragment RelationPagesMeasures on MeasureConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n  fragment RelationPagesArticles on ArticleConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } }\n"): typeof import('./graphql').RelationPagesEventsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationPagesActorsWithRelations {\n    actors(first: 30) {\n      edges {\n        node {\n          id\n          events(first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }\n          measuresTargeting(first: 1) { ...RelationPagesMeasures }\n          articles(first: 3) { ...RelationPagesArticles }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RelationPagesActorsWithRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationPagesAlone($id: ID!) {\n    events(filter: { actorIds: [$id] }, first: 2, orderBy: DATE_DESC) { ...RelationPagesEvents }\n    measures(filter: { targetIds: [$id] }, first: 1) { ...RelationPagesMeasures }\n    articles(filter: { actorIds: [$id] }, first: 3) { ...RelationPagesArticles }\n  }\n"): typeof import('./graphql').RelationPagesAloneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationPagesActorEvents($id: ID!) { actor(id: $id) { events(first: 3) { ...RelationPagesEvents } } }\n"): typeof import('./graphql').RelationPagesActorEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationPagesStateEventsAfter($after: String) {\n    actors(filter: { search: \"north korea\", kinds: [STATE] }) { edges { node { id events(first: 3, after: $after) { ...RelationPagesEvents } } } }\n  }\n"): typeof import('./graphql').RelationPagesStateEventsAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationPagesEventsAfter($id: ID!, $after: String) { events(filter: { actorIds: [$id] }, first: 3, after: $after) { ...RelationPagesEvents } }\n"): typeof import('./graphql').RelationPagesEventsAfterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoundTripsCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').RoundTripsCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripsEventsWithRelations($first: Int) {\n    events(first: $first, orderBy: TITLE_ASC) {\n      edges { node {\n        title\n        participants { role actor { name kind } }\n        sources { quote article { title outlet } }\n      } }\n    }\n  }\n"): typeof import('./graphql').RoundTripsEventsWithRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripsCountedEvents { events(first: 2) { totalCount edges { node { title } } } }\n"): typeof import('./graphql').RoundTripsCountedEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundTripsActorsWithRelations($first: Int) {\n    actors(first: $first, orderBy: NAME_ASC) { edges { node {\n      name\n      events(first: 5) { totalCount edges { node { title participants { actor { name } } } } }\n      measuresIssued(first: 3) { edges { node { title } } }\n    } } }\n  }\n"): typeof import('./graphql').RoundTripsActorsWithRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundTimelineHead($ids: [ID!]!) { timeline(actorIds: $ids, first: 1) { totalCount edges { node { ... on Event { title } } } } }\n"): typeof import('./graphql').PlaygroundTimelineHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProductionSettingsEventAdded { eventAdded { cursor } }\n"): typeof import('./graphql').ProductionSettingsEventAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractionRetract($input: RetractRecordInput!) {\n    retractRecord(input: $input) {\n      record { id ... on Event { version retraction { reason by } } ... on Actor { version retraction { reason by } } }\n      referencedBy { id }\n      referenceCount\n    }\n  }\n"): typeof import('./graphql').RetractionRetractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetractionRestore($input: RestoreRecordInput!) {\n    restoreRecord(input: $input) { record { id ... on Event { version retraction { reason } } } referenceCount }\n  }\n"): typeof import('./graphql').RetractionRestoreDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetractionEventReads($id: ID!, $actor: ID!) {\n    node(id: $id) { ... on Event { title version retraction { reason by } } }\n    listed: events(filter: { search: \"container\" }) { totalCount edges { node { id } } }\n    withRetracted: events(filter: { search: \"container\", includeRetracted: true }) { totalCount edges { node { id retraction { reason } } } }\n    actor(id: $actor) { events(first: 100) { edges { node { id } } } }\n  }\n"): typeof import('./graphql').RetractionEventReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetractionActorReads($id: ID!) {\n    node(id: $id) { ... on Actor { name retraction { reason } } }\n    actors(filter: { search: \"Budanov\" }) { totalCount }\n    withRetracted: actors(filter: { search: \"Budanov\", includeRetracted: true }) { totalCount }\n  }\n"): typeof import('./graphql').RetractionActorReadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetractionCounts($id: ID!) {\n    events { totalCount }\n    measures { totalCount }\n    actors { totalCount }\n    node(id: $id) { ... on Measure { statusHistory { status } end { kind } retraction { reason } } }\n  }\n"): typeof import('./graphql').RetractionCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedQuestionsSouthKoreaMeasures($sk: ID!) {\n    measures(filter: { issuerIds: [$sk] }, orderBy: DATE_ASC, first: 50) {\n      totalCount\n      edges { node { title kind status date { text } targets { name } sources { quote article { id } } } }\n    }\n  }\n"): typeof import('./graphql').SeedQuestionsSouthKoreaMeasuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedQuestionsKimEvents($kim: ID!) {\n    actor(id: $kim) { name aliases events { totalCount edges { node { title date { text precision } participants { role actor { name } } } } } }\n  }\n"): typeof import('./graphql').SeedQuestionsKimEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedQuestionsShoigu($shoigu: ID!) {\n    actor(id: $shoigu) {\n      articles(orderBy: PUBLISHED_AT_ASC) { totalCount edges { node { id outlet publishedAt { text } } } }\n      events {\n        edges { node { title date { text precision } dateDisputed dateClaims { date { text precision } source { quote article { id outlet } } } } }\n      }\n    }\n  }\n"): typeof import('./graphql').SeedQuestionsShoiguDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedingCounts { articles { totalCount } actors { totalCount } events { totalCount } measures { totalCount } }\n"): typeof import('./graphql').SeedingCountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedingCreateBystander { createActor(input: { name: \"Seeding Bystander\", kind: ORGANIZATION }) { actor { id name } } }\n"): typeof import('./graphql').SeedingCreateBystanderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedingActorName($id: ID!) { node(id: $id) { ... on Actor { name } } }\n"): typeof import('./graphql').SeedingActorNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedingActorDescription($id: ID!) { node(id: $id) { ... on Actor { description version } } }\n"): typeof import('./graphql').SeedingActorDescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedingUpdateDescription($input: UpdateActorInput!) { updateActor(input: $input) { actor { description version } } }\n"): typeof import('./graphql').SeedingUpdateDescriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedingActorNames($id: ID!) { node(id: $id) { ... on Actor { name aliases metonyms demonyms hosts version } } }\n"): typeof import('./graphql').SeedingActorNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedingCreateNamed { createActor(input: { name: \"Seeding Elder\", kind: ORGANIZATION, aliases: [\"The Elder\"] }) { actor { id } } }\n"): typeof import('./graphql').SeedingCreateNamedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterParityEventIds($filter: EventFilter) { events(filter: $filter, first: 100) { edges { node { id } } } }\n"): typeof import('./graphql').FilterParityEventIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidInputCreateEvent($input: CreateEventInput!) { createEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').InvalidInputCreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidInputUpdateEvent($input: UpdateEventInput!) { updateEvent(input: $input) { event { id } } }\n"): typeof import('./graphql').InvalidInputUpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidInputCreateMeasure($input: CreateMeasureInput!) { createMeasure(input: $input) { measure { id } } }\n"): typeof import('./graphql').InvalidInputCreateMeasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidInputUpdateActor($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }\n"): typeof import('./graphql').InvalidInputUpdateActorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvalidInputAttachEvidence($input: AttachEvidenceInput!) { attachEvidence(input: $input) { evidence { quote } } }\n"): typeof import('./graphql').InvalidInputAttachEvidenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvalidInputEventsInRange($from: String, $to: String) { events(filter: { date: { from: $from, to: $to } }) { totalCount } }\n"): typeof import('./graphql').InvalidInputEventsInRangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvalidInputEvent($id: ID!) { event(id: $id) { id } }\n"): typeof import('./graphql').InvalidInputEventDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
