import { startDevProvider, type RunningDevProvider } from "../../lib/auth/dev-provider";
import { oidcSettings } from "../../lib/config/env";
import { freePort } from "../../lib/server/free-port";
import { startTestGraph, type TestGraph } from "../helpers/graph";

/**
 * The dashboard's side of sign-in over HTTP (no browser): its Content-Security-Policy lets the
 * "Sign out" form's redirect reach the identity provider and nothing else, and a gateway without
 * sign-in tells the page so instead of answering 404. (test/e2e/sign-in-browser.test.ts drives it in Chromium.)
 */
const formAction = (csp: string): string | undefined => csp.split("; ").find((directive) => directive.startsWith("form-action"));

async function dashboardPolicy(graph: TestGraph): Promise<string> {
  const response = await fetch(new URL("/dashboard/", graph.gateway.url));
  expect(response.status).toBe(200);
  return response.headers.get("content-security-policy") ?? "";
}

describe("without sign-in", () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it("says sign-in is off at /auth/session, and the dashboard's forms may go nowhere but this origin", async () => {
    const response = await fetch(new URL("/auth/session", graph.gateway.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ signedIn: false, available: false });
    expect(formAction(await dashboardPolicy(graph))).toBe("form-action 'self'");
    // The explorer has no form at all.
    expect(formAction((await fetch(new URL("/explorer", graph.gateway.url))).headers.get("content-security-policy") ?? "")).toBe("form-action 'none'");
  });
});

describe("with sign-in", () => {
  let provider: RunningDevProvider;
  let graph: TestGraph;
  beforeAll(async () => {
    const port = await freePort();
    provider = await startDevProvider({ host: "127.0.0.1", port: 0, redirectUris: [`http://127.0.0.1:${port}/auth/callback`], postLogoutRedirectUris: [`http://127.0.0.1:${port}/auth/signed-out`] });
    graph = await startTestGraph({ gatewayPort: port, oidc: oidcSettings({ OIDC_DEV_PORT: new URL(provider.issuer).port }, port)! });
  });
  afterAll(async () => {
    await graph?.close();
    await provider?.close();
  });

  it("lets the dashboard's forms reach this origin and the provider's (where Sign out redirects), and keeps the rest strict", async () => {
    const csp = await dashboardPolicy(graph);
    expect(formAction(csp)).toBe(`form-action 'self' ${new URL(provider.issuer).origin}`);
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain("unsafe");
    // /auth/session is the sign-in routes' own now.
    expect(await (await fetch(new URL("/auth/session", graph.gateway.url))).json()).toEqual({ signedIn: false });
  });
});
