import { DashboardThemeDocument, DashboardThemesDocument, type DashboardThemeQuery, type ThemeCode } from "../../generated/graphql";
import { request, type OnErrors } from "./client";
import { el, replace, words } from "./dom";
import { sourceDisclosure } from "./source";

const DEFAULT_THEME: ThemeCode = "ADOPTION";

type Council = NonNullable<DashboardThemeQuery["councils"][number]>;

function councilActions(council: Council): HTMLElement {
  const headingId = `theme-${council.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
  const { totalCount, nodes: actions } = council.actions;
  return el(
    "section",
    { class: "council", "aria-labelledby": headingId },
    el("h3", { id: headingId }, `${council.name}: ${totalCount} action${totalCount === 1 ? "" : "s"}`),
    actions.length < totalCount && el("p", { class: "meta" }, `Showing the first ${actions.length}.`),
    totalCount === 0
      ? el("p", {}, "No action on this theme in its plans.")
      : el(
          "ul",
          {},
          actions.map((action) =>
            el("li", {}, el("span", { class: "fact" }, action.title), el("span", { class: "meta" }, ` (${action.plan.title}; ${words(action.status)})`), sourceDisclosure(action.source, `${council.name}'s action`)),
          ),
        ),
  );
}

async function showTheme(code: ThemeCode, results: HTMLElement, status: HTMLElement, onErrors: OnErrors): Promise<void> {
  status.textContent = "Loading the theme…";
  const { theme, councils } = await request(DashboardThemeDocument, { theme: code }, onErrors);
  const initiatives = theme?.jointInitiatives ?? [];
  replace(
    results,
    el("p", { class: "lead" }, theme?.description ?? ""),
    el("div", { class: "columns" }, councils.map((council) => (council ? councilActions(council) : el("p", { class: "warning" }, "One council's data is unavailable just now.")))),
    el("h3", {}, "Together, across the footprint"),
    initiatives.length === 0
      ? el("p", {}, "No joint initiative on this theme.")
      : el("ul", {}, initiatives.map((initiative) => el("li", {}, el("span", { class: "fact" }, initiative.name), ` (${words(initiative.status)}): ${initiative.summary}`, sourceDisclosure(initiative.source, initiative.name)))),
  );
  const count = councils.reduce((sum, council) => sum + (council?.actions.totalCount ?? 0), 0);
  status.textContent = `${theme?.name ?? code}: ${count} council action${count === 1 ? "" : "s"}, ${initiatives.length} joint initiative${initiatives.length === 1 ? "" : "s"}.`;
}

/** Panel 4: "what do both councils do on X?", X picked from the shared theme vocabulary. */
export async function showThemes(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { themes } = await request(DashboardThemesDocument, {}, onErrors);
  const select = el("select", { id: "theme-picker" }, themes.map((theme) => el("option", { value: theme.code, selected: theme.code === DEFAULT_THEME }, theme.name)));
  const status = el("p", { class: "status", role: "status" });
  const results = el("div", { id: "theme-results" });
  replace(container, el("div", { class: "picker" }, el("label", { for: "theme-picker" }, "Theme"), select), status, results);
  const codes = new Set<string>(themes.map((theme) => theme.code));
  const chosen = (): ThemeCode => (codes.has(select.value) ? (select.value as ThemeCode) : DEFAULT_THEME);
  select.addEventListener("change", () => {
    showTheme(chosen(), results, status, onErrors).catch((error: unknown) => (status.textContent = `Could not load the theme: ${String(error)}`));
  });
  await showTheme(chosen(), results, status, onErrors);
}
