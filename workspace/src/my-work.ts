import { request } from "../../web/shared/client";
import {
  WorkspaceCouncilActionsDocument,
  WorkspaceCouncilGovernanceDocument,
  WorkspaceJointActionsDocument,
  WorkspaceThemesDocument,
  type ActionFilter,
  type ActionStatus,
  type JointActionFilter,
  type WorkspaceActionFragment,
  type WorkspaceJointActionFragment,
} from "../../generated/graphql";
import type { Screen } from "./context";
import { canRecord, workScopes, type Scope } from "./roles";
import { button, el, formGroup, heading, link, para, ragTag, replace, select, statusTag, summaryCard, summaryList, type Child } from "./ui";
import { ago, dateTimeWords, dateWords, quarterStart, RECORDABLE_STATUSES, stateWords, statusWords } from "./words";

/** The councils anyone may read, for people who update none (viewers, administrators). */
const ALL_SCOPES: Array<{ scope: Scope; name: string }> = [
  { scope: { kind: "council", council: "cumberland" }, name: "Cumberland Council's actions" },
  { scope: { kind: "council", council: "westmorland-furness" }, name: "Westmorland and Furness Council's actions" },
  { scope: { kind: "joint" }, name: "The partnership's joint actions" },
];

const scopeKey = (scope: Scope): string => (scope.kind === "joint" ? "joint" : scope.council);
const scopeName = (scope: Scope): string => ALL_SCOPES.find((entry) => scopeKey(entry.scope) === scopeKey(scope))?.name ?? `${scope.kind === "council" ? scope.council : "joint"} actions`;

interface Filters {
  status: ActionStatus | null;
  theme: string | null;
  text: string;
  plan: string | null;
  board: string | null;
  /** Only actions with no approved update since this quarter began. */
  stale: boolean;
}

/** The filters chosen on this page view, per list (kept while moving between screens). */
const chosen = new Map<string, Filters>();
const noFilters = (): Filters => ({ status: null, theme: null, text: "", plan: null, board: null, stale: false });

/**
 * My work: the actions the person may update (their council's for its editors and approvers, the
 * partnership's joint actions for partnership staff), each with its approved status, forecast, RAG,
 * due date and how long since its last approved update; filterable. People who update nothing read
 * any council's list, with no write controls.
 */
export async function showMyWork(context: Screen): Promise<void> {
  const { person, container } = context;
  const own = workScopes(person);
  const scopes = own.length > 0 ? own : ALL_SCOPES.map((entry) => entry.scope);
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const scope = scopes.find((candidate) => scopeKey(candidate) === params.get("list")) ?? scopes[0]!;
  const filters = chosen.get(scopeKey(scope)) ?? noFilters();
  const themes = scope.kind === "council" ? (await request(WorkspaceThemesDocument, {}, context.onErrors)).themes : [];
  // The council's plans and boards, for the filter (the first page's answer carries them).
  const governance = scope.kind === "council" ? (await request(WorkspaceCouncilGovernanceDocument, { council: scope.council }, context.onErrors)).council : null;

  const results = el("div", { id: "work-results", "aria-live": "polite" });
  const form = filterForm(scope, scopes, filters, {
    themes: themes.map((theme) => [theme.code, theme.name]),
    plans: governance?.plans.map((plan) => [plan.id, plan.title]) ?? [],
    boards: governance?.boards.map((board) => [board.id, board.name]) ?? [],
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const listChoice = String(data.get("list") ?? scopeKey(scope));
    if (listChoice !== scopeKey(scope)) {
      location.hash = `#/?list=${encodeURIComponent(listChoice)}`;
      return;
    }
    chosen.set(scopeKey(scope), {
      status: (String(data.get("status") ?? "") || null) as ActionStatus | null,
      theme: String(data.get("theme") ?? "") || null,
      text: String(data.get("text") ?? "").trim(),
      plan: String(data.get("plan") ?? "") || null,
      board: String(data.get("board") ?? "") || null,
      stale: data.get("stale") === "yes",
    });
    void showList(context, scope, chosen.get(scopeKey(scope))!, results);
  });

  replace(
    container,
    heading("My work", own.length > 0 ? undefined : "You can read these; your account updates none"),
    para(own.length > 0 ? "The actions you update, with their latest approved status. Record progress on one, or open its history." : "Your account has no role that updates actions, so you can read every list but change nothing."),
    el(
      "div",
      { class: "govuk-grid-row" },
      // The filter folds away on a phone, so the list is on the first screen; open on wider screens.
      el(
        "div",
        { class: "govuk-grid-column-one-third" },
        el(
          "details",
          { class: "govuk-details", open: window.matchMedia("(min-width: 40.0625em)").matches, id: "filter-details" },
          el("summary", { class: "govuk-details__summary" }, el("span", { class: "govuk-details__summary-text" }, "Filter the actions")),
          form,
        ),
      ),
      el("div", { class: "govuk-grid-column-two-thirds" }, el("h2", { class: "govuk-heading-m", id: "list-heading" }, scopeName(scope)), results),
    ),
  );
  await showList(context, scope, filters, results);
}

type Choices = Array<[string, string]>;

function filterForm(scope: Scope, scopes: Scope[], filters: Filters, choices: { themes: Choices; plans: Choices; boards: Choices }): HTMLFormElement {
  const statuses: Array<[string, string]> = (["NOT_REPORTED", ...RECORDABLE_STATUSES] as ActionStatus[]).map((status) => [status, statusWords(status)]);
  return el(
    "form",
    { class: "moj-filter", id: "filters", "aria-label": "Filter the actions", novalidate: true },
    el(
      "div",
      { class: "moj-filter__content" },
      el(
        "div",
        { class: "moj-filter__options" },
        scopes.length > 1
          ? formGroup(
              "filter-list",
              "List",
              select(
                "list",
                scopes.map((candidate) => [scopeKey(candidate), scopeName(candidate)]),
                scopeKey(scope),
              ),
            )
          : null,
        formGroup("filter-status", "Status", select("status", statuses, filters.status, "Any status")),
        scope.kind === "council" ? formGroup("filter-plan", "Plan", select("plan", choices.plans, filters.plan, "Any plan")) : null,
        scope.kind === "council" ? formGroup("filter-board", "Board", select("board", choices.boards, filters.board, "Any board"), { hint: "The plans the board oversees." }) : null,
        scope.kind === "council" ? formGroup("filter-theme", "Theme", select("theme", choices.themes, filters.theme, "Any theme")) : null,
        scope.kind === "council" ? formGroup("filter-text", "Words in the title", el("input", { class: "govuk-input", name: "text", type: "text", value: filters.text })) : null,
        el(
          "div",
          { class: "govuk-form-group" },
          el(
            "div",
            { class: "govuk-checkboxes govuk-checkboxes--small", "data-module": "govuk-checkboxes" },
            el(
              "div",
              { class: "govuk-checkboxes__item" },
              el("input", { class: "govuk-checkboxes__input", id: "filter-stale", name: "stale", type: "checkbox", value: "yes", checked: filters.stale }),
              el("label", { class: "govuk-label govuk-checkboxes__label", for: "filter-stale" }, "No update approved this quarter"),
            ),
          ),
        ),
        el("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button", id: "apply-filters" }, "Apply filters"),
      ),
    ),
  );
}

async function showList(context: Screen, scope: Scope, filters: Filters, results: HTMLElement): Promise<void> {
  results.setAttribute("aria-busy", "true");
  replace(results, para("Loading…"));
  try {
    if (scope.kind === "joint") await showJointList(context, filters, results);
    else await showCouncilList(context, scope, filters, results);
  } finally {
    results.setAttribute("aria-busy", "false");
  }
}

async function showCouncilList(context: Screen, scope: Extract<Scope, { kind: "council" }>, filters: Filters, results: HTMLElement): Promise<void> {
  const filter: ActionFilter = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.theme ? { themeCode: filters.theme } : {}),
    ...(filters.text ? { text: filters.text } : {}),
    ...(filters.plan ? { plan: filters.plan } : {}),
    ...(filters.board ? { board: filters.board } : {}),
    ...(filters.stale ? { notUpdatedSince: quarterStart(context.now) } : {}),
  };
  const page = async (after: string | null): Promise<void> => {
    const data = await request(WorkspaceCouncilActionsDocument, { council: scope.council, filter, after }, context.onErrors);
    const actions = data.council?.actions;
    if (!actions) {
      replace(results, para("This council's actions could not be loaded."));
      return;
    }
    if (after === null) replace(results, para(el("span", { id: "result-count" }, `${actions.totalCount} ${actions.totalCount === 1 ? "action" : "actions"}`)));
    results.querySelector("#more")?.remove();
    for (const action of actions.nodes) results.appendChild(councilCard(context, scope, action));
    if (actions.pageInfo.hasNextPage) {
      const more = button("Show more actions", { id: "more" }, true);
      more.addEventListener("click", () => void page(actions.pageInfo.endCursor));
      results.appendChild(more);
    }
  };
  await page(null);
}

/** The links in a card's title bar: Record progress (if the person may), History. */
function cardActions(context: Screen, scope: Scope, id: string, title: string): HTMLElement[] {
  const hidden = (text: string): HTMLElement => el("span", { class: "govuk-visually-hidden" }, text);
  return [
    canRecord(context.person, scope) ? el("a", { class: "govuk-link", href: `#/record/${encodeURIComponent(id)}` }, "Record progress", hidden(` on ${title}`)) : null,
    el("a", { class: "govuk-link", href: `#/history/${encodeURIComponent(id)}` }, "History", hidden(` of ${title}`)),
  ].filter((item): item is HTMLAnchorElement => item !== null);
}

/** "Draft saved 3 days ago", "Waiting for approval since ...", or nothing. */
function pendingWords(pending: { nodes: Array<{ state: string; recordedAt: string }> }, now: Date): Child {
  const latest = pending.nodes[0];
  if (!latest) return "None";
  return `${stateWords(latest.state as Parameters<typeof stateWords>[0])}, drafted ${ago(latest.recordedAt, now)}`;
}

function councilCard(context: Screen, scope: Scope, action: WorkspaceActionFragment): HTMLElement {
  return summaryCard(
    action.title,
    cardActions(context, scope, action.id, action.title),
    summaryList([
      ["Plan", action.plan.title],
      ["Status", statusTag(action.status)],
      ["Forecast", statusWords(action.forecastStatus)],
      ["RAG", ragTag(action.rag)],
      ["Due", "No due date in the plan"],
      ["Last approved update", action.updatedAt ? `${ago(action.updatedAt, context.now)} (${dateWords(action.updatedAt)})` : "Never"],
      ["Update in progress", pendingWords(action.pending, context.now)],
    ]),
  );
}

async function showJointList(context: Screen, filters: Filters, results: HTMLElement): Promise<void> {
  const filter: JointActionFilter = { ...(filters.status ? { status: filters.status } : {}), ...(filters.stale ? { notUpdatedSince: quarterStart(context.now) } : {}) };
  const data = await request(WorkspaceJointActionsDocument, { filter }, context.onErrors);
  const cards: HTMLElement[] = [];
  for (const initiative of data.jointInitiatives.nodes) {
    for (const action of initiative.jointActions.nodes) cards.push(jointCard(context, initiative.name, action));
  }
  replace(results, para(el("span", { id: "result-count" }, `${cards.length} ${cards.length === 1 ? "joint action" : "joint actions"}`)), cards);
  if (cards.length === 0) results.appendChild(para("No joint action matches. ", link("#/joint", "Create or manage joint actions")));
}

function jointCard(context: Screen, initiative: string, action: WorkspaceJointActionFragment): HTMLElement {
  const lastApproved = action.latestUpdate?.decidedAt ?? action.latestUpdate?.recordedAt ?? null;
  return summaryCard(
    action.title,
    cardActions(context, { kind: "joint" }, action.id, action.title),
    summaryList([
      ["Initiative", initiative],
      ["Owner", action.owner],
      ["Status", statusTag(action.status)],
      ["Forecast", statusWords(action.forecastStatus)],
      ["RAG", ragTag(action.rag)],
      ["Due", dateWords(action.dueDate)],
      ["Last approved update", lastApproved ? `${ago(lastApproved, context.now)} (${dateTimeWords(lastApproved)})` : "Never"],
      ["Update in progress", pendingWords(action.pending, context.now)],
    ]),
  );
}
