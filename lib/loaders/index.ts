import DataLoader from "dataloader";

/**
 * Loaders are made per request (never shared across requests or users): each batches the keys
 * asked for in one tick into one SQL statement, and returns results in the order of the keys.
 */

/** One row per key, null where there is none. */
export function rowLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const byKey = new Map<K, V>();
    for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** All rows per key, in the order the fetch returns them (it sorts), empty where there are none. */
export function groupLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, groupOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(groupOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * An object whose fields are made on first read, from `factories` and the request's `deps`: a request
 * uses a few of a context's many loaders, and makes only those. The prototype (one per factory table)
 * holds a getter per field; the first read replaces it with an own property holding the value.
 */
export function lazyFields<D, T extends object>(factories: { [K in keyof T]: (deps: D) => T[K] }): (deps: D) => T {
  const DEPS = Symbol("deps");
  const prototype: object = {};
  for (const key of Object.keys(factories) as Array<keyof T & string>) {
    Object.defineProperty(prototype, key, {
      configurable: true,
      get(this: { [DEPS]: D }) {
        const value = factories[key](this[DEPS]);
        Object.defineProperty(this, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return (deps) => Object.assign(Object.create(prototype) as T, { [DEPS]: deps });
}
