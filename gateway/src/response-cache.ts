import type { IncomingMessage } from "node:http";
import { OperationTypeNode } from "graphql";
import type { Identity } from "../../lib/auth/identity";
import type { CacheStep, ResponseCacheHook, StoredAnswer } from "../../lib/server/http";
import { operationKindOf } from "./operation-kind";

/** What happened to a request at the cache (stale: a stored answer found out of date, then a miss). */
export type CacheResult = "hit" | "miss" | "bypass" | "stale";

export interface ResponseCacheOptions {
  maxEntries: number;
  /** Bound on the keys and bodies held, in bytes. */
  maxBytes: number;
  /** Every subgraph's data version as one stamp, read after the request arrived; null when unknown. */
  versions: () => Promise<string | null>;
  /** Counts each result (the gateway's metrics). */
  counted?: (result: CacheResult) => void;
}

interface Entry {
  /** The subgraphs' data versions captured BEFORE the answer was computed. */
  stamp: string;
  answer: StoredAnswer;
  bytes: number;
}

/** Headers that belong to one request, not to the answer. */
const PER_REQUEST_HEADERS = new Set(["x-request-id", "x-cache", "content-length"]);

/** Variables nested deeper than this are not worth a key (nothing real nests so deep): the request runs uncached. */
const MAX_KEY_DEPTH = 32;

/** Raw bodies up to this length remember their key (dashboards send the same few bodies, byte for byte). */
const MAX_REMEMBERED_TEXT = 16_384;
/** Raw bodies remembered at most: with MAX_REMEMBERED_TEXT, at most about 4 MiB of texts and their keys. */
const MAX_REMEMBERED_TEXTS = 128;

/** JSON with object keys sorted at every level, so {a,b} and {b,a} are one key; null when nested too deep. */
function canonicalJson(value: unknown, depth = 0): string | null {
  if (depth > MAX_KEY_DEPTH) return null;
  if (Array.isArray(value)) {
    const items = value.map((item) => canonicalJson(item, depth + 1));
    return items.includes(null) ? null : `[${items.join(",")}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const parts = entries.map(([name, item]) => {
      const text = canonicalJson(item, depth + 1);
      return text === null ? null : `${JSON.stringify(name)}:${text}`;
    });
    return parts.includes(null) ? null : `{${parts.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** An answer worth keeping: HTTP 200 with data and no errors at all (a partial answer, e.g. with a subgraph down, never is). */
function cleanAnswer(status: number, body: string): boolean {
  if (status !== 200) return false;
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.errors === undefined && parsed.data !== undefined && parsed.data !== null;
  } catch {
    return false;
  }
}

/**
 * Whole-answer cache for public queries (55x and 63x the requests a second for an identical public
 * query in two runs: docs/PERFORMANCE.md#response-cache-measured). Only anonymous requests (no
 * Authorization header at all, no identity) running a query are cached, and only answers without
 * errors. Exactness comes from data versions, not time: each entry keeps the subgraphs' versions
 * read BEFORE it was executed, and is served only while every subgraph still reports exactly those
 * (a write during execution therefore makes the entry stale, never wrongly fresh). A mutation through
 * the gateway also empties the cache at once. Bounded by entries and bytes, least recently used out.
 */
export class ResponseCache implements ResponseCacheHook {
  /** Map order is the LRU order: oldest first; a hit moves its entry to the end. */
  private readonly entries = new Map<string, Entry>();
  private heldBytes = 0;
  /** Bumped by clear(): an answer computed before a clear is not stored after it. */
  private generation = 0;
  /**
   * The key of each raw body (with its accept header) seen lately: a byte-identical body parses to
   * the same request, so its key is the same and canonicalJson (a sort at every level) is skipped.
   */
  private readonly keysOfText = new Map<string, string>();

  constructor(private readonly options: ResponseCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.heldBytes;
  }

  clear(): void {
    this.entries.clear();
    this.heldBytes = 0;
    this.generation += 1;
  }

  async before(request: IncomingMessage, body: unknown, identity: Identity | null, text?: string): Promise<CacheStep> {
    const bypass = (afterwards?: () => void): CacheStep => {
      this.options.counted?.("bypass");
      return { outcome: "bypass", executed: afterwards };
    };
    if (request.method !== "POST" || body === null || typeof body !== "object") return bypass();
    const { query, operationName, variables } = body as { query?: unknown; operationName?: unknown; variables?: unknown };
    // Persisted-query hashes without the text, and malformed requests, run uncached.
    if (typeof query !== "string" || (operationName !== undefined && operationName !== null && typeof operationName !== "string")) return bypass();
    const kind = operationKindOf(query, operationName ?? null);
    // Whoever sends it, a mutation may change what every stored answer says: drop them all.
    if (kind === OperationTypeNode.MUTATION) return bypass(() => this.clear());
    if (kind !== OperationTypeNode.QUERY) return bypass();
    // Anything that may identify the caller (even a token that fails to verify) is never cached.
    if (request.headers.authorization !== undefined || identity !== null) return bypass();
    if (variables !== undefined && variables !== null && (typeof variables !== "object" || Array.isArray(variables))) return bypass();

    // The accept header decides the answer's content type, so it is part of the key.
    const accept = request.headers.accept ?? "";
    const remembered = text !== undefined && text.length <= MAX_REMEMBERED_TEXT ? `${accept}\u0000${text}` : null;
    let key = remembered === null ? undefined : this.keysOfText.get(remembered);
    if (key === undefined) {
      const computed = canonicalJson([accept, operationName ?? null, variables ?? {}, query]);
      if (computed === null) return bypass();
      key = computed;
      if (remembered !== null) this.rememberKey(remembered, key);
    }
    const generation = this.generation;
    const stamp = await this.options.versions();
    if (stamp === null) return bypass();
    const entry = this.entries.get(key);
    if (entry && entry.stamp === stamp) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.options.counted?.("hit");
      return { outcome: "hit", answer: entry.answer };
    }
    if (entry) {
      this.remove(key, entry);
      this.options.counted?.("stale");
    }
    this.options.counted?.("miss");
    return {
      outcome: "miss",
      executed: (status, headers, text) => {
        if (text === null || generation !== this.generation || !cleanAnswer(status, text)) return;
        this.store(key, stamp, { status, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_REQUEST_HEADERS.has(name.toLowerCase()))), body: text });
      },
    };
  }

  /** Oldest out first: a body still sent is remembered again at its next request. */
  private rememberKey(remembered: string, key: string): void {
    if (this.keysOfText.size >= MAX_REMEMBERED_TEXTS) {
      const oldest = this.keysOfText.keys().next();
      if (!oldest.done) this.keysOfText.delete(oldest.value);
    }
    this.keysOfText.set(remembered, key);
  }

  private store(key: string, stamp: string, answer: StoredAnswer): void {
    const bytes = Buffer.byteLength(key) + Buffer.byteLength(answer.body);
    if (bytes > this.options.maxBytes) return;
    const existing = this.entries.get(key);
    if (existing) this.remove(key, existing);
    this.entries.set(key, { stamp, answer, bytes });
    this.heldBytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.heldBytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
  }
}
