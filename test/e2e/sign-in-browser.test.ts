import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { VIEWER_ONLY_TEXT } from "../../web/shared/account-words";
import { startDevProvider, type RunningDevProvider } from "../../lib/auth/dev-provider";
import { oidcSettings } from "../../lib/config/env";
import { freePort } from "../../lib/server/free-port";
import { axe, haveChromium, launchChromium, SCREENSHOTS, seriousViolations, watch } from "../helpers/browser";
import { startTestGraph, type TestGraph } from "../helpers/graph";

/**
 * Signing in to the dashboard in a real browser (Debian's Chromium through playwright-core): the
 * development OpenID provider on an ephemeral port, the whole graph in-process as its client. Every
 * demo account signs in from the keyboard, sees its name and roles, writes or is refused through the
 * page's own session, and signs out through the provider; an expired session, a tampered cookie and a
 * forged callback (login CSRF) each end signed out.
 */
const run = haveChromium ? describe : describe.skip;

/** The demo accounts (lib/auth/demo-accounts.json) and what the dashboard should say of each. */
const ACCOUNTS: Array<{ username: string; name: string; roles: string }> = [
  { username: "raa.lead", name: "Rowan Adair (Regional Adoption Agency lead)", roles: "Partnership editor" },
  { username: "raa.approver", name: "Alex Price (Regional Adoption Agency approver)", roles: "Partnership approver" },
  { username: "cumberland.officer", name: "Chris Moss (Cumberland officer)", roles: "Cumberland Council editor" },
  { username: "cumberland.approver", name: "Carol Dent (Cumberland approver)", roles: "Cumberland Council approver" },
  { username: "wf.officer", name: "Wyn Fell (Westmorland and Furness officer)", roles: "Westmorland and Furness Council editor" },
  { username: "wf.approver", name: "Wendy Farr (Westmorland and Furness approver)", roles: "Westmorland and Furness Council approver" },
  { username: "commissioner", name: "Kim Shaw (joint commissioner)", roles: VIEWER_ONLY_TEXT },
  { username: "admin", name: "Ada Mint (administrator)", roles: "Administrator" },
];

const CREATE_JOINT_ACTION = `mutation($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } errors { code message } } }`;

interface GraphQLBody {
  data?: { createJointAction?: { jointAction: { id: string; title: string } | null } | null } | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

interface SessionBody {
  signedIn: boolean;
  csrfToken?: string;
  roles?: string[];
}

/** GET /auth/session from inside the page: what the page itself sees. */
const sessionInPage = (page: Page): Promise<SessionBody> => page.evaluate<SessionBody>(`fetch("/auth/session", { cache: "no-store" }).then((response) => response.json())`);

/** A write through the page's session, as the dashboard's GraphQL client sends it (with or without its CSRF header). */
function writeInPage(page: Page, title: string, csrfToken: string | null): Promise<GraphQLBody> {
  const headers = { "content-type": "application/json", ...(csrfToken ? { "x-csrf-token": csrfToken } : {}) };
  const body = { query: CREATE_JOINT_ACTION, variables: { input: { initiativeId: "regional-adoption-agency", title, owner: "Head of Cumbria Adoption" } } };
  return page.evaluate<GraphQLBody>(`fetch("/graphql", { method: "POST", credentials: "same-origin", headers: ${JSON.stringify(headers)}, body: ${JSON.stringify(JSON.stringify(body))} }).then((response) => response.json())`);
}

/** How long the second graph's sessions last without use: short, so a test can outwait it. */
const SHORT_IDLE_MS = 2_000;

/** The gateway's sign-in settings as in development (lib/config/env.ts), pointed at the test's provider. */
function signInSettings(provider: RunningDevProvider, gatewayPort: number, idleMs?: number): NonNullable<ReturnType<typeof oidcSettings>> {
  const settings = oidcSettings({ OIDC_DEV_PORT: new URL(provider.issuer).port }, gatewayPort);
  if (!settings) throw new Error("sign-in is off in development");
  expect(settings.issuer).toBe(provider.issuer);
  return idleMs === undefined ? settings : { ...settings, idleMinutes: idleMs / 60_000 };
}

run("signing in to the dashboard with the development OpenID provider, in Chromium", () => {
  let provider: RunningDevProvider;
  let graph: TestGraph;
  /** The same graph again, whose sessions end after SHORT_IDLE_MS unused. */
  let shortGraph: TestGraph;
  let browser: Browser;
  let origin: string;

  /** The dashboard, signed out, its "Sign in" reached and pressed from the keyboard; the provider's form filled in by label. */
  async function signIn(page: Page, username: string, at = origin): Promise<void> {
    await page.goto(`${at}/dashboard/`);
    const signInLink = page.locator("#sign-in");
    await signInLink.waitFor();
    expect(await signInLink.getAttribute("href")).toBe("/auth/login?returnTo=%2Fdashboard%2F");
    // Keyboard only: the skip link, then "Sign in", with a focus ring you can see.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("sign-in");
    expect(await page.evaluate<string>("getComputedStyle(document.activeElement).outlineStyle")).toBe("solid");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
    await page.getByLabel("Username").fill(username);
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Sign in" }).press("Enter");
    await page.waitForURL(`${at}/dashboard/`);
  }

  /** "Sign out" from the keyboard: through the provider's end-session endpoint and back, signed out. */
  async function signOut(page: Page): Promise<void> {
    await page.locator("#sign-out").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`${origin}/dashboard/`);
    await page.locator("#sign-in").waitFor();
  }

  beforeAll(async () => {
    // The provider must know the gateways' redirect URIs before they start: pick their ports first.
    const ports = [await freePort(), await freePort()];
    provider = await startDevProvider({
      host: "127.0.0.1",
      port: 0,
      redirectUris: ports.map((port) => `http://127.0.0.1:${port}/auth/callback`),
      postLogoutRedirectUris: ports.map((port) => `http://127.0.0.1:${port}/auth/signed-out`),
    });
    graph = await startTestGraph({ gatewayPort: ports[0], oidc: signInSettings(provider, ports[0]!) });
    shortGraph = await startTestGraph({ gatewayPort: ports[1], oidc: signInSettings(provider, ports[1]!, SHORT_IDLE_MS) });
    origin = new URL(graph.gateway.url).origin;
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await graph?.close();
    await shortGraph?.close();
    await provider?.close();
  });

  let context: BrowserContext;
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterEach(async () => {
    await context?.close();
  });

  it.each(ACCOUNTS)(
    "$username signs in from the keyboard, sees their name and roles, reads as staff, and signs out through the provider",
    async ({ username, name, roles }) => {
      const page = await context.newPage();
      const problems = await watch(page, origin);
      await signIn(page, username);
      await page.locator("#account-roles").waitFor();
      expect(await page.locator("#account-name").innerText()).toBe(name);
      expect(await page.locator("#account-roles").innerText()).toBe(roles);
      expect(await page.locator("#open-workspace").getAttribute("href")).toBe("/workspace/");
      // The roles line is the session's roles in words: the page and the gateway agree.
      const session = await sessionInPage(page);
      expect(session.signedIn).toBe(true);
      // The panels query as this person: joint actions are for signed-in staff only.
      await page.locator("#adoption-content[aria-busy=false]").waitFor();
      const adoption = await page.locator("#adoption-content").innerText();
      expect(adoption).not.toContain("sign in to see them");
      expect(adoption).toMatch(/Joint actions the partners track|No joint actions recorded yet/);

      if (username === "raa.lead") {
        await page.screenshot({ path: join(SCREENSHOTS, "signed-in-raa-lead.png") });
      }

      await signOut(page);
      expect((await sessionInPage(page)).signedIn).toBe(false);
      expect(await page.locator("#account").innerText()).toContain("Not signed in");
      // The provider's session ended too: signing in again asks for the password again.
      await page.locator("#sign-in").click();
      await page.getByLabel("Username").waitFor();
      expect(problems).toEqual([]);
    },
    60_000,
  );

  it("writes through the page's session only as a role allows, and never without the CSRF header", async () => {
    const page = await context.newPage();
    await signIn(page, "raa.lead");
    const lead = await sessionInPage(page);
    const created = await writeInPage(page, "Signed-in browser write", lead.csrfToken!);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createJointAction!.jointAction!.title).toBe("Signed-in browser write");
    // The session cookie alone (what a cross-site form would carry) is anonymous.
    const cookieOnly = await writeInPage(page, "Cookie without the header", null);
    expect(cookieOnly.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await signOut(page);

    await signIn(page, "commissioner");
    const commissioner = await sessionInPage(page);
    expect(commissioner.roles).toEqual(["VIEWER"]);
    const refused = await writeInPage(page, "A viewer's write", commissioner.csrfToken!);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.data?.createJointAction ?? null).toBeNull();
    await signOut(page);

    await signIn(page, "cumberland.officer");
    const officer = await sessionInPage(page);
    const officerRefused = await writeInPage(page, "A council officer's joint action", officer.csrfToken!);
    expect(officerRefused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  }, 90_000);

  it("works at 375 px: the account area fits, and axe finds nothing serious on the signed-in page", async () => {
    const page = await context.newPage();
    const problems = await watch(page, origin);
    await signIn(page, "raa.lead");
    await page.setViewportSize({ width: 375, height: 800 });
    await page.locator("#plans-content[aria-busy=false]").waitFor();
    const box = await page.locator("#account").boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await page.locator("#sign-out").isVisible()).toBe(true);
    expect(await page.evaluate<boolean>(`document.querySelector("header").scrollWidth <= document.querySelector("header").clientWidth`)).toBe(true);
    const result = await axe(page);
    expect(seriousViolations(result)).toEqual([]);
    expect(result.passes.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, "signed-in-raa-lead-375.png") });
    expect(problems).toEqual([]);
  }, 60_000);

  it("shows signed out after reloading once the session has been idle too long", async () => {
    const shortOrigin = new URL(shortGraph.gateway.url).origin;
    const page = await context.newPage();
    await signIn(page, "wf.officer", shortOrigin);
    // The callback set the session cookie: the session existed (whether the page still found it
    // depends on how fast this machine is, so that is not asserted here; the other tests show it).
    const cookie = (await context.cookies(shortOrigin)).find((candidate) => candidate.name === "graph_session");
    expect(cookie).toBeDefined();
    await page.waitForTimeout(SHORT_IDLE_MS + 1_000);
    await page.reload();
    await page.locator("#sign-in").waitFor();
    expect((await sessionInPage(page)).signedIn).toBe(false);
    // Still holding the cookie: it is the gateway's idle limit that ended the session.
    expect((await context.cookies(shortOrigin)).find((candidate) => candidate.name === "graph_session")?.value).toBe(cookie!.value);
  }, 60_000);

  /** Signed in on one page, and signed out on another page of the same browser. */
  async function signedInThenOutElsewhere(username: string): Promise<{ page: Page; problems: string[]; cookie: { name: string; value: string } }> {
    const page = await context.newPage();
    const problems = await watch(page, origin);
    await signIn(page, username);
    await page.locator("#account-roles").waitFor();
    await page.locator("#indicator-status", { hasText: "Showing Cared for children (number)." }).waitFor();
    const cookie = (await context.cookies(origin)).find((candidate) => candidate.name === "graph_session")!;
    const other = await context.newPage();
    await other.goto(`${origin}/dashboard/`);
    await signOut(other);
    await other.close();
    return { page, problems, cookie };
  }

  it("catches up with a sign-out in another tab when the page is looked at again", async () => {
    const { page, problems } = await signedInThenOutElsewhere("cumberland.approver");
    expect(await page.locator("#account-roles").isVisible()).toBe(true);
    await page.bringToFront();
    await page.evaluate(`document.dispatchEvent(new Event("visibilitychange"))`);
    await page.locator("#sign-in").waitFor();
    await page.selectOption("#indicator-picker", "population");
    await page.locator("#indicator-status", { hasText: "Showing Population (number)." }).waitFor();
    expect(problems).toEqual([]);
  }, 60_000);

  it("says so when the gateway no longer knows the session (e.g. restarted), shows Sign in, and the panels go on anonymously", async () => {
    const { page, problems, cookie } = await signedInThenOutElsewhere("wf.approver");
    // The browser still holds the cookie of a session the gateway has ended, as after a gateway restart.
    await context.addCookies([{ name: cookie.name, value: cookie.value, url: origin }]);
    await page.selectOption("#indicator-picker", "population");
    await page.locator("#indicator-status", { hasText: "Showing Population (number)." }).waitFor();
    await page.locator("#sign-in").waitFor();
    expect(await page.locator("#notices").innerText()).toContain("Your session has ended: sign in again");
    // The gateway's 401 is the one error the browser logs.
    expect(problems.filter((problem) => !problem.includes("status of 401"))).toEqual([]);
  }, 60_000);

  it("shows signed out after a tampered session cookie", async () => {
    const page = await context.newPage();
    await signIn(page, "raa.approver");
    await page.locator("#account-roles").waitFor();
    const cookies = await context.cookies(origin);
    const session = cookies.find((cookie) => cookie.name === "graph_session");
    expect(session).toBeDefined();
    const value = session!.value;
    const tampered = `${value.slice(0, -2)}${value.endsWith("AA") ? "BB" : "AA"}`;
    await context.addCookies([{ ...session!, value: tampered }]);
    await page.reload();
    await page.locator("#sign-in").waitFor();
    expect((await sessionInPage(page)).signedIn).toBe(false);
  }, 60_000);

  it("refuses a callback from someone else's sign-in (login CSRF, a wrong state): a plain page with Sign in again, and no session", async () => {
    // The attacker signs in in their own browser and keeps the callback URL instead of following it.
    // (Playwright's page.route does not see redirects, so the DevTools protocol stops the request.)
    const attacker = await browser.newContext();
    let forged = "";
    try {
      const page = await attacker.newPage();
      const devtools = await attacker.newCDPSession(page);
      await devtools.send("Fetch.enable", { patterns: [{ urlPattern: `${origin}/auth/callback*` }] });
      const callback = new Promise<string>((resolve) => {
        devtools.on("Fetch.requestPaused", (event) => {
          resolve(event.request.url);
          void devtools.send("Fetch.failRequest", { requestId: event.requestId, errorReason: "Aborted" });
        });
      });
      await page.goto(`${origin}/auth/login?returnTo=%2Fdashboard%2F`);
      await page.getByLabel("Username").fill("admin");
      await page.getByLabel("Password").fill("demo");
      await page.getByRole("button", { name: "Sign in" }).click();
      forged = await callback;
      expect(forged).toContain("state=");
      expect(forged).toContain("code=");
    } finally {
      await attacker.close();
    }

    const refused = async (page: Page): Promise<void> => {
      const response = await page.goto(forged);
      expect(response!.status()).toBe(400);
      const text = await page.locator("body").innerText();
      expect(text.toLowerCase()).toContain("sign-in failed");
      expect(text).not.toMatch(/\bat .+:\d+:\d+/);
      expect(await page.getByRole("link", { name: "Sign in again" }).getAttribute("href")).toBe("/auth/login?returnTo=%2Fdashboard%2F");
      expect((await context.cookies(origin)).map((cookie) => cookie.name)).not.toContain("graph_session");
      await page.goto(`${origin}/dashboard/`);
      await page.locator("#sign-in").waitFor();
    };
    // The victim with a sign-in of their own under way: the state is not theirs.
    const page = await context.newPage();
    await page.goto(`${origin}/dashboard/`);
    await page.locator("#sign-in").click();
    await page.getByLabel("Username").waitFor();
    await refused(page);
    // And with none under way.
    await refused(page);
    // "Sign in again" starts a fresh sign-in that works.
    await page.goto(forged);
    await page.getByRole("link", { name: "Sign in again" }).click();
    await page.getByLabel("Username").fill("raa.lead");
    await page.getByLabel("Password").fill("demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${origin}/dashboard/`);
    expect(await page.locator("#account-name").innerText()).toBe(ACCOUNTS[0]!.name);
  }, 60_000);
});
