import { anyOf } from '../db/criteria';
import type { Database } from '../db/database';
import { SourcedRepository } from '../evidence/sourced-repository';
import { toGlobalId } from '../node/global-id';
import { actorDocument, type ActorDocument, type ActorFields, type ActorKind } from './actor.document';
import { Actor } from './actor.type';
import { current, currentByDefault, unmerged } from '../review/retraction';

/** Lock key of every actor name check and the write it guards (see `ActorService`). */
const NAMES_LOCK = 'actors/names';

/** How a clash of names is told: the actor already named so, with its id. */
export const describeNameHolder = (actor: Pick<ActorDocument, '_id' | 'kind' | 'name'>): string =>
  `an actor of kind ${actor.kind} named "${actor.name}" already exists (id ${toGlobalId('Actor', actor._id)})`;

/** An actor as an error names it: its kind, name and id. */
export const describeActor = (actor: Pick<ActorDocument, '_id' | 'kind' | 'name'>): string =>
  `the actor of kind ${actor.kind} named "${actor.name}" (id ${toGlobalId('Actor', actor._id)})`;

export class ActorRepository extends SourcedRepository<ActorDocument, Actor, ActorFields> {
  constructor(database: Database) {
    super(database, {
      collectionName: 'actors',
      toNode: Actor.from,
      build: actorDocument,
      indexes: [
        { key: { kind: 1, nameKey: 1 }, name: 'kind_name_unique', unique: true, field: 'input.name', describe: describeNameHolder },
        { key: { nameKey: 1, _id: 1 }, name: 'name_order' },
        { key: { aliases: 1 }, name: 'aliases' },
        { key: { hosts: 1 }, name: 'hosts' },
        { key: { affiliationId: 1 }, name: 'affiliation' },
        { key: { searchTerms: 1 }, name: 'search_terms' },
      ],
      relevance: { name: 3, aliases: 2, metonyms: 2, demonyms: 2 },
      memory: { sortFields: ['nameKey'], indexedPaths: ['kind', 'nameKey', 'affiliationId'] },
      listed: currentByDefault,
      derivedFields: ['nameKey'],
    });
  }

  protected override currentFields(): string[] {
    return [...super.currentFields(), 'metonyms', 'demonyms', 'hosts'];
  }

  // Actors stored before metonyms, demonyms and hosts were told apart from aliases have none of them.
  protected override async upgrade(doc: ActorDocument): Promise<ActorDocument | undefined> {
    if (doc.metonyms && doc.demonyms && doc.hosts) return super.upgrade(doc);
    const filled = { ...doc, metonyms: doc.metonyms ?? [], demonyms: doc.demonyms ?? [], hosts: doc.hosts ?? [] };
    return (await super.upgrade(filled)) ?? filled;
  }

  /** Every actor not retracted: those articles are read for. */
  async findAll(): Promise<ActorDocument[]> {
    return this.find([current]);
  }

  /** Another actor of `kind` named `nameKey`, if there is one. */
  async findByName(kind: ActorKind, nameKey: string, exceptKey?: string): Promise<ActorDocument | null> {
    const found = await this.find([anyOf('kind', [kind]), anyOf('nameKey', [nameKey])]);
    return found.find((actor) => actor._id !== exceptKey) ?? null;
  }

  /** Actors of a kind other than `exceptKey`, with the names they go by: to check a new name or alias against. */
  async findNamedOfKind(kind: ActorKind, exceptKey?: string): Promise<Pick<ActorDocument, '_id' | 'kind' | 'name' | 'aliases'>[]> {
    const found = await this.find([anyOf('kind', [kind]), unmerged], { projection: { _id: 1, kind: 1, name: 1, aliases: 1 } });
    return found.filter((actor) => actor._id !== exceptKey);
  }

  /**
   * Runs a name check and the write it guards without another name check of this process
   * in between, so two actors cannot both pass the check and both be stored. Across
   * processes the unique index has the last word.
   */
  withNamesLocked<T>(task: () => Promise<T>): Promise<T> {
    return this.writeLocks.run(NAMES_LOCK, task);
  }
}
