import type { IncomingMessage } from "node:http";
import { ResponseCache, type CacheResult } from "../../gateway/src/response-cache";

/** The response cache alone, with a data version the test moves by hand. */
const anonymous = { method: "POST", headers: { "content-type": "application/json" } } as unknown as IncomingMessage;
const answer = (n: number) => `{"data":{"n":${n}}}`;

function cacheWith(maxEntries = 10, maxBytes = 10_000) {
  const state: { version: string | null; results: CacheResult[] } = { version: "v1", results: [] };
  const cache = new ResponseCache({ maxEntries, maxBytes, versions: async () => state.version, counted: (result) => state.results.push(result) });
  return { cache, state };
}

it("keeps the versions read BEFORE execution: a write during execution leaves the entry stale, not wrongly fresh", async () => {
  const { cache, state } = cacheWith();
  const miss = await cache.before(anonymous, { query: "{ n }" }, null);
  expect(miss.outcome).toBe("miss");
  state.version = "v2"; // a write commits while the query runs
  miss.executed!(200, { "content-type": "application/json" }, answer(1));
  const next = await cache.before(anonymous, { query: "{ n }" }, null);
  expect(next.outcome).toBe("miss");
  expect(state.results).toEqual(["miss", "stale", "miss"]);
  next.executed!(200, {}, answer(2));
  const hit = await cache.before(anonymous, { query: "{ n }" }, null);
  expect(hit.answer?.body).toBe(answer(2));
});

it("stands aside when a subgraph gives no version, and stores nothing computed before a clear", async () => {
  const { cache, state } = cacheWith();
  state.version = null;
  expect((await cache.before(anonymous, { query: "{ n }" }, null)).outcome).toBe("bypass");
  state.version = "v1";
  const miss = await cache.before(anonymous, { query: "{ n }" }, null);
  cache.clear();
  miss.executed!(200, {}, answer(1));
  expect(cache.size).toBe(0);
});

it("is bounded by entries and bytes, least recently used out first", async () => {
  const { cache } = cacheWith(2, 10_000);
  for (const n of [1, 2]) (await cache.before(anonymous, { query: `{ n${n} }` }, null)).executed!(200, {}, answer(n));
  expect((await cache.before(anonymous, { query: "{ n1 }" }, null)).outcome).toBe("hit"); // n1 now most recent
  (await cache.before(anonymous, { query: "{ n3 }" }, null)).executed!(200, {}, answer(3));
  expect(cache.size).toBe(2);
  expect((await cache.before(anonymous, { query: "{ n2 }" }, null)).outcome).toBe("miss");
  expect((await cache.before(anonymous, { query: "{ n1 }" }, null)).outcome).toBe("hit");

  const small = cacheWith(100, 200).cache;
  for (let n = 0; n < 20; n += 1) (await small.before(anonymous, { query: `{ n${n} }` }, null)).executed!(200, {}, answer(n));
  expect(small.bytes).toBeLessThanOrEqual(200);
  expect(small.size).toBeGreaterThan(0);
});

it("bypasses identities, Authorization headers, GET, subscriptions and persisted-query hashes alone", async () => {
  const { cache } = cacheWith();
  const withHeader = { method: "POST", headers: { authorization: "Bearer x" } } as unknown as IncomingMessage;
  expect((await cache.before(withHeader, { query: "{ n }" }, null)).outcome).toBe("bypass");
  expect((await cache.before(anonymous, { query: "{ n }" }, { subject: "s", name: "n", roles: [], council: null })).outcome).toBe("bypass");
  expect((await cache.before({ method: "GET", headers: {} } as unknown as IncomingMessage, { query: "{ n }" }, null)).outcome).toBe("bypass");
  expect((await cache.before(anonymous, { query: "subscription { n }" }, null)).outcome).toBe("bypass");
  expect((await cache.before(anonymous, { extensions: { persistedQuery: { version: 1, sha256Hash: "ab" } } }, null)).outcome).toBe("bypass");
});

it("keys a byte-identical raw body as its parsed request: the same entry whichever way the body was written, and the accept header still counts", async () => {
  const { cache } = cacheWith();
  const request = (text: string, accept?: string) => cache.before(accept === undefined ? anonymous : ({ ...anonymous, headers: { ...anonymous.headers, accept } } as IncomingMessage), JSON.parse(text), null, text);
  const ordered = '{"query":"query Q($a: Int, $b: Int) { n(a: $a, b: $b) }","variables":{"a":1,"b":2}}';
  const reordered = '{"variables":{"b":2,"a":1},"query":"query Q($a: Int, $b: Int) { n(a: $a, b: $b) }"}';
  (await request(ordered)).executed!(200, {}, answer(1));
  for (const text of [ordered, reordered, ordered, reordered]) expect((await request(text)).answer?.body).toBe(answer(1));
  // Parsed without its text (as before), the same entry.
  expect((await cache.before(anonymous, JSON.parse(ordered), null)).outcome).toBe("hit");
  expect((await request(ordered.replace('"b":2', '"b":3'))).outcome).toBe("miss");
  expect((await request(ordered, "application/graphql-response+json")).outcome).toBe("miss");
  expect((await request(ordered)).outcome).toBe("hit");
});
