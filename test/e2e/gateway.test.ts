import { serverAudits } from "graphql-http";
import { createHash } from "node:crypto";
import { createServer, type Server } from "node:net";
import { queryLimits } from "../../lib/config/env";
import { startSubgraph } from "../../lib/server/subgraph-server";
import { subgraphRegistry } from "../../subgraphs";
import { codeOf, startTestGraph, type GraphQLResponse, type TestGraph } from "../helpers/graph";
import { councilNames, projectCouncils } from "../helpers/councils";
import { graphql } from "../../generated/test";

/** The gateway as the only public entry: limits, health, metrics, request ids, spec compliance. */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ corsOrigins: ["https://dashboard.example"] });
});
afterAll(async () => {
  await graph?.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) => fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const responseCode = async (response: Response): Promise<string | undefined> => codeOf((await response.json()) as GraphQLResponse);

describe("limits, refused before execution", () => {
  const limits = queryLimits({});
  it("depth", async () => {
    let query = "title";
    for (let i = 0; i < limits.maxDepth + 2; i++) query = `plan { priorities { ${query} } }`;
    expect(await responseCode(await post({ query: `{ councils { actions { nodes { ${query} } } } }` }))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
  it("aliases", async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: name`).join(" ");
    expect(await responseCode(await post({ query: `{ councils { ${aliases} } }` }))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
  it("tokens", async () => {
    const fields = Array.from({ length: limits.maxTokens }, () => "name").join(" ");
    const response = await post({ query: `{ councils { ${fields} } }` });
    expect(response.status).toBe(400);
    expect(await responseCode(response)).toBe("GRAPHQL_VALIDATION_FAILED");
  });
  it("cost", async () => {
    const deep = "plans { priorities { children { actions { themes { id } plan { boards { oversees { title } } } } } } }";
    const query = `{ ${Array.from({ length: 15 }, (_, i) => `c${i}: councils { ${deep} }`).join(" ")} }`;
    expect(await responseCode(await post({ query }))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
  it("directives", async () => {
    const directives = Array.from({ length: limits.maxDirectives + 1 }, () => "@include(if: true)").join(" ");
    expect(await responseCode(await post({ query: `{ councils { name ${directives} } }` }))).toBe("GRAPHQL_VALIDATION_FAILED");
  });
  it("body size, and batched requests", async () => {
    const huge = await post({ query: `{ councils { name } }`, variables: { pad: "x".repeat(limits.maxBodyBytes) } });
    expect(huge.status).toBe(413);
    expect(await responseCode(huge)).toBe("PAYLOAD_TOO_LARGE");
    const batch = await post([{ query: "{ councils { name } }" }, { query: "{ themes { id } }" }]);
    expect(batch.status).toBe(400);
  });
});

describe("operations", () => {
  it("health, readiness and metrics", async () => {
    const base = graph.gateway.url.replace("/graphql", "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    await post({ query: "query CouncilNames { councils { name } }" });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/graphql_requests_total\{operation="CouncilNames",outcome="ok"\} \d+/);
    expect(metrics).toMatch(/subgraph_fetch_duration_seconds_count\{subgraph="westmorland-furness"\} \d+/);
    // The cost gate's totals: a queue that is often full shows here (the benchmark reads them).
    expect(metrics).toMatch(/^admission_waited_requests \d+$/m);
    expect(metrics).toMatch(/^admission_wait_seconds [\d.e-]+$/m);
    for (const subgraph of Object.values(graph.subgraphs)) {
      expect((await fetch(subgraph.url.replace("/graphql", "/ready"))).status).toBe(200);
    }
  });

  it("returns the request id it was given (or a new one) and passes it to subgraphs", async () => {
    const given = await post({ query: "{ councils { name } }" }, { "x-request-id": "dashboard-123" });
    expect(given.headers.get("x-request-id")).toBe("dashboard-123");
    const fresh = await post({ query: "{ councils { name } }" });
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    // Refused before GraphQL runs (a bad token), it still carries one.
    const refused = await post({ query: "{ councils { name } }" }, { authorization: "Bearer nonsense", "x-request-id": "dashboard-401" });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-request-id")).toBe("dashboard-401");
  });

  it("CORS only for configured origins", async () => {
    const allowed = await post({ query: "{ councils { name } }" }, { origin: "https://dashboard.example" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://dashboard.example");
    const other = await post({ query: "{ councils { name } }" }, { origin: "https://elsewhere.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("automatic persisted queries: a registered hash runs without its text", async () => {
    const query = "{ councils { gssCode } }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect(await responseCode(await post({ extensions }))).toBe("PERSISTED_QUERY_NOT_FOUND");
    const councils = projectCouncils().map((council) => ({ gssCode: council.gssCode }));
    expect(councils.slice(0, 2)).toEqual([{ gssCode: "E06000064" }, { gssCode: "E06000063" }]);
    expect((await (await post({ query, extensions })).json()) as unknown).toEqual({ data: { councils } });
    expect((await (await post({ extensions })).json()) as unknown).toEqual({ data: { councils } });
  });

  it("passes every MUST of the graphql-http server audit", async () => {
    const audits = serverAudits({ url: graph.gateway.url, fetchFn: fetch });
    const results = await Promise.all(audits.map((audit) => audit.fn()));
    const failedMusts = results.filter((result) => result.status === "error").map((result) => `${result.name}: ${"reason" in result ? result.reason : ""}`);
    expect(failedMusts).toEqual([]);
    const warnings = results.filter((result) => result.status === "warn").map((result) => result.name);
    const statuses = results.reduce<Record<string, number>>((counts, result) => ({ ...counts, [result.status]: (counts[result.status] ?? 0) + 1 }), {});
    process.stdout.write(`graphql-http audit: ${results.length} audits ${JSON.stringify(statuses)}; SHOULD not met:\n  ${warnings.join("\n  ")}\n`);
  });
});

describe("faults", () => {
  it("a council subgraph stopped mid-run: the other council keeps answering with a partial-result error; restarted, full results return with no gateway restart", async () => {
    const faulty = await startTestGraph();
    try {
      const query = graphql(`query GatewayQuery { councils { name } jointInitiative(id: "regional-adoption-agency") { councilActions { title } } }`);
      const cumberland = faulty.subgraphs["cumberland"];
      const port = cumberland.port;
      await cumberland.close();
      const partial = await faulty.query(query);
      expect(partial.data!.councils).toEqual(councilNames().map((name) => (name === "Cumberland Council" ? null : { name })));
      expect(partial.data!.jointInitiative.councilActions[0]).toEqual({ title: "establishing a Regional Adoption Agency with Cumberland Council" });
      expect(partial.data!.jointInitiative.councilActions[1]).toBeNull();
      expect(partial.errors!.map((error) => error.extensions!.code)).toContain("SUBGRAPH_UNAVAILABLE");
      expect((await fetch(faulty.gateway.url.replace("/graphql", "/ready"))).status).toBe(503);

      const entry = subgraphRegistry().find(({ descriptor }) => descriptor.name === "cumberland")!;
      faulty.subgraphs["cumberland"] = await startSubgraph(entry.definition(), { descriptor: entry.descriptor, port, host: "127.0.0.1", database: ":memory:", secret: faulty.secret });
      const full = await faulty.query(query);
      expect(full.errors).toBeUndefined();
      expect(full.data!.councils.map((council) => council.name)).toEqual(councilNames());
    } finally {
      await faulty.close();
    }
  });

  it("a subgraph that hangs is cut off by the timeout", async () => {
    const sockets = new Set<import("node:net").Socket>();
    const hanging: Server = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", () => resolve()));
    const port = (hanging.address() as { port: number }).port;
    const slow = await startTestGraph({ subgraphTimeoutMs: 300, subgraphUrls: { cumberland: `http://127.0.0.1:${port}/graphql` } });
    try {
      const started = Date.now();
      const result = await slow.query(graphql(`query GatewayCouncilNames { councils { name } }`));
      expect(Date.now() - started).toBeLessThan(3000);
      expect(result.data!.councils[0]).toEqual({ name: "Westmorland and Furness Council" });
      expect(result.errors![0].message).toMatch(/no answer within 300 ms/);
    } finally {
      await slow.close();
      sockets.forEach((socket) => socket.destroy());
      hanging.close();
    }
  });
});

describe("safelist mode", () => {
  it("runs only registered operations, as text or as a persisted query hash", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { projectRoot } = await import("../../lib/config/project");
    const { safelistFrom } = await import("../../gateway/src/request-checks");
    const safe = await startTestGraph({ safelist: safelistFrom(join(projectRoot, "examples")) });
    try {
      const registered = readFileSync(join(projectRoot, "examples", "joint-work.graphql"), "utf8");
      const ok = await fetch(safe.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: registered }) });
      expect(((await ok.json()) as { errors?: unknown }).errors).toBeUndefined();
      const sha256Hash = createHash("sha256").update(registered).digest("hex");
      const byHash = await fetch(safe.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
      expect(await responseCode(byHash)).toBe("PERSISTED_QUERY_NOT_FOUND"); // known to the safelist, not yet to the APQ cache
      const other = await fetch(safe.gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ councils { name } }" }) });
      expect(other.status).toBe(400);
      expect(await responseCode(other)).toBe("OPERATION_NOT_IN_SAFELIST");
    } finally {
      await safe.close();
    }
  });
});
