import { initAll } from "govuk-frontend";
import { showAdoptionAgency } from "./adoption-agency";
import { loadSession, showAccount } from "./account";
import type { Session } from "../../web/shared/account-words";
import { describeError, useSession, type OnErrors } from "../../web/shared/client";
import { byId, el } from "../../web/shared/dom";
import { warning } from "./govuk";
import { showIndicators } from "./indicator";
import { showPlans } from "./plans";
import { showThemes } from "./themes";

/** Each panel loads on its own: one that fails says so in place and the others still show. */
const panels: Array<[string, (container: HTMLElement, onErrors: OnErrors) => Promise<void>]> = [
  ["plans-content", showPlans],
  ["adoption-content", showAdoptionAgency],
  ["indicator-content", showIndicators],
  ["theme-content", showThemes],
];

// The Design System's scripts (skip link, service navigation's menu on a phone, buttons) run only
// where the page says it supports them; set here, since the page's CSP allows no inline script.
document.body.classList.add("govuk-frontend-supported");
initAll();

// Errors that came with data (e.g. one council unavailable) are listed at the top of the page, in a
// notification banner.
const notices = byId("notices");
const noticesList = byId("notices-list");
const notify: OnErrors = (errors) => {
  for (const error of errors) noticesList.appendChild(el("li", {}, describeError(error)));
  notices.hidden = false;
};

const account = byId("account");
let current: Session | null = null;
const sessionKey = (session: Session | null): string => (session === null ? "none" : session.signedIn ? `in:${session.csrfToken}` : "out");

/** Shows this session in the header, and queries as it from now on. */
function adopt(session: Session | null): void {
  current = session;
  showAccount(account, session);
  if (!session) return;
  useSession(session, (message) => {
    // The gateway says the session has ended (idle, absolute limit, restarted): show Sign in, and why.
    adopt({ signedIn: false });
    notify([{ message }]);
  });
}

async function start(): Promise<void> {
  // The session first, so the panels query as the person signed in (e.g. joint actions for staff).
  adopt(await loadSession());
  for (const [id, show] of panels) {
    const container = byId(id);
    show(container, notify)
      .catch((error: unknown) => container.replaceChildren(warning(`Could not load this panel: ${error instanceof Error ? error.message : String(error)}`)))
      .finally(() => container.setAttribute("aria-busy", "false"));
  }
}

// Signed out (or in as someone else) in another tab: catch up when this one is looked at again.
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState !== "visible") return;
  void loadSession().then((latest) => {
    if (latest && sessionKey(latest) !== sessionKey(current)) adopt(latest);
  });
});

void start();
