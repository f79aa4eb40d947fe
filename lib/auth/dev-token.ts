import { SignJWT } from "jose";
import type { Role } from "./identity";

export interface TokenClaims {
  subject: string;
  name: string;
  roles: Role[];
  council?: string | null;
}

export interface TokenOptions {
  secret: string;
  issuer: string;
  audience: string;
  /** jose duration, e.g. "8h"; or an absolute expiry in seconds since the epoch. */
  expiresIn?: string | number;
}

/** An HS256 token with the graph's claims: for development (`npm run token`) and tests. */
export function signToken(claims: TokenClaims, options: TokenOptions): Promise<string> {
  return new SignJWT({ name: claims.name, roles: claims.roles, ...(claims.council ? { council: claims.council } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.subject)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "8h")
    .sign(new TextEncoder().encode(options.secret));
}
