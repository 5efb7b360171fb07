import DataLoader from 'dataloader';

/**
 * One DataLoader per relation per request, so every relation resolves in one query however many parents
 * a list has (no N+1), and nothing is cached across requests (or across callers).
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: DataLoader.BatchLoadFn<K, V>, options?: DataLoader.Options<K, V, string>): DataLoader<K, V, string> {
    let loader = this.loaders.get(name) as DataLoader<K, V, string> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>(batch, { cacheKeyFn: (key) => JSON.stringify(key), ...options });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
