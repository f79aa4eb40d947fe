import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startDevProvider, type RunningDevProvider } from "../../lib/auth/dev-provider";
import { oidcSettings } from "../../lib/config/env";
import { freePort } from "../../lib/server/free-port";
import { axe, haveChromium, launchChromium, SCREENSHOTS, seriousViolations, watch } from "./browser";
import { startTestGraph, type TestGraph } from "./graph";

/**
 * Where the workspace's tests write their screenshots: var/screenshots, as the dashboard's do, so a test
 * run never changes a committed file; the copies docs/DASHBOARD.md shows are in docs/screenshots.
 */
export const WORKSPACE_SCREENSHOTS = SCREENSHOTS;
mkdirSync(WORKSPACE_SCREENSHOTS, { recursive: true });

/** The whole graph in-process with the development OpenID provider, and Chromium: what the workspace's browser tests run on. */
export interface WorkspaceRig {
  provider: RunningDevProvider;
  graph: TestGraph;
  browser: Browser;
  origin: string;
  close(): Promise<void>;
}

/** Starts the provider, the graph as its client (optionally with another role mapping file, or another copy of the data) and Chromium. */
export async function startWorkspaceRig(options: { roleMappingFile?: string; dataRoot?: string } = {}): Promise<WorkspaceRig> {
  const port = await freePort();
  const provider = await startDevProvider({
    host: "127.0.0.1",
    port: 0,
    redirectUris: [`http://127.0.0.1:${port}/auth/callback`],
    postLogoutRedirectUris: [`http://127.0.0.1:${port}/auth/signed-out`],
  });
  const settings = oidcSettings({ OIDC_DEV_PORT: new URL(provider.issuer).port }, port);
  if (!settings) throw new Error("sign-in is off in development");
  let graph: TestGraph;
  try {
    graph = await startTestGraph({ gatewayPort: port, dataRoot: options.dataRoot, oidc: options.roleMappingFile ? { ...settings, roleMappingFile: options.roleMappingFile } : settings });
  } catch (error) {
    await provider.close();
    throw error;
  }
  const browser = await launchChromium();
  return {
    provider,
    graph,
    browser,
    origin: new URL(graph.gateway.url).origin,
    close: async () => {
      await browser.close();
      await graph.close();
      await provider.close();
    },
  };
}

/**
 * A describe block of the workspace's browser tests: skipped (with jest's notice) without Chromium; the
 * rig started before its tests and closed after them. `rig` is filled in by the time a test runs.
 */
export function describeInWorkspace(title: string, body: (rig: WorkspaceRig) => void, options: { dataRoot?: string } = {}): void {
  (haveChromium ? describe : describe.skip)(title, () => {
    const rig = {} as WorkspaceRig;
    beforeAll(async () => {
      Object.assign(rig, await startWorkspaceRig(options));
    }, 60_000);
    afterAll(async () => {
      await rig.close?.();
    });
    body(rig);
  });
}

/** A signed-in page of the workspace: the page, its browser context and the problems it reported. */
export interface Staff {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/**
 * Opens the workspace signed out, presses "Sign in" from the keyboard and signs in at the provider
 * as a demo account (password demo), coming back to the workspace at `hash`.
 */
export async function signInToWorkspace(rig: WorkspaceRig, username: string, options: { hash?: string; width?: number; context?: BrowserContext } = {}): Promise<Staff> {
  const context = options.context ?? (await rig.browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } }));
  const page = await context.newPage();
  const problems = await watch(page, rig.origin);
  const start = `${rig.origin}/workspace/${options.hash ?? ""}`;
  await page.goto(start);
  const signIn = page.locator("#sign-in");
  await signIn.waitFor();
  await signIn.focus();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.origin === new URL(rig.provider.issuer).origin);
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill("demo");
  await page.getByRole("button", { name: "Sign in" }).press("Enter");
  await page.waitForURL((url) => url.origin === rig.origin && url.pathname === "/workspace/");
  await page.locator("#account-name").waitFor();
  await settled(page);
  return { page, context, problems };
}

/** Waits until the screen has drawn (its aria-busy is false again). */
export async function settled(page: Page): Promise<void> {
  await page.locator("#screen[aria-busy=false]").waitFor();
}

/** Goes to a screen by its route ("#/inbox") and waits for it. */
export async function open(page: Page, hash: string): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.waitForFunction(`location.hash === ${JSON.stringify(hash)}`);
  await settled(page);
}

/** axe's serious and critical findings on the page as it is now. */
export async function axeProblems(page: Page): Promise<string[]> {
  return seriousViolations(await axe(page));
}

/** True when the page scrolls sideways (wider content than the viewport). */
export const scrollsSideways = (page: Page): Promise<boolean> => page.evaluate<boolean>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
