import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectRoot } from "../../lib/config/project";

/** Debian's Chromium, driven through playwright-core (no browser download). */
export const CHROMIUM = "/usr/bin/chromium";
export const haveChromium = existsSync(CHROMIUM);

export const SCREENSHOTS = join(projectRoot, "var", "screenshots");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

export interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }>;
  passes: unknown[];
}

/**
 * Problems pages of `origin` report: script errors, console errors and Content-Security-Policy
 * violations (pages of other origins, e.g. the identity provider's, are not ours to judge).
 */
export async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  const ours = (url: string): boolean => url.startsWith(`${origin}/`);
  page.on("pageerror", (error) => {
    if (ours(page.url())) problems.push(`page error: ${error.message}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" && ours(message.location().url || page.url())) problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction("reportCspViolation", (where: string, text: string) => {
    if (ours(where)) problems.push(`CSP on ${where}: ${text}`);
  });
  // Page scripts as text: this file is type-checked for Node, without the DOM's types.
  await page.addInitScript(`document.addEventListener("securitypolicyviolation", (event) => window.reportCspViolation(document.location.href, event.violatedDirective + " blocked " + event.blockedURI));`);
  return problems;
}

/**
 * axe-core run in the page. page.addScriptTag would add an inline <script>, which the page's CSP
 * (script-src 'self') rightly refuses; evaluating the same file through the DevTools protocol is not
 * subject to the page's CSP, so the policy stays on while axe runs.
 */
export async function axe(page: Page): Promise<AxeResult> {
  await page.evaluate(readFileSync(join(projectRoot, "node_modules", "axe-core", "axe.min.js"), "utf8"));
  return page.evaluate<AxeResult>("axe.run()");
}

/** axe's serious and critical findings, as lines. */
export const seriousViolations = (result: AxeResult): string[] =>
  result.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => `${violation.impact}: ${violation.id} ${violation.help}`);
