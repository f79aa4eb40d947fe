import { randomBytes } from "node:crypto";
import { authSettings, requireSubgraphSecretInProduction } from "../../lib/config/env";

const STRONG = randomBytes(32).toString("hex");

describe("token keys", () => {
  it("in production with no key configured, the gateway refuses to start rather than use a development secret", () => {
    expect(() => authSettings({ NODE_ENV: "production" })).toThrow(/no token key is configured/);
    expect(() => requireSubgraphSecretInProduction({ NODE_ENV: "production" })).toThrow(/SUBGRAPH_SECRET/);
    expect(() => requireSubgraphSecretInProduction({ NODE_ENV: "production", SUBGRAPH_SECRET: STRONG })).not.toThrow();
  });

  it("takes a configured key, refuses a short HS256 secret, and falls back to the development secret only outside production", () => {
    expect(authSettings({ NODE_ENV: "production", AUTH_JWT_SECRET: STRONG })).toMatchObject({ secret: STRONG, development: false });
    expect(() => authSettings({ AUTH_JWT_SECRET: "short" })).toThrow(/at least 32/);
    expect(authSettings({ NODE_ENV: "production", AUTH_PUBLIC_KEY: "PEM", AUTH_ALGORITHM: "ES256" })).toMatchObject({ publicKey: "PEM", algorithm: "ES256" });
    expect(authSettings({}).development).toBe(true);
  });
});
