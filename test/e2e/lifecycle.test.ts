import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDatabases } from "../helpers/engine";
import { postGraphQL, startTestGraph } from "../helpers/graph";
import { subgraphNames } from "../helpers/councils";

describe("databases kept between starts (SQLite files, or PostgreSQL schemas under npm run test:pg)", () => {
  const dir = mkdtempSync(join(tmpdir(), "graph-db-"));
  const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
  afterAll(async () => {
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  });
  const databases = Object.fromEntries(subgraphNames().map((name) => [name, scratch.of(name)]));
  const COUNTS = `{ councils { plans { priorities { children { title } } actions { title } } boards { name } } jointInitiatives { nodes { councilActions { id } } } themes { id } }`;

  it("are created, migrated and loaded on first start; a second start loads nothing and duplicates nothing", async () => {
    const first = await startTestGraph({ databases });
    const firstAnswer = await first.query(COUNTS);
    expect(Object.values(first.subgraphs).map((subgraph) => subgraph.loaded)).toEqual(subgraphNames().map(() => true));
    await first.close();

    const second = await startTestGraph({ databases });
    expect(Object.values(second.subgraphs).map((subgraph) => subgraph.loaded)).toEqual(subgraphNames().map(() => false));
    expect(await second.query(COUNTS)).toEqual(firstAnswer);
    const tables = second.subgraphs["cumberland"].database.dataSource.manager;
    // PostgreSQL returns COUNT(*) as a bigint string.
    expect(((await tables.query("SELECT COUNT(*) AS n FROM action")) as Array<{ n: number | string }>).map(({ n }) => Number(n))).toEqual([42]);
    // The first start's load is audited once; the second, which loaded nothing, adds no entry.
    expect(await tables.query("SELECT sequence, operation, actor_subject FROM audit_entry ORDER BY sequence")).toEqual([{ sequence: 1, operation: "dataLoad", actor_subject: "system:data-load" }]);
    expect(await tables.query("SELECT name FROM migrations ORDER BY id")).toEqual([
      { name: "SourcesSchema1763900000000" },
      { name: "CouncilSchema1763900000001" },
      { name: "CouncilRecords1763900000003" },
      { name: "TrackingSchema1763900000005" },
      { name: "CouncilTracking1763900000006" },
      { name: "TrackingIndexes1763900000008" },
      { name: "CouncilIndexes1763900000009" },
      { name: "AuditCounter1763900000010" },
      { name: "SignOff1763900000011" },
      { name: "WriteSafety1763900000014" },
      { name: "ProgressEvidence1763900000016" },
      { name: "PlanStructure1763900000017" },
      { name: "FigureComparators1763900000018" },
      { name: "ActionTextSearch1763900000019" },
    ]);
    await second.close();
  });
});

describe("in production", () => {
  it("sends no stack traces or internal messages to clients, and keeps error codes", async () => {
    const graph = await startTestGraph({ production: true });
    try {
      const parse = await graph.query(`{ councils { `);
      expect(parse.errors![0].extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
      const bad = await graph.query(`query($t: String) { councils { actions(filter: { text: $t }) { nodes { title } } } }`, { t: "x".repeat(500) });
      expect(bad.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(bad)).not.toContain("stacktrace");
      // Introspection is off for clients in production.
      const introspection = await postGraphQL(graph.gateway.url, { query: "{ __schema { types { name } } }" });
      expect(introspection.body.errors![0].extensions!.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await graph.close();
    }
  });

  it("development responses carry stack traces (so the production test above can fail)", async () => {
    const graph = await startTestGraph();
    try {
      const bad = await graph.query(`query($t: String) { councils { actions(filter: { text: $t }) { nodes { title } } } }`, { t: "x".repeat(500) });
      expect(JSON.stringify(bad)).toContain("stacktrace");
    } finally {
      await graph.close();
    }
  });
});

describe("a subgraph that is down", () => {
  it("gives an error coded SUBGRAPH_UNAVAILABLE naming it, in production too, and the gateway stays up", async () => {
    const graph = await startTestGraph({ production: true });
    try {
      await graph.subgraphs["cumberland"].close();
      const result = await graph.query(`{ councils { name } }`);
      const codes = (result.errors ?? []).map((error) => error.extensions?.code);
      expect(codes).toContain("SUBGRAPH_UNAVAILABLE");
      expect(JSON.stringify(result.errors)).toContain("cumberland");
      const health = await fetch(graph.gateway.url.replace("/graphql", "/health"));
      expect(health.status).toBe(200);
    } finally {
      await graph.gateway.close();
      await Promise.all(
        Object.entries(graph.subgraphs)
          .filter(([name]) => name !== "cumberland")
          .map(([, running]) => running.close()),
      );
    }
  });
});
