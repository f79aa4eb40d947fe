import { dashboardEnabled, explorerEnabled } from "../../lib/config/env";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { expectSameOriginPage, getPage as get } from "../helpers/pages";

/** The explorer and dashboard pages over HTTP (no browser): where they are served, and with which headers. */

describe("in development", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it.each(["/explorer", "/explorer/", "/dashboard", "/dashboard/"])("serves %s with a same-origin-only CSP", async (path) => {
    const page = await get(graph, path);
    expectSameOriginPage(page);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("serves GraphiQL's UMD builds and the example operations", async () => {
    const script = await get(graph, "/explorer/vendor/graphiql.min.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const examples = JSON.parse((await get(graph, "/explorer/examples.json")).text) as Array<{ name: string; query: string }>;
    expect(examples.map((example) => example.name)).toContain("regional-adoption-agency");
    expect(examples.find((example) => example.name === "regional-adoption-agency")?.query).toContain("query RegionalAdoptionAgency");
  });

  it("serves the dashboard's bundle and keeps unknown paths and GET /graphql as before", async () => {
    expect((await get(graph, "/dashboard/dashboard.js")).status).toBe(200);
    expect((await get(graph, "/dashboard/../package.json")).status).toBe(404);
    expect((await get(graph, "/dashboard/nothing.js")).status).toBe(404);
    // A simple GET of /graphql is still Apollo's (CSRF prevention refuses it without a preflight header).
    expect((await get(graph, "/graphql?query=%7B__typename%7D")).status).toBe(400);
  });
});

describe("in production", () => {
  it("serves neither page unless turned on", async () => {
    const graph = await startTestGraph({ production: true });
    try {
      expect((await get(graph, "/explorer")).status).toBe(404);
      expect((await get(graph, "/dashboard/")).status).toBe(404);
      expect((await get(graph, "/explorer/vendor/graphiql.min.js")).status).toBe(404);
    } finally {
      await graph.close();
    }
  });

  it("serves them when EXPLORER and DASHBOARD say so", async () => {
    const graph = await startTestGraph({ production: true, web: { explorer: true, dashboard: true } });
    try {
      expect((await get(graph, "/explorer")).status).toBe(200);
      expect((await get(graph, "/dashboard/")).status).toBe(200);
    } finally {
      await graph.close();
    }
  });

  it("reads the switches from the environment: on in development, off in production, true/false override", () => {
    expect(explorerEnabled({})).toBe(true);
    expect(dashboardEnabled({})).toBe(true);
    expect(explorerEnabled({ NODE_ENV: "production" })).toBe(false);
    expect(dashboardEnabled({ NODE_ENV: "production" })).toBe(false);
    expect(explorerEnabled({ NODE_ENV: "production", EXPLORER: "true" })).toBe(true);
    expect(dashboardEnabled({ DASHBOARD: "false" })).toBe(false);
    expect(() => explorerEnabled({ EXPLORER: "yes" })).toThrow("EXPLORER=yes must be true or false");
  });
});
