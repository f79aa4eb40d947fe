import { SignJWT, jwtVerify } from "jose";
import { isRole, type Identity } from "./identity";
import { GatewayProofSigner } from "./gateway-proof";

/**
 * The gateway vouches for each request to a subgraph with a short-lived token signed with the
 * shared SUBGRAPH_SECRET: it carries the verified identity (or none, for anonymous requests).
 * Subgraphs refuse requests without a valid one, so no one can bypass the gateway's checks. The token
 * is reused for half its life, so each request also carries a one-time proof bound to its body
 * (lib/auth/gateway-proof.ts): a copied header cannot be replayed.
 */
export const GATEWAY_IDENTITY_HEADER = "x-gateway-identity";
const ISSUER = "cumbria-childrens-graph-gateway";
const LIFETIME_SECONDS = 60;

const keyOf = (secret: string): Uint8Array => new TextEncoder().encode(secret);

/**
 * A gateway token for anonymous requests to one subgraph, valid for `lifetimeSeconds`: for another
 * gateway serving the same supergraph (the benchmark's peers). It opens nothing alone: each request
 * needs its own proof too (GatewayProofSigner, with the same secret).
 */
export function signAnonymousGatewayToken(secret: string, subgraph: string, lifetimeSeconds: number): Promise<string> {
  return new SignJWT({ anonymous: true }).setProtectedHeader({ alg: "HS256" }).setIssuer(ISSUER).setAudience(subgraph).setSubject("anonymous").setIssuedAt().setExpirationTime(`${lifetimeSeconds}s`).sign(keyOf(secret));
}

export class InternalTokenSigner {
  private readonly cache = new Map<string, { token: string; expires: number }>();
  private readonly proofs: GatewayProofSigner;
  constructor(private readonly secret: string) {
    this.proofs = new GatewayProofSigner(secret);
  }

  /** The one-time proof for one request to a subgraph: its identity token and its exact body. */
  prove(subgraph: string, identityToken: string, body: string): string {
    return this.proofs.prove(subgraph, identityToken, body);
  }

  /**
   * Signs (or reuses, while it has more than half its life left) the token for an identity, for one
   * subgraph: its audience is that subgraph's name, so a token seen by one subgraph opens no other.
   */
  async sign(identity: Identity | null, subgraph: string): Promise<string> {
    const cacheKey = `${subgraph}\u0000${JSON.stringify(identity)}`;
    const now = Date.now();
    const cached = this.cache.get(cacheKey);
    if (cached && cached.expires - now > (LIFETIME_SECONDS * 1000) / 2) return cached.token;
    const token = await new SignJWT(identity ? { name: identity.name, roles: identity.roles, council: identity.council } : { anonymous: true })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(ISSUER)
      .setAudience(subgraph)
      .setSubject(identity?.subject ?? "anonymous")
      .setIssuedAt()
      .setExpirationTime(`${LIFETIME_SECONDS}s`)
      .sign(keyOf(this.secret));
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(cacheKey, { token, expires: now + LIFETIME_SECONDS * 1000 });
    return token;
  }
}

/** The identity a gateway token carries; throws when the token is missing, forged, expired or for another subgraph. */
export async function verifyInternalToken(secret: string, subgraph: string, token: string | undefined): Promise<Identity | null> {
  return (await verifyWithExpiry(secret, subgraph, token)).identity;
}

async function verifyWithExpiry(secret: string, subgraph: string, token: string | undefined): Promise<{ identity: Identity | null; expiresAt: number }> {
  if (!token) throw new Error("no gateway token");
  const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: subgraph, algorithms: ["HS256"], requiredClaims: ["exp"] });
  const expiresAt = (payload.exp ?? 0) * 1000;
  if (payload.anonymous === true) return { identity: null, expiresAt };
  const roles = Array.isArray(payload.roles) ? payload.roles.filter(isRole) : [];
  return { identity: { subject: String(payload.sub), name: String(payload.name ?? payload.sub), roles, council: typeof payload.council === "string" ? payload.council : null }, expiresAt };
}

/**
 * A subgraph's verifier of gateway tokens. The gateway reuses each token for half its life, so the
 * same few strings arrive on every request: a token already verified is trusted again, exactly
 * until its own expiry, without repeating the signature check (the cache holds only tokens that
 * passed it, so a forged one never gets in).
 */
export class InternalTokenVerifier {
  private readonly verified = new Map<string, { identity: Identity | null; expiresAt: number }>();

  constructor(
    private readonly secret: string,
    private readonly subgraph: string,
    private readonly maxEntries = 1000,
  ) {}

  async verify(token: string | undefined): Promise<Identity | null> {
    const cached = token === undefined ? undefined : this.verified.get(token);
    if (cached && cached.expiresAt > Date.now()) return cached.identity;
    if (cached) this.verified.delete(token!);
    const result = await verifyWithExpiry(this.secret, this.subgraph, token);
    if (this.verified.size >= this.maxEntries) this.verified.clear();
    this.verified.set(token!, result);
    return result.identity;
  }
}
