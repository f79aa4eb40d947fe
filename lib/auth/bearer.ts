import { createLocalJWKSet, createRemoteJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey, type JSONWebKeySet } from "jose";
import { hs256Secret } from "./dev-secret";
import { isRole, unauthenticated, type Identity } from "./identity";

export interface BearerConfig {
  /** HS256 shared secret. */
  secret?: string;
  /** PEM public key (RS256 or ES256), with its algorithm. */
  publicKey?: string;
  algorithm?: "RS256" | "ES256";
  /** A JWKS document (JSON) or URL, for RS256/ES256 keys by kid. */
  jwks?: string;
  issuer: string;
  audience: string;
  /** The longest lifetime accepted (exp - iat, or exp - now without iat), in seconds; 24 hours unless given. */
  maxLifetimeSeconds?: number;
  /** No key configured: HS256 with this checkout's development secret (lib/auth/dev-secret.ts). */
  development?: boolean;
}

/** Clocks of the identity provider and the gateway may differ by this much (seconds). */
export const CLOCK_SKEW_SECONDS = 60;
const DEFAULT_MAX_LIFETIME_SECONDS = 24 * 3600;

/**
 * Refuses a token whose times are implausible: issued in the future (beyond clock skew), or made to
 * live longer than the maximum (a token that never expires cannot be withdrawn by waiting).
 */
function checkLifetime(payload: { iat?: number; exp?: number }, maxLifetimeSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (payload.iat !== undefined && payload.iat > now + CLOCK_SKEW_SECONDS) throw new Error("it was issued in the future (iat)");
  const lifetime = (payload.exp ?? 0) - (payload.iat ?? now);
  if (lifetime > maxLifetimeSeconds) throw new Error(`it lives ${lifetime} seconds (exp - iat); at most ${maxLifetimeSeconds} are accepted (AUTH_MAX_TOKEN_LIFETIME_SECONDS)`);
}

type Key = Uint8Array | Awaited<ReturnType<typeof importSPKI>> | JWTVerifyGetKey;

/**
 * Verifies the bearer token of a request with jose: signature (never `none`), expiry, issuer and
 * audience. Returns null for a request without a token (anonymous); throws UNAUTHENTICATED for a
 * token that does not verify.
 */
export async function createBearerVerifier(config: BearerConfig): Promise<(authorization: string | undefined) => Promise<Identity | null>> {
  let key: Key;
  let algorithms: string[];
  const secret = hs256Secret(config);
  if (config.jwks) {
    key = config.jwks.trim().startsWith("{") ? createLocalJWKSet(JSON.parse(config.jwks) as JSONWebKeySet) : createRemoteJWKSet(new URL(config.jwks));
    algorithms = ["RS256", "ES256"];
  } else if (config.publicKey) {
    const algorithm = config.algorithm ?? "RS256";
    key = await importSPKI(config.publicKey, algorithm);
    algorithms = [algorithm];
  } else if (secret) {
    key = new TextEncoder().encode(secret);
    algorithms = ["HS256"];
  } else {
    throw new Error("no key to verify tokens with: set AUTH_JWT_SECRET, AUTH_PUBLIC_KEY or AUTH_JWKS");
  }
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    try {
      // A token must expire and name its subject: jose checks exp only when it is present.
      const { payload } = await jwtVerify(match[1], key as Uint8Array, { issuer: config.issuer, audience: config.audience, algorithms, requiredClaims: ["exp", "sub"] });
      if (typeof payload.sub !== "string" || payload.sub === "") throw new Error("no subject");
      checkLifetime(payload, config.maxLifetimeSeconds ?? DEFAULT_MAX_LIFETIME_SECONDS);
      const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
      return { subject: payload.sub, name: typeof payload.name === "string" ? payload.name : payload.sub, roles, council: typeof payload.council === "string" ? payload.council : null };
    } catch (error) {
      throw unauthenticated(`The bearer token is not valid: ${(error as Error).message}`);
    }
  };
}
