import DataLoader from 'dataloader';
import { operationSignal } from './operation-signal';

/**
 * A DataLoader that stops an operation from growing once its deadline has passed: loads
 * fail with the deadline's error, so relations and references resolve no further levels,
 * even those a loader could serve from its cache without reading the database.
 */
export class OperationLoader<K, V> extends DataLoader<K, V> {
  override load(key: K): Promise<V> {
    const { signal } = operationSignal();
    return signal?.aborted ? Promise.reject(signal.reason) : super.load(key);
  }
}
