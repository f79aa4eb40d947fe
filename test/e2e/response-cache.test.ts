import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, queryLimits, responseCacheSettings, supergraphPath } from "../../lib/config/env";
import { projectRoot } from "../../lib/config/project";
import { startSubgraph } from "../../lib/server/subgraph-server";
import { TEST_TOKEN_SECRET } from "../../gateway/src/in-process";
import { startGateway } from "../../gateway/src/server";
import { openDatabase } from "../../lib/db/data-source";
import { subgraphRegistry } from "../../subgraphs";
import { scratchDatabases } from "../helpers/engine";
import { startTestGraph, type GraphQLResponse, type Settled, type TestGraph } from "../helpers/graph";
import { roleTokens } from "../helpers/tokens";
import { subgraphNames } from "../helpers/councils";
import { graphql } from "../../generated/test";
import type { TypedDocumentString } from "../../generated/test/graphql";

/**
 * The gateway's response cache (RESPONSE_CACHE=on), through the gateway over HTTP: repeated public
 * queries are served from memory, and never once out of date after a tracked write or a data load
 * from another process; nothing is cached for, or served to, anyone signed in.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
const SUBGRAPHS = subgraphNames();
// Files, not :memory: (or PostgreSQL schemas under npm run test:pg), so that another connection can
// change the data as `npm run data:load` does.
const dir = mkdtempSync(join(tmpdir(), "response-cache-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
const databaseOf = (name: string): string => scratch.of(name);

beforeAll(async () => {
  graph = await startTestGraph({
    databases: Object.fromEntries(SUBGRAPHS.map((name) => [name, databaseOf(name)])),
    responseCache: { enabled: true, maxEntries: 100, maxBytes: 10_000_000 },
  });
  tokens = await roleTokens();
});
afterAll(async () => {
  await graph?.close();
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer<T = Record<string, unknown>> {
  status: number;
  cache: string | null;
  requestId: string | null;
  text: string;
  body: GraphQLResponse<T>;
}

/** A typed operation's answer is typed from the schema; a plain string's (the example file, variations on a query) is not. */
async function post<T, V>(body: { query: TypedDocumentString<T, V>; operationName?: string; variables?: Record<string, unknown> }, headers?: Record<string, string>): Promise<Answer<Settled<T>>>;
async function post(body: unknown, headers?: Record<string, string>): Promise<Answer>;
async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer<unknown>> {
  const response = await fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, cache: response.headers.get("x-cache"), requestId: response.headers.get("x-request-id"), text, body: JSON.parse(text) as GraphQLResponse };
}

const asUser = (role: string): Record<string, string> => ({ authorization: `Bearer ${tokens[role]!}` });
const OVERVIEW = readFileSync(join(projectRoot, "examples", "cross-footprint-overview.graphql"), "utf8");
const PLAN_TITLES = graphql(`query ResponseCachePlanTitles { councils { name plans { title } } }`);
const ACTION_STATE = graphql(`query ResponseCacheActionState($id: ID!) { node(id: $id) { id ... on Action { status version } } }`);
const WF_ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a26";
const CUMBERLAND_ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";

it("is off unless RESPONSE_CACHE=on", () => {
  expect(responseCacheSettings({}).enabled).toBe(false);
  expect(responseCacheSettings({ RESPONSE_CACHE: "on" }).enabled).toBe(true);
  expect(() => responseCacheSettings({ RESPONSE_CACHE: "yes" })).toThrow("RESPONSE_CACHE=yes must be true or false");
});

it("answers a repeated anonymous query from the cache, with the identical body and a request id of its own", async () => {
  const fetchesBefore = graph.gateway.fetchStats.cumberland.fetches;
  const first = await post({ query: OVERVIEW });
  expect(first.status).toBe(200);
  expect(first.body.errors).toBeUndefined();
  expect(first.cache).toBe("miss");
  const fetchesAfterMiss = graph.gateway.fetchStats.cumberland.fetches;
  expect(fetchesAfterMiss).toBeGreaterThan(fetchesBefore);

  const second = await post({ query: OVERVIEW }, { "x-request-id": "dashboard-7" });
  expect(second.cache).toBe("hit");
  expect(second.text).toBe(first.text);
  expect(second.requestId).toBe("dashboard-7");
  expect(graph.gateway.fetchStats.cumberland.fetches).toBe(fetchesAfterMiss);
});

it("keys by variables (in any key order) and operation name: different variables are different entries", async () => {
  const wf = await post({ query: ACTION_STATE, variables: { id: WF_ACTION } });
  const cumberland = await post({ query: ACTION_STATE, variables: { id: CUMBERLAND_ACTION } });
  expect([wf.cache, cumberland.cache]).toEqual(["miss", "miss"]);
  const wfAgain = await post({ query: ACTION_STATE, operationName: "ResponseCacheActionState", variables: { id: WF_ACTION } });
  expect(wfAgain.cache).toBe("miss"); // another operationName field: another key
  const cumberlandAgain = await post({ query: ACTION_STATE, variables: { id: CUMBERLAND_ACTION } });
  expect(cumberlandAgain.cache).toBe("hit");
  expect(cumberlandAgain.text).toBe(cumberland.text);
  expect(cumberlandAgain.text).not.toBe(wf.text);

  const twoVariables = "query Two($id: ID!, $other: ID!) { a: node(id: $id) { id } b: node(id: $other) { id } }";
  await post({ query: twoVariables, variables: { id: WF_ACTION, other: CUMBERLAND_ACTION } });
  expect((await post({ query: twoVariables, variables: { other: CUMBERLAND_ACTION, id: WF_ACTION } })).cache).toBe("hit");
});

const RECORD = graphql(`mutation ResponseCacheRecordDraft($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { errors { code } action { version } update { id revision state } } }`);
const APPROVE = graphql(`mutation ResponseCacheApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { errors { code } action { version status } } }`);

it("a tracked write through the gateway makes the next read a miss with the new data", async () => {
  const before = await post({ query: ACTION_STATE, variables: { id: CUMBERLAND_ACTION } });
  const { version, status } = before.body.data!.node;
  expect((await post({ query: ACTION_STATE, variables: { id: CUMBERLAND_ACTION } })).cache).toBe("hit");

  // A draft is a mutation too: the cache empties, and the next read finds the action as it was.
  const draft = await post({ query: RECORD, variables: { input: { actionId: CUMBERLAND_ACTION, expectedVersion: version, status: "ON_TRACK", rag: "GREEN", note: "Cache test", submit: true } } }, asUser("cumberlandEditor"));
  expect(draft.body.errors).toBeUndefined();
  expect(draft.cache).toBe("bypass");
  const { update } = draft.body.data!.recordCumberlandActionProgress;
  expect(update.state).toBe("SUBMITTED");
  expect(graph.gateway.responseCache!.size).toBe(0);
  const drafted = await post({ query: ACTION_STATE, variables: { id: CUMBERLAND_ACTION } });
  expect(drafted.cache).toBe("miss");
  expect(drafted.body.data).toEqual({ node: { id: CUMBERLAND_ACTION, status, version } });
  expect((await post({ query: ACTION_STATE, variables: { id: CUMBERLAND_ACTION } })).cache).toBe("hit");

  // The approval changes the action.
  const write = await post({ query: APPROVE, variables: { input: { updateId: update.id, expectedRevision: update.revision } } }, asUser("cumberlandApprover"));
  expect(write.body.errors).toBeUndefined();
  expect(write.body.data).toEqual({ approveCumberlandProgressUpdate: { errors: [], action: { version: version + 1, status: "ON_TRACK" } } });
  expect(write.cache).toBe("bypass");
  expect(graph.gateway.responseCache!.size).toBe(0); // emptied at once

  const after = await post({ query: ACTION_STATE, variables: { id: CUMBERLAND_ACTION } });
  expect(after.cache).toBe("miss");
  expect(after.body.data).toEqual({ node: { id: CUMBERLAND_ACTION, status: "ON_TRACK", version: version + 1 } });
});

/** Retitles Cumberland's first plan over a connection of its own, as another process would. */
async function retitleFirstCumberlandPlan(title: string): Promise<void> {
  const other = await openDatabase({ database: databaseOf("cumberland"), entities: [], migrations: [] });
  try {
    await other.dataSource.query(`UPDATE plan SET title = '${title}' WHERE position = 0`);
  } finally {
    await other.dataSource.destroy();
  }
}

it("a write the gateway never saw (another connection, as `npm run data:load` is) is never answered from the cache", async () => {
  const original = await post({ query: PLAN_TITLES });
  expect((await post({ query: PLAN_TITLES })).cache).toBe("hit");
  const originalTitle = original.body.data!.councils[1].plans[0].title;

  // Another connection edits a plan title in the Cumberland database.
  await retitleFirstCumberlandPlan("Edited by another process");
  const edited = await post({ query: PLAN_TITLES });
  expect(edited.cache).toBe("miss");
  expect(edited.text).toContain("Edited by another process");
  expect((await post({ query: PLAN_TITLES })).cache).toBe("hit");

  // The real data load, in its own connection, puts the files' title back.
  const cumberland = subgraphRegistry()
    .find(({ descriptor }) => descriptor.name === "cumberland")!
    .definition();
  const load = await openDatabase({ database: databaseOf("cumberland"), entities: cumberland.entities, migrations: cumberland.migrations });
  try {
    await cumberland.sync(load.dataSource);
  } finally {
    await load.dataSource.destroy();
  }
  const reloaded = await post({ query: PLAN_TITLES });
  expect(reloaded.cache).toBe("miss");
  expect(reloaded.text).toBe(original.text);
  expect(reloaded.text).toContain(originalTitle);

  const metrics = await (await fetch(graph.gateway.url.replace(/\/graphql$/, "/metrics"))).text();
  expect(metrics).toMatch(/response_cache_requests_total\{result="stale"\} [1-9]/);
  expect(metrics).toMatch(/response_cache_requests_total\{result="hit"\} [1-9]/);
});

it("never caches for, nor serves to, a signed-in user, and never shows protected fields to anyone else", async () => {
  // A draft: what only signed-in staff may read.
  const { version } = (await graph.query(graphql(`query ResponseCacheVersion($id: ID!) { node(id: $id) { ... on Action { version } } }`), { id: CUMBERLAND_ACTION })).data!.node;
  const draft = await post({ query: RECORD, variables: { input: { actionId: CUMBERLAND_ACTION, expectedVersion: version, status: "AT_RISK", rag: "AMBER", note: "Draft for staff only" } } }, asUser("cumberlandEditor"));
  expect(draft.body.data!.recordCumberlandActionProgress).toMatchObject({ errors: [], update: { state: "DRAFT" } });
  const notes = `query Notes($id: ID!) { node(id: $id) { ... on Action { status updates(states: [DRAFT]) { totalCount nodes { note } } } } }`;
  const viewer = await post({ query: notes, variables: { id: CUMBERLAND_ACTION } }, asUser("viewer"));
  expect(viewer.body.errors).toBeUndefined();
  expect(viewer.text).toContain("Draft for staff only");
  expect(viewer.cache).toBe("bypass");
  expect((await post({ query: notes, variables: { id: CUMBERLAND_ACTION } }, asUser("viewer"))).cache).toBe("bypass");

  const anonymous = await post({ query: notes, variables: { id: CUMBERLAND_ACTION } });
  expect(anonymous.cache).toBe("miss");
  expect(anonymous.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  expect(anonymous.text).not.toContain("Draft for staff only");
  // Asked again, it is not served from the cache either (an answer with errors is never kept).
  const again = await post({ query: notes, variables: { id: CUMBERLAND_ACTION } });
  expect(again.cache).toBe("miss");
  expect(again.text).not.toContain("Draft for staff only");

  // The approved update (the previous test's) is public, and cached like any public answer.
  const published = `query Published($id: ID!) { node(id: $id) { ... on Action { latestUpdate { note } } } }`;
  const publishedFirst = await post({ query: published, variables: { id: CUMBERLAND_ACTION } });
  expect(publishedFirst.body.errors).toBeUndefined();
  expect(publishedFirst.text).toContain("Cache test");
  expect(publishedFirst.text).not.toContain("Draft for staff only");
  expect((await post({ query: published, variables: { id: CUMBERLAND_ACTION } })).cache).toBe("hit");

  // A public answer cached for anonymous callers is not served to a signed-in one either.
  await post({ query: PLAN_TITLES });
  expect((await post({ query: PLAN_TITLES })).cache).toBe("hit");
  expect((await post({ query: PLAN_TITLES }, asUser("admin"))).cache).toBe("bypass");
  // A token that does not verify is refused before the cache is asked.
  const forged = await post({ query: PLAN_TITLES }, { authorization: "Bearer not-a-token" });
  expect(forged.status).toBe(401);
  expect(forged.cache).toBeNull();
});

it("never caches a mutation, nor an answer with errors", async () => {
  const mutation = { query: 'mutation { recordCumberlandActionProgress(input: { actionId: "x", expectedVersion: 0, status: ON_TRACK, note: "n" }) { errors { code } } }' };
  expect((await post(mutation)).cache).toBe("bypass");
  const again = await post(mutation);
  expect(again.cache).toBe("bypass");
  expect(again.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");

  const fieldError = { query: `{ node(id: "${CUMBERLAND_ACTION}") { ... on Action { updates(states: [DRAFT]) { totalCount } } } }` };
  expect((await post(fieldError)).cache).toBe("miss");
  expect((await post(fieldError)).cache).toBe("miss");
  const invalid = { query: "{ councils { noSuchField } }" };
  expect((await post(invalid)).status).toBe(400);
  expect((await post(invalid)).cache).toBe("miss");
});

it("runs a query whose variables nest too deep for a key uncached, with a coded answer rather than a crash", async () => {
  // As deep as the body limit (100,000 bytes) allows.
  const deep = `${'{"d":'.repeat(15_000)}"x"${"}".repeat(15_000)}`;
  const text = `{"query":"{ councils { name } }","variables":{"extra":${deep}}}`;
  const response = await fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: text });
  expect(response.headers.get("x-cache")).toBe("bypass");
  expect(response.status).toBeLessThan(500);
  expect((await response.json()) as GraphQLResponse).toHaveProperty("data.councils");
});

/** Reads of the subgraphs' data versions so far, by way (stream or http), from the gateway's metrics. */
async function versionReads(): Promise<Record<string, number>> {
  const metrics = await (await fetch(graph.gateway.url.replace(/\/graphql$/, "/metrics"))).text();
  const reads: Record<string, number> = { stream: 0, http: 0 };
  for (const [, via, count] of metrics.matchAll(/^response_cache_version_reads_total\{[^}]*via="(stream|http)"[^}]*\} (\d+)/gm)) reads[via] += Number(count);
  return reads;
}

const WF_RECORD = `mutation ReplicaRecord($input: RecordProgressInput!) { recordWestmorlandAndFurnessActionProgress(input: $input) { errors { code } update { id revision state } } }`;
const WF_APPROVE = `mutation ReplicaApprove($input: SignOffInput!) { approveWestmorlandAndFurnessProgressUpdate(input: $input) { errors { code } action { version status } } }`;

it("a write through another gateway replica (straight to the subgraph, never seen by this gateway) is never followed by a stale hit", async () => {
  const replica = await startGateway({
    supergraphSdl: readFileSync(supergraphPath({}), "utf8"),
    subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([name, running]) => [name, running.url])),
    host: "127.0.0.1",
    port: 0,
    secret: graph.secret,
    auth: { secret: TEST_TOKEN_SECRET, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, development: true },
    production: false,
    limits: queryLimits({}),
    logLevel: "silent",
  });
  const viaReplica = async (body: unknown, role: string) => {
    const response = await fetch(replica.url, { method: "POST", headers: { "content-type": "application/json", ...asUser(role) }, body: JSON.stringify(body) });
    return (await response.json()) as GraphQLResponse<Record<string, { errors: unknown[]; update: { id: string; revision: number; state: string }; action: { version: number; status: string } }>>;
  };
  try {
    const before = await post({ query: ACTION_STATE, variables: { id: WF_ACTION } });
    const { version } = before.body.data!.node;
    expect((await post({ query: ACTION_STATE, variables: { id: WF_ACTION } })).cache).toBe("hit");

    const recorded = await viaReplica({ query: WF_RECORD, variables: { input: { actionId: WF_ACTION, expectedVersion: version, status: "AT_RISK", rag: "AMBER", note: "Replica write", submit: true } } }, "westmorlandFurnessEditor");
    expect(recorded.errors).toBeUndefined();
    const { update } = recorded.data!.recordWestmorlandAndFurnessActionProgress;
    // This gateway never saw the mutation: only the subgraph's data version tells it.
    expect(graph.gateway.responseCache!.size).toBeGreaterThan(0);
    const approved = await viaReplica({ query: WF_APPROVE, variables: { input: { updateId: update.id, expectedRevision: update.revision } } }, "westmorlandFurnessApprover");
    expect(approved.data!.approveWestmorlandAndFurnessProgressUpdate).toEqual({ errors: [], action: { version: version + 1, status: "AT_RISK" } });

    const after = await post({ query: ACTION_STATE, variables: { id: WF_ACTION } });
    expect(after.cache).toBe("miss");
    expect(after.body.data).toEqual({ node: { id: WF_ACTION, status: "AT_RISK", version: version + 1 } });
    expect((await post({ query: ACTION_STATE, variables: { id: WF_ACTION } })).cache).toBe("hit");
  } finally {
    await replica.close();
  }
  // The hits were checked over the subgraphs' version streams, not an HTTP request each.
  expect((await versionReads()).stream).toBeGreaterThan(0);
});

it("a subgraph restart drops its version stream: reads fall back to GET /version, and a change made while it was down is never hidden", async () => {
  const original = await post({ query: PLAN_TITLES });
  expect((await post({ query: PLAN_TITLES })).cache).toBe("hit");
  const old = graph.subgraphs.cumberland;
  const port = old.port;
  await old.close();

  // While it is down, another process changes its data (as a data load would).
  await retitleFirstCumberlandPlan("Changed while the subgraph was down");
  const down = await post({ query: PLAN_TITLES });
  expect(down.cache).not.toBe("hit");
  expect(down.text).not.toBe(original.text);

  const cumberland = subgraphRegistry().find(({ descriptor }) => descriptor.name === "cumberland")!;
  graph.subgraphs.cumberland = await startSubgraph(cumberland.definition(), { descriptor: cumberland.descriptor, port, host: "127.0.0.1", database: databaseOf("cumberland"), secret: graph.secret, production: false });
  const before = await versionReads();
  const restarted = await post({ query: PLAN_TITLES });
  expect(restarted.cache).toBe("miss");
  expect(restarted.text).toContain("Changed while the subgraph was down");
  // The first read after the drop went over HTTP (the stream was not live yet).
  expect((await versionReads()).http).toBeGreaterThan(before.http);
  expect((await post({ query: PLAN_TITLES })).cache).toBe("hit");
});
