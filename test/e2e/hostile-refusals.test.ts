import { createHash } from "node:crypto";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { getIntrospectionQuery, type IntrospectionQuery } from "graphql";
import { projectRoot } from "../../lib/config/project";
import { safelistFrom } from "../../gateway/src/request-checks";
import { startTestGraph, type TestGraph } from "../helpers/graph";

/**
 * Clean refusals (issue 16, section 5): subscriptions, malformed or mismatched persisted queries,
 * schema suggestions in production, /metrics on a private port, and deep introspection. Each gets
 * a 4xx with a code, through the gateway's public port, in development and in production.
 */
let dev: TestGraph;
let production: TestGraph;
beforeAll(async () => {
  dev = await startTestGraph({ metrics: { host: "127.0.0.1", port: 0 } });
  production = await startTestGraph({ production: true });
}, 60_000);
afterAll(async () => {
  await dev?.close();
  await production?.close();
});

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

async function post(graph: TestGraph, body: unknown): Promise<Answer> {
  const response = await fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

async function get(graph: TestGraph, params: Record<string, string>): Promise<Answer> {
  // The preflight header satisfies Apollo's CSRF prevention, so the refusal seen is ours.
  const response = await fetch(`${graph.gateway.url}?${new URLSearchParams(params)}`, { headers: { "apollo-require-preflight": "1" } });
  return { status: response.status, body: (await response.json()) as Answer["body"] };
}

const codes = (answer: Answer) => (answer.body.errors ?? []).map((error) => error.extensions?.code);
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const graphs: Array<[string, () => TestGraph]> = [
  ["development", () => dev],
  ["production", () => production],
];

describe.each(graphs)("subscriptions (%s)", (_mode, graph) => {
  it("are refused with 400 SUBSCRIPTION_NOT_SUPPORTED over POST and GET, never a 5xx", async () => {
    const subscription = "subscription { councils { name } }";
    for (const answer of [
      await post(graph(), { query: subscription }),
      await get(graph(), { query: subscription }),
      await post(graph(), { query: `query A { themes { id } } subscription B { councils { name } }`, operationName: "B" }),
      await post(graph(), { query: "subscription Ticks { tick }" }),
    ]) {
      expect([answer.status, codes(answer)]).toEqual([400, ["SUBSCRIPTION_NOT_SUPPORTED"]]);
    }
  });

  it("a query beside a subscription, or a query named subscription, still runs", async () => {
    const chosen = await post(graph(), { query: `query A { themes { id } } subscription B { councils { name } }`, operationName: "A" });
    expect(chosen.status).toBe(200);
    expect(chosen.body.errors).toBeUndefined();
    const named = await post(graph(), { query: "query subscription { councils { name } }" });
    expect(named.status).toBe(200);
    expect(named.body.errors).toBeUndefined();
  });
});

describe.each(graphs)("automatic persisted queries (%s)", (_mode, graph) => {
  const query = "{ councils { name } }";
  const persisted = (sha256Hash: unknown, version: unknown = 1) => ({ persistedQuery: { version, sha256Hash } });

  it("a hash that does not match the text is 400 PERSISTED_QUERY_HASH_MISMATCH, over POST and GET", async () => {
    const wrong = sha256("{ themes { id } }");
    for (const answer of [await post(graph(), { query, extensions: persisted(wrong) }), await get(graph(), { query, extensions: JSON.stringify(persisted(wrong)) })]) {
      expect([answer.status, codes(answer)]).toEqual([400, ["PERSISTED_QUERY_HASH_MISMATCH"]]);
    }
  });

  it("a malformed persistedQuery extension is 400 BAD_REQUEST", async () => {
    for (const extensions of [persisted(sha256(query), 2), persisted(12345), persisted("not-a-hash"), { persistedQuery: "x" }, { persistedQuery: [] }]) {
      const answer = await post(graph(), { query, extensions });
      expect([JSON.stringify(extensions), answer.status, codes(answer)]).toEqual([JSON.stringify(extensions), 400, ["BAD_REQUEST"]]);
    }
  });

  it("an unknown hash alone is PERSISTED_QUERY_NOT_FOUND, as Apollo answers it; the right hash runs", async () => {
    const unknown = await post(graph(), { extensions: persisted("0".repeat(64)) });
    expect(codes(unknown)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    const text = "{ councils { gssCode } }";
    const registered = await post(graph(), { query: text, extensions: persisted(sha256(text)) });
    expect([registered.status, registered.body.errors]).toEqual([200, undefined]);
    const byHash = await get(graph(), { extensions: JSON.stringify(persisted(sha256(text))) });
    expect([byHash.status, byHash.body.errors]).toEqual([200, undefined]);
  });
});

describe("automatic persisted queries in safelist mode", () => {
  let safe: TestGraph;
  beforeAll(async () => {
    safe = await startTestGraph({ safelist: safelistFrom(join(projectRoot, "examples")) });
  }, 60_000);
  afterAll(async () => {
    await safe?.close();
  });
  const registered = () => readFileSync(join(projectRoot, "examples", "joint-work.graphql"), "utf8");

  it("a registered text with a hash that does not match it is a mismatch, not a 500", async () => {
    const answer = await post(safe, { query: registered(), extensions: { persistedQuery: { version: 1, sha256Hash: "a".repeat(64) } } });
    expect([answer.status, codes(answer)]).toEqual([400, ["PERSISTED_QUERY_HASH_MISMATCH"]]);
  });

  it("a registered hash sent over GET is looked up, not refused as unregistered", async () => {
    const answer = await get(safe, { extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256(registered()) } }) });
    expect(codes(answer)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });
});

describe("schema suggestions", () => {
  // Each would suggest a name of the schema; the variable ones come from graphql-js's variable
  // coercion, not validation.
  const cases: Array<[string, { query: string; variables?: Record<string, unknown> }, string]> = [
    ["unknown field", { query: "{ councils { nam } }" }, "GRAPHQL_VALIDATION_FAILED"],
    ["unknown argument", { query: "{ councils { actions(filtr: {}) { totalCount } } }" }, "GRAPHQL_VALIDATION_FAILED"],
    ["unknown type of a variable", { query: "query($f: ActionFiltr) { councils { actions(filter: $f) { totalCount } } }" }, "GRAPHQL_VALIDATION_FAILED"],
    ["unknown type of a fragment", { query: "{ councils { ... on Councl { name } } }" }, "GRAPHQL_VALIDATION_FAILED"],
    ["unknown enum value, literal", { query: "{ councils { actions(filter: { theme: ADOPTON }) { totalCount } } }" }, "GRAPHQL_VALIDATION_FAILED"],
    ["unknown enum value, variable", { query: "query($t: ThemeCode) { councils { actions(filter: { theme: $t }) { totalCount } } }", variables: { t: "ADOPTON" } }, "BAD_USER_INPUT"],
    ["unknown input field, literal", { query: "{ councils { actions(filter: { thme: ADOPTION }) { totalCount } } }" }, "GRAPHQL_VALIDATION_FAILED"],
    ["unknown input field, variable", { query: "query($f: ActionFilter) { councils { actions(filter: $f) { totalCount } } }", variables: { f: { thme: "ADOPTION" } } }, "BAD_USER_INPUT"],
  ];

  it.each(cases)("%s: none in production, the code unchanged", async (_name, body, code) => {
    const answer = await post(production, body);
    expect(answer.status).toBe(400);
    expect(codes(answer)[0]).toBe(code);
    const messages = (answer.body.errors ?? []).map((error) => error.message).join("\n");
    expect(messages).not.toMatch(/did you mean/i);
    expect(messages).not.toContain("Suggestion hidden");
    // The message still says what was wrong.
    expect(messages).toMatch(/ADOPTON|nam|filtr|ActionFiltr|Councl|thme/);
  });

  it.each(cases)("%s: kept in development (so the production test can fail)", async (_name, body, code) => {
    const answer = await post(dev, body);
    expect(codes(answer)[0]).toBe(code);
    expect((answer.body.errors ?? []).map((error) => error.message).join("\n")).toMatch(/Did you mean/);
  });
});

describe("/metrics on a private port", () => {
  it("when set, is served there and is 404 on the public port", async () => {
    expect(dev.gateway.metricsUrl).not.toBe(dev.gateway.url.replace(/\/graphql$/, "/metrics"));
    await post(dev, { query: "query CouncilNames { councils { name } }" });
    const metrics = await fetch(dev.gateway.metricsUrl);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toMatch(/graphql_requests_total\{operation="CouncilNames",outcome="ok"\} \d+/);
    const publicPort = await fetch(dev.gateway.url.replace(/\/graphql$/, "/metrics"));
    expect(publicPort.status).toBe(404);
    expect(((await publicPort.json()) as Answer["body"]).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const elsewhere = await fetch(dev.gateway.metricsUrl.replace(/\/metrics$/, "/graphql"));
    expect(elsewhere.status).toBe(404);
  });

  it("when unset, stays on the gateway's port", async () => {
    expect(production.gateway.metricsUrl).toBe(production.gateway.url.replace(/\/graphql$/, "/metrics"));
    const metrics = await fetch(production.gateway.metricsUrl);
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain("graphql_requests_total");
  });
});

describe("deep introspection", () => {
  const ofTypes = (n: number) => `${"ofType { ".repeat(n)}name${" }".repeat(n)}`;
  // 40 levels each: armor's depth limit skipped everything under __schema.
  const viaSchema = `{ __schema { types { fields { type { ${ofTypes(35)} } } } } }`;
  const viaType = `{ __type(name: "Council") { fields { type { ${ofTypes(36)} } } } }`;
  const viaFragment = `{ __schema { ...Deep } } fragment Deep on __Schema { types { fields { type { ${ofTypes(35)} } } } }`;
  const depthRefused = (answer: Answer) => answer.status === 400 && (answer.body.errors ?? []).some((error) => error.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && /Query depth limit of \d+ exceeded/.test(error.message));

  it.each([
    ["__schema", viaSchema, 21],
    ["__type", viaType, 12],
    ["__schema through a fragment", viaFragment, 21],
  ])("via %s is refused with the depth error in development", async (_name, query, limit) => {
    const answer = await post(dev, { query });
    expect([answer.status, answer.body.errors?.map((error) => error.message)]).toEqual([400, [expect.stringMatching(new RegExp(`Query depth limit of ${limit} exceeded, found 4\\d`))]]);
  });

  it("is refused with the depth error in production, with introspection off and on", async () => {
    for (const query of [viaSchema, viaType]) expect(depthRefused(await post(production, { query }))).toBe(true);
    const introspecting = await startTestGraph({ production: true, introspection: true });
    try {
      for (const query of [viaSchema, viaType]) expect(depthRefused(await post(introspecting, { query }))).toBe(true);
      // Introspection itself works there (so the refusal above is the depth, not introspection being off).
      const shallow = await post(introspecting, { query: "{ __schema { queryType { name } } }" });
      expect(shallow.body).toEqual({ data: { __schema: { queryType: { name: "Query" } } } });
    } finally {
      await introspecting.close();
    }
  }, 60_000);

  it("the explorer's standard introspection query still runs in development", async () => {
    // GraphiQL 3.8 sends graphql-js's query with inputValueDeprecation and schemaDescription; the
    // other options that add fields are on too (not oneOf: the gateway's planner does not know isOneOf).
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
    const answer = await post(dev, { query });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.status).toBe(200);
    // graphql-js builds this query at run time (codegen cannot read it): its answer is graphql-js's own IntrospectionQuery type.
    expect((answer.body.data as IntrospectionQuery).__schema.types.length).toBeGreaterThan(50);
  });

  it("an introspection field the gateway's planner does not know (isOneOf) is a 400 validation error, not a 500", async () => {
    for (const graph of [dev, production]) {
      for (const query of ['{ __type(name: "Query") { isOneOf } }', getIntrospectionQuery({ oneOf: true })]) {
        const answer = await post(graph, { query });
        expect(answer.status).toBe(400);
        expect(codes(answer)).toContain("GRAPHQL_VALIDATION_FAILED");
      }
    }
  });

  it("types' fields nested more than three lists deep are refused (graphql-js's introspection rule)", async () => {
    const answer = await post(dev, { query: "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }" });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(/Maximum introspection depth exceeded/);
  });
});
