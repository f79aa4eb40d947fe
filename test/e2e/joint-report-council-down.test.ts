import { freePort } from "../../lib/server/free-port";
import { SIGN_IN_NEEDED } from "../../lib/reports/joint-html";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { roleTokens } from "../helpers/tokens";

/**
 * The joint initiative's report with one council's subgraph down (its URL a closed port): the
 * initiative, its sources and joint actions come from the shared subgraph, and the other council's
 * actions from that council, so the report is still made, each unavailable council action saying so
 * ("Not available from its council just now"), rather than the whole report failing 502.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => {
  graph = await startTestGraph({ subgraphUrls: { cumberland: `http://127.0.0.1:${await freePort()}/graphql` } });
  tokens = await roleTokens();
}, 60_000);
afterAll(async () => {
  await graph?.close();
});

const reportUrl = (): string => new URL("/reports/regional-adoption-agency/2026-Q4.html", graph.gateway.url).toString();
const rows = (html: string): Array<[string, boolean]> => [...html.matchAll(/<tr data-council-action-id="([^"]+)">(.*?)<\/tr>/g)].map((match) => [match[1], match[2].includes("Not available from its council just now.")]);

describe("the joint report with Cumberland's subgraph down", () => {
  it("is made for anyone: Cumberland's actions are marked unavailable, Westmorland and Furness's are there", async () => {
    const response = await fetch(reportUrl());
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h1>Progress report: Regional Adoption Agency");
    expect(html).toContain(SIGN_IN_NEEDED);
    const found = rows(html);
    expect(found.length).toBeGreaterThan(1);
    for (const [id, unavailable] of found) expect([id, unavailable]).toEqual([id, id.startsWith("CumberlandAction:")]);
    expect(found.some(([id]) => id.startsWith("CumberlandAction:"))).toBe(true);
    expect(found.some(([id]) => id.startsWith("WestmorlandAndFurnessAction:"))).toBe(true);
  });

  it("is made for staff too, with the joint actions", async () => {
    const response = await fetch(reportUrl(), { headers: { authorization: `Bearer ${tokens.viewer}` } });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain(SIGN_IN_NEEDED);
  });
});
