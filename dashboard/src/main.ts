import { showAdoptionAgency } from "./adoption-agency";
import { loadSession, showAccount } from "./account";
import { describeError, useSession, type OnErrors } from "./client";
import { byId, el } from "./dom";
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

// Errors that came with data (e.g. one council unavailable) are listed at the top of the page.
const notices = byId("notices");
const notify: OnErrors = (errors) => {
  for (const error of errors) notices.appendChild(el("li", {}, describeError(error)));
  notices.hidden = false;
};

async function start(): Promise<void> {
  // The session first, so the panels query as the person signed in (e.g. joint actions for staff).
  const session = await loadSession();
  showAccount(byId("account"), session);
  if (session) {
    useSession(session, (message) => {
      showAccount(byId("account"), { signedIn: false });
      notify([{ message }]);
    });
  }
  for (const [id, show] of panels) {
    const container = byId(id);
    show(container, notify)
      .catch((error: unknown) => container.replaceChildren(el("p", { class: "warning" }, `Could not load this panel: ${error instanceof Error ? error.message : String(error)}`)))
      .finally(() => container.setAttribute("aria-busy", "false"));
  }
}

void start();
