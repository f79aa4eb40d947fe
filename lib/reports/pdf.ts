import { existsSync } from "node:fs";
import { chromiumPathSetting } from "../config/env";
import { RouteError } from "../server/gateway-client";

/** Debian's Chromium, or CHROMIUM_PATH; null when it is not there. */
export function chromiumPath(path: string = chromiumPathSetting()): string | null {
  return existsSync(path) ? path : null;
}

/**
 * Prints the report's HTML to an A4 PDF in headless Chromium (playwright-core drives the machine's
 * Chromium; nothing is downloaded). The page loads nothing from anywhere: its HTML is set directly.
 */
export async function htmlToPdf(html: string): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new RouteError("PDF reports need Chromium (Debian's chromium package, or CHROMIUM_PATH)", 503, "PDF_UNAVAILABLE");
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    // No script: the report has none, and the CSP header that guards it in a browser does not apply here.
    const page = await browser.newPage({ javaScriptEnabled: false });
    // Nothing but the HTML given: any request the page would make is refused.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ format: "A4", printBackground: true, margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" } });
  } finally {
    await browser.close();
  }
}
