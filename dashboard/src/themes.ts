import { DashboardThemeDocument, DashboardThemesDocument, type DashboardThemeQuery } from "../../generated/graphql";
import { request, type OnErrors } from "../../web/shared/client";
import { el, replace } from "../../web/shared/dom";
import { para, picker, tag, warning } from "./govuk";
import { sourceDisclosure } from "./source";
import { sentence } from "./status-words";

const DEFAULT_THEME = "ADOPTION";

type Council = NonNullable<DashboardThemeQuery["councils"][number]>;

function councilActions(council: Council): HTMLElement {
  const headingId = `theme-${council.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
  const { totalCount, nodes: actions } = council.actions;
  return el(
    "section",
    { class: "app-council", "aria-labelledby": headingId },
    el("h3", { class: "govuk-heading-m", id: headingId }, `${council.name}: ${totalCount} action${totalCount === 1 ? "" : "s"}`),
    actions.length < totalCount && para(`Showing the first ${actions.length}.`),
    totalCount === 0
      ? para("No action on this theme in its plans.")
      : el(
          "ul",
          { class: "govuk-list govuk-list--bullet" },
          actions.map((action) =>
            el("li", {}, action.title, " ", tag(sentence(action.status), action.status), el("div", { class: "govuk-hint govuk-!-margin-bottom-1" }, `Plan: ${action.plan.title}`), sourceDisclosure(action.source, `${council.name}'s action`)),
          ),
        ),
  );
}

async function showTheme(code: string, results: HTMLElement, status: HTMLElement, onErrors: OnErrors): Promise<void> {
  status.textContent = "Loading the theme…";
  const { theme, councils } = await request(DashboardThemeDocument, { theme: code }, onErrors);
  const initiatives = theme?.jointInitiatives ?? [];
  replace(
    results,
    el("p", { class: "govuk-body-l" }, theme?.description ?? ""),
    el(
      "div",
      { class: "app-columns" },
      councils.map((council) => (council ? councilActions(council) : warning("One council's data is unavailable just now."))),
    ),
    el("h3", { class: "govuk-heading-m" }, "Together, across the footprint"),
    initiatives.length === 0
      ? para("No joint initiative on this theme.")
      : el(
          "ul",
          { class: "govuk-list govuk-list--bullet" },
          initiatives.map((initiative) => el("li", {}, el("strong", {}, initiative.name), " ", tag(sentence(initiative.status), initiative.status), ` ${initiative.summary}`, sourceDisclosure(initiative.source, initiative.name))),
        ),
  );
  const count = councils.reduce((sum, council) => sum + (council?.actions.totalCount ?? 0), 0);
  status.textContent = `${theme?.name ?? code}: ${count} council action${count === 1 ? "" : "s"}, ${initiatives.length} joint initiative${initiatives.length === 1 ? "" : "s"}.`;
}

/** Panel 4: "what do the councils do on X?", X picked from the theme vocabulary (the shared themes and those councils add). */
export async function showThemes(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { themes } = await request(DashboardThemesDocument, {}, onErrors);
  const { group, select } = picker(
    "theme-picker",
    "Theme",
    themes.map((theme) => ({ value: theme.code, text: theme.name, selected: theme.code === DEFAULT_THEME })),
  );
  const status = el("p", { id: "theme-status", class: "govuk-body", role: "status" });
  const results = el("div", { id: "theme-results" });
  replace(container, group, status, results);
  const codes = new Set<string>(themes.map((theme) => theme.code));
  const chosen = (): string => (codes.has(select.value) ? select.value : DEFAULT_THEME);
  select.addEventListener("change", () => {
    showTheme(chosen(), results, status, onErrors).catch((error: unknown) => (status.textContent = `Could not load the theme: ${String(error)}`));
  });
  await showTheme(chosen(), results, status, onErrors);
}
