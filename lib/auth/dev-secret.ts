import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { projectRoot } from "../config/project";
import type { BearerConfig } from "./bearer";

/**
 * A per-checkout development secret (var/dev-jwt-secret, git-ignored), so `npm run token` and
 * `npm start` agree. Made the first time a development token is signed or verified, never on import.
 */
export function developmentTokenSecret(): string {
  const path = join(projectRoot, "var", "dev-jwt-secret");
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(path, "utf8").trim();
}

/** The HS256 secret of these settings: the configured one, or the development secret when no key is configured. */
export function hs256Secret(config: BearerConfig): string | undefined {
  if (config.secret) return config.secret;
  return config.development && !config.publicKey && !config.jwks ? developmentTokenSecret() : undefined;
}
