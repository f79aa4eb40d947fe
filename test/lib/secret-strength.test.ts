import { randomBytes } from "node:crypto";
import { authSettings, maxTokenLifetimeSeconds, requireSubgraphSecretInProduction } from "../../lib/config/env";
import { secretWeakness } from "../../lib/config/secret-strength";

/** Secrets people type: each passes today's length check (32 characters) and is guessable. */
const WEAK = {
  "a repeated character": "a".repeat(64),
  "a repeated pattern": "abcabc".repeat(11),
  "a block pasted twice": "k3J9qLm2Xw8RtZ5vB7nY1cFd".repeat(2),
  "words": "correct horse battery staple and then some more words",
  "camel-case words": "CorrectHorseBatteryStapleAndThenSomeMoreWords",
  "a word with digits": "our-production-secret-2024-for-the-gateway-x",
  "a run": "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ",
  "short hex (24 bytes, what npm start generated)": randomBytes(24).toString("hex"),
  "32 characters of base64": randomBytes(24).toString("base64").slice(0, 32),
  "few distinct characters": "0101011011010010110100101101001011010010110100101101001011010010",
};

describe("production refuses weak secrets (AUTH_JWT_SECRET, SUBGRAPH_SECRET)", () => {
  it.each(Object.entries(WEAK))("refuses %s, naming the variable and how to generate one", (_kind, secret) => {
    expect(secretWeakness(secret)).not.toBeNull();
    for (const variable of ["AUTH_JWT_SECRET", "SUBGRAPH_SECRET"] as const) {
      const start = () => (variable === "AUTH_JWT_SECRET" ? authSettings({ NODE_ENV: "production", AUTH_JWT_SECRET: secret }) : requireSubgraphSecretInProduction({ NODE_ENV: "production", SUBGRAPH_SECRET: secret }));
      expect(start).toThrow(new RegExp(`${variable} is too weak for production.*openssl rand -hex 32`));
      let message = "";
      try {
        start();
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toContain(secret);
    }
  });

  it("accepts random values of 32 bytes in hex, base64 and base64url (many draws, so no shape is refused by chance)", () => {
    for (let draw = 0; draw < 2000; draw += 1) {
      const bytes = randomBytes(32);
      for (const secret of [bytes.toString("hex"), bytes.toString("base64"), bytes.toString("base64url")]) {
        expect(secretWeakness(secret)).toBeNull();
      }
    }
    const secret = randomBytes(32).toString("hex");
    expect(authSettings({ NODE_ENV: "production", AUTH_JWT_SECRET: secret }).secret).toBe(secret);
    expect(() => requireSubgraphSecretInProduction({ NODE_ENV: "production", SUBGRAPH_SECRET: secret })).not.toThrow();
  });

  it("outside production, development and test secrets still work", () => {
    expect(authSettings({ AUTH_JWT_SECRET: "x".repeat(32) }).secret).toBe("x".repeat(32));
    expect(() => requireSubgraphSecretInProduction({ SUBGRAPH_SECRET: "in-process-abc" })).not.toThrow();
    expect(authSettings({}).development).toBe(true);
  });
});

describe("AUTH_MAX_TOKEN_LIFETIME_SECONDS", () => {
  it("defaults to 24 hours, takes a positive whole number, and refuses anything else", () => {
    expect(maxTokenLifetimeSeconds({})).toBe(86_400);
    expect(maxTokenLifetimeSeconds({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: "3600" })).toBe(3600);
    expect(authSettings({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: "600" }).maxLifetimeSeconds).toBe(600);
    expect(() => maxTokenLifetimeSeconds({ AUTH_MAX_TOKEN_LIFETIME_SECONDS: "a day" })).toThrow(/AUTH_MAX_TOKEN_LIFETIME_SECONDS/);
  });
});
