import { Actor } from '../actors/actor.type';
import { Article } from '../articles/article.type';
import type { Loaders, Repositories } from '../context/context';
import { OperationLoader } from '../context/operation-loader';
import type { Repository, StoredDocument } from '../db/repository';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';

function loaderFor<TDoc extends StoredDocument, TNode>(
  repository: Pick<Repository<TDoc, TNode, never>, 'findByKeys'>,
  toNode: (doc: TDoc) => TNode,
  cache: boolean,
) {
  return new OperationLoader<string, TNode | null>(
    async (keys) => {
      const found = new Map((await repository.findByKeys(keys)).map((doc) => [doc._id, doc]));
      // A merged record resolves to the one it was merged into, through any later merges.
      for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
        const survivors = [...found.values()].map(mergedInto).filter((key): key is string => key !== null && !found.has(key));
        if (survivors.length === 0) break;
        for (const doc of await repository.findByKeys([...new Set(survivors)])) found.set(doc._id, doc);
      }
      return keys.map((key) => {
        let doc = found.get(key);
        for (let hop = 0; doc && mergedInto(doc) !== null && hop < MAX_MERGE_HOPS; hop++) doc = found.get(mergedInto(doc)!);
        return doc ? toNode(doc) : null;
      });
    },
    { cache },
  );
}

const MAX_MERGE_HOPS = 10;

const mergedInto = (doc: StoredDocument): string | null => (doc as { mergedInto?: string | null }).mergedInto ?? null;

/**
 * One request's loaders. `cache: false` for subscriptions: their context lives as long as
 * the subscription, and a cache would serve actors as they were when it started. Batching
 * still applies.
 */
export function createLoaders(repositories: Repositories, { cache = true }: { cache?: boolean } = {}): Loaders {
  const batches = new Map<string, OperationLoader<string, unknown>>();
  return {
    batch<T>(relation: string, args: object, load: (parentKeys: readonly string[]) => Promise<T[]>) {
      const name = `${relation}(${JSON.stringify(args)})`;
      let loader = batches.get(name);
      if (!loader) {
        loader = new OperationLoader<string, T>(load, { cache });
        batches.set(name, loader);
      }
      return loader as OperationLoader<string, T>;
    },
    articles: loaderFor(repositories.articles, Article.from, cache),
    actors: loaderFor(repositories.actors, Actor.from, cache),
    events: loaderFor(repositories.events, Event.from, cache),
    measures: loaderFor(repositories.measures, Measure.from, cache),
  };
}
