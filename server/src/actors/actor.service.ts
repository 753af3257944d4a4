import { randomUUID } from 'node:crypto';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import type { EvidenceValue } from '../evidence/evidence';
import type { EvidenceService } from '../evidence/evidence.service';
import { keyOf } from '../node/global-id';
import { RELEVANCE } from '../db/relevance';
import type { Connection, PageArgs, SortOrder } from '../pagination/connection';
import { hostName } from '../validation/host-name';
import { withWriteComment } from '../context/write-author';
import { clearedOr, keptUnlessGiven, LIMITS, limitedList, optionalText, requiredText, requireVersion } from '../validation/input';
import { nameKeyOf, type ActorFields, type ActorKind, type ActorRoleValue } from './actor.document';
import type { ActorRoleInput, CreateActorInput, UpdateActorInput } from './actor.input';
import { actorCriteria } from './actor.filter';
import { describeActor, describeNameHolder, type ActorRepository } from './actor.repository';
import { Actor } from './actor.type';
import { ActorOrder, type ActorFilter } from './actors.args';

const ORDERS: Record<ActorOrder, SortOrder> = {
  [ActorOrder.NAME_ASC]: { field: 'nameKey', direction: 1 },
  [ActorOrder.NAME_DESC]: { field: 'nameKey', direction: -1 },
  [ActorOrder.RELEVANCE]: { field: RELEVANCE, direction: 1 },
};

export class ActorService {
  constructor(
    private readonly actors: ActorRepository,
    private readonly evidence: EvidenceService,
  ) {}

  async list(filter: ActorFilter | null | undefined, orderBy: ActorOrder, page: PageArgs): Promise<Connection<Actor>> {
    return this.actors.page(actorCriteria(filter), ORDERS[orderBy], page);
  }

  /** Checks in one query that every referenced actor exists; `fieldAt` names each input. Returns the keys. */
  async requireActors(ids: readonly string[], fieldAt: (index: number) => string): Promise<string[]> {
    const keys = ids.map((id, index) => keyOf(id, 'Actor', fieldAt(index)));
    const existing = await this.actors.existingKeys(keys);
    const missing = keys.findIndex((key) => !existing.has(key));
    if (missing >= 0) throw new NotFoundError(fieldAt(missing), 'actor', ids[missing]!);
    return keys;
  }

  /** Adds a source to one actor (see `EvidenceService.acceptFor`); null when there is none. */
  async attachEvidence(key: string, evidence: EvidenceValue): Promise<Actor | null> {
    const doc = await this.actors.addSource(key, evidence);
    return doc && Actor.from(doc);
  }

  async create(input: CreateActorInput, viewer: Viewer): Promise<Actor> {
    viewer.require(Role.EDITOR, 'createActor');
    const name = requiredText(input.name, 'input.name', LIMITS.name);
    const aliases = this.otherNames(input.aliases, 'input.aliases', name);
    const metonyms = this.otherNames(input.metonyms, 'input.metonyms', name);
    const demonyms = this.otherNames(input.demonyms, 'input.demonyms', name);
    const hosts = this.hosts(input.hosts);
    const affiliationId = input.affiliationId ? (await this.requireActors([input.affiliationId], () => 'input.affiliationId'))[0]! : null;
    const roles = await this.roles(input.roles);
    const description = optionalText(input.description, 'input.description', LIMITS.text);
    const sources = await this.evidence.resolve(input.sources, 'input.sources');
    const created = await this.actors.withNamesLocked(async () => {
      await this.requireUniqueName(input.kind, name);
      await this.requireUnclaimedNames(input.kind, name, aliases);
      const now = new Date();
      return this.actors.insert({
        _id: randomUUID(),
        name,
        kind: input.kind,
        aliases,
        metonyms,
        demonyms,
        hosts,
        affiliationId,
        roles,
        description,
        sources,
        createdAt: now,
        updatedAt: now,
      });
    });
    return Actor.from(created);
  }

  async update(input: UpdateActorInput, viewer: Viewer): Promise<Actor> {
    viewer.require(Role.EDITOR, 'updateActor');
    const key = keyOf(input.id, 'Actor', 'input.id');
    const comment = optionalText(input.comment, 'input.comment', LIMITS.comment);
    // Everything that does not depend on the stored record is checked before the write.
    const newName = clearedOr(keptUnlessGiven(input.name, 'input.name'), (text) => requiredText(text, 'input.name', LIMITS.name));
    const newKind = keptUnlessGiven(input.kind, 'input.kind');
    const affiliationId = await clearedOr(input.affiliationId, async (id) => {
      const [found] = await this.requireActors([id], () => 'input.affiliationId');
      if (found === key) throw new BadUserInputError('input.affiliationId', 'an actor cannot be affiliated with itself');
      return found!;
    });
    const roles = input.roles === undefined ? undefined : await this.roles(input.roles);
    const description = clearedOr(input.description, (text) => requiredText(text, 'input.description', LIMITS.text));
    const hosts = input.hosts === undefined ? undefined : this.hosts(input.hosts);
    const change = () =>
      this.actors.modify(key, async (current) => {
        requireVersion(input.expectedVersion, current, 'actor');
        const changes: Partial<ActorFields> = { updatedAt: new Date() };
        const name = newName ?? current.name;
        const kind = newKind ?? current.kind;
        if (name !== current.name || kind !== current.kind) {
          await this.requireUniqueName(kind, name, key);
          Object.assign(changes, { name, kind });
        }
        // Other names are checked against the name the actor will have.
        if (input.aliases !== undefined) changes.aliases = this.otherNames(input.aliases, 'input.aliases', name);
        if (changes.name !== undefined || changes.aliases !== undefined) await this.requireUnclaimedNames(kind, name, changes.aliases ?? current.aliases, key);
        if (input.metonyms !== undefined) changes.metonyms = this.otherNames(input.metonyms, 'input.metonyms', name);
        if (input.demonyms !== undefined) changes.demonyms = this.otherNames(input.demonyms, 'input.demonyms', name);
        if (hosts) changes.hosts = hosts;
        if (affiliationId !== undefined) changes.affiliationId = affiliationId;
        if (roles) changes.roles = roles;
        if (description !== undefined) changes.description = description;
        return changes;
      });
    // A new name or kind is checked for clashes with the other name checks held off.
    const updated = await withWriteComment(comment, () => (newName || newKind ? this.actors.withNamesLocked(change) : change()));
    if (!updated) throw new NotFoundError('input.id', 'actor', input.id);
    return Actor.from(updated);
  }

  private async requireUniqueName(kind: ActorKind, name: string, exceptKey?: string): Promise<void> {
    const holder = await this.actors.findByName(kind, nameKeyOf(name), exceptKey);
    if (holder) throw new BadUserInputError('input.name', describeNameHolder(holder));
  }

  /**
   * Refuses a name or alias that another actor of the kind already goes by (as its name or
   * an alias, whatever the case): "DPRK" is North Korea, not a second state.
   */
  private async requireUnclaimedNames(kind: ActorKind, name: string, aliases: readonly string[], exceptKey?: string): Promise<void> {
    const wanted = [{ value: name, field: 'input.name' }, ...aliases.map((alias, index) => ({ value: alias, field: `input.aliases[${index}]` }))];
    const others = await this.actors.findNamedOfKind(kind, exceptKey);
    for (const other of others) {
      const held = new Set([other.name, ...other.aliases].map(nameKeyOf));
      const clash = wanted.find(({ value }) => held.has(nameKeyOf(value)));
      if (clash) throw new BadUserInputError(clash.field, `"${clash.value}" is already a name of ${describeActor(other)}`);
    }
  }

  /** Aliases, metonyms or demonyms: trimmed, checked, each once, without the name itself. */
  private otherNames(values: readonly string[] | null | undefined, field: string, name: string): string[] {
    const names = limitedList(values, field, LIMITS.listItems).map((value, index) => requiredText(value, `${field}[${index}]`, LIMITS.name));
    return [...new Set(names)].filter((other) => other !== name);
  }

  private hosts(values: readonly string[] | null | undefined): string[] {
    return [...new Set(limitedList(values, 'input.hosts', LIMITS.listItems).map((value, index) => hostName(value, `input.hosts[${index}]`)))];
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
