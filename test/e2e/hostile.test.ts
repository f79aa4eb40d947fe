import { startTestGraph, type TestGraph } from "../helpers/graph";
import { councilNames } from "../helpers/councils";
import { graphql } from "../../generated/test";

/**
 * Hostile input: each request gets a clear, coded answer (never a 5xx, never a stack trace in
 * production), the gateway keeps serving, and no database changes.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ production: true });
});
afterAll(async () => {
  await graph?.close();
});

async function dump(): Promise<string> {
  const parts: string[] = [];
  for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
    const manager = subgraph.database.dataSource.manager;
    const tables = (await manager.query(
      subgraph.database.location.engine === "postgres"
        ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name"
        : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )) as Array<{ name: string }>;
    expect(tables.length).toBeGreaterThan(5);
    for (const { name: table } of tables) parts.push(`${name}.${table}:${JSON.stringify(await manager.query(`SELECT * FROM "${table}" ORDER BY 1`))}`);
  }
  return parts.join("\n");
}

interface Hostile {
  name: string;
  method?: string;
  contentType?: string;
  body?: string;
  search?: string;
}

const json = (value: unknown) => JSON.stringify(value);
const HOSTILE_STRINGS = ["'; DROP TABLE action; --", '" OR 1=1 --', "%_\\%", "\u0000nul\u0000", "🦄".repeat(20000), "<script>alert(1)</script>", "../../../../etc/passwd", "${process.exit()}"];
const STRING_ARGUMENTS: Array<[string, (value: string) => { query: string; variables: Record<string, unknown> }]> = [
  ["actions(filter.text)", (v) => ({ query: "query($v: String) { councils { actions(filter: { text: $v }) { nodes { id } } } }", variables: { v } })],
  ["node(id)", (v) => ({ query: "query($v: ID!) { node(id: $v) { id } }", variables: { v } })],
  ["nodes(ids)", (v) => ({ query: "query($v: ID!) { nodes(ids: [$v, $v]) { id } }", variables: { v } })],
  ["council(id)", (v) => ({ query: "query($v: ID!) { council(id: $v) { id } }", variables: { v } })],
  ["jointInitiative(id)", (v) => ({ query: "query($v: ID!) { jointInitiative(id: $v) { name } }", variables: { v } })],
  ["indicator(code)", (v) => ({ query: "query($v: String!) { indicator(code: $v) { title } }", variables: { v } })],
  ["Council.indicator(code)", (v) => ({ query: "query($v: String!) { councils { indicator(code: $v) { tracked } } }", variables: { v } })],
  ["Council.figures(indicator)", (v) => ({ query: "query($v: String) { councils { figures(indicator: $v) { nodes { value } } } }", variables: { v } })],
  ["updates(after)", (v) => ({ query: "query($v: String) { councils { actions { nodes { updates(after: $v) { totalCount } } } } }", variables: { v } })],
  ["indicatorComparison(code, neighbourSet)", (v) => ({ query: "query($v: String!) { indicatorComparison(code: $v, neighbourSet: $v) { csvPath } }", variables: { v } })],
  ["geography(code) { values(indicator) }", (v) => ({ query: 'query($v: String!) { geography(code: $v) { name } england: geography(code: "E92000001") { values(indicator: $v) { value } } }', variables: { v } })],
  ["jointInitiative.reportedValues(indicator)", (v) => ({ query: 'query($v: String) { jointInitiative(id: "regional-adoption-agency") { reportedValues(indicator: $v) { value } } }', variables: { v } })],
  [
    "recordCumberlandActionProgress(note)",
    (v) => ({
      query: 'mutation($v: String!) { recordCumberlandActionProgress(input: { actionId: "CumberlandAction:children-and-family-wellbeing-plan.a01", expectedVersion: 0, status: ON_TRACK, note: $v }) { errors { code } } }',
      variables: { v },
    }),
  ],
];

const cases: Hostile[] = [
  { name: "truncated JSON", body: "{" },
  { name: "JSON array of nothing", body: "[" },
  { name: "JSON null", body: "null" },
  { name: "JSON string", body: json("{ councils { name } }") },
  { name: "query is a number", body: json({ query: 1 }) },
  { name: "query is an object", body: json({ query: { councils: true } }) },
  { name: "variables is a string", body: json({ query: "{ councils { name } }", variables: "x" }) },
  { name: "empty body", body: "" },
  { name: "text/plain", contentType: "text/plain", body: "{ councils { name } }" },
  { name: "application/xml", contentType: "application/xml", body: "<query/>" },
  { name: "form encoded", contentType: "application/x-www-form-urlencoded", body: "query=%7Bcouncils%7Bname%7D%7D" },
  { name: "PUT", method: "PUT", body: json({ query: "{ councils { name } }" }) },
  { name: "DELETE", method: "DELETE" },
  { name: "PATCH", method: "PATCH", body: json({ query: "{ councils { name } }" }) },
  { name: "GET a mutation", method: "GET", search: `?query=${encodeURIComponent('mutation { createJointAction(input: {initiativeId: "x", title: "x", owner: "x"}) { errors { code } } }')}` },
  { name: "GET without a query", method: "GET", search: "?" },
  { name: "a huge query", body: json({ query: `{ councils { ${"name ".repeat(50000)} } }` }) },
  { name: "a deep query", body: json({ query: `{ councils { ${"plans { council { ".repeat(40)} name ${"} } ".repeat(40)} } }` }) },
  { name: "thousands of aliases", body: json({ query: `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: themes { id }`).join(" ")} }` }) },
  {
    name: "fragments each spreading the next twice, 24 deep (exponential if walked naively)",
    body: json({ query: `query { ...F0 } ${Array.from({ length: 24 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(" ")} fragment F24 on Query { themes { id } }` }),
  },
  { name: "a fragment cycle", body: json({ query: "query { councils { ...A } } fragment A on Council { plans { council { ...B } } } fragment B on Council { ...A }" }) },
  { name: "directive overload", body: json({ query: `{ councils { name ${"@skip(if: false) ".repeat(500)} } }` }) },
  { name: "an unknown directive", body: json({ query: "{ councils { name @evil } }" }) },
  { name: "an unknown operation name", body: json({ query: "query A { councils { name } }", operationName: "B" }) },
  { name: "two operations, no name", body: json({ query: "query A { councils { name } } query B { themes { id } }" }) },
  { name: "variable of the wrong type", body: json({ query: "query($n: Int) { councils { actions(filter: { text: $n }) { nodes { id } } } }", variables: { n: 1 } }) },
  { name: "a non-null variable missing", body: json({ query: "query($id: ID!) { node(id: $id) { id } }" }) },
  { name: "null for a non-null variable", body: json({ query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: null } }) },
  { name: "an enum value that does not exist", body: json({ query: "query($t: ThemeCode) { councils { actions(filter: { theme: $t }) { nodes { id } } } }", variables: { t: "NOPE" } }) },
  { name: "an object where a scalar goes", body: json({ query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: { $gt: "" } } }) },
  { name: "a list of 10,000 ids", body: json({ query: "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", variables: { ids: Array.from({ length: 10000 }, (_, i) => `Theme:t${i}`) } }) },
  { name: "introspection in production", body: json({ query: "{ __schema { types { name } } }" }) },
  { name: "a __proto__ key", body: '{"query":"{ councils { name } }","__proto__":{"polluted":true}}' },
  { name: "a persisted query hash that is not registered", body: json({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }) },
  ...STRING_ARGUMENTS.flatMap(([argument, build]) => HOSTILE_STRINGS.map((value) => ({ name: `${argument} = ${JSON.stringify(value.slice(0, 24))}`, body: json(build(value)) }))),
];

it(`answers ${cases.length} hostile requests with coded errors or empty answers, never a crash, and changes no row`, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(50);
  const before = await dump();
  const started = Date.now();
  const outcomes: string[] = [];
  for (const hostile of cases) {
    const response = await fetch(graph.gateway.url + (hostile.search ?? ""), {
      method: hostile.method ?? "POST",
      headers: hostile.method === "GET" || hostile.method === "DELETE" ? {} : { "content-type": hostile.contentType ?? "application/json" },
      body: hostile.method === "GET" || hostile.method === "DELETE" ? undefined : hostile.body,
    });
    const text = await response.text();
    expect([hostile.name, response.status < 500]).toEqual([hostile.name, true]);
    expect(text).not.toContain("stacktrace");
    expect(text).not.toMatch(/SqliteError|QueryFailedError|at .*\.js:\d+/);
    let body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (body?.errors?.length) {
      expect([hostile.name, body.errors.every((error) => typeof error.extensions?.code === "string")]).toEqual([hostile.name, true]);
      outcomes.push(`${response.status} ${body.errors[0].extensions!.code}`);
      // Bad input is the caller's error, on every engine: never an internal one.
      expect([hostile.name, body.errors.map((error) => error.extensions?.code)]).not.toEqual([hostile.name, expect.arrayContaining(["INTERNAL_SERVER_ERROR"])]);
    } else {
      // Answered with data: a hostile string treated as data (no match, null).
      expect([hostile.name, response.status, body?.data !== undefined]).toEqual([hostile.name, 200, true]);
      outcomes.push("200 data");
    }
  }
  // No request may hold the event loop: all of them together answer in seconds.
  expect(Date.now() - started).toBeLessThan(20_000);
  expect(await dump()).toBe(before);
  const health = await fetch(graph.gateway.url.replace("/graphql", "/health"));
  expect(health.status).toBe(200);
  expect((await graph.query(graphql(`query HostileCouncilNames { councils { name } }`))).data!.councils).toHaveLength(councilNames().length);
  const summary = outcomes.reduce<Record<string, number>>((counts, outcome) => ({ ...counts, [outcome]: (counts[outcome] ?? 0) + 1 }), {});
  process.stdout.write(`hostile requests: ${cases.length}; outcomes ${JSON.stringify(summary)}\n`);
}, 60_000);
