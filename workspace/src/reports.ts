import { request } from "../../web/shared/client";
import { WorkspaceReportChoicesDocument } from "../../generated/graphql";
import type { Screen } from "./context";
import { el, formGroup, heading, para, replace } from "./ui";
import { quarterWords, recentQuarters, reportLinks } from "./words";

/**
 * Reports: the progress report of any board or plan, or of a joint initiative, for a chosen quarter,
 * as a web page or a PDF (the gateway's /reports/ route makes them from approved updates only).
 */
export async function showReports(context: Screen): Promise<void> {
  const { container } = context;
  const data = await request(WorkspaceReportChoicesDocument, {}, context.onErrors);
  const quarters = recentQuarters(context.now, 8);
  const quarterSelect = (id: string): HTMLSelectElement =>
    el(
      "select",
      { class: "govuk-select", name: "period", id },
      quarters.map((quarter, index) => el("option", { value: quarter, selected: index === 0 }, `${quarter} (${quarterWords(quarter)})`)),
    );
  const subjects = el(
    "select",
    { class: "govuk-select workspace-wrap", name: "subject" },
    data.councils.map((council) =>
      council
        ? el(
            "optgroup",
            { label: council.name },
            council.boards.map((board) => el("option", { value: board.id }, `Board: ${board.name}`)),
            council.plans.map((plan) => el("option", { value: plan.id }, `Plan: ${plan.title}`)),
          )
        : null,
    ),
  );
  const initiatives = el(
    "select",
    { class: "govuk-select", name: "subject" },
    data.jointInitiatives.nodes.map((initiative) => el("option", { value: initiative.id, selected: initiative.key === "regional-adoption-agency" }, initiative.name)),
  );

  const linksFor = (form: HTMLFormElement, out: HTMLElement): void => {
    const fields = new FormData(form);
    const subject = String(fields.get("subject") ?? "");
    const period = String(fields.get("period") ?? "");
    const chosen = form.querySelector<HTMLSelectElement>("select[name=subject]")?.selectedOptions[0]?.textContent ?? subject;
    const links = reportLinks(subject, period);
    replace(
      out,
      el("h3", { class: "govuk-heading-s" }, `${chosen}, ${quarterWords(period)}`),
      el(
        "ul",
        { class: "govuk-list" },
        el("li", {}, el("a", { class: "govuk-link", href: links.html, "data-report": "html" }, "Open the report as a web page")),
        el("li", {}, el("a", { class: "govuk-link", href: links.pdf, "data-report": "pdf" }, "Download the report as a PDF")),
      ),
    );
    out.focus();
  };
  const reportForm = (id: string, title: string, subject: HTMLSelectElement, hint: string): HTMLElement => {
    const out = el("div", { id: `${id}-links`, tabindex: "-1", "aria-live": "polite" });
    const form = el(
      "form",
      { id, novalidate: true },
      formGroup(`${id}-subject`, title, subject, { hint }),
      formGroup(`${id}-period`, "Quarter", quarterSelect(`${id}-period`)),
      el("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Show the report"),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      linksFor(form, out);
    });
    return el("div", {}, form, out);
  };
  replace(
    container,
    heading("Reports"),
    para("Progress reports are made from approved updates only: what a board would see at the end of the quarter."),
    el("h2", { class: "govuk-heading-m" }, "A board or plan"),
    reportForm("board-report", "Board or plan", subjects, "A board's report covers every plan it oversees."),
    el("h2", { class: "govuk-heading-m" }, "A joint initiative"),
    reportForm("joint-report", "Joint initiative", initiatives, "Its joint actions and the council actions they rest on."),
  );
}
