import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context/context';
import { keyOf } from '../node/global-id';
import type { Connection } from '../pagination/connection';
import { ActorPayload, CreateActorInput, UpdateActorInput } from './actor.input';
import { Actor, ActorConnection, ActorRole } from './actor.type';
import { ActorsArgs } from './actors.args';

@Resolver(() => Actor)
export class ActorResolver {
  @Query(() => Actor, { nullable: true, description: 'One actor by id; null when there is none.' })
  async actor(@Arg('id', () => ID, { description: 'Global id of the actor.' }) id: string, @Ctx() { loaders }: Context): Promise<Actor | null> {
    return loaders.actors.load(keyOf(id, 'Actor', 'id'));
  }

  @Query(() => ActorConnection, { description: 'Actors, filtered and ordered.' })
  async actors(@Args() { filter, orderBy, ...page }: ActorsArgs, @Ctx() { services }: Context): Promise<Connection<Actor>> {
    return services.actors.list(filter, orderBy, page);
  }

  @FieldResolver(() => Actor, { nullable: true, description: "The actor's state, for people and bodies." })
  async affiliation(@Root() actor: Actor, @Ctx() { loaders }: Context): Promise<Actor | null> {
    return actor.affiliationId ? loaders.actors.load(actor.affiliationId) : null;
  }

  @Mutation(() => ActorPayload, { description: 'Records a new actor. Needs an editor API key.' })
  async createActor(
    @Arg('input', () => CreateActorInput, { description: 'The actor to record.' }) input: CreateActorInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<ActorPayload> {
    return { actor: await services.actors.create(input, viewer) };
  }

  @Mutation(() => ActorPayload, { description: 'Changes an actor. Needs an editor API key.' })
  async updateActor(
    @Arg('input', () => UpdateActorInput, { description: 'The actor and the changes.' }) input: UpdateActorInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<ActorPayload> {
    return { actor: await services.actors.update(input, viewer) };
  }
}

@Resolver(() => ActorRole)
export class ActorRoleResolver {
  @FieldResolver(() => Actor, { nullable: true, description: 'The state or body the title belongs to.' })
  async organization(@Root() role: ActorRole, @Ctx() { loaders }: Context): Promise<Actor | null> {
    return role.organizationId ? loaders.actors.load(role.organizationId) : null;
  }
}
