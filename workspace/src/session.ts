import { parseSession } from "../../web/shared/account-words";
import type { Person } from "./roles";

/**
 * The gateway's session (GET /auth/session, the dashboard's parser), as the person the workspace
 * works for; null when signed out; "unavailable" when the gateway has no sign-in or cannot say.
 */
export async function loadPerson(): Promise<Person | null | "unavailable"> {
  let body: unknown;
  try {
    const response = await fetch("/auth/session", { credentials: "same-origin", headers: { accept: "application/json" }, cache: "no-store" });
    if (!response.ok) return "unavailable";
    body = await response.json();
  } catch {
    return "unavailable";
  }
  const session = parseSession(body);
  if (session === null) return "unavailable";
  if (!session.signedIn) return null;
  const subject = (body as { subject?: unknown }).subject;
  return {
    name: session.name,
    username: session.username,
    subject: typeof subject === "string" ? subject : null,
    roles: session.viewerOnly ? ["VIEWER"] : session.roles,
    council: session.council,
    csrfToken: session.csrfToken,
  };
}
