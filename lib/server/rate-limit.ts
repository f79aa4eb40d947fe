import type { RateLimitClass } from "../config/env";

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (ms). */
  at: number;
}

/**
 * Token buckets per client key, in memory. The map is bounded: past `maxClients` the longest-idle
 * client is forgotten (Map order is least recently used first, since every take re-inserts its key);
 * a forgotten client comes back with a full bucket, which only ever errs towards letting it in.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maxClients: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token from `key`'s bucket: 0 when allowed, else the whole seconds until a token is due. */
  take(key: string, shape: RateLimitClass): number {
    const now = this.now();
    const known = this.buckets.get(key);
    const bucket = known ?? { tokens: shape.burst, at: now };
    bucket.tokens = Math.min(shape.burst, bucket.tokens + ((now - bucket.at) / 1000) * shape.perSecond);
    bucket.at = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (!known && this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / shape.perSecond));
  }

  /** Clients remembered now (bounded by maxClients). */
  get size(): number {
    return this.buckets.size;
  }
}
