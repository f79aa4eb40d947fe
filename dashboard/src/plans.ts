import { DashboardPlansDocument, type DashboardPlansQuery } from "../../generated/graphql";
import { request, type OnErrors } from "../../web/shared/client";
import { el, replace, type Child } from "../../web/shared/dom";
import { summaryList, warning } from "./govuk";
import { headingLabel } from "../../lib/council/heading-label";
import { addressLink, publishedText, sourceDisclosure } from "./source";
import { boardKindText } from "./status-words";

type Council = NonNullable<DashboardPlansQuery["councils"][number]>;
type Plan = Council["plans"][number];
type Board = Plan["boards"][number];
/** A heading at any depth: the fields every level asks for, and nested headings where the query goes deeper. */
interface HeadingNode extends Pick<Plan["headings"][number], "id" | "kindName" | "number" | "title" | "source"> {
  subheadings?: readonly HeadingNode[];
}

function headingItem(heading: HeadingNode): HTMLLIElement {
  const subheadings = heading.subheadings ?? [];
  const label = headingLabel(heading);
  return el(
    "li",
    { class: "app-heading" },
    el("span", { class: "heading-label" }, label),
    sourceDisclosure(heading.source, `heading "${label}"`),
    subheadings.length > 0 && el("ul", { class: "govuk-list govuk-list--bullet" }, subheadings.map(headingItem)),
  );
}

/** Who oversees the plan: each board, its kind in words, and where the documents say so. */
function boardsList(plan: Plan): Child {
  if (plan.boards.length === 0) return el("p", { class: "govuk-body" }, "The documents name no board that oversees this plan.");
  return el(
    "ul",
    { class: "govuk-list app-boards" },
    plan.boards.map((board: Board) =>
      el(
        "li",
        { class: "app-board" },
        el("div", { class: "govuk-!-font-weight-bold board-name" }, board.name),
        el("div", { class: "govuk-hint govuk-!-margin-bottom-1 board-kind" }, boardKindText(board.kind)),
        sourceDisclosure(board.source, `${board.name} overseeing ${plan.title}`),
      ),
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
    el("h5", { class: "govuk-heading-s" }, `How the plan is structured (${plan.headings.length} top-level headings)`),
    plan.headings.length > 0 ? el("ul", { class: "govuk-list govuk-list--bullet plan-headings" }, plan.headings.map(headingItem)) : el("p", { class: "govuk-body" }, "The document prints no headings for this plan."),
  );
}

function councilColumn(council: Council): HTMLElement {
  const headingId = `plans-${council.id.replace(/[^A-Za-z0-9-]/g, "-")}`;
  return el("section", { class: "app-council", "aria-labelledby": headingId }, el("h3", { class: "govuk-heading-m", id: headingId }, council.name), council.plans.map(planArticle));
}

/** Panel 1: each council's plans, who oversees each, and their headings as the documents structure them, in a column per council. */
export async function showPlans(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { councils } = await request(DashboardPlansDocument, {}, onErrors);
  const columns: Child[] = councils.map((council) => (council ? councilColumn(council) : warning("One council's data is unavailable just now.")));
  replace(container, el("div", { class: "app-columns" }, columns));
}
