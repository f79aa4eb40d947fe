import { describeRoles, parseSession, signInHref, type Session } from "../../web/shared/account-words";
import { el, replace } from "../../web/shared/dom";

/** The gateway's session, or null when it has no sign-in (or cannot say): the control stays hidden. */
export async function loadSession(): Promise<Session | null> {
  try {
    const response = await fetch("/auth/session", { credentials: "same-origin", headers: { accept: "application/json" }, cache: "no-store" });
    if (!response.ok) return null;
    return parseSession(await response.json());
  } catch {
    return null;
  }
}

/**
 * The header's account area. Signed out: a "Sign in" link (a plain navigation, so the gateway can
 * redirect to the identity provider). Signed in: who, their roles in words, and "Sign out" as a POST
 * form carrying the session's CSRF token (the gateway then redirects to the provider's sign-out,
 * which the page's CSP form-action allows).
 */
export function showAccount(container: HTMLElement, session: Session | null): void {
  if (!session) {
    container.hidden = true;
    return;
  }
  container.hidden = false;
  if (!session.signedIn) {
    replace(container, el("p", {}, "Not signed in. ", el("a", { id: "sign-in", class: "govuk-link", href: signInHref(window.location) }, "Sign in")));
    return;
  }
  replace(
    container,
    el("p", {}, "Signed in as ", el("strong", { id: "account-name" }, session.name), session.username ? ` (${session.username})` : null),
    el("p", { id: "account-roles", class: "govuk-!-font-weight-bold" }, describeRoles(session)),
    el("p", {}, el("a", { id: "open-workspace", href: "/workspace/", class: "govuk-link" }, "Open your workspace")),
    el(
      "form",
      { method: "post", action: "/auth/logout", class: "app-account-form" },
      el("input", { type: "hidden", name: "csrfToken", value: session.csrfToken }),
      el("input", { type: "hidden", name: "returnTo", value: "/dashboard/" }),
      el("button", { id: "sign-out", type: "submit", class: "govuk-button govuk-button--secondary", "data-module": "govuk-button" }, "Sign out"),
    ),
  );
}
