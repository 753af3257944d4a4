import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import type { Collection, Document, Filter, Sort } from 'mongodb';
import { BadUserInputError } from '../errors/errors';
import { valuesAt } from '../db/criteria';
import { RELEVANCE } from '../db/relevance';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor';
import { operationSignal } from '../context/operation-signal';

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
  /** Counted only when read: a count nobody asked for would cost a scan of its own. */
  readonly totalCount: Promise<number>;
}

/** A page whose total is counted on first read (when a client selects `totalCount`), once. */
export class Page<T> implements Connection<T> {
  private counted: Promise<number> | undefined;

  constructor(
    readonly edges: Edge<T>[],
    readonly pageInfo: PageInfo,
    private readonly count: () => Promise<number>,
  ) {}

  get totalCount(): Promise<number> {
    this.counted ??= this.count();
    return this.counted;
  }
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

/** The orders of dated, titled records (events, measures), by the names their order enums share. */
export const DATED_ORDERS = {
  DATE_ASC: { field: 'dateStart', direction: 1 },
  DATE_DESC: { field: 'dateStart', direction: -1 },
  TITLE_ASC: { field: 'titleKey', direction: 1 },
  RELEVANCE: { field: RELEVANCE, direction: 1 },
} as const satisfies Record<string, SortOrder>;

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

/** Rows of one page in `order`: `limit + 1` rows tell whether another page follows. */
export function pageOf<TDoc extends Document & { _id: string }, T>(
  docs: readonly TDoc[],
  limit: number,
  query: { order: SortOrder; page: PageArgs },
  toNode: (doc: TDoc) => T,
  count: () => Promise<number>,
  /** The cursor value of a record, when it is not its sort field's (relevance). */
  sortValue: (doc: TDoc) => string = (doc) => String((doc as Record<string, unknown>)[query.order.field] ?? ''),
): Page<T> {
  const edges = docs.slice(0, limit).map((doc) => ({ cursor: encodeCursor({ value: sortValue(doc), key: doc._id }), node: toNode(doc) }));
  return new Page(
    edges,
    {
      hasNextPage: docs.length > limit,
      hasPreviousPage: Boolean(query.page.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    count,
  );
}

const sortOf = (order: SortOrder): Sort => ({ [order.field]: order.direction, _id: order.direction });

const afterPage = <TDoc extends Document>(filter: Filter<TDoc>, query: { order: SortOrder; page: PageArgs }): Filter<TDoc> =>
  query.page.after ? ({ $and: [filter, afterQuery(query.order, decodeCursor(query.page.after, 'after'))] } as Filter<TDoc>) : filter;

/** Reads one page (one command, whatever the page size); the total is counted only when read. */
export async function findPage<TDoc extends Document & { _id: string }, T>(
  collection: Collection<TDoc>,
  query: PageQuery<TDoc>,
  toNode: (doc: TDoc) => T,
): Promise<Connection<T>> {
  const limit = pageSize(query.page.first);
  const docs =
    limit === 0
      ? []
      : ((await collection
          .find(afterPage(query.filter, query), operationSignal())
          .sort(sortOf(query.order))
          .limit(limit + 1)
          .toArray()) as TDoc[]);
  return pageOf(docs, limit, query, toNode, () => collection.countDocuments(query.filter, operationSignal()));
}

export interface ParentPagesQuery<TDoc extends Document> {
  /** The path holding the parent's key: `participants.actorId` lists an actor's events. */
  readonly field: string;
  readonly parentKeys: readonly string[];
  readonly filter?: Filter<TDoc>;
  readonly order: SortOrder;
  readonly page: PageArgs;
}

/**
 * One page for each parent, read with one query for all of them: the rows of every parent
 * in the page order, read until each parent has its page and one row more, or the rows
 * run out. Each page counts its total only when read, in one batch per parent set.
 */
export async function findPagesByParent<TDoc extends Document & { _id: string }, T>(
  collection: Collection<TDoc>,
  query: ParentPagesQuery<TDoc>,
  toNode: (doc: TDoc) => T,
  count: (parentKey: string) => Promise<number>,
): Promise<Page<T>[]> {
  const limit = pageSize(query.page.first);
  const path = query.field.split('.');
  const rows = new Map(query.parentKeys.map((key) => [key, [] as TDoc[]]));
  if (limit > 0 && rows.size > 0) {
    let open = rows.size;
    const filter = { $and: [{ [query.field]: { $in: [...rows.keys()] } }, query.filter ?? {}] } as Filter<TDoc>;
    const cursor = collection.find(afterPage(filter, query), operationSignal()).sort(sortOf(query.order));
    try {
      for await (const doc of cursor) {
        for (const key of new Set(valuesAt(doc, path))) {
          const list = rows.get(key as string);
          if (!list || list.length > limit) continue;
          list.push(doc as TDoc);
          if (list.length > limit) open -= 1;
        }
        if (open === 0) break;
      }
    } finally {
      await cursor.close();
    }
  }
  return query.parentKeys.map((key) => pageOf(rows.get(key)!, limit, query, toNode, () => count(key)));
}

/** How many rows each parent has, counted with one query for all of them. */
export async function countByParent<TDoc extends Document>(
  collection: Collection<TDoc>,
  field: string,
  parentKeys: readonly string[],
  filter?: Filter<TDoc>,
): Promise<number[]> {
  const path = field.split('.');
  const counts = new Map(parentKeys.map((key) => [key, 0]));
  const docs = collection.find({ $and: [{ [field]: { $in: [...counts.keys()] } }, filter ?? {}] } as Filter<TDoc>, {
    projection: { [path[0]!]: 1 },
    ...operationSignal(),
  });
  for await (const doc of docs) {
    for (const key of new Set(valuesAt(doc, path))) {
      const counted = counts.get(key as string);
      if (counted !== undefined) counts.set(key as string, counted + 1);
    }
  }
  return parentKeys.map((key) => counts.get(key)!);
}
