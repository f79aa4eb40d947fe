import type { IncomingMessage, ServerResponse } from "node:http";
import { unauthenticated, type Identity } from "../../lib/auth/identity";
import { OidcClient, SIGNED_OUT_PATH } from "../../lib/auth/oidc-client";
import { loadRoleMapping } from "../../lib/auth/role-mapping";
import { clearCookie, cookiePolicy, readCookie, sameSecret, serializeCookie } from "../../lib/auth/session-cookie";
import { SessionStore, type Session } from "../../lib/auth/sessions";
import type { OidcSettings } from "../../lib/config/env";

/**
 * Signing in at the gateway (backend-for-frontend): /auth/login, /auth/callback, /auth/session and
 * POST /auth/logout, and the session half of the gateway's `authenticate`. The provider's tokens stay
 * in the gateway's memory; the browser gets an HttpOnly SameSite=Lax cookie with a signed random id.
 * CSRF: SameSite=Lax keeps the cookie off cross-site POSTs in current browsers, and independently a
 * request is authorised by the session only with the session's CSRF token in `x-csrf-token` (a header
 * no cross-site form can send, and which a cross-site script cannot read: /auth/session is same-origin).
 */
export const AUTH_PREFIX = "/auth/";
export const LOGOUT_PATH = "/auth/logout";
export const CSRF_HEADER = "x-csrf-token";
const DEFAULT_RETURN = "/dashboard/";
const MAX_FORM_BYTES = 4096;

export type AuthLog = (level: "info" | "warn", fields: Record<string, unknown>, message: string) => void;

/** A signed-in person reading through a GET route, and the headers that let the route ask /graphql as them. */
export interface SessionReader {
  identity: Identity;
  headers: Record<string, string>;
}

export interface SignIn {
  /** The session's identity for a request with the session cookie AND its CSRF token; null (anonymous) without them. */
  authenticate(request: IncomingMessage): Promise<Identity | null>;
  /**
   * For read-only GET routes only (reports), which a link opens and so cannot send x-csrf-token: the
   * live session the cookie alone names, or null (anonymous) without one. Safe because such a route
   * changes nothing, and a cross-site page cannot read its answer (no CORS credentials, frame-ancestors
   * 'none', nosniff) nor, with SameSite=Lax, make a browser send the cookie on anything but a top-level
   * navigation, which only shows the person their own report.
   */
  readSession(request: IncomingMessage): Promise<SessionReader | null>;
  /** GET /auth/login, /auth/callback, /auth/session. */
  route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void>;
  /** POST /auth/logout. */
  logout(request: IncomingMessage, response: ServerResponse): Promise<void>;
  sessions: SessionStore;
  /** Origins "Sign out" may redirect the browser to: the dashboard's CSP form-action allows them. */
  formActionOrigins(): string[];
}

export interface SignInOptions {
  settings: OidcSettings;
  /** Council ids the role mapping may name. */
  councils: string[];
  log: AuthLog;
  /** Where to land when a page names nowhere (or nowhere safe): the dashboard, or the workspace where the dashboard is off. */
  home?: string;
}

/** Builds the sign-in routes; throws at start on a bad role mapping file or client key. */
export function createSignIn({ settings, councils, log, home = DEFAULT_RETURN }: SignInOptions): SignIn {
  const mapping = loadRoleMapping(settings.roleMappingFile, councils);
  const oidc = new OidcClient(settings, mapping);
  const sessions = new SessionStore({
    secret: settings.sessionSecret,
    idleMs: settings.idleMinutes * 60_000,
    absoluteMs: settings.absoluteHours * 3_600_000,
    refresh: async (session) => {
      try {
        const refreshed = await oidc.refresh(session);
        if (!refreshed) log("info", { subject: session.identity.subject }, "session ended: the provider gave no new tokens");
        return refreshed;
      } catch (error) {
        log("info", { subject: session.identity.subject, reason: (error as Error).message }, "session ended: refresh refused");
        return null;
      }
    },
  });
  const cookies = cookiePolicy(settings.redirectUri);
  const sessionCookie = (request: IncomingMessage): string | null => readCookie(request, cookies.session);

  async function login(response: ServerResponse, url: URL): Promise<void> {
    const returnTo = sameOriginPath(url.searchParams.get("returnTo"), home);
    let begun: Awaited<ReturnType<OidcClient["begin"]>>;
    try {
      begun = await oidc.begin(returnTo);
    } catch (error) {
      log("warn", { issuer: settings.issuer, reason: (error as Error).message }, "sign-in provider unreachable");
      return sendPage(response, 503, "Sign-in is unavailable", "The sign-in service cannot be reached just now. Try again in a minute.", returnTo);
    }
    const attempt = sessions.startAttempt(begun.attempt);
    response.writeHead(302, { location: begun.url, "set-cookie": serializeCookie(cookies.signIn, attempt, cookies, 600), "cache-control": "no-store" });
    response.end();
  }

  async function callback(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const attempt = sessions.takeAttempt(readCookie(request, cookies.signIn));
    const forgetAttempt = clearCookie(cookies.signIn, cookies);
    if (!attempt) {
      log("info", {}, "sign-in refused: no sign-in under way in this browser");
      return sendPage(response, 400, "Sign-in failed", "This sign-in was not started in this browser, or took too long.", home, [forgetAttempt]);
    }
    let session: Session;
    try {
      const created = sessions.create(await oidc.complete(url.search, attempt));
      session = created.session;
      const previous = sessions.peek(sessionCookie(request));
      if (previous) sessions.destroy(previous.id);
      response.setHeader("set-cookie", [forgetAttempt, serializeCookie(cookies.session, created.cookie, cookies, settings.absoluteHours * 3600)]);
    } catch (error) {
      log("info", { reason: (error as Error).message }, "sign-in refused");
      return sendPage(response, 400, "Sign-in failed", "The identity provider's answer could not be accepted.", attempt.returnTo, [forgetAttempt]);
    }
    log("info", { subject: session.identity.subject, roles: session.identity.roles }, "signed in");
    response.writeHead(302, { location: attempt.returnTo, "cache-control": "no-store" });
    response.end();
  }

  async function sessionState(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const session = await sessions.resolve(sessionCookie(request));
    const body = session
      ? {
          signedIn: true,
          name: session.identity.name,
          username: session.username,
          // The subject the graph records for this person's writes (Actor.subject): the workspace
          // compares it with an update's author to show that nobody approves their own update.
          subject: session.identity.subject,
          roles: session.identity.roles,
          council: session.identity.council,
          viewerOnly: session.viewerOnly,
          csrfToken: session.csrfToken,
          expiresAt: sessions.expiresAt(session).toISOString(),
        }
      : { signedIn: false };
    const text = JSON.stringify(body);
    response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), "cache-control": "no-store", "x-content-type-options": "nosniff" });
    response.end(text);
  }

  return {
    sessions,
    formActionOrigins: () => oidc.redirectOrigins(),
    authenticate: async (request) => {
      const cookie = sessionCookie(request);
      const token = request.headers[CSRF_HEADER];
      // The cookie alone proves nothing: a cross-site form post carries it too.
      if (cookie === null || typeof token !== "string") return null;
      const session = await sessions.resolve(cookie);
      if (!session) throw unauthenticated("Your session has ended: sign in again");
      if (!sameSecret(token, session.csrfToken)) throw unauthenticated(`The ${CSRF_HEADER} header does not match your session: reload the page`);
      return session.identity;
    },
    readSession: async (request) => {
      const cookie = sessionCookie(request);
      const session = await sessions.resolve(cookie);
      if (!session || cookie === null) return null;
      // The route asks /graphql as this person the way the pages do: the cookie with its CSRF token.
      return { identity: session.identity, headers: { cookie: `${cookies.session}=${cookie}`, [CSRF_HEADER]: session.csrfToken } };
    },
    route: async (request, response, url) => {
      if (url.pathname === "/auth/login") return login(response, url);
      if (url.pathname === "/auth/callback") return callback(request, response, url);
      if (url.pathname === "/auth/session") return sessionState(request, response);
      // Back from the provider's sign-out: to the page "Sign out" was pressed on, which the state carries.
      if (url.pathname === SIGNED_OUT_PATH) {
        response.writeHead(303, { location: sameOriginPath(url.searchParams.get("state"), home), "cache-control": "no-store" });
        return void response.end();
      }
      return sendPage(response, 404, "Not found", "There is no such sign-in page.", home);
    },
    logout: async (request, response) => {
      const form = await readForm(request);
      const returnTo = sameOriginPath(form?.get("returnTo") ?? null, home);
      const session = sessions.peek(sessionCookie(request));
      if (!session) {
        response.writeHead(303, { location: returnTo, "set-cookie": clearCookie(cookies.session, cookies), "cache-control": "no-store" });
        return void response.end();
      }
      const header = request.headers[CSRF_HEADER];
      const token = typeof header === "string" ? header : (form?.get("csrfToken") ?? "");
      // Otherwise any site could sign people out.
      if (!sameSecret(token, session.csrfToken)) return sendPage(response, 403, "Sign-out refused", "Sign out with the page's Sign out button.", home);
      sessions.destroy(session.id);
      log("info", { subject: session.identity.subject }, "signed out");
      response.writeHead(303, { location: await oidc.endSessionUrl(session.tokens.idToken, returnTo), "set-cookie": clearCookie(cookies.session, cookies), "cache-control": "no-store" });
      response.end();
    },
  };
}

/**
 * Where to go after signing in: a path on this origin ("/dashboard/..."), else the dashboard. Refuses
 * absolute and protocol-relative URLs ("//evil", "/\\evil"), so the sign-in cannot be an open redirect.
 */
export function sameOriginPath(raw: string | null, fallback: string = DEFAULT_RETURN): string {
  if (raw === null || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\") || /[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const base = new URL("http://gateway.invalid");
  const parsed = new URL(raw, base);
  return parsed.origin === base.origin ? `${parsed.pathname}${parsed.search}${parsed.hash}` : fallback;
}

/** The logout form's fields (application/x-www-form-urlencoded), or null for another or an oversized body. */
async function readForm(request: IncomingMessage): Promise<URLSearchParams | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return null;
    chunks.push(chunk);
  }
  if (!(request.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) return null;
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A plain page for the browser (never a stack trace): what happened and a way on. */
function sendPage(response: ServerResponse, status: number, title: string, message: string, returnTo: string, cookies: string[] = []): void {
  const again = `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(again)}">Sign in again</a></p></main></body></html>
`;
  response.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    ...(cookies.length > 0 ? { "set-cookie": cookies } : {}),
  });
  response.end(body);
}
