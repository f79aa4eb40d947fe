import { SignJWT } from "jose";
import { TEST_TOKEN_SECRET } from "../../gateway/src/in-process";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER } from "../../lib/config/env";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * Bearer tokens with implausible times: validly signed, but issued in the future or made to live far
 * longer than any identity provider issues (AUTH_MAX_TOKEN_LIFETIME_SECONDS, 24 hours by default).
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ production: true });
});
afterAll(async () => {
  await graph?.close();
});

const now = () => Math.floor(Date.now() / 1000);

/** An ADMIN token signed with the key the gateway trusts, with the given iat (or none) and exp. */
function adminToken(times: { iat?: number; exp: number }): Promise<string> {
  const jwt = new SignJWT({ name: "Ada Admin", roles: ["ADMIN"] }).setProtectedHeader({ alg: "HS256" }).setSubject("admin-1").setIssuer(DEFAULT_TOKEN_ISSUER).setAudience(DEFAULT_TOKEN_AUDIENCE).setExpirationTime(times.exp);
  if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
  return jwt.sign(new TextEncoder().encode(TEST_TOKEN_SECRET));
}

const AUDIT = graphql(`query HostileTokensAudit { councils { auditLog { totalCount } } }`);

it.each([
  ["issued an hour in the future", () => ({ iat: now() + 3600, exp: now() + 7200 }), /issued in the future/],
  ["living a year", () => ({ iat: now(), exp: now() + 365 * 86_400 }), /at most 86400/],
  ["living 25 hours", () => ({ iat: now() - 60, exp: now() + 25 * 3600 }), /at most 86400/],
  ["with no iat and an expiry in 30 days", () => ({ exp: now() + 30 * 86_400 }), /at most 86400/],
  ["issued in 1970 and expiring next week", () => ({ iat: 1, exp: now() + 7 * 86_400 }), /at most 86400/],
])("a token %s is refused with 401 UNAUTHENTICATED and a clear message", async (_kind, times, message) => {
  const response = await graph.queryAs(await adminToken(times()), AUDIT);
  expect(response.status).toBe(401);
  expect(response.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  expect(response.body.errors![0].message).toMatch(message);
  expect(response.body.data).toBeUndefined();
});

it("tokens with plausible times still work: 8 hours (npm run token's default), 24 hours, and an iat within a minute's clock skew", async () => {
  for (const times of [{ iat: now(), exp: now() + 8 * 3600 }, { iat: now(), exp: now() + 24 * 3600 }, { iat: now() + 30, exp: now() + 3600 }, { exp: now() + 3600 }]) {
    const response = await graph.queryAs(await adminToken(times), AUDIT);
    expect(response.status).toBe(200);
    expect(response.body.data!.councils[0].auditLog.totalCount).toBeGreaterThan(0);
  }
});
