import { DashboardPlansDocument, type DashboardPlansQuery } from "../../generated/graphql";
import { request, type OnErrors } from "../../web/shared/client";
import { el, replace, type Child } from "../../web/shared/dom";
import { summaryList, warning } from "./govuk";
import { addressLink, publishedText, sourceDisclosure } from "./source";
import { boardKindText } from "./status-words";

type Council = NonNullable<DashboardPlansQuery["councils"][number]>;
type Plan = Council["plans"][number];
type Priority = Plan["priorities"][number];
type Board = Plan["boards"][number];

function priorityItem(priority: Priority): HTMLLIElement {
  const children = "children" in priority ? priority.children : [];
  return el(
    "li",
    {},
    priority.title,
    sourceDisclosure(priority.source, `priority "${priority.title}"`),
    children.length > 0 &&
      el("ul", { class: "govuk-list govuk-list--bullet" }, children.map((child) => el("li", {}, child.title, sourceDisclosure(child.source, `priority "${child.title}"`)))),
  );
}

/** Who oversees the plan: each board, its kind in words, and where the documents say so. */
function boardsList(plan: Plan): Child {
  if (plan.boards.length === 0) return el("p", { class: "govuk-body" }, "The documents name no board that oversees this plan.");
  return el(
    "ul",
    { class: "govuk-list app-boards" },
    plan.boards.map((board: Board) =>
      el("li", { class: "app-board" }, el("div", { class: "govuk-!-font-weight-bold board-name" }, board.name), el("div", { class: "govuk-hint govuk-!-margin-bottom-1 board-kind" }, boardKindText(board.kind)), sourceDisclosure(board.source, `${board.name} overseeing ${plan.title}`)),
    ),
  );
}

function planArticle(plan: Plan): HTMLElement {
  const doc = plan.source.document;
  return el(
    "article",
    { class: "app-plan", "data-plan": plan.id },
    el("h4", { class: "govuk-heading-m" }, plan.title),
    summaryList([
      { key: "Kind and period", value: `${plan.kind === "STRATEGY" ? "Strategy" : "Plan"}, ${plan.period.text}` },
      { key: "Published by", value: doc.publisher },
      { key: "Published", value: publishedText(doc), valueClass: "plan-published" },
      { key: "Address", value: addressLink(doc), valueClass: "plan-address" },
    ]),
    sourceDisclosure(plan.source, `plan "${plan.title}"`),
    el("h5", { class: "govuk-heading-s" }, "Who oversees it"),
    el("div", { class: "plan-boards" }, boardsList(plan)),
    el("h5", { class: "govuk-heading-s" }, `Priorities (${plan.priorities.length})`),
    el("ul", { class: "govuk-list govuk-list--bullet" }, plan.priorities.map(priorityItem)),
  );
}

function councilColumn(council: Council): HTMLElement {
  const headingId = `plans-${council.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
  return el("section", { class: "app-council", "aria-labelledby": headingId }, el("h3", { class: "govuk-heading-m", id: headingId }, council.name), council.plans.map(planArticle));
}

/** Panel 1: each council's plans, who oversees each, and their priorities, in a column per council. */
export async function showPlans(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { councils } = await request(DashboardPlansDocument, {}, onErrors);
  const columns: Child[] = councils.map((council) => (council ? councilColumn(council) : warning("One council's data is unavailable just now.")));
  replace(container, el("div", { class: "app-columns" }, columns));
}
