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
