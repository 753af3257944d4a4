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
  const schema = await buildSchema({ resolvers: RESOLVERS, validate: false });
  // type-graphql has no decorator for the root types; their descriptions head the playground docs.
  schema.getQueryType()!.description =
    'Reads are public. Articles, actors, events and measures by id or as filtered, ordered cursor connections, and timelines across actors.';
  schema.getMutationType()!.description =
    'Writes need an API key with the editor role (`Authorization: Bearer <key>`). Invalid input is refused with a coded error and nothing is written.';
  return schema;
}
