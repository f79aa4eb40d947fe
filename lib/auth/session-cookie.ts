import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * The browser's side of a session: a cookie holding only a random id and its HMAC-SHA256 under
 * SESSION_SECRET. The id alone is unguessable; the HMAC lets a forged or altered cookie be turned
 * away before any lookup, and a leaked store dump (ids without the secret) mint no cookies.
 */

/** A fresh random id (256 bits, base64url). */
export const randomId = (): string => randomBytes(32).toString("base64url");

export function signId(id: string, secret: string): string {
  return `${id}.${createHmac("sha256", secret).update(id).digest("base64url")}`;
}

/** The id inside a signed value, or null when the value was not signed with this secret. */
export function verifySignedId(value: string, secret: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const id = value.slice(0, dot);
  const expected = Buffer.from(signId(id, secret));
  const given = Buffer.from(value);
  return expected.length === given.length && timingSafeEqual(expected, given) ? id : null;
}

/** Compares two secrets (CSRF tokens) in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Cookie names and attributes for the gateway's public origin (the redirect URI's). */
export interface CookiePolicy {
  session: string;
  signIn: string;
  secure: boolean;
}

const isLocal = (hostname: string): boolean => hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);

/**
 * `graph_session`; on an https origin other than localhost `__Host-graph_session`, which browsers
 * accept only Secure, host-only and with Path=/ (no subdomain can plant or shadow it). Secure except
 * on plain-http loopback, where browsers would drop a Secure cookie.
 */
export function cookiePolicy(publicUrl: string): CookiePolicy {
  const url = new URL(publicUrl);
  const secure = url.protocol === "https:" || !isLocal(url.hostname);
  const prefix = url.protocol === "https:" && !isLocal(url.hostname) ? "__Host-" : "";
  return { session: `${prefix}graph_session`, signIn: `${prefix}graph_signin`, secure };
}

/** A Set-Cookie value: HttpOnly, SameSite=Lax (sent on the provider's top-level redirect back), Path=/. */
export function serializeCookie(name: string, value: string, policy: CookiePolicy, maxAgeSeconds?: number): string {
  const parts = [`${name}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  if (policy.secure) parts.push("Secure");
  if (maxAgeSeconds !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`);
  return parts.join("; ");
}

export const clearCookie = (name: string, policy: CookiePolicy): string => serializeCookie(name, "", policy, 0);

/** One cookie's value from the request's Cookie header (the first, if sent twice). */
export function readCookie(request: IncomingMessage, name: string): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
