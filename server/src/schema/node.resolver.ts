import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context/context';
import { BadUserInputError } from '../errors/errors';
import { fromGlobalId } from '../node/global-id';
import { Node } from '../node/node.type';

const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (Relay); null when there is none.' })
  async node(@Arg('id', () => ID, { description: 'A global id.' }) id: string, @Ctx() context: Context): Promise<Node | null> {
    return loadNode(id, 'id', context);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global id, in the order asked; null for each id with no object.' })
  async nodes(@Arg('ids', () => [ID], { description: `Global ids (at most ${MAX_NODES}).` }) ids: string[], @Ctx() context: Context): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) throw new BadUserInputError('ids', `at most ${MAX_NODES} ids, got ${ids.length}`);
    return Promise.all(ids.map((id, index) => loadNode(id, `ids[${index}]`, context)));
  }
}

function loadNode(id: string, field: string, { loaders }: Context): Promise<Node | null> {
  const { type, key } = fromGlobalId(id, field);
  switch (type) {
    case 'Article':
      return loaders.articles.load(key);
    case 'Actor':
      return loaders.actors.load(key);
    case 'Event':
      return loaders.events.load(key);
    case 'Measure':
      return loaders.measures.load(key);
  }
}
