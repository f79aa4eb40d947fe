import { startGateway, type RunningGateway } from "../../gateway/src/server";
import { graphql } from "../../generated/test";
import type { TypedDocumentString } from "../../generated/test/graphql";
import { DEV_CLIENT, startDevProvider, type RunningDevProvider } from "../../lib/auth/dev-provider";
import { oidcSettings, type OidcSettings } from "../../lib/config/env";
import { freePort } from "../../lib/server/free-port";
import { PortInUseError } from "../../lib/server/http";
import { startTestGraph, type GraphQLResponse, type Settled, type TestGraph } from "../helpers/graph";
import { roleTokens } from "../helpers/tokens";
import { CookieBrowser, formOf } from "../helpers/http-sign-in";
import { extraGatewayOptions } from "../helpers/extra-gateway";

/**
 * Signing in through the gateway against the development provider, over HTTP with a cookie jar made
 * of fetch (the browser tests drive the same flow in Chromium): the session, CSRF, roles, expiry,
 * a tampered cookie, a forged callback and signing out.
 */
const CREATE = graphql(`mutation SignInCreateJointAction($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } errors { code } } }`);
const AUDIT = graphql(`query SignInAuditLog { partnership { auditLog(first: 5) { edges { node { operation entityId actor { subject name } } } } } }`);
const TYPENAME = graphql(`query SignInTypename { __typename }`);
const input = (title: string) => ({ initiativeId: "regional-adoption-agency", title, description: "Created by a signed-in person.", owner: "Head of Cumbria Adoption", dueDate: "2026-03-31", milestones: [], advances: [] });

interface SessionState {
  signedIn: boolean;
  name?: string;
  username?: string;
  roles?: string[];
  council?: string | null;
  viewerOnly?: boolean;
  csrfToken?: string;
  expiresAt?: string;
}

let provider: RunningDevProvider;
let graph: TestGraph;
const extraGateways: RunningGateway[] = [];
const extraProviders: RunningDevProvider[] = [];
/** The issuer each extra gateway signs in at (the main gateway's is `provider`'s). */
const issuerOf = new Map<number, string>();
let ports: number[];
let tokens: Record<string, string | null>;

const origin = (port: number) => `http://127.0.0.1:${port}`;
/** The development defaults (lib/config/env.ts oidcSettings) for a gateway on `port`, with the provider on its test port. */
const settingsFor = (port: number, overrides: Partial<OidcSettings> = {}): OidcSettings => ({ ...oidcSettings({ OIDC_DEV_PORT: new URL(provider.issuer).port }, port)!, ...overrides });

beforeAll(async () => {
  // Redirect URIs are registered before the gateway listens: pick its port first.
  ports = [await freePort()];
  provider = await startDevProvider({ host: "127.0.0.1", port: 0, redirectUris: ports.map((port) => `${origin(port)}/auth/callback`), postLogoutRedirectUris: ports.map((port) => `${origin(port)}/auth/signed-out`) });
  graph = await startTestGraph({ gatewayPort: ports[0], oidc: settingsFor(ports[0]) });
  tokens = await roleTokens();
}, 60_000);
afterAll(async () => {
  for (const gateway of extraGateways) await gateway.close();
  for (const extra of extraProviders) await extra.close();
  await graph?.close();
  await provider?.close();
});

it("the gateway's development settings are the development provider's client", () => {
  expect(settingsFor(ports[0])).toMatchObject({ issuer: provider.issuer, clientId: DEV_CLIENT.clientId, clientSecret: DEV_CLIENT.clientSecret, redirectUri: `${origin(ports[0])}/auth/callback`, development: true });
});

/** Another gateway over the same subgraphs, with other sign-in or rate-limit settings. */
/**
 * A further gateway with OIDC settings of its own, on a port picked just before it listens, with a
 * development provider of its own registered for that port (a port picked at the start could be taken
 * by then by another test's servers). Tried again on the rare port taken in between. Returns its port.
 */
async function extraGateway(overrides: Partial<OidcSettings>, rateLimit?: Parameters<typeof startGateway>[0]["rateLimit"]): Promise<number> {
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const own = await startDevProvider({ host: "127.0.0.1", port: 0, redirectUris: [`${origin(port)}/auth/callback`], postLogoutRedirectUris: [`${origin(port)}/auth/signed-out`] });
    extraProviders.push(own);
    try {
      const gateway = await startGateway(extraGatewayOptions(graph, port, { oidc: { ...oidcSettings({ OIDC_DEV_PORT: new URL(own.issuer).port }, port)!, ...overrides }, rateLimit }));
      extraGateways.push(gateway);
      issuerOf.set(port, own.issuer);
      return port;
    } catch (error) {
      if (!(error instanceof PortInUseError) || attempt === 3) throw error;
    }
  }
}

/** Signs in at the gateway on `port` as a demo account; returns the browser and the callback's answer. */
async function signIn(username: string, port = ports[0], password = "demo"): Promise<{ browser: CookieBrowser; landed: Response }> {
  const browser = new CookieBrowser();
  const callback = `${origin(port)}/auth/callback`;
  let step = await browser.follow(`${origin(port)}/auth/login?returnTo=/dashboard/`, callback);
  expect(step.url.origin).toBe(issuerOf.get(port) ?? provider.issuer);
  for (let page = 0; !step.stoppedAt && page < 5; page += 1) {
    expect(step.response.status).toBe(200);
    const { action, fields } = formOf(await step.response.text(), step.url);
    const submitted = "password" in fields || "username" in fields ? { ...fields, username, password } : fields;
    step = await browser.follow(action, callback, { form: submitted });
  }
  expect(step.stoppedAt).toBeDefined();
  const landed = await browser.request(step.stoppedAt!);
  return { browser, landed };
}

async function sessionOf(browser: CookieBrowser, port = ports[0]): Promise<SessionState> {
  const response = await browser.request(`${origin(port)}/auth/session`);
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return (await response.json()) as SessionState;
}

/** A typed operation sent with `browser`'s cookies, answered as TestGraph's query/queryAs answer (test/helpers/graph.ts). */
async function queryWith<T, V>(
  browser: CookieBrowser,
  operation: TypedDocumentString<T, V>,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
  port = ports[0],
): Promise<{ status: number; body: GraphQLResponse<Settled<T>> }> {
  const response = await browser.request(`${origin(port)}/graphql`, { json: { query: operation.toString(), variables }, headers });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Settled<T>> };
}

it("raa.lead signs in, sees their name and role, and creates a joint action with the session and its CSRF token; without the token the cookie counts for nothing", async () => {
  const { browser, landed } = await signIn("raa.lead");
  expect(landed.status).toBe(302);
  expect(landed.headers.get("location")).toBe("/dashboard/");
  const sessionCookie = browser.setCookieLines.find((line) => line.startsWith("graph_session="))!;
  expect(sessionCookie).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=36000$/);
  expect(sessionCookie).not.toMatch(/Secure/);
  // The cookie holds a random id and its signature: no name, role or token.
  expect(browser.cookies.get("graph_session")).toMatch(/^[\w-]{43}\.[\w-]{43}$/);

  const session = await sessionOf(browser);
  expect(session).toEqual({
    signedIn: true,
    name: "Rowan Adair (Regional Adoption Agency lead)",
    username: "raa.lead",
    subject: expect.stringMatching(/^oidc:127\.0\.0\.1:\d+:dev:raa\.lead$/),
    roles: ["PARTNERSHIP_EDITOR"],
    council: null,
    viewerOnly: false,
    csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    expiresAt: expect.any(String),
  });
  const expiresIn = Date.parse(session.expiresAt!) - Date.now();
  expect(expiresIn).toBeGreaterThan(25 * 60_000);
  expect(expiresIn).toBeLessThanOrEqual(30 * 60_000);

  const created = await queryWith(browser, CREATE, { input: input("Signed in with the session") }, { "x-csrf-token": session.csrfToken! });
  expect(created.body.errors).toBeUndefined();
  const action = created.body.data!.createJointAction.jointAction!;
  expect(action.title).toBe("Signed in with the session");
  // The subgraphs saw the signed-in person, under a subject that names the issuer.
  const audit = await graph.queryAs(tokens.admin, AUDIT);
  expect(audit.body.data!.partnership.auditLog.edges[0].node).toEqual({
    operation: "createJointAction",
    entityId: action.id,
    actor: { subject: `oidc:${new URL(provider.issuer).host}:dev:raa.lead`, name: "Rowan Adair (Regional Adoption Agency lead)" },
  });

  // A cross-site form post carries the cookie but cannot send the header: anonymous.
  const withoutToken = await queryWith(browser, CREATE, { input: input("Cookie only") });
  expect(withoutToken.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  const wrongToken = await queryWith(browser, CREATE, { input: input("Wrong token") }, { "x-csrf-token": "x".repeat(43) });
  expect(wrongToken.status).toBe(401);
  expect(wrongToken.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");

  // A bearer token takes precedence over the session: a viewer's token cannot create, whatever the cookie.
  const bearer = await queryWith(browser, CREATE, { input: input("Bearer wins") }, { "x-csrf-token": session.csrfToken!, authorization: `Bearer ${tokens.viewer}` });
  expect(bearer.body.errors![0].extensions!.code).toBe("FORBIDDEN");
});

it("the commissioner, whose claims map to no role, is a viewer: reads tracking data and is refused the mutation", async () => {
  const { browser } = await signIn("commissioner");
  const session = await sessionOf(browser);
  expect(session).toMatchObject({ signedIn: true, name: "Kim Shaw (joint commissioner)", roles: ["VIEWER"], council: null, viewerOnly: true });
  const headers = { "x-csrf-token": session.csrfToken! };
  const read = await queryWith(browser, graphql(`query SignInJointActionIds { jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { id } } } }`), {}, headers);
  expect(read.body.errors).toBeUndefined();
  const refused = await queryWith(browser, CREATE, { input: input("Not a viewer's to make") }, headers);
  expect(refused.body.errors![0].extensions!.code).toBe("FORBIDDEN");
});

it.each([
  ["cumberland.officer", ["COUNCIL_EDITOR"], "cumberland"],
  ["wf.approver", ["COUNCIL_APPROVER"], "westmorland-furness"],
  ["admin", ["ADMIN"], null],
])("%s gets %j for council %s", async (username, roles, council) => {
  const { browser } = await signIn(username);
  expect(await sessionOf(browser)).toMatchObject({ signedIn: true, username, roles, council, viewerOnly: false });
});

it("a tampered session cookie is nobody: signed out, and refused with the CSRF token", async () => {
  const { browser } = await signIn("raa.lead");
  const session = await sessionOf(browser);
  const cookie = browser.cookies.get("graph_session")!;
  const [id, signature] = cookie.split(".");
  for (const tampered of [`${id.slice(0, -1)}${id.endsWith("A") ? "B" : "A"}.${signature}`, `${id}.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`, id]) {
    browser.cookies.set("graph_session", tampered);
    expect(await sessionOf(browser)).toEqual({ signedIn: false });
    const refused = await queryWith(browser, CREATE, { input: input("Tampered") }, { "x-csrf-token": session.csrfToken! });
    expect(refused.status).toBe(401);
    expect(refused.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  }
  browser.cookies.set("graph_session", cookie);
  expect(await sessionOf(browser)).toMatchObject({ signedIn: true });
});

it("a callback with the wrong state, or from a sign-in started in another browser, fails with a page and no session", async () => {
  const browser = new CookieBrowser();
  const callback = `${origin(ports[0])}/auth/callback`;
  let step = await browser.follow(`${origin(ports[0])}/auth/login`, callback);
  for (let page = 0; !step.stoppedAt && page < 5; page += 1) {
    const { action, fields } = formOf(await step.response.text(), step.url);
    step = await browser.follow(action, callback, { form: "password" in fields || "username" in fields ? { ...fields, username: "raa.lead", password: "demo" } : fields });
  }
  const forged = new URL(step.stoppedAt!);
  expect(forged.searchParams.get("state")).toBeTruthy();
  forged.searchParams.set("state", "attacker-chosen");

  // Login CSRF: the attacker's own code and state, delivered into a browser that started no sign-in.
  const victim = new CookieBrowser();
  const elsewhere = await victim.request(step.stoppedAt!);
  expect(elsewhere.status).toBe(400);
  expect(victim.cookies.has("graph_session")).toBe(false);

  const failed = await browser.request(forged);
  expect(failed.status).toBe(400);
  expect(failed.headers.get("content-type")).toMatch(/^text\/html/);
  const page = await failed.text();
  expect(page).toMatch(/Sign-in failed/);
  expect(page).toMatch(/<a href="\/auth\/login\?returnTo=%2Fdashboard%2F">Sign in again<\/a>/);
  expect(page).not.toMatch(/at .*\.(ts|js):\d+/);
  expect(browser.cookies.has("graph_session")).toBe(false);
  expect(await sessionOf(browser)).toEqual({ signedIn: false });

  // The attempt is used up: the genuine callback replayed afterwards fails too.
  expect((await browser.request(step.stoppedAt!)).status).toBe(400);
  expect(browser.cookies.has("graph_session")).toBe(false);
});

it("signing out needs the CSRF token, ends the session, and sends the browser to the provider's end-session endpoint and back to the page it was on", async () => {
  const { browser } = await signIn("raa.lead");
  const session = await sessionOf(browser);
  const cookie = browser.cookies.get("graph_session")!;

  const forgedLogout = await browser.request(`${origin(ports[0])}/auth/logout`, { form: {} });
  expect(forgedLogout.status).toBe(403);
  expect(await sessionOf(browser)).toMatchObject({ signedIn: true });

  const loggedOut = await browser.request(`${origin(ports[0])}/auth/logout`, { form: { csrfToken: session.csrfToken!, returnTo: "/workspace/" } });
  expect(loggedOut.status).toBe(303);
  const endSession = new URL(loggedOut.headers.get("location")!);
  expect(endSession.origin).toBe(provider.issuer);
  // One registered post-logout URI; the page to land on travels in state, checked again on the way back.
  expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(`${origin(ports[0])}/auth/signed-out`);
  expect(endSession.searchParams.get("state")).toBe("/workspace/");
  const back = await browser.request(`${origin(ports[0])}/auth/signed-out?state=${encodeURIComponent("/workspace/")}`);
  expect(back.status).toBe(303);
  expect(back.headers.get("location")).toBe("/workspace/");
  const offSite = await browser.request(`${origin(ports[0])}/auth/signed-out?state=${encodeURIComponent("//evil.example/")}`);
  expect(offSite.headers.get("location")).toBe("/dashboard/");
  expect(endSession.searchParams.get("id_token_hint")).toBeTruthy();
  expect(browser.cookies.has("graph_session")).toBe(false);
  expect(await sessionOf(browser)).toEqual({ signedIn: false });

  // The old cookie, replayed, finds nothing.
  browser.cookies.set("graph_session", cookie);
  expect(await sessionOf(browser)).toEqual({ signedIn: false });
  expect((await queryWith(browser, CREATE, { input: input("After sign-out") }, { "x-csrf-token": session.csrfToken! })).status).toBe(401);

  // The provider's end of it leads back, through /auth/signed-out, to the page Sign out was pressed on.
  browser.cookies.delete("graph_session");
  let step = await browser.follow(endSession, `${origin(ports[0])}/workspace/`);
  for (let page = 0; !step.stoppedAt && page < 3; page += 1) {
    const { action, fields } = formOf(await step.response.text(), step.url);
    step = await browser.follow(action, `${origin(ports[0])}/workspace/`, { form: fields });
  }
  expect(step.stoppedAt?.href).toBe(`${origin(ports[0])}/workspace/`);
});

it("a session left idle past SESSION_IDLE_MINUTES ends: signed out, and GraphQL with its token is refused", async () => {
  const idleMs = 1_500;
  const port = await extraGateway({ idleMinutes: idleMs / 60_000 });
  const { browser, landed } = await signIn("raa.lead", port);
  // The session was made (its cookie set); then nobody uses it for longer than the idle limit.
  expect(landed.status).toBe(302);
  expect(browser.cookies.has("graph_session")).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, idleMs + 500));
  expect(await sessionOf(browser, port)).toEqual({ signedIn: false });
  const refused = await queryWith(browser, CREATE, { input: input("Idle") }, { "x-csrf-token": "any" }, port);
  expect(refused.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
});

it("rate limits count a signed-in person by their subject, not their address", async () => {
  // Anonymous callers from this address get 4 requests in all (sign-in's /auth/login and /auth/callback count); signed-in ones 50.
  const port = await extraGateway({}, { enabled: true, anonymous: { perSecond: 0.001, burst: 4 }, signedIn: { perSecond: 0.001, burst: 50 }, maxClients: 100 });
  const { browser } = await signIn("raa.lead", port);
  const session = await sessionOf(browser, port);
  const anonymous = new CookieBrowser();
  const statuses: number[] = [];
  for (let index = 0; index < 3; index += 1) statuses.push((await queryWith(anonymous, TYPENAME, {}, {}, port)).status);
  expect(statuses).toContain(429);
  for (let index = 0; index < 5; index += 1) {
    const signedIn = await queryWith(browser, TYPENAME, {}, { "x-csrf-token": session.csrfToken! }, port);
    expect(signedIn.status).toBe(200);
  }
});
