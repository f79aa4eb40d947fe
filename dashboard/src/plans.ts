import { DashboardPlansDocument, type DashboardPlansQuery } from "../../generated/graphql";
import { request, type OnErrors } from "./client";
import { el, replace, type Child } from "./dom";
import { sourceDisclosure } from "./source";

type Council = NonNullable<DashboardPlansQuery["councils"][number]>;
type Plan = Council["plans"][number];
type Priority = Plan["priorities"][number];

function priorityItem(priority: Priority): HTMLLIElement {
  const children = "children" in priority ? priority.children : [];
  return el(
    "li",
    {},
    el("span", { class: "fact" }, priority.title),
    sourceDisclosure(priority.source, `priority "${priority.title}"`),
    children.length > 0 &&
      el("ul", {}, children.map((child) => el("li", {}, el("span", { class: "fact" }, child.title), sourceDisclosure(child.source, `priority "${child.title}"`)))),
  );
}

function planArticle(plan: Plan): HTMLElement {
  return el(
    "article",
    { class: "plan" },
    el("h4", {}, plan.title),
    el("p", { class: "meta" }, `${plan.kind === "STRATEGY" ? "Strategy" : "Plan"}, ${plan.period.text}`),
    sourceDisclosure(plan.source, `plan "${plan.title}"`),
    el("h5", {}, `Priorities (${plan.priorities.length})`),
    el("ul", { class: "priorities" }, plan.priorities.map(priorityItem)),
  );
}

function councilColumn(council: Council): HTMLElement {
  const headingId = `plans-${council.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
  return el("section", { class: "council", "aria-labelledby": headingId }, el("h3", { id: headingId }, council.name), council.plans.map(planArticle));
}

/** Panel 1: each council's plans and priorities in its own column. */
export async function showPlans(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { councils } = await request(DashboardPlansDocument, {}, onErrors);
  const columns: Child[] = councils.map((council) => (council ? councilColumn(council) : el("p", { class: "warning" }, "One council's data is unavailable just now.")));
  replace(container, el("div", { class: "columns" }, columns));
}
