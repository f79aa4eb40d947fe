import * as client from "openid-client";
import { demoAccounts } from "../../lib/auth/demo-accounts";
import { DEV_CLIENT, startDevProvider, type RunningDevProvider } from "../../lib/auth/dev-provider";
import { FetchBrowser, formsOf } from "../helpers/fetch-browser";

/**
 * The development OpenID provider on its own, on an ephemeral port, driven as the gateway will drive
 * it: openid-client 6 for the protocol, and a fetch-made browser for the provider's pages.
 */
// The application the provider sends people back to; never fetched here, only read from redirects.
const APP = "http://127.0.0.1:4999";
const REDIRECT_URI = `${APP}/auth/callback`;
const POST_LOGOUT_URI = `${APP}/auth/signed-out`;
const SCOPE = "openid profile email offline_access";

let provider: RunningDevProvider;
let config: client.Configuration;

beforeAll(async () => {
  provider = await startDevProvider({ host: "127.0.0.1", port: 0, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [POST_LOGOUT_URI] });
  config = await client.discovery(new URL(provider.issuer), DEV_CLIENT.clientId, DEV_CLIENT.clientSecret, undefined, { execute: [client.allowInsecureRequests] });
});
afterAll(() => provider.close());

interface Attempt {
  browser: FetchBrowser;
  url: URL;
  verifier: string;
  state: string;
  nonce: string;
}

async function authorization(browser = new FetchBrowser(), extra: Record<string, string> = {}): Promise<Attempt> {
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: SCOPE,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
    ...extra,
  });
  return { browser, url, verifier, state, nonce };
}

/** Opens the authorization URL and returns the sign-in page it leads to. */
async function loginPage(attempt: Attempt): Promise<{ html: string; response: Response; url: URL }> {
  const result = await attempt.browser.follow(attempt.url, REDIRECT_URI);
  if (!("page" in result)) throw new Error(`went straight back to the application: ${result.redirectedTo.href}`);
  return { html: await result.page.text(), response: result.page, url: result.url };
}

/** Posts the sign-in form; returns where the provider sends the browser back to, or the page it showed instead. */
async function submitLogin(attempt: Attempt, page: { html: string; url: URL }, username: string, password: string) {
  const [form] = formsOf(page.html);
  return attempt.browser.follow(new URL(form.action, page.url), REDIRECT_URI, { method: "POST", form: { username, password } });
}

async function signIn(username: string, browser?: FetchBrowser, extra: Record<string, string> = {}): Promise<{ attempt: Attempt; tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>> }> {
  const attempt = await authorization(browser, extra);
  const result = await submitLogin(attempt, await loginPage(attempt), username, "demo");
  if (!("redirectedTo" in result)) throw new Error(`sign-in as ${username} did not come back: ${result.page.status} ${await result.page.text()}`);
  const tokens = await client.authorizationCodeGrant(config, result.redirectedTo, { pkceCodeVerifier: attempt.verifier, expectedState: attempt.state, expectedNonce: attempt.nonce });
  return { attempt, tokens };
}

describe("discovery", () => {
  it("lists the endpoints, the scopes and claims, and PKCE with S256 only", async () => {
    const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as Record<string, unknown>;
    expect(document.issuer).toBe(provider.issuer);
    expect(provider.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const endpoint of ["authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri", "end_session_endpoint", "revocation_endpoint"]) {
      expect(String(document[endpoint])).toMatch(new RegExp(`^${provider.issuer}/`));
    }
    expect(document.code_challenge_methods_supported).toEqual(["S256"]);
    expect(document.response_types_supported).toEqual(["code"]);
    expect(document.scopes_supported).toEqual(expect.arrayContaining(["openid", "profile", "email", "offline_access"]));
    expect(document.claims_supported).toEqual(expect.arrayContaining(["sub", "name", "preferred_username", "email", "roles"]));
    expect(document.grant_types_supported).toEqual(expect.arrayContaining(["authorization_code", "refresh_token"]));
  });
});

describe("the sign-in page", () => {
  it("has labelled Username and Password fields and a Sign in button, no inline script, and a CSP", async () => {
    const { html, response } = await loginPage(await authorization());
    expect(response.status).toBe(200);
    expect(html).toMatch(/<label for="username">Username<\/label>\s*<input id="username" name="username" type="text"/);
    expect(html).toMatch(/<label for="password">Password<\/label>\s*<input id="password" name="password" type="password"/);
    expect(html).toContain(`<button type="submit">Sign in</button>`);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(response.headers.get("cache-control")).toBe("no-store");
    // The stylesheet it links is served.
    const css = await fetch(`${provider.issuer}/dev-sign-in/style.css`);
    expect(css.headers.get("content-type")).toContain("text/css");
    // The icon browsers ask for: none, without a 404 in their consoles.
    expect((await fetch(`${provider.issuer}/favicon.ico`)).status).toBe(204);
  });

  it("escapes what the request puts in the page (login_hint)", async () => {
    const hostile = `"><script>alert(1)</script>`;
    const { html } = await loginPage(await authorization(undefined, { login_hint: hostile }));
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain(`value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`);
  });

  it("shows the form again with an error for a wrong password or an unknown user, and the same sign-in then succeeds", async () => {
    const attempt = await authorization();
    const page = await loginPage(attempt);
    for (const [username, password] of [
      ["raa.lead", "wrong"],
      ["nobody", "demo"],
      ["raa.lead", ""],
    ]) {
      const result = await submitLogin(attempt, page, username, password);
      if (!("page" in result)) throw new Error(`signed in with ${username}/${password}`);
      expect(result.page.status).toBe(200);
      const html = await result.page.text();
      expect(html).toMatch(/<p role="alert"[^>]*>That username and password do not match a demo account/);
      expect(html).toContain(`value="${username}"`);
      expect(formsOf(html)[0].fields).toHaveProperty("password", "");
    }
    const result = await submitLogin(attempt, page, "raa.lead", "demo");
    if (!("redirectedTo" in result)) throw new Error(`no redirect: ${result.page.status}`);
    const tokens = await client.authorizationCodeGrant(config, result.redirectedTo, { pkceCodeVerifier: attempt.verifier, expectedState: attempt.state, expectedNonce: attempt.nonce });
    expect(tokens.claims()!.preferred_username).toBe("raa.lead");
  });

  it("refuses a form that is not urlencoded, and a stale or missing sign-in, with a page and no stack trace", async () => {
    const attempt = await authorization();
    const page = await loginPage(attempt);
    const action = new URL(formsOf(page.html)[0].action, page.url);
    const json = await fetch(action, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(json.status).toBe(400);
    // Without the provider's interaction cookie (another browser, or a cross-site post).
    const stranger = await fetch(action, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "username=admin&password=demo" });
    expect(stranger.status).toBe(400);
    const text = await stranger.text();
    expect(text).toContain("Go back to the application and sign in again");
    expect(text).not.toMatch(/at .*\.js:\d+/);
  });
});

describe("signing in", () => {
  it.each(demoAccounts.map((account) => [account.username, account]))("%s gets an ID token with its name and roles, and userinfo agrees", async (username, account) => {
    const { tokens } = await signIn(username);
    const claims = tokens.claims()!;
    expect(claims).toMatchObject({ iss: provider.issuer, aud: DEV_CLIENT.clientId, sub: `dev:${username}`, name: account.name, preferred_username: username, email: account.email, roles: account.roles });
    const userinfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    expect(userinfo).toMatchObject({ sub: `dev:${username}`, name: account.name, roles: account.roles });
  });

  it("names who each demo account is, with the roles of the contract", () => {
    const byName = Object.fromEntries(demoAccounts.map((account) => [account.username, account.roles]));
    expect(byName).toEqual({
      "raa.lead": ["Partnership.Editor"],
      "raa.approver": ["Partnership.Approver"],
      "cumberland.officer": ["Cumberland.Officer"],
      "cumberland.approver": ["Cumberland.Approver"],
      "wf.officer": ["WestmorlandFurness.Officer"],
      "wf.approver": ["WestmorlandFurness.Approver"],
      commissioner: [],
      admin: ["Graph.Admin"],
    });
  });

  it.each([
    ["without prompt", {}],
    ["with prompt=consent (offline_access kept)", { prompt: "consent" }],
  ])("issues a refresh token (%s) that gives fresh tokens for the same person", async (_label, extra) => {
    const { tokens } = await signIn("cumberland.officer", undefined, extra);
    expect(tokens.refresh_token).toEqual(expect.any(String));
    const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token!);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    expect(refreshed.claims()).toMatchObject({ sub: "dev:cumberland.officer", roles: ["Cumberland.Officer"] });
    const userinfo = await client.fetchUserInfo(config, refreshed.access_token, "dev:cumberland.officer");
    expect(userinfo.name).toBe("Chris Moss (Cumberland officer)");
    // Refreshing again works too (the refresh token is not rotated away).
    expect((await client.refreshTokenGrant(config, refreshed.refresh_token ?? tokens.refresh_token!)).access_token).toEqual(expect.any(String));
  });

  it("requires PKCE: a request without a code challenge is refused", async () => {
    const url = client.buildAuthorizationUrl(config, { redirect_uri: REDIRECT_URI, scope: SCOPE, state: "s" });
    const result = await new FetchBrowser().follow(url, REDIRECT_URI);
    if (!("redirectedTo" in result)) throw new Error(`expected an error redirect, got ${result.page.status}`);
    expect(result.redirectedTo.searchParams.get("error")).toBe("invalid_request");
    expect(result.redirectedTo.searchParams.get("error_description")).toMatch(/PKCE/);
  });

  it("refuses a code exchanged with the wrong PKCE verifier", async () => {
    const attempt = await authorization();
    const result = await submitLogin(attempt, await loginPage(attempt), "admin", "demo");
    if (!("redirectedTo" in result)) throw new Error("no redirect");
    await expect(client.authorizationCodeGrant(config, result.redirectedTo, { pkceCodeVerifier: client.randomPKCECodeVerifier(), expectedState: attempt.state, expectedNonce: attempt.nonce })).rejects.toMatchObject({
      error: "invalid_grant",
    });
  });

  it("refuses a redirect URI that is not registered, without redirecting to it", async () => {
    const attempt = await authorization(undefined, { redirect_uri: "http://127.0.0.1:4999/elsewhere" });
    const result = await attempt.browser.follow(attempt.url, "http://127.0.0.1:4999/");
    if (!("page" in result)) throw new Error(`redirected to ${result.redirectedTo.href}`);
    expect(result.page.status).toBe(400);
    expect(await result.page.text()).toContain("Sign-in failed");
  });

  it("does not ask again while the provider's session lasts, and asks for no consent", async () => {
    const browser = new FetchBrowser();
    await signIn("wf.approver", browser);
    const again = await authorization(browser);
    const result = await browser.follow(again.url, REDIRECT_URI);
    if (!("redirectedTo" in result)) throw new Error(`showed a page: ${result.page.status} ${await result.page.text()}`);
    const tokens = await client.authorizationCodeGrant(config, result.redirectedTo, { pkceCodeVerifier: again.verifier, expectedState: again.state, expectedNonce: again.nonce });
    expect(tokens.claims()!.sub).toBe("dev:wf.approver");
  });
});

describe("signing out (RP-initiated logout)", () => {
  it("ends the provider's session and returns to the post-logout URI with the state", async () => {
    const browser = new FetchBrowser();
    const { tokens } = await signIn("raa.approver", browser);
    const endSession = client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: POST_LOGOUT_URI, state: "bye" });
    const shown = await browser.follow(endSession, POST_LOGOUT_URI);
    if (!("page" in shown)) throw new Error("signed out without the one-click page");
    const html = await shown.page.text();
    // One click (pressed by the provider's own script for the graph): no inline script.
    expect(html).toMatch(/<button type="submit" form="op\.logoutForm" name="logout" value="yes" data-auto-submit>Sign out<\/button>/);
    expect(html).toContain(`<script src="/dev-sign-in/auto-submit.js" defer></script>`);
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    const [form] = formsOf(html);
    const back = await browser.follow(new URL(form.action, shown.url), POST_LOGOUT_URI, { method: "POST", form: { ...form.fields, logout: "yes" } });
    if (!("redirectedTo" in back)) throw new Error(`no redirect after sign-out: ${back.page.status}`);
    expect(back.redirectedTo.origin + back.redirectedTo.pathname).toBe(POST_LOGOUT_URI);
    expect(back.redirectedTo.searchParams.get("state")).toBe("bye");
    // Signed out at the provider: the next sign-in asks for the password again.
    const next = await loginPage(await authorization(browser));
    expect(next.html).toContain(`<label for="username">Username</label>`);
  });

  it("asks (without pressing the button itself) when the request does not come from the graph's ID token", async () => {
    const browser = new FetchBrowser();
    await signIn("admin", browser);
    const shown = await browser.follow(`${provider.issuer}/session/end`, POST_LOGOUT_URI);
    if (!("page" in shown)) throw new Error("signed out without asking");
    const html = await shown.page.text();
    expect(html).toContain(">Sign out</button>");
    expect(html).not.toContain("data-auto-submit");
    expect(html).not.toContain("<script");
  });

  it("refuses a post-logout URI that is not registered", async () => {
    const browser = new FetchBrowser();
    const { tokens } = await signIn("commissioner", browser);
    const endSession = client.buildEndSessionUrl(config, { id_token_hint: tokens.id_token!, post_logout_redirect_uri: "https://evil.example/" });
    const shown = await browser.follow(endSession, "https://evil.example/");
    if (!("page" in shown)) throw new Error("redirected to an unregistered URI");
    expect(shown.page.status).toBe(400);
  });
});

describe("where it may run", () => {
  it("refuses to start with NODE_ENV=production", async () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    try {
      await expect(startDevProvider({ host: "127.0.0.1", port: 0, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [] })).rejects.toThrow(/never runs with NODE_ENV=production/);
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it("refuses to listen on anything but loopback", async () => {
    await expect(startDevProvider({ host: "0.0.0.0", port: 0, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [] })).rejects.toThrow(/loopback only/);
  });
});
