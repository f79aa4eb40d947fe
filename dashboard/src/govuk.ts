import { el, type Child } from "../../web/shared/dom";
import { tagColour } from "./status-words";

/** GOV.UK Design System components as this page builds them (markup as govuk-frontend 6 renders it). */

/** A status as a tag: its words always in the text, the colour only a second cue. */
export const tag = (text: string, status: string, rag?: string | null): HTMLElement => el("strong", { class: `govuk-tag govuk-tag--${tagColour(status, rag)}` }, text);

/** One row of a summary list. */
export interface SummaryRow {
  key: string;
  value: Child | Child[];
  /** A class on the value, for tests and styles to find it. */
  valueClass?: string;
}

export function summaryList(rows: SummaryRow[], classes = ""): HTMLDListElement {
  return el(
    "dl",
    { class: `govuk-summary-list ${classes}`.trim() },
    rows.map((row) => el("div", { class: "govuk-summary-list__row" }, el("dt", { class: "govuk-summary-list__key" }, row.key), el("dd", { class: `govuk-summary-list__value ${row.valueClass ?? ""}`.trim() }, row.value))),
  );
}

export interface Column {
  heading: string;
  numeric?: boolean;
}

export interface Cell {
  content: Child | Child[];
  /** A row's heading cell (th scope=row). */
  header?: boolean;
  numeric?: boolean;
  colspan?: number;
}

/**
 * A table that scrolls sideways inside its own region when it is wider than the screen, so the page
 * never does: the region is focusable (a keyboard can scroll it) and named by the table's caption.
 */
export function table(caption: string, columns: Column[], rows: Cell[][], classes = ""): HTMLElement {
  const cell = (value: Cell): HTMLTableCellElement =>
    value.header
      ? el("th", { scope: "row", class: "govuk-table__header", colspan: value.colspan }, value.content)
      : el("td", { class: `govuk-table__cell${value.numeric ? " govuk-table__cell--numeric" : ""}`, colspan: value.colspan }, value.content);
  return el(
    "div",
    { class: "app-table-scroll", role: "region", "aria-label": caption, tabindex: 0 },
    el(
      "table",
      { class: `govuk-table ${classes}`.trim() },
      el("caption", { class: "govuk-table__caption govuk-table__caption--s" }, caption),
      el(
        "thead",
        { class: "govuk-table__head" },
        el(
          "tr",
          { class: "govuk-table__row" },
          columns.map((column) => el("th", { scope: "col", class: `govuk-table__header${column.numeric ? " govuk-table__header--numeric" : ""}` }, column.heading)),
        ),
      ),
      el(
        "tbody",
        { class: "govuk-table__body" },
        rows.map((row) => el("tr", { class: "govuk-table__row" }, row.map(cell))),
      ),
    ),
  );
}

/** Something the reader must know before going on, e.g. that one council's data is missing. */
export const warning = (...text: Child[]): HTMLElement =>
  el(
    "div",
    { class: "govuk-warning-text" },
    el("span", { class: "govuk-warning-text__icon", "aria-hidden": "true" }, "!"),
    el("strong", { class: "govuk-warning-text__text" }, el("span", { class: "govuk-visually-hidden" }, "Warning"), ...text),
  );

/** A note set apart from the text around it. */
export const inset = (...text: Child[]): HTMLElement => el("div", { class: "govuk-inset-text" }, ...text);

/** A paragraph of body text. */
export const para = (...text: Child[]): HTMLParagraphElement => el("p", { class: "govuk-body" }, ...text);

/** A labelled select, the Design System's way. */
export function picker(id: string, label: string, options: Array<{ value: string; text: string; selected: boolean }>): { group: HTMLElement; select: HTMLSelectElement } {
  const select = el(
    "select",
    { id, name: id, class: "govuk-select" },
    options.map((option) => el("option", { value: option.value, selected: option.selected }, option.text)),
  );
  return { group: el("div", { class: "govuk-form-group" }, el("label", { class: "govuk-label govuk-label--s", for: id }, label), select), select };
}
