import { workspaceEnabled } from "../../lib/config/env";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { expectSameOriginPage, getPage as get } from "../helpers/pages";

/** The staff workspace's pages over HTTP (no browser): served in development and production, its headers, its switch. */

describe("the workspace in development", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it.each(["/workspace", "/workspace/"])("serves %s with a same-origin-only CSP and no inline script or style", async (path) => {
    const page = await get(graph, path);
    expectSameOriginPage(page);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("form-action 'self'");
    // Every script is a file; no style attribute or element.
    for (const [tag] of page.text.matchAll(/<script[^>]*>/g)) expect(tag).toMatch(/src="\/workspace\/workspace\.js"/);
    expect(page.text).not.toMatch(/<style|style="/);
  });

  it("serves its bundle, its styles and the design system's", async () => {
    expect((await get(graph, "/workspace/workspace.js")).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect((await get(graph, "/workspace/workspace.css")).status).toBe(200);
    expect((await get(graph, "/assets/app.css")).status).toBe(200);
    expect((await get(graph, "/workspace/../package.json")).status).toBe(404);
  });
});

describe("the workspace in production", () => {
  it("is on by default (it is the product for staff), with the dashboard and explorer off", async () => {
    const graph = await startTestGraph({ production: true });
    try {
      expect((await get(graph, "/workspace/")).status).toBe(200);
      expect((await get(graph, "/workspace/workspace.js")).status).toBe(200);
      expect((await get(graph, "/assets/app.css")).status).toBe(200);
      expect((await get(graph, "/dashboard/")).status).toBe(404);
      // Without sign-in configured, the page is told so instead of a 404.
      expect(JSON.parse((await get(graph, "/auth/session")).text)).toEqual({ signedIn: false, available: false });
    } finally {
      await graph.close();
    }
  });

  it("is off with WORKSPACE=off: 404 like any unknown path", async () => {
    const graph = await startTestGraph({ production: true, web: { workspace: false } });
    try {
      expect((await get(graph, "/workspace/")).status).toBe(404);
      expect((await get(graph, "/assets/app.css")).status).toBe(404);
    } finally {
      await graph.close();
    }
  });

  it("reads WORKSPACE=on|off, on by default in development and production alike", () => {
    expect(workspaceEnabled({})).toBe(true);
    expect(workspaceEnabled({ NODE_ENV: "production" })).toBe(true);
    expect(workspaceEnabled({ NODE_ENV: "production", WORKSPACE: "off" })).toBe(false);
    expect(workspaceEnabled({ WORKSPACE: "on" })).toBe(true);
    expect(workspaceEnabled({ WORKSPACE: "false" })).toBe(false);
    expect(() => workspaceEnabled({ WORKSPACE: "maybe" })).toThrow("WORKSPACE=maybe must be true or false");
  });
});
