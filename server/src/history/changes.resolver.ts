import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context/context';
import { Node } from '../node/node.type';
import type { Connection } from '../pagination/connection';
import { Change, ChangeConnection, ChangesArgs, RecordType } from './change.type';

@Resolver(() => Change)
export class ChangesResolver {
  @Query(() => ChangeConnection, {
    description:
      'Every write of every article, actor, event and measure (creations, updates, sources attached, review decisions, ingestions), in one order, oldest first, each once. Keep a copy current by reading on from the last `endCursor`: a cursor never expires, and a change never appears behind one handed out. `totalCount` counts the changes after `after`.',
  })
  async changes(@Args() { after, types, first }: ChangesArgs, @Ctx() { services }: Context): Promise<Connection<Change>> {
    return services.history.changes(types, after, first);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The record as it is now (it may have changed again since this change).' })
  async record(@Root() change: Change, @Ctx() { loaders }: Context): Promise<Node | null> {
    switch (change.recordType) {
      case RecordType.ARTICLE:
        return loaders.articles.load(change.key);
      case RecordType.ACTOR:
        return loaders.actors.load(change.key);
      case RecordType.EVENT:
        return loaders.events.load(change.key);
      case RecordType.MEASURE:
        return loaders.measures.load(change.key);
    }
  }
}
