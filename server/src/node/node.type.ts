import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({ description: 'An object with a global id, fetchable with `node(id)` (Relay).' })
export abstract class Node {
  @Field(() => ID, { description: 'Global id (Relay): opaque, stable, unique across types.' })
  id!: string;
}
