import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActorResolver, ActorRoleResolver } from '../actors/actor.resolver';
import { ActorMentionResolver, ArticleResolver } from '../articles/article.resolver';
import { EventResolver, ParticipantResolver } from '../events/event.resolver';
import { EvidenceResolver } from '../evidence/evidence.resolver';
import { MeasureResolver } from '../measures/measure.resolver';
import { NodeResolver } from '../node/node.resolver';
import { TimelineResolver } from '../timeline/timeline.resolver';

export const RESOLVERS = [
  NodeResolver,
  ArticleResolver,
  ActorMentionResolver,
  ActorResolver,
  ActorRoleResolver,
  EventResolver,
  ParticipantResolver,
  MeasureResolver,
  EvidenceResolver,
  TimelineResolver,
] as const;

/** The executable schema, built from the decorated classes. */
export async function buildDossierSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: RESOLVERS, validate: false });
}
