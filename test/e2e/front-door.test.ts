import { startTestGraph, type TestGraph } from "../helpers/graph";

/**
 * What a person typing the gateway's address into a browser gets: GET / leads to the dashboard, and
 * GET /graphql to the bundled explorer (in development; Apollo's landing page would load from a CDN).
 */

/** What a browser sends when it opens a URL. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

async function open(graph: TestGraph, path: string, accept = BROWSER_ACCEPT): Promise<{ status: number; location: string | null; type: string | null; text: string }> {
  const response = await fetch(new URL(path, graph.gateway.url), { headers: { accept }, redirect: "manual" });
  return { status: response.status, location: response.headers.get("location"), type: response.headers.get("content-type"), text: await response.text() };
}

// One gateway as in development (explorer and dashboard on), one as production's defaults (both off).
let graph: TestGraph;
let productionGraph: TestGraph;
// A hook each: each start has the whole hook time (a graph on PostgreSQL under load takes a while).
beforeAll(async () => {
  graph = await startTestGraph();
});
beforeAll(async () => {
  productionGraph = await startTestGraph({ production: true });
});
afterAll(async () => {
  await Promise.all([graph?.close(), productionGraph?.close()]);
});

describe("in development", () => {
  it("sends GET / to the dashboard, which is served there", async () => {
    const root = await open(graph, "/");
    expect(root.status).toBe(302);
    expect(root.location).toBe("/dashboard/");
    const dashboard = await open(graph, root.location!);
    expect(dashboard.status).toBe(200);
    expect(dashboard.type).toBe("text/html; charset=utf-8");
  });

  it("sends a browser opening /graphql to the bundled explorer, not Apollo's landing page", async () => {
    const page = await open(graph, "/graphql");
    expect(page.status).toBe(302);
    expect(page.location).toBe("/explorer");
    expect(page.text).not.toContain("apollographql.com");
    const explorer = await open(graph, page.location!);
    expect(explorer.status).toBe(200);
    expect(explorer.text).toContain("/explorer/explorer.js");
  });

  it("still answers API clients' GET and POST at /graphql", async () => {
    const get = await fetch(new URL("/graphql?query=%7B__typename%7D", graph.gateway.url), { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: "Query" } });
    // A GET naming JSON first, as GraphiQL and curl do, is never redirected.
    expect((await open(graph, "/graphql?query=%7B__typename%7D", "application/json, text/html")).status).toBe(400);
    const post = await fetch(graph.gateway.url, { method: "POST", headers: { "content-type": "application/json", accept: BROWSER_ACCEPT }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await post.json()).toEqual({ data: { __typename: "Query" } });
  });
});

describe("with the explorer and dashboard off (production's default)", () => {
  it("answers GET / with a JSON 404 naming where GraphQL is", async () => {
    const root = await open(productionGraph, "/");
    expect(root.status).toBe(404);
    expect(JSON.parse(root.text)).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
  });

  it("answers a browser opening /graphql with a JSON error, no landing page", async () => {
    const page = await open(productionGraph, "/graphql");
    expect(page.status).toBe(400);
    expect(page.type).toContain("application/json");
    expect(JSON.parse(page.text)).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
  });
});

describe("in development with the explorer off", () => {
  it("answers a browser opening /graphql with a JSON error rather than Apollo's landing page, which needs the internet", async () => {
    const withoutExplorer = await startTestGraph({ web: { explorer: false } });
    try {
      const page = await open(withoutExplorer, "/graphql");
      expect(page.status).toBe(400);
      expect(JSON.parse(page.text)).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
    } finally {
      await withoutExplorer.close();
    }
  });
});
