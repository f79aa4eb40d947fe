/**
 * GOV.UK Design System markup, built with the dashboard's element builder (text always goes in as
 * text). Each function gives the component's documented HTML, so the app.css styles apply.
 */
import type { ActionStatus, Rag } from "../../generated/graphql";
import { el, type Child } from "../../web/shared/dom";
import { ragTagColour, ragWords, statusTagColour, statusWords } from "./words";

export { el, replace, type Child } from "../../web/shared/dom";

export const heading = (text: string, caption?: string): HTMLElement => el("h1", { class: "govuk-heading-l" }, caption ? el("span", { class: "govuk-caption-l" }, caption) : null, text);

export const para = (...children: Child[]): HTMLParagraphElement => el("p", { class: "govuk-body" }, ...children);

export const link = (href: string, text: string, extra: Record<string, string> = {}): HTMLAnchorElement => el("a", { class: "govuk-link", href, ...extra }, text);

export const statusTag = (status: ActionStatus | null | undefined): HTMLElement => el("strong", { class: `govuk-tag ${statusTagColour(status)}` }, statusWords(status));

export const ragTag = (rag: Rag | null | undefined): HTMLElement => el("strong", { class: `govuk-tag ${ragTagColour(rag)}` }, ragWords(rag));

export function button(text: string, props: Record<string, string | boolean> = {}, secondary = false): HTMLButtonElement {
  return el("button", { type: "button", class: `govuk-button${secondary ? " govuk-button--secondary" : ""}`, "data-module": "govuk-button", ...props }, text);
}

/** A summary list (key: value rows). */
export function summaryList(rows: Array<[string, Child | Child[]]>, extraClass = ""): HTMLElement {
  return el(
    "dl",
    { class: `govuk-summary-list ${extraClass}`.trim() },
    rows.map(([key, value]) => el("div", { class: "govuk-summary-list__row" }, el("dt", { class: "govuk-summary-list__key" }, key), el("dd", { class: "govuk-summary-list__value" }, ...(Array.isArray(value) ? value : [value])))),
  );
}

/** A summary card: a titled box, optionally with actions (links) in its title bar. */
export function summaryCard(title: Child, actions: HTMLElement[], ...body: Child[]): HTMLElement {
  return el(
    "div",
    { class: "govuk-summary-card" },
    el(
      "div",
      { class: "govuk-summary-card__title-wrapper" },
      el("h2", { class: "govuk-summary-card__title workspace-wrap" }, title),
      actions.length > 0
        ? el(
            "ul",
            { class: "govuk-summary-card__actions" },
            actions.map((action) => el("li", { class: "govuk-summary-card__action" }, action)),
          )
        : null,
    ),
    el("div", { class: "govuk-summary-card__content" }, ...body),
  );
}

/** A green (success) or blue (information) notification banner. */
export function banner(title: string, message: Child | Child[], success = false): HTMLElement {
  return el(
    "div",
    { class: `govuk-notification-banner${success ? " govuk-notification-banner--success" : ""}`, role: success ? "alert" : "region", "aria-labelledby": "banner-title", tabindex: "-1" },
    el("div", { class: "govuk-notification-banner__header" }, el("h2", { class: "govuk-notification-banner__title", id: "banner-title" }, success ? "Success" : "Important")),
    el("div", { class: "govuk-notification-banner__content" }, el("p", { class: "govuk-notification-banner__heading" }, title), ...(Array.isArray(message) ? message : [message])),
  );
}

export const inset = (...children: Child[]): HTMLElement => el("div", { class: "govuk-inset-text" }, ...children);

export const warning = (text: string): HTMLElement =>
  el(
    "div",
    { class: "govuk-warning-text" },
    el("span", { class: "govuk-warning-text__icon", "aria-hidden": "true" }, "!"),
    el("strong", { class: "govuk-warning-text__text" }, el("span", { class: "govuk-visually-hidden" }, "Warning"), text),
  );

/** One problem for the error summary: the field's element id to link to (or none) and the message. */
export interface Problem {
  fieldId: string | null;
  message: string;
}

/**
 * The error summary: "There is a problem", each message linking to its field. Its links move focus to
 * the field rather than following "#id" (the workspace's routes live in the URL's hash).
 */
export function errorSummary(problems: Problem[], extra: Child[] = []): HTMLElement {
  const summary = el(
    "div",
    { class: "govuk-error-summary", tabindex: "-1" },
    el(
      "div",
      { role: "alert" },
      el("h2", { class: "govuk-error-summary__title" }, "There is a problem"),
      el(
        "div",
        { class: "govuk-error-summary__body" },
        el(
          "ul",
          { class: "govuk-list govuk-error-summary__list" },
          problems.map((problem) => el("li", {}, problem.fieldId ? el("a", { href: `#${problem.fieldId}`, "data-field": problem.fieldId }, problem.message) : problem.message)),
        ),
        ...extra,
      ),
    ),
  );
  summary.addEventListener("click", (event) => {
    const target = (event.target as HTMLElement).closest("a[data-field]");
    if (!target) return;
    event.preventDefault();
    document.getElementById(target.getAttribute("data-field") ?? "")?.focus();
  });
  return summary;
}

/** A form group: label, hint, error message and the control, wired by ids. */
export function formGroup(id: string, label: string, control: HTMLElement, options: { hint?: string; error?: string | null; labelClass?: string } = {}): HTMLElement {
  const described = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(Boolean).join(" ");
  if (described) control.setAttribute("aria-describedby", described);
  control.id = id;
  if (options.error) control.classList.add(control.tagName === "SELECT" ? "govuk-select--error" : control.tagName === "TEXTAREA" ? "govuk-textarea--error" : "govuk-input--error");
  return el(
    "div",
    { class: `govuk-form-group${options.error ? " govuk-form-group--error" : ""}`, "data-group": id },
    el("label", { class: `govuk-label ${options.labelClass ?? "govuk-label--s"}`, for: id }, label),
    options.hint ? el("div", { class: "govuk-hint", id: `${id}-hint` }, options.hint) : null,
    options.error ? el("p", { class: "govuk-error-message", id: `${id}-error` }, el("span", { class: "govuk-visually-hidden" }, "Error: "), options.error) : null,
    control,
  );
}

export function select(name: string, choices: Array<[string, string]>, selected: string | null, blank?: string): HTMLSelectElement {
  return el(
    "select",
    { class: "govuk-select", name },
    blank !== undefined ? el("option", { value: "", selected: selected === null || selected === "" }, blank) : null,
    choices.map(([value, text]) => el("option", { value, selected: value === selected }, text)),
  );
}

export const textarea = (name: string, value: string, rows = 4): HTMLTextAreaElement => {
  const area = el("textarea", { class: "govuk-textarea", name, rows });
  area.value = value;
  return area;
};

export const input = (name: string, value: string, props: Record<string, string> = {}): HTMLInputElement => {
  const box = el("input", { class: "govuk-input", name, type: "text", ...props });
  box.value = value;
  return box;
};

/** Radios in a fieldset with a legend; the first radio carries `id` so the error summary can focus it. */
export function radios(id: string, legend: string, name: string, choices: Array<[string, string]>, selected: string | null, options: { hint?: string; error?: string | null; small?: boolean } = {}): HTMLElement {
  const described = [options.hint ? `${id}-hint` : null, options.error ? `${id}-error` : null].filter(Boolean).join(" ");
  return el(
    "div",
    { class: `govuk-form-group${options.error ? " govuk-form-group--error" : ""}`, "data-group": id },
    el(
      "fieldset",
      { class: "govuk-fieldset", "aria-describedby": described || undefined },
      el("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--s" }, legend),
      options.hint ? el("div", { class: "govuk-hint", id: `${id}-hint` }, options.hint) : null,
      options.error ? el("p", { class: "govuk-error-message", id: `${id}-error` }, el("span", { class: "govuk-visually-hidden" }, "Error: "), options.error) : null,
      el(
        "div",
        { class: `govuk-radios${options.small ? " govuk-radios--small" : ""}`, "data-module": "govuk-radios" },
        choices.map(([value, text], index) => {
          const radioId = index === 0 ? id : `${id}-${value.toLowerCase()}`;
          return el(
            "div",
            { class: "govuk-radios__item" },
            el("input", { class: "govuk-radios__input", id: radioId, name, type: "radio", value, checked: value === selected }),
            el("label", { class: "govuk-label govuk-radios__label", for: radioId }, text),
          );
        }),
      ),
    ),
  );
}

/** The value of the checked radio of a group, or null. */
export function checkedValue(form: HTMLFormElement, name: string): string | null {
  const checked = form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`);
  return checked ? checked.value : null;
}

/** Focuses an element that has just been shown (an error summary, a banner, a heading). */
export function focusOn(element: HTMLElement): void {
  if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus();
}
