import { randomUUID } from 'node:crypto';
import type { Filter } from 'mongodb';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { allOf, searchQuery } from '../db/text-search';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import type { EvidenceService } from '../evidence/evidence.service';
import { keyOf } from '../node/global-id';
import type { Connection, PageArgs, SortOrder } from '../pagination/connection';
import { LIMITS, limitedList, optionalText, requiredText } from '../validation/input';
import { nameKeyOf, type ActorDocument, type ActorKind, type ActorRoleValue } from './actor.document';
import type { ActorRoleInput, CreateActorInput, UpdateActorInput } from './actor.input';
import type { ActorRepository } from './actor.repository';
import { Actor } from './actor.type';
import { ActorOrder, type ActorFilter } from './actors.args';

const ORDERS: Record<ActorOrder, SortOrder> = {
  [ActorOrder.NAME_ASC]: { field: 'nameKey', direction: 1 },
  [ActorOrder.NAME_DESC]: { field: 'nameKey', direction: -1 },
};

export class ActorService {
  constructor(
    private readonly actors: ActorRepository,
    private readonly evidence: EvidenceService,
  ) {}

  async list(filter: ActorFilter | null | undefined, orderBy: ActorOrder, page: PageArgs): Promise<Connection<Actor>> {
    const affiliationKeys = filter?.affiliationIds?.map((id, index) => keyOf(id, 'Actor', `filter.affiliationIds[${index}]`));
    const query = allOf(
      searchQuery(filter?.search, ['name', 'aliases'], 'filter.search'),
      filter?.kinds?.length ? { kind: { $in: filter.kinds } } : {},
      affiliationKeys ? { affiliationId: { $in: affiliationKeys } } : {},
    ) as Filter<ActorDocument>;
    return this.actors.page(query, ORDERS[orderBy], page);
  }

  /** Checks in one query that every referenced actor exists; `fieldAt` names each input. Returns the keys. */
  async requireActors(ids: readonly string[], fieldAt: (index: number) => string): Promise<string[]> {
    const keys = ids.map((id, index) => keyOf(id, 'Actor', fieldAt(index)));
    const existing = await this.actors.existingKeys(keys);
    const missing = keys.findIndex((key) => !existing.has(key));
    if (missing >= 0) throw new NotFoundError(fieldAt(missing), 'actor', ids[missing]!);
    return keys;
  }

  async create(input: CreateActorInput, viewer: Viewer): Promise<Actor> {
    viewer.require(Role.EDITOR, 'createActor');
    const name = requiredText(input.name, 'input.name', LIMITS.name);
    await this.requireUniqueName(input.kind, name);
    const now = new Date();
    const doc: ActorDocument = {
      _id: randomUUID(),
      name,
      kind: input.kind,
      aliases: this.aliases(input.aliases, name),
      affiliationId: input.affiliationId ? (await this.requireActors([input.affiliationId], () => 'input.affiliationId'))[0]! : null,
      roles: await this.roles(input.roles),
      description: optionalText(input.description, 'input.description', LIMITS.text),
      sources: await this.evidence.resolve(input.sources, 'input.sources'),
      nameKey: nameKeyOf(name),
      createdAt: now,
      updatedAt: now,
    };
    await this.actors.insert(doc);
    return Actor.from(doc);
  }

  async update(input: UpdateActorInput, viewer: Viewer): Promise<Actor> {
    viewer.require(Role.EDITOR, 'updateActor');
    const key = keyOf(input.id, 'Actor', 'input.id');
    const [current] = await this.actors.findByKeys([key]);
    if (!current) throw new NotFoundError('input.id', 'actor', input.id);
    const changes: Partial<ActorDocument> = { updatedAt: new Date() };
    const name = input.name === null || input.name === undefined ? current.name : requiredText(input.name, 'input.name', LIMITS.name);
    const kind = input.kind ?? current.kind;
    if (name !== current.name || kind !== current.kind) {
      await this.requireUniqueName(kind, name, key);
      Object.assign(changes, { name, kind, nameKey: nameKeyOf(name) });
    }
    if (input.aliases) changes.aliases = this.aliases(input.aliases, name);
    if (input.affiliationId) {
      const [affiliationKey] = await this.requireActors([input.affiliationId], () => 'input.affiliationId');
      if (affiliationKey === key) throw new BadUserInputError('input.affiliationId', 'an actor cannot be affiliated with itself');
      changes.affiliationId = affiliationKey!;
    }
    if (input.roles) changes.roles = await this.roles(input.roles);
    if (input.description !== undefined && input.description !== null) changes.description = optionalText(input.description, 'input.description', LIMITS.text);
    const updated = await this.actors.update(key, changes);
    if (!updated) throw new NotFoundError('input.id', 'actor', input.id);
    return Actor.from(updated);
  }

  private async requireUniqueName(kind: ActorKind, name: string, exceptKey?: string): Promise<void> {
    if (await this.actors.keyOfName(kind, nameKeyOf(name), exceptKey)) {
      throw new BadUserInputError('input.name', `an actor of kind ${kind} named "${name}" already exists`);
    }
  }

  private aliases(values: readonly string[] | null | undefined, name: string): string[] {
    const aliases = limitedList(values, 'input.aliases', LIMITS.listItems).map((alias, index) => requiredText(alias, `input.aliases[${index}]`, LIMITS.name));
    return [...new Set(aliases)].filter((alias) => alias !== name);
  }

  private async roles(inputs: readonly ActorRoleInput[] | null | undefined): Promise<ActorRoleValue[]> {
    const list = limitedList(inputs, 'input.roles', LIMITS.listItems);
    const roles: ActorRoleValue[] = [];
    for (const [index, role] of list.entries()) {
      roles.push({
        title: requiredText(role.title, `input.roles[${index}].title`, LIMITS.name),
        organizationId: role.organizationId ? (await this.requireActors([role.organizationId], () => `input.roles[${index}].organizationId`))[0]! : null,
        sources: await this.evidence.resolve(role.sources, `input.roles[${index}].sources`),
      });
    }
    return roles;
  }
}
