import { describeError, useSession, type GraphQLErrorInfo } from "../../web/shared/client";
import { describeRoles } from "../../web/shared/account-words";
import { byId } from "../../web/shared/dom";
import type { Screen } from "./context";
import { showChanges } from "./changes";
import { showHistory } from "./history";
import { showInbox } from "./inbox";
import { showJointActions } from "./joint";
import { showMyWork } from "./my-work";
import { showRecord } from "./record";
import { showReports } from "./reports";
import { isApprover, isPartnershipApprover, isPartnershipEditor, type Person } from "./roles";
import { loadPerson } from "./session";
import { banner, el, replace } from "./ui";

const screen = byId("screen");
const account = byId("account");
const menu = byId("menu");
const navigation = byId("navigation");

/** The screens, by the first part of the route ("#/inbox" → "inbox"); "" is My work. */
const SCREENS: Record<string, { title: string; show: (context: Screen, rest: string[]) => Promise<void> }> = {
  "": { title: "My work", show: (context) => showMyWork(context) },
  record: { title: "Record progress", show: (context, rest) => showRecord(context, rest[0] ?? "") },
  inbox: { title: "Approvals", show: (context) => showInbox(context) },
  joint: { title: "Joint actions", show: (context, rest) => showJointActions(context, rest) },
  history: { title: "History", show: (context, rest) => showHistory(context, rest[0] ?? "") },
  changes: { title: "What has changed", show: (context) => showChanges(context) },
  reports: { title: "Reports", show: (context) => showReports(context) },
};

/** The menu: only what the person's roles give them. */
function menuItems(person: Person): Array<[string, string]> {
  const items: Array<[string, string]> = [["#/", "My work"]];
  if (isApprover(person)) items.push(["#/inbox", "Approvals"]);
  if (isPartnershipEditor(person) || isPartnershipApprover(person) || person.roles.includes("VIEWER") || person.roles.includes("ADMIN")) items.push(["#/joint", "Joint actions"]);
  items.push(["#/changes", "What has changed"], ["#/reports", "Reports"]);
  return items;
}

function showMenu(person: Person, current: string): void {
  menu.hidden = false;
  replace(
    navigation,
    menuItems(person).map(([href, text]) => {
      const active = href === `#/${current}`;
      return el(
        "li",
        { class: `govuk-service-navigation__item${active ? " govuk-service-navigation__item--active" : ""}` },
        el("a", { class: "govuk-service-navigation__link", href, "aria-current": active ? "page" : undefined }, active ? el("strong", { class: "govuk-service-navigation__active-fallback" }, text) : text),
      );
    }),
  );
}

function showAccount(person: Person): void {
  account.hidden = false;
  replace(
    account,
    el(
      "div",
      { class: "govuk-grid-row" },
      el(
        "div",
        { class: "govuk-grid-column-two-thirds" },
        el("p", { class: "govuk-body-s govuk-!-margin-bottom-1" }, "Signed in as ", el("strong", { id: "account-name" }, person.name)),
        el("p", { class: "govuk-body-s govuk-!-margin-bottom-2", id: "account-roles" }, describeRoles({ roles: person.roles, council: person.council, viewerOnly: false })),
      ),
      el(
        "div",
        { class: "govuk-grid-column-one-third workspace-sign-out" },
        el(
          "form",
          { method: "post", action: "/auth/logout" },
          el("input", { type: "hidden", name: "csrfToken", value: person.csrfToken }),
          el("input", { type: "hidden", name: "returnTo", value: "/workspace/" }),
          el("button", { type: "submit", class: "govuk-button govuk-button--secondary", id: "sign-out", "data-module": "govuk-button" }, "Sign out"),
        ),
      ),
    ),
  );
}

const signInHref = (): string => `/auth/login?returnTo=${encodeURIComponent(`${location.pathname}${location.search}${location.hash}`)}`;

/** Signed out: "Sign in" and nothing else (no menu, no data). */
function showSignIn(message?: string): void {
  menu.hidden = true;
  account.hidden = true;
  document.title = "Sign in: Children's services workspace";
  replace(
    screen,
    message ? el("p", { class: "govuk-body", id: "session-ended" }, message) : null,
    el("a", { href: signInHref(), role: "button", draggable: "false", class: "govuk-button govuk-button--start", id: "sign-in", "data-module": "govuk-button" }, "Sign in"),
  );
  screen.setAttribute("aria-busy", "false");
}

let person: Person | null = null;

const SESSION_ENDED = "Your session has ended: sign in again. Anything you typed is kept in this tab and comes back when you return.";

async function stillSignedIn(): Promise<boolean> {
  const now = await loadPerson();
  if (now === null || (now !== "unavailable" && person !== null && now.csrfToken !== person.csrfToken)) {
    person = null;
    showSignIn(SESSION_ENDED);
    return false;
  }
  return true;
}
/** Errors that came with data (say, one council unavailable): shown above the screen. */
const partialErrors = (errors: GraphQLErrorInfo[]): void => {
  screen.prepend(
    banner(
      "Some of this could not be loaded",
      el(
        "ul",
        { class: "govuk-list" },
        errors.map((error) => el("li", {}, describeError(error))),
      ),
    ),
  );
};

/** Draws the screen the URL's hash names. In-page links ("#note") are not routes and are left alone. */
async function route(): Promise<void> {
  const hash = location.hash;
  if (hash !== "" && !hash.startsWith("#/")) return;
  if (!person) return showSignIn();
  const parts = hash.replace(/^#\/?/, "").split("?")[0]!.split("/").map(decodeURIComponent);
  const name = parts[0] ?? "";
  const entry = SCREENS[name] ?? SCREENS[""]!;
  showMenu(person, name in SCREENS ? name : "");
  document.title = `${entry.title}: Children's services workspace`;
  screen.setAttribute("aria-busy", "true");
  // Each screen draws into a view of its own: once the session ends (or another route is drawn) the
  // view is detached, so a screen still finishing a request can never draw over "Sign in".
  const view = el("div", {}, el("p", { class: "govuk-body" }, "Loading…"));
  replace(screen, view);
  try {
    await entry.show({ person, container: view, onErrors: partialErrors, now: new Date(), stillSignedIn }, parts.slice(1));
  } catch (error) {
    replace(view, el("h1", { class: "govuk-heading-l" }, entry.title), el("p", { class: "govuk-body", id: "screen-error" }, `This could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
  } finally {
    screen.setAttribute("aria-busy", "false");
  }
  // A new screen: start reading it from its heading.
  const h1 = screen.querySelector("h1");
  if (h1 && document.activeElement === document.body) {
    h1.setAttribute("tabindex", "-1");
    h1.focus({ preventScroll: true });
  }
}

async function start(): Promise<void> {
  const loaded = await loadPerson();
  if (loaded === "unavailable") {
    replace(screen, el("h1", { class: "govuk-heading-l" }, "Children's services workspace"), el("p", { class: "govuk-body" }, "Signing in is not available on this server, so the workspace cannot be used here."));
    screen.setAttribute("aria-busy", "false");
    return;
  }
  person = loaded;
  if (person) {
    showAccount(person);
    useSession({ signedIn: true, csrfToken: person.csrfToken }, (message) => {
      // The session ended (idle, signed out elsewhere, gateway restarted): typed text stays in this
      // tab's sessionStorage (Record progress keeps it), and signing in again comes back here.
      person = null;
      showSignIn(`${message}. Anything you typed is kept in this tab and comes back when you return.`);
    });
  }
  window.addEventListener("hashchange", () => void route());
  await route();
}

void start();
