import type { TestGraph } from "./graph";

/** A page fetched from the gateway over HTTP (no browser): test/e2e/web.test.ts and workspace-http.test.ts. */
export interface Page {
  status: number;
  headers: Headers;
  text: string;
}

export async function getPage(graph: TestGraph, path: string): Promise<Page> {
  const response = await fetch(new URL(path, graph.gateway.url));
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * What every HTML page the gateway serves promises: a same-origin-only CSP with nothing unsafe, no
 * framing, and nothing from a CDN (every script and stylesheet is a path on this origin).
 */
export function expectSameOriginPage(page: Page): void {
  expect(page.status).toBe(200);
  expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
  const csp = page.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe");
  expect(page.headers.get("x-frame-options")).toBe("DENY");
  for (const [, url] of page.text.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url).toMatch(/^(\/|#|data:)/);
}
