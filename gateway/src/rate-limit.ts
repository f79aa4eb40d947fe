import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Identity } from "../../lib/auth/identity";
import type { RateLimitSettings } from "../../lib/config/env";
import { RateLimiter } from "../../lib/server/rate-limit";

/** Marks the gateway's own calls to its /graphql (the report and CSV routes), which their route already counted. */
export const INTERNAL_CALL_HEADER = "x-gateway-internal";

export interface GatewayRateLimit {
  /** 0 to let the request through, else the seconds the client should wait (Retry-After). */
  check(request: IncomingMessage, identity: Identity | null): number;
  /** Headers the gateway's own routes send with their calls to /graphql, so that they are not counted twice. */
  internalHeaders: Record<string, string>;
}

/**
 * Per-client token buckets: a signed-in caller by their subject, from a verified bearer token or a
 * sign-in session (wherever they call from), anyone else by remote address (the socket's: a proxy in front must be trusted to limit
 * by the real client itself). Side routes (reports, CSV) count by address.
 */
export function gatewayRateLimit(settings: RateLimitSettings): GatewayRateLimit {
  const limiter = new RateLimiter(settings.maxClients);
  const token = randomBytes(24).toString("hex");
  const expected = Buffer.from(token);
  const isInternal = (value: string | string[] | undefined): boolean => typeof value === "string" && value.length === token.length && timingSafeEqual(Buffer.from(value), expected);
  return {
    check: (request, identity) => {
      if (isInternal(request.headers[INTERNAL_CALL_HEADER])) return 0;
      if (identity) return limiter.take(`subject:${identity.subject}`, settings.signedIn);
      return limiter.take(`address:${request.socket.remoteAddress ?? "unknown"}`, settings.anonymous);
    },
    internalHeaders: { [INTERNAL_CALL_HEADER]: token },
  };
}
