import { authSettings } from "../lib/config/env";
import { loadCouncils } from "../lib/config/project";
import { signToken } from "../lib/auth/dev-token";
import { createBearerVerifier } from "../lib/auth/bearer";
import { isRole, type Role } from "../lib/auth/identity";
import { option } from "../lib/config/argv";

/**
 * `npm run token -- --role COUNCIL_EDITOR --council cumberland [--sub id] [--name "A Lead"] [--expires 8h]`
 * prints a token the gateway accepts: signed with AUTH_JWT_SECRET, or with this checkout's development
 * secret (var/dev-jwt-secret) when none is configured. For development and testing only.
 */
async function main(): Promise<void> {
  const roles = (option("role") ?? "VIEWER").split(",").map((role) => role.trim().toUpperCase());
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new Error(`unknown role ${unknown.join(", ")}: use VIEWER, COUNCIL_EDITOR, PARTNERSHIP_EDITOR or ADMIN`);
  const council = option("council") ?? null;
  if (council !== null && !loadCouncils().some((candidate) => candidate.id === council)) throw new Error(`unknown council ${council}`);
  for (const role of ["COUNCIL_EDITOR", "COUNCIL_APPROVER"]) if (roles.includes(role) && council === null) throw new Error(`a ${role} needs --council`);
  const settings = authSettings();
  if (!settings.secret) throw new Error("the gateway verifies tokens with a public key here: get a token from your identity provider");
  const token = await signToken(
    { subject: option("sub") ?? `dev-${roles.join("-").toLowerCase()}`, name: option("name") ?? "Development user", roles: roles as Role[], council },
    { secret: settings.secret, issuer: settings.issuer, audience: settings.audience, expiresIn: option("expires") ?? "8h" },
  );
  // Print only a token the gateway accepts: e.g. --expires beyond AUTH_MAX_TOKEN_LIFETIME_SECONDS is refused here.
  await (await createBearerVerifier(settings))(`Bearer ${token}`).catch((error: Error) => {
    throw new Error(`the gateway would refuse this token: ${error.message}`);
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
