import { BadUserInputError, truncated } from '../errors/errors';

export type NodeTypeName = 'Article' | 'Actor' | 'Event' | 'Measure';
const NODE_TYPES: readonly NodeTypeName[] = ['Article', 'Actor', 'Event', 'Measure'];

/** Relay global ids: base64url of `Type:key`, opaque to clients, typed for the server. */
export const toGlobalId = (type: NodeTypeName, key: string): string => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');

export function fromGlobalId(id: string, field: string): { type: NodeTypeName; key: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator) as NodeTypeName;
  const key = decoded.slice(separator + 1);
  if (separator < 0 || !NODE_TYPES.includes(type) || key.length === 0) {
    throw new BadUserInputError(field, `"${truncated(id)}" is not a Dossier id`);
  }
  return { type, key };
}

/** Decodes an id that must name a node of `type`. */
export function keyOf(id: string, type: NodeTypeName, field: string): string {
  const decoded = fromGlobalId(id, field);
  if (decoded.type !== type) throw new BadUserInputError(field, `expected an ${type} id, got an ${decoded.type} id`);
  return decoded.key;
}

/** The keys of ids that must all name nodes of `type`; `field` names the list in errors (`filter.actorIds`). */
export const keysOf = (ids: readonly string[], type: NodeTypeName, field: string): string[] => ids.map((id, index) => keyOf(id, type, `${field}[${index}]`));
