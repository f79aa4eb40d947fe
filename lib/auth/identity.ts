import { GraphQLError } from "graphql";
import { Role } from "../vocabulary/enums";

// The roles are vocabulary (lib/vocabulary/enums.ts); importers of identity find them here too.
export { Role };

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
