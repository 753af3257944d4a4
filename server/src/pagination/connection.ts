import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { Collection, Document, Filter, Sort } from 'mongodb';
import { BadUserInputError } from '../errors/errors';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field({ description: 'True when more items follow `endCursor`.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was requested with `after` (items precede it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge `cursor`).' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T> | object, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class EdgeType {
    @Field({ description: 'Opaque position of this item; pass it as `after` to continue from here.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay cursor connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Cursors and whether more items follow.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, across all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(field, `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return first;
}

/** Key-set ordering on one string field with `_id` breaking ties, so pages never skip or repeat rows. */
export interface SortOrder {
  readonly field: string;
  readonly direction: 1 | -1;
}

export interface PageQuery<TDoc extends Document> {
  readonly filter: Filter<TDoc>;
  readonly order: SortOrder;
  readonly page: PageArgs;
}

/** Rows strictly after `position` in `order`. */
export function afterQuery(order: SortOrder, position: CursorPosition): Record<string, unknown> {
  const beyond = order.direction === 1 ? '$gt' : '$lt';
  return { $or: [{ [order.field]: { [beyond]: position.value } }, { [order.field]: position.value, _id: { [beyond]: position.key } }] };
}

/** Reads one page and the total count (two commands, whatever the page size). */
export async function findPage<TDoc extends Document & { _id: string }, T>(
  collection: Collection<TDoc>,
  query: PageQuery<TDoc>,
  toNode: (doc: TDoc) => T,
): Promise<Connection<T>> {
  const limit = pageSize(query.page.first);
  const { field, direction } = query.order;
  const sortValue = (doc: TDoc): string => String((doc as Record<string, unknown>)[field] ?? '');
  const pageFilter = query.page.after ? ({ $and: [query.filter, afterQuery(query.order, decodeCursor(query.page.after, 'after'))] } as Filter<TDoc>) : query.filter;
  const sort: Sort = { [field]: direction, _id: direction };
  const [docs, totalCount] = await Promise.all([
    limit === 0 ? Promise.resolve([]) : collection.find(pageFilter).sort(sort).limit(limit + 1).toArray(),
    collection.countDocuments(query.filter),
  ]);
  const pageDocs = docs.slice(0, limit) as TDoc[];
  const edges = pageDocs.map((doc) => ({ cursor: encodeCursor({ value: sortValue(doc), key: doc._id }), node: toNode(doc) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: docs.length > limit,
      hasPreviousPage: Boolean(query.page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
