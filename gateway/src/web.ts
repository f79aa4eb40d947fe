import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { extname, join } from "node:path";

/** A GET route of the gateway's HTTP front end (lib/server/http.ts `routes`). */
export type Route = (response: ServerResponse) => Promise<void>;

export interface WebOptions {
  /** Serve the bundled GraphiQL at /explorer. */
  explorer: boolean;
  /** Serve the reference dashboard at /dashboard/. */
  dashboard: boolean;
  /** Serve the staff workspace at /workspace/. */
  workspace: boolean;
  /** The build output (dist/web by default; see lib/config/env.ts webRoot). */
  root: string;
  /**
   * Origins the dashboard's forms may lead to besides its own: the identity provider's, because
   * "Sign out" posts to /auth/logout, which redirects there (see dashboardPolicy). Asked on every
   * page load, as the provider's endpoints may be discovered after start.
   */
  formActionOrigins?: () => string[];
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
};

/**
 * Everything comes from this origin: no CDN, no inline script or style, no framing. GraphiQL's CSS
 * embeds its fonts and icons as data: URLs, hence data: for fonts and images. (The browser test
 * checks both pages raise no CSP violation.)
 */
const POLICY = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];
const CONTENT_SECURITY_POLICY = [...POLICY, "form-action 'none'"].join("; ");

/** An origin as CSP wants it (scheme://host:port), or null for anything that is not an http(s) URL. */
function cspOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The dashboard's policy: as strict as the explorer's, except that its one form ("Sign out", a POST to
 * /auth/logout on this origin) may lead to the identity provider. Browsers check form-action against
 * every URL of a form submission's redirect chain, not only the form's action (Chromium blocks the
 * redirect otherwise; the browser test signs out to prove it), so the provider's origin is listed;
 * its redirect back to /dashboard/ is 'self'. Only origins go in, parsed, so no directive can be
 * smuggled through configuration.
 */
export function dashboardPolicy(formActionOrigins: string[]): string {
  const origins = [...new Set(formActionOrigins.map(cspOrigin).filter((origin): origin is string => origin !== null))];
  return [...POLICY, ["form-action 'self'", ...origins].join(" ")].join("; ");
}

const SECURITY_HEADERS: Record<string, string> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  // The build rewrites these files under the same names: always revalidate.
  "cache-control": "no-cache",
};

/** Response headers, worked out for each response (the dashboard's policy can change after start). */
type HeadersOf = () => Record<string, string>;

function serveFile(path: string, headersOf: HeadersOf): Route {
  return async (response) => {
    const headers = headersOf();
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      response.writeHead(404, { ...headers, "content-type": "text/plain; charset=utf-8" });
      response.end("Not built: run `npm run build`.\n");
      return;
    }
    response.writeHead(200, { ...headers, "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream", "content-length": body.length });
    response.end(body);
  };
}

/** Every file of one build folder as an exact path (no path is ever joined from a request). */
function folderRoutes(folder: string, prefix: string, headers: HeadersOf): Record<string, Route> {
  const routes: Record<string, Route> = {};
  const files = (dir: string, relative: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) files(join(dir, entry.name), `${relative}${entry.name}/`);
      else routes[`${prefix}/${relative}${entry.name}`] = serveFile(join(dir, entry.name), headers);
    }
  };
  try {
    files(folder, "");
  } catch {
    // Not built yet: the index route below says so.
  }
  const index = serveFile(join(folder, "index.html"), headers);
  routes[prefix] = index;
  routes[`${prefix}/`] = index;
  return routes;
}

/** Where the explorer is served (when it is on). */
export const EXPLORER_PATH = "/explorer";

/** Where the dashboard is served (when it is on); GET / leads there. */
export const DASHBOARD_PATH = "/dashboard/";

/** A 302 to a page of this gateway (a temporary one: which pages are on is configuration). */
function redirectTo(location: string): Route {
  return async (response) => {
    response.writeHead(302, { location, "content-length": 0, "cache-control": "no-store" });
    response.end();
  };
}

/** What GET /auth/session says when the gateway has no sign-in (gateway/src/auth-routes.ts serves it otherwise). */
export const SIGN_IN_OFF = { signedIn: false, available: false } as const;

/**
 * GET /auth/session for a gateway without sign-in: the dashboard asks on every load, and a 404 would
 * be an error in every browser console; this answer tells it to show no "Sign in" at all.
 */
const signInOff: Route = async (response) => {
  const body = JSON.stringify(SIGN_IN_OFF);
  response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), "cache-control": "no-store", "x-content-type-options": "nosniff" });
  response.end(body);
};

/**
 * GET routes for the explorer (/explorer), the dashboard (/dashboard/, with / redirecting there) and
 * the staff workspace (/workspace/), as configured; with the dashboard or workspace on and sign-in off (no
 * formActionOrigins), also /auth/session saying sign-in is off.
 */
export function webRoutes(options: WebOptions): Record<string, Route> {
  return {
    ...((options.dashboard || options.workspace) && !options.formActionOrigins ? { "/auth/session": signInOff } : {}),
    ...(options.explorer ? folderRoutes(join(options.root, "explorer"), "/explorer", () => SECURITY_HEADERS) : {}),
    // The design system's styles, scripts and images (scripts/build-web.ts), for the pages below.
    ...(options.dashboard || options.workspace ? folderRoutes(join(options.root, "assets"), "/assets", () => SECURITY_HEADERS) : {}),
    // The site's root leads people to the dashboard.
    ...(options.dashboard ? { "/": redirectTo(DASHBOARD_PATH) } : {}),
    ...(options.dashboard ? folderRoutes(join(options.root, "dashboard"), "/dashboard", () => ({ ...SECURITY_HEADERS, "content-security-policy": dashboardPolicy(options.formActionOrigins?.() ?? []) })) : {}),
    // The staff workspace: the dashboard's policy (its Sign out form leads to the provider too).
    ...(options.workspace ? folderRoutes(join(options.root, "workspace"), "/workspace", () => ({ ...SECURITY_HEADERS, "content-security-policy": dashboardPolicy(options.formActionOrigins?.() ?? []) })) : {}),
  };
}
