import { authSettings } from "../lib/config/env";
import { loadCouncils } from "../lib/config/project";
import { scriptArgs } from "../lib/config/argv";
import { hs256Secret } from "../lib/auth/dev-secret";
import { signToken } from "../lib/auth/dev-token";
import { createBearerVerifier } from "../lib/auth/bearer";
import { isRole, Role } from "../lib/auth/identity";

const ROLES = Object.values(Role);
const COUNCIL_ROLES = [Role.COUNCIL_EDITOR, Role.COUNCIL_APPROVER];

const USAGE = `
Usage: npm run token -- [--role ROLE[,ROLE...]] [--council ID] [--sub ID] [--name NAME] [--expires 8h]

Prints a bearer token the gateway accepts: signed with AUTH_JWT_SECRET, or with this checkout's
development secret (var/dev-jwt-secret) when none is configured. For development and testing only.

  --role      one or more of ${ROLES.join(", ")} (VIEWER by default)
  --council   the council a ${COUNCIL_ROLES.join(" or ")} acts for (needed with those roles)
  --sub       the token's subject (dev-<roles> by default)
  --name      the person's name ("Development user" by default)
  --expires   how long it lives, e.g. 30m, 8h (8h by default; at most AUTH_MAX_TOKEN_LIFETIME_SECONDS)
  --help, -h  this text
`;

async function main(): Promise<void> {
  const { values } = scriptArgs(USAGE, {
    options: { role: { type: "string" }, council: { type: "string" }, sub: { type: "string" }, name: { type: "string" }, expires: { type: "string" } },
  });
  const roles = (values.role ?? "VIEWER").split(",").map((role) => role.trim().toUpperCase());
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) throw new Error(`unknown role ${unknown.join(", ")}: use ${ROLES.join(", ")}`);
  const council = values.council ?? null;
  if (council !== null && !loadCouncils().some((candidate) => candidate.id === council)) throw new Error(`unknown council ${council}`);
  for (const role of COUNCIL_ROLES) if (roles.includes(role) && council === null) throw new Error(`a ${role} needs --council`);
  const settings = authSettings();
  const secret = hs256Secret(settings);
  if (!secret) throw new Error("the gateway verifies tokens with a public key here: get a token from your identity provider");
  const token = await signToken(
    { subject: values.sub ?? `dev-${roles.join("-").toLowerCase()}`, name: values.name ?? "Development user", roles: roles as Role[], council },
    { secret, issuer: settings.issuer, audience: settings.audience, expiresIn: values.expires ?? "8h" },
  );
  // Print only a token the gateway accepts: e.g. --expires beyond AUTH_MAX_TOKEN_LIFETIME_SECONDS is refused here.
  await (
    await createBearerVerifier(settings)
  )(`Bearer ${token}`).catch((error: Error) => {
    throw new Error(`the gateway would refuse this token: ${error.message}`);
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`token: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
