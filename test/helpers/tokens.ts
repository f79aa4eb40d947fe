import { signToken, type TokenClaims } from "../../lib/auth/dev-token";
import { Role } from "../../lib/auth/identity";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER } from "../../lib/config/env";
import { TEST_TOKEN_SECRET } from "../../gateway/src/in-process";

/** Tokens an in-process graph accepts (or, with overrides, ones it must refuse). */
export function token(claims: Partial<TokenClaims> & { roles: Role[] }, overrides: { secret?: string; audience?: string; issuer?: string; expiresIn?: string | number } = {}): Promise<string> {
  return signToken(
    { subject: claims.subject ?? `test-${claims.roles.join("-").toLowerCase()}${claims.council ? `-${claims.council}` : ""}`, name: claims.name ?? "Test user", roles: claims.roles, council: claims.council ?? null },
    { secret: overrides.secret ?? TEST_TOKEN_SECRET, issuer: overrides.issuer ?? DEFAULT_TOKEN_ISSUER, audience: overrides.audience ?? DEFAULT_TOKEN_AUDIENCE, expiresIn: overrides.expiresIn ?? "1h" },
  );
}

export async function roleTokens(): Promise<Record<string, string | null>> {
  return {
    anonymous: null,
    viewer: await token({ roles: [Role.VIEWER] }),
    westmorlandFurnessEditor: await token({ roles: [Role.COUNCIL_EDITOR], council: "westmorland-furness", name: "W&F lead" }),
    cumberlandEditor: await token({ roles: [Role.COUNCIL_EDITOR], council: "cumberland", name: "Cumberland lead" }),
    partnershipEditor: await token({ roles: [Role.PARTNERSHIP_EDITOR], name: "Adoption agency lead" }),
    westmorlandFurnessApprover: await token({ roles: [Role.COUNCIL_APPROVER], council: "westmorland-furness", name: "W&F approver" }),
    cumberlandApprover: await token({ roles: [Role.COUNCIL_APPROVER], council: "cumberland", name: "Cumberland approver" }),
    partnershipApprover: await token({ roles: [Role.PARTNERSHIP_APPROVER], name: "Partnership approver" }),
    admin: await token({ roles: [Role.ADMIN] }),
  };
}
