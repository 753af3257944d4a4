import DataLoader from 'dataloader';
import { Actor } from '../actors/actor.type';
import { Article } from '../articles/article.type';
import type { Repository, StoredDocument } from '../db/repository';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';
import { operationSignal } from './operation-signal';
import type { Repositories } from './services';

/**
 * Stops an operation from growing once its deadline has passed: loads fail with the
 * deadline's error, so relations and references resolve no further levels, even those a
 * loader could serve from its cache without reading the database.
 */
class OperationLoader<K, V> extends DataLoader<K, V> {
  override load(key: K): Promise<V> {
    const { signal } = operationSignal();
    return signal?.aborted ? Promise.reject(signal.reason) : super.load(key);
  }
}

/**
 * Per-request batching: every `Event.participants.actor` of a response is read with one
 * `$in` query, so a list costs the same number of round trips whatever its length.
 */
export interface Loaders {
  readonly articles: DataLoader<string, Article | null>;
  readonly actors: DataLoader<string, Actor | null>;
  readonly events: DataLoader<string, Event | null>;
  readonly measures: DataLoader<string, Measure | null>;
  /**
   * A loader of one relation with one set of arguments: every parent of a list asks it for
   * its own value (`Actor.events(first: 5)` of each actor), and `load` reads them all at once.
   */
  batch<T>(relation: string, args: object, load: (parentKeys: readonly string[]) => Promise<T[]>): DataLoader<string, T>;
}

function loaderFor<TDoc extends StoredDocument, TNode>(repository: Repository<TDoc, TNode>, toNode: (doc: TDoc) => TNode, cache: boolean) {
  return new OperationLoader<string, TNode | null>(
    async (keys) => {
      const byKey = new Map((await repository.findByKeys(keys)).map((doc) => [doc._id, toNode(doc)]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { cache },
  );
}

/**
 * `cache: false` for subscriptions: their context lives as long as the subscription, and
 * a cache would serve actors as they were when it started. Batching still applies.
 */
export function createLoaders(repositories: Repositories, { cache = true }: { cache?: boolean } = {}): Loaders {
  const batches = new Map<string, DataLoader<string, unknown>>();
  return {
    batch<T>(relation: string, args: object, load: (parentKeys: readonly string[]) => Promise<T[]>): DataLoader<string, T> {
      const name = `${relation}(${JSON.stringify(args)})`;
      let loader = batches.get(name);
      if (!loader) {
        loader = new OperationLoader<string, T>(load, { cache });
        batches.set(name, loader);
      }
      return loader as DataLoader<string, T>;
    },
    articles: loaderFor(repositories.articles, Article.from, cache),
    actors: loaderFor(repositories.actors, Actor.from, cache),
    events: loaderFor(repositories.events, Event.from, cache),
    measures: loaderFor(repositories.measures, Measure.from, cache),
  };
}
