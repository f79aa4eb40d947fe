import { readFileSync } from "node:fs";
import { z } from "zod";
import { Role } from "./identity";

/**
 * Which of the graph's roles, and which council, a signed-in person gets from the claims of their
 * identity provider (Entra ID app roles or group ids, or any other provider's). The file:
 *   { "claims": ["roles", "groups"], "rules": [ { "value": "Cumberland.Officer", "roles": ["COUNCIL_EDITOR"], "council": "cumberland" } ] }
 * A rule matches when any listed claim holds its value (a string claim, or one entry of an array claim).
 */
const COUNCIL_ROLES: Role[] = [Role.COUNCIL_EDITOR, Role.COUNCIL_APPROVER];

const rule = z
  .strictObject({
    value: z.string().trim().min(1, "must not be empty"),
    roles: z.array(z.enum(Role, { error: `must be one of ${Object.values(Role).join(", ")}` })).min(1, "must name at least one role"),
    council: z.string().min(1).optional(),
  })
  .refine((entry) => entry.council !== undefined || !entry.roles.some((role) => COUNCIL_ROLES.includes(role)), {
    message: `${COUNCIL_ROLES.join(" and ")} act for one council: the rule needs "council"`,
    path: ["council"],
  });

const mappingFile = z.strictObject({
  claims: z.array(z.string().min(1)).min(1, 'must name at least one claim (e.g. "roles" or "groups")'),
  rules: z.array(rule),
});

export type RoleMappingFile = z.infer<typeof mappingFile>;

/** What a person's claims map to; `viewerOnly` when no rule matched (they get VIEWER). */
export interface MappedRoles {
  roles: Role[];
  council: string | null;
  viewerOnly: boolean;
}

export class RoleMapping {
  constructor(private readonly file: RoleMappingFile) {}

  map(claims: Record<string, unknown>): MappedRoles {
    const held = new Set(this.file.claims.flatMap((name) => claimValues(claims[name])));
    const matched = this.file.rules.filter((entry) => held.has(entry.value));
    // A person has one council: the first matching rule's (file order). Council roles that other
    // rules grant for a different council are dropped, so nobody edits a council by accident.
    const council = matched.find((entry) => entry.council !== undefined)?.council ?? null;
    const roles = new Set<Role>();
    for (const entry of matched) {
      for (const role of entry.roles) {
        if (COUNCIL_ROLES.includes(role) && entry.council !== council) continue;
        roles.add(role);
      }
    }
    if (roles.size === 0) return { roles: [Role.VIEWER], council: null, viewerOnly: true };
    const ordered = Object.values(Role).filter((role) => roles.has(role));
    return { roles: ordered, council, viewerOnly: ordered.every((role) => role === Role.VIEWER) };
  }
}

function claimValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((entry): entry is string => typeof entry === "string");
  return [];
}

/**
 * Reads and validates the mapping file: the gateway refuses to start on a bad one, naming the file
 * and each bad entry (e.g. `rules[3].roles[0]: must be one of ...`). `councils` are the known council ids.
 */
export function loadRoleMapping(path: string, councils: string[]): RoleMapping {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new Error(`Role mapping file ${path} (OIDC_ROLE_MAPPING) cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`Role mapping file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = mappingFile.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}${describeEntry(raw, issue.path)}`);
    throw new Error(`Role mapping file ${path} is not valid:\n  ${problems.join("\n  ")}`);
  }
  const unknownCouncils = parsed.data.rules.flatMap((entry, index) =>
    entry.council !== undefined && !councils.includes(entry.council) ? [`rules[${index}].council: "${entry.council}" is not a council of this graph (${councils.join(", ")}) (rule for "${entry.value}")`] : [],
  );
  if (unknownCouncils.length > 0) throw new Error(`Role mapping file ${path} is not valid:\n  ${unknownCouncils.join("\n  ")}`);
  return new RoleMapping(parsed.data);
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return "(the whole file)";
  return path.map((part, index) => (typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`)).join("");
}

/** Names the rule an issue is in by its value, so the operator finds it in a long file. */
function describeEntry(raw: unknown, path: PropertyKey[]): string {
  if (path[0] !== "rules" || typeof path[1] !== "number") return "";
  const entry = (raw as { rules?: unknown[] }).rules?.[path[1]] as { value?: unknown } | undefined;
  return typeof entry?.value === "string" ? ` (rule for "${entry.value}")` : "";
}
