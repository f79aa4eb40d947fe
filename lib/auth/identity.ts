import { GraphQLError } from "graphql";
import { registerEnumType } from "type-graphql";

export enum Role {
  VIEWER = "VIEWER",
  COUNCIL_EDITOR = "COUNCIL_EDITOR",
  PARTNERSHIP_EDITOR = "PARTNERSHIP_EDITOR",
  COUNCIL_APPROVER = "COUNCIL_APPROVER",
  PARTNERSHIP_APPROVER = "PARTNERSHIP_APPROVER",
  ADMIN = "ADMIN",
}
registerEnumType(Role, {
  name: "Role",
  description: "What a signed-in person may do.",
  valuesConfig: {
    VIEWER: { description: "Reads tracking data: joint actions, and progress updates in every state (drafts included)." },
    COUNCIL_EDITOR: { description: "Drafts and submits progress updates on their own council's actions." },
    PARTNERSHIP_EDITOR: { description: "Creates joint actions; drafts and submits progress updates on them." },
    COUNCIL_APPROVER: { description: "Approves or returns submitted progress updates on their own council's actions (never their own updates)." },
    PARTNERSHIP_APPROVER: { description: "Approves or returns submitted progress updates on joint actions (never their own updates)." },
    ADMIN: { description: "Reads the audit log." },
  },
});

/** Who is asking: verified by the gateway from a bearer token, passed to subgraphs signed. */
export interface Identity {
  subject: string;
  name: string;
  roles: Role[];
  /** The council (subgraph id, e.g. "cumberland") a council editor works for. */
  council: string | null;
}

export const isRole = (value: unknown): value is Role => typeof value === "string" && (Object.values(Role) as string[]).includes(value);

export function unauthenticated(message = "Sign in to do this: send a bearer token"): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED" } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

/**
 * Tracking data (updates, notes, joint actions) needs a signed-in member of staff: a verified token
 * with at least one of the graph's roles (VIEWER at least). A token with no known role reads nothing.
 */
export function requireSignedIn(identity: Identity | null): Identity {
  if (!identity) throw unauthenticated();
  if (identity.roles.length === 0) throw forbidden("Reading tracking data needs a role (VIEWER at least)");
  return identity;
}

/**
 * Staff: a signed-in identity with at least one of the graph's roles (the readers requireSignedIn
 * lets in). Only they see who did what (a person's token subject and name); everyone else sees a team.
 */
export const isStaff = (identity: Identity | null): boolean => identity !== null && identity.roles.length > 0;

export function requireRole(identity: Identity | null, role: Role, what: string): Identity {
  const signedIn = requireSignedIn(identity);
  if (!signedIn.roles.includes(role)) throw forbidden(`${what} needs the ${role} role`);
  return signedIn;
}
