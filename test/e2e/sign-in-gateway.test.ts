import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGateway, type RunningGateway } from "../../gateway/src/server";
import { DEFAULT_OIDC_SCOPES, DEV_OIDC_CLIENT_ID, type OidcSettings } from "../../lib/config/env";
import { projectRoot } from "../../lib/config/project";
import { freePort } from "../../lib/server/free-port";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { projectCouncils } from "../helpers/councils";
import { extraGatewayOptions } from "../helpers/extra-gateway";

/**
 * The gateway's sign-in routes where no provider answers: they fail cleanly (a page, never a stack
 * trace), the rest of the graph keeps working, and a bad role mapping stops the gateway at start.
 */
let graph: TestGraph;
let gateway: RunningGateway;
let base: string;

async function gatewayWith(oidc: OidcSettings, port = 0): Promise<RunningGateway> {
  return startGateway(extraGatewayOptions(graph, port, { oidc }));
}

const settings = (port: number, overrides: Partial<OidcSettings> = {}): OidcSettings => ({
  // Nothing listens here: the port was free a moment ago and is not the gateway's.
  issuer: `http://127.0.0.1:${port}`,
  clientId: DEV_OIDC_CLIENT_ID,
  clientSecret: "x",
  clientAuth: "client_secret_basic",
  redirectUri: "http://127.0.0.1:1/auth/callback",
  scopes: DEFAULT_OIDC_SCOPES,
  roleMappingFile: join(projectRoot, "config", "role-mapping.development.json"),
  sessionSecret: randomBytes(32).toString("hex"),
  idleMinutes: 30,
  absoluteHours: 10,
  development: true,
  ...overrides,
});

beforeAll(async () => {
  graph = await startTestGraph();
  gateway = await gatewayWith(settings(await freePort()));
  base = gateway.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await gateway?.close();
  await graph?.close();
});

it("with the provider unreachable, /auth/login answers a 503 page, the session says signed out and GraphQL still answers", async () => {
  const login = await fetch(`${base}/auth/login?returnTo=/dashboard/`, { redirect: "manual" });
  expect(login.status).toBe(503);
  expect(login.headers.get("content-type")).toMatch(/^text\/html/);
  const page = await login.text();
  expect(page).toMatch(/Sign-in is unavailable/);
  expect(page).not.toMatch(/ECONNREFUSED|at .*\.(ts|js):\d+/);

  const session = await fetch(`${base}/auth/session`);
  expect(session.headers.get("cache-control")).toBe("no-store");
  expect(await session.json()).toEqual({ signedIn: false });

  const graphql = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
  expect(await graphql.json()).toEqual({ data: { __typename: "Query" } });
});

it("a callback from a sign-in this browser never started fails with a page, not a session", async () => {
  const callback = await fetch(`${base}/auth/callback?code=stolen&state=stolen`, { redirect: "manual" });
  expect(callback.status).toBe(400);
  expect(await callback.text()).toMatch(/Sign-in failed[\s\S]*Sign in again/);
  expect(callback.headers.getSetCookie().some((line) => line.startsWith("graph_session="))).toBe(false);
});

it("signing out without a session, or with a forged cookie, just goes back to the dashboard; unknown /auth/ paths are 404", async () => {
  const logout = await fetch(`${base}/auth/logout`, { method: "POST", redirect: "manual", headers: { cookie: "graph_session=forged.value" } });
  expect(logout.status).toBe(303);
  expect(logout.headers.get("location")).toBe("/dashboard/");
  expect((await fetch(`${base}/auth/nothing`)).status).toBe(404);
  // GET is not how to sign out (a link or an image could do it).
  expect((await fetch(`${base}/auth/logout`)).status).toBe(404);
});

it("a cookie with no x-csrf-token is anonymous; a forged cookie with one is refused 401", async () => {
  const anonymous = await fetch(gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: "graph_session=forged.value" },
    body: JSON.stringify({ query: `{ jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { id } } } }` }),
  });
  expect(((await anonymous.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  const forged = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json", cookie: "graph_session=forged.value", "x-csrf-token": "guess" }, body: JSON.stringify({ query: "{ __typename }" }) });
  expect(forged.status).toBe(401);
  expect(await forged.json()).toEqual({ errors: [{ message: "Your session has ended: sign in again", extensions: { code: "UNAUTHENTICATED" } }] });
});

it("refuses to start with a bad role mapping file, naming the file and the entry", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "role-mapping-")), "mapping.json");
  writeFileSync(file, JSON.stringify({ claims: ["roles"], rules: [{ value: "Cumberland.Officer", roles: ["COUNCIL_EDITOR"], council: "carlisle" }] }));
  await expect(gatewayWith(settings(1, { roleMappingFile: file }), await freePort())).rejects.toThrow(
    `Role mapping file ${file} is not valid:\n  rules[0].council: "carlisle" is not a council of this graph (${projectCouncils()
      .map((council) => council.id)
      .join(", ")}) (rule for "Cumberland.Officer")`,
  );
});
