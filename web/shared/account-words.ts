/**
 * Who is signed in, in the words a person uses: "Partnership editor", "Cumberland Council approver".
 * No DOM here, so the wording is unit-tested (test/lib/dashboard-account.test.ts).
 */

/** The session the gateway describes at GET /auth/session (gateway side: the sign-in routes). */
export type Session =
  | { signedIn: false }
  | {
      signedIn: true;
      name: string;
      username: string;
      roles: string[];
      council: string | null;
      /** Signed in, but the provider's claims map to no role of the graph: read-only. */
      viewerOnly: boolean;
      /** Sent back as x-csrf-token on GraphQL calls and as csrfToken when signing out. */
      csrfToken: string;
      expiresAt: string;
    };

/** What a viewerOnly person reads instead of a role. */
export const VIEWER_ONLY_TEXT = "Viewer: your account has no role in this graph yet, so you can read but not change anything";

const COUNCIL_NAMES: Record<string, string> = {
  cumberland: "Cumberland Council",
  "westmorland-furness": "Westmorland and Furness Council",
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A council's id as its name; a council this page does not know by name still reads as words. */
export function councilName(council: string): string {
  return COUNCIL_NAMES[council] ?? `${council.split("-").map(capitalise).join(" ")} Council`;
}

/** One of the graph's roles (lib/auth/identity.ts Role) in words; a council role names the council. */
export function roleWords(role: string, council: string | null): string {
  const councilPart = council ? councilName(council) : "Council";
  switch (role) {
    case "VIEWER":
      return "Viewer";
    case "COUNCIL_EDITOR":
      return `${councilPart} editor`;
    case "COUNCIL_APPROVER":
      return `${councilPart} approver`;
    case "PARTNERSHIP_EDITOR":
      return "Partnership editor";
    case "PARTNERSHIP_APPROVER":
      return "Partnership approver";
    case "ADMIN":
      return "Administrator";
    default:
      // A role added to the graph after this page was written: still readable.
      return capitalise(role.toLowerCase().replace(/_/g, " "));
  }
}

/** "A", "A and B", "A, B and C". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The roles line under a signed-in person's name. */
export function describeRoles(session: { roles: string[]; council: string | null; viewerOnly: boolean }): string {
  if (session.viewerOnly || session.roles.length === 0) return VIEWER_ONLY_TEXT;
  return list([...new Set(session.roles.map((role) => roleWords(role, session.council)))]);
}

const isString = (value: unknown): value is string => typeof value === "string";

/**
 * The JSON of GET /auth/session as a Session, or null when the gateway has no sign-in
 * (`"available": false`) or the answer is not a session: the page then shows no sign-in control
 * rather than a broken one.
 */
export function parseSession(body: unknown): Session | null {
  if (typeof body !== "object" || body === null) return null;
  const value = body as Record<string, unknown>;
  if (value.available === false) return null;
  if (value.signedIn === false) return { signedIn: false };
  if (value.signedIn !== true) return null;
  if (!isString(value.name) || !isString(value.csrfToken) || !Array.isArray(value.roles) || !value.roles.every(isString)) return null;
  return {
    signedIn: true,
    name: value.name,
    username: isString(value.username) ? value.username : "",
    roles: value.roles,
    council: isString(value.council) ? value.council : null,
    viewerOnly: value.viewerOnly === true,
    csrfToken: value.csrfToken,
    expiresAt: isString(value.expiresAt) ? value.expiresAt : "",
  };
}

/** Where "Sign in" goes: the gateway's login route, coming back to this page (a same-origin path). */
export function signInHref(location: { pathname: string; search: string }): string {
  return `/auth/login?returnTo=${encodeURIComponent(`${location.pathname}${location.search}`)}`;
}
