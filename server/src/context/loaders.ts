import DataLoader from 'dataloader';
import { Actor } from '../actors/actor.type';
import { Article } from '../articles/article.type';
import type { Repository, StoredDocument } from '../db/repository';
import { Event } from '../events/event.type';
import { Measure } from '../measures/measure.type';
import type { Repositories } from './services';

/**
 * Per-request batching: every `Event.participants.actor` of a response is read with one
 * `$in` query, so a list costs the same number of round trips whatever its length.
 */
export interface Loaders {
  readonly articles: DataLoader<string, Article | null>;
  readonly actors: DataLoader<string, Actor | null>;
  readonly events: DataLoader<string, Event | null>;
  readonly measures: DataLoader<string, Measure | null>;
}

function loaderFor<TDoc extends StoredDocument, TNode>(repository: Repository<TDoc, TNode>, toNode: (doc: TDoc) => TNode) {
  return new DataLoader<string, TNode | null>(async (keys) => {
    const byKey = new Map((await repository.findByKeys(keys)).map((doc) => [doc._id, toNode(doc)]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

export function createLoaders(repositories: Repositories): Loaders {
  return {
    articles: loaderFor(repositories.articles, Article.from),
    actors: loaderFor(repositories.actors, Actor.from),
    events: loaderFor(repositories.events, Event.from),
    measures: loaderFor(repositories.measures, Measure.from),
  };
}
