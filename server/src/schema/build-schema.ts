import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { ActorResolver, ActorRoleResolver } from '../actors/actor.resolver';
import { ActorArticlesResolver, EvidenceArticleResolver } from '../articles/article-relations.resolver';
import { ActorMentionResolver, ArticleResolver } from '../articles/article.resolver';
import { IngestionResolver } from '../ingestion/ingestion.resolver';
import { ActorEventsResolver, ArticleEventsResolver } from '../events/event-relations.resolver';
import { EventResolver, ParticipantResolver } from '../events/event.resolver';
import { EventSubscriptionResolver } from '../events/event-subscription.resolver';
import { EvidenceResolver } from '../evidence/evidence.resolver';
import { ActorMeasuresResolver, ArticleMeasuresResolver, EventResponsesResolver } from '../measures/measure-relations.resolver';
import { MeasureResolver, MeasureResponseResolver } from '../measures/measure.resolver';
import { NodeResolver } from './node.resolver';
import { TimelineResolver } from '../timeline/timeline.resolver';
import { ReviewResolver } from '../coding/review.resolver';
import { RetractionResolver } from '../retraction/retraction.resolver';
import { MergeResolver } from '../merging/merge.resolver';
import { ChangesResolver } from '../history/changes.resolver';
import { RecordSubscriptionResolver } from '../history/record-subscription.resolver';
import { ActorHistoryResolver, ArticleHistoryResolver, EventHistoryResolver, MeasureHistoryResolver } from '../history/history.resolver';

export const RESOLVERS = [
  NodeResolver,
  ArticleResolver,
  IngestionResolver,
  ActorMentionResolver,
  ActorArticlesResolver,
  ActorResolver,
  ActorRoleResolver,
  EventResolver,
  ParticipantResolver,
  ActorEventsResolver,
  ArticleEventsResolver,
  EventSubscriptionResolver,
  MeasureResolver,
  MeasureResponseResolver,
  ActorMeasuresResolver,
  ArticleMeasuresResolver,
  EventResponsesResolver,
  EvidenceResolver,
  EvidenceArticleResolver,
  ReviewResolver,
  RetractionResolver,
  MergeResolver,
  TimelineResolver,
  ArticleHistoryResolver,
  ActorHistoryResolver,
  EventHistoryResolver,
  MeasureHistoryResolver,
  ChangesResolver,
  RecordSubscriptionResolver,
] as const;

/**
 * type-graphql requires a topic pub/sub even when every subscription brings its own
 * `subscribe` function, as Dossier's do (they read the cross-instance event feed).
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('Dossier subscriptions do not use topics');
  },
  subscribe() {
    throw new Error('Dossier subscriptions do not use topics');
  },
};

/** The executable schema, built from the decorated classes. */
export async function buildDossierSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false, pubSub: NO_TOPICS });
  // type-graphql has no decorator for the root types; their descriptions head the playground docs.
  schema.getQueryType()!.description =
    'Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, timelines across actors, and every change made to them (`changes`).';
  schema.getMutationType()!.description =
    'Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written.';
  schema.getSubscriptionType()!.description =
    'Live event changes over graphql-ws at the same URL as queries; send the API key as `connectionParams.apiKey`. Every change carries a cursor to resume from after a disconnect.';
  return schema;
}
