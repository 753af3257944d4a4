import { Actor } from '../actors/actor.type';
import { Role } from '../auth/api-keys';
import type { Viewer } from '../auth/viewer';
import type { Repositories } from '../context/context';
import { anyOf } from '../db/criteria';
import { BadUserInputError, NotFoundError } from '../errors/errors';
import type { EvidenceValue } from '../evidence/evidence';
import type { ParticipantValue } from '../events/event.document';
import { Event } from '../events/event.type';
import { keyOf, type NodeTypeName } from '../node/global-id';
import { Standing } from '../review/retraction';
import { requireVersion } from '../validation/input';
import type { MergeActorsInput, MergeActorsPayload, MergeEventsInput, MergeEventsPayload } from './merge.input';

const MAX_MERGED = 20;

/**
 * Merging records that are one: the survivor takes the merged records' names, sources and
 * date claims, every record referring to a merged one is changed to refer to the survivor,
 * and each merged record is kept, marked as merged into the survivor, so that its id keeps
 * resolving (to the survivor, whose `mergedFrom` names it). There are no transactions: a
 * merge cut short (the process died) is finished by sending it again, which changes
 * nothing already done.
 */
export class MergeService {
  constructor(private readonly repositories: Repositories) {}

  async mergeActors(input: MergeActorsInput, viewer: Viewer): Promise<MergeActorsPayload> {
    viewer.require(Role.EDITOR, 'mergeActors');
    const { actors, events, measures, articles } = this.repositories;
    const { survivor, merged } = await parties(input, 'Actor', actors);
    merged.forEach((doc, index) => {
      if (doc.kind !== survivor.kind) {
        throw new BadUserInputError(`input.mergedIds[${index}]`, `is ${doc.kind}, the survivor ${survivor.kind}: only actors of one kind are merged`);
      }
    });
    const keys = merged.map((doc) => doc._id);
    const into = (key: string) => (keys.includes(key) ? survivor._id : key);
    const now = new Date();
    const updated = await actors.modify(survivor._id, (current) => {
      requireVersion(input.expectedVersion, current, 'actor');
      const taken = new Set([current.name, ...current.aliases].map(lower));
      const affiliation =
        current.affiliationId ?? merged.map((doc) => doc.affiliationId).find((key) => key !== null && key !== current._id && !keys.includes(key));
      return {
        aliases: [...current.aliases, ...unique(merged.flatMap((doc) => [doc.name, ...doc.aliases])).filter((name) => !taken.has(lower(name)))],
        metonyms: unique([...current.metonyms, ...merged.flatMap((doc) => doc.metonyms)]),
        demonyms: unique([...current.demonyms, ...merged.flatMap((doc) => doc.demonyms)]),
        hosts: unique([...current.hosts, ...merged.flatMap((doc) => doc.hosts)]),
        roles: uniqueBy([...current.roles, ...merged.flatMap((doc) => doc.roles)], (role) => JSON.stringify(role)),
        affiliationId: affiliation == null || keys.includes(affiliation) ? null : affiliation,
        description: current.description ?? merged.find((doc) => doc.description)?.description ?? null,
        sources: uniqueSources([...current.sources, ...merged.flatMap((doc) => doc.sources)]),
        mergedFrom: uniqueKeys([...(current.mergedFrom ?? []), ...keys, ...merged.flatMap((doc) => doc.mergedFrom ?? [])]),
        updatedAt: now,
      };
    });
    let moved = 0;
    for (const key of await events.findKeys([anyOf('participants.actorId', keys)])) {
      await events.change(key, (current) => ({
        participants: mergedParticipants(current.participants.map((p) => ({ ...p, actorId: into(p.actorId) }))),
        updatedAt: now,
      }));
      moved += 1;
    }
    for (const key of await measures.findKeys([{ kind: 'either', of: [anyOf('issuerIds', keys), anyOf('targetIds', keys)] }])) {
      await measures.modify(key, (current) => ({
        issuerIds: uniqueKeys(current.issuerIds.map(into)),
        targetIds: uniqueKeys(current.targetIds.map(into)),
        updatedAt: now,
      }));
      moved += 1;
    }
    for (const key of await actors.findKeys([anyOf('affiliationId', keys)])) {
      if (keys.includes(key)) continue;
      await actors.modify(key, (current) => ({ affiliationId: key === survivor._id ? null : into(current.affiliationId!), updatedAt: now }));
      moved += 1;
    }
    for (const key of await articles.findKeys([anyOf('mentions.actorId', keys)])) {
      await articles.modify(key, (current) => ({
        mentions: current.mentions.map((mention) => ({ ...mention, actorId: into(mention.actorId) })),
        updatedAt: now,
      }));
      moved += 1;
    }
    for (const key of keys) await actors.modify(key, () => ({ standing: Standing.MERGED, mergedInto: survivor._id, updatedAt: now }));
    return { actor: Actor.from((await actors.findByKeys([survivor._id]))[0] ?? updated!), movedReferences: moved };
  }

  async mergeEvents(input: MergeEventsInput, viewer: Viewer): Promise<MergeEventsPayload> {
    viewer.require(Role.EDITOR, 'mergeEvents');
    const { events, measures } = this.repositories;
    const { survivor, merged } = await parties(input, 'Event', events);
    const keys = merged.map((doc) => doc._id);
    const now = new Date();
    const updated = await events.change(survivor._id, (current) => {
      requireVersion(input.expectedVersion, current, 'event');
      return {
        sources: uniqueSources([...current.sources, ...merged.flatMap((doc) => doc.sources)]),
        dateClaims: uniqueBy([...current.dateClaims, ...merged.flatMap((doc) => doc.dateClaims)], (claim) => JSON.stringify(claim)),
        participants: mergedParticipants([...current.participants, ...merged.flatMap((doc) => doc.participants)]),
        date: current.date ?? merged.find((doc) => doc.date)?.date ?? null,
        location: current.location ?? merged.find((doc) => doc.location)?.location ?? null,
        description: current.description ?? merged.find((doc) => doc.description)?.description ?? null,
        ...(current.coding
          ? { coding: { ...current.coding, wording: uniqueKeys([...(current.coding.wording ?? []), ...merged.flatMap((doc) => doc.coding?.wording ?? [])]) } }
          : {}),
        mergedFrom: uniqueKeys([...(current.mergedFrom ?? []), ...keys, ...merged.flatMap((doc) => doc.mergedFrom ?? [])]),
        updatedAt: now,
      };
    });
    let moved = 0;
    for (const key of await measures.findKeys([anyOf('respondsToEventIds', keys)])) {
      await measures.modify(key, (current) => ({
        respondsToEventIds: uniqueKeys(current.respondsToEventIds.map((id) => (keys.includes(id) ? survivor._id : id))),
        ...(current.responseSources?.length
          ? {
              responseSources: current.responseSources.map((response) => (keys.includes(response.eventId) ? { ...response, eventId: survivor._id } : response)),
            }
          : {}),
        updatedAt: now,
      }));
      moved += 1;
    }
    for (const key of keys) await events.change(key, () => ({ standing: Standing.MERGED, mergedInto: survivor._id, updatedAt: now }));
    return { event: Event.from((await events.findByKeys([survivor._id]))[0] ?? updated!), movedReferences: moved };
  }
}

interface Mergeable {
  _id: string;
  standing: Standing;
}

/** The survivor and the merged records, each existing and not already retracted or merged. */
async function parties<TDoc extends Mergeable>(
  input: { survivorId: string; mergedIds: string[] },
  type: NodeTypeName,
  repository: { findByKeys(keys: readonly string[]): Promise<TDoc[]> },
): Promise<{ survivor: TDoc; merged: TDoc[] }> {
  const what = type.toLowerCase();
  const survivorKey = keyOf(input.survivorId, type, 'input.survivorId');
  if (input.mergedIds.length === 0 || input.mergedIds.length > MAX_MERGED) {
    throw new BadUserInputError('input.mergedIds', `give 1 to ${MAX_MERGED} ${what}s to merge, not ${input.mergedIds.length}`);
  }
  const mergedKeys = input.mergedIds.map((id, index) => keyOf(id, type, `input.mergedIds[${index}]`));
  mergedKeys.forEach((key, index) => {
    if (key === survivorKey) throw new BadUserInputError(`input.mergedIds[${index}]`, `is the survivor: a ${what} is not merged into itself`);
    if (mergedKeys.indexOf(key) !== index) throw new BadUserInputError(`input.mergedIds[${index}]`, 'is given twice');
  });
  const found = new Map((await repository.findByKeys([survivorKey, ...mergedKeys])).map((doc) => [doc._id, doc]));
  const fields = [
    { key: survivorKey, field: 'input.survivorId', id: input.survivorId },
    ...mergedKeys.map((key, index) => ({ key, field: `input.mergedIds[${index}]`, id: input.mergedIds[index]! })),
  ];
  for (const { key, field, id } of fields) {
    const doc = found.get(key);
    if (!doc) throw new NotFoundError(field, what, id);
    const standing = doc.standing ?? Standing.CURRENT;
    if (standing !== Standing.CURRENT) throw new BadUserInputError(field, `the ${what} is ${standing.toLowerCase()}: only current ${what}s are merged`);
  }
  return { survivor: found.get(survivorKey)!, merged: mergedKeys.map((key) => found.get(key)!) };
}

const lower = (text: string): string => text.toLocaleLowerCase('en');

/** Each name once, in first-seen order, whatever its case. */
const unique = (names: readonly string[]): string[] => uniqueBy(names, lower);

/** Each key once, in first-seen order. */
const uniqueKeys = (keys: readonly string[]): string[] => [...new Set(keys)];

function uniqueBy<T>(values: readonly T[], keyOfValue: (value: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return values.filter((value) => {
    const key = keyOfValue(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const uniqueSources = (sources: readonly EvidenceValue[]): EvidenceValue[] =>
  uniqueBy(sources, (source) => `${source.articleId}:${source.start}:${source.end}`);

/** One participation per actor: the first role given (the survivor's) stays. */
const mergedParticipants = (participants: readonly ParticipantValue[]): ParticipantValue[] => uniqueBy(participants, (participant) => participant.actorId);
