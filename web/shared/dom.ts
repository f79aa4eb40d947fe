/** A tiny element builder: text always goes in as text (never parsed as HTML), so data cannot inject markup. */
export type Child = Node | string | null | undefined | false;

export interface Props {
  [attribute: string]: string | number | boolean | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content. */
export function replace(parent: Element, ...children: Array<Child | Child[]>): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Text only screen readers hear, e.g. which item a repeated "Source" button belongs to. */
export const hidden = (text: string): HTMLSpanElement => el("span", { class: "govuk-visually-hidden" }, text);

/** The element with this id, which the page's HTML must have. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no element #${id}`);
  return element as T;
}

/** Enum values as people read them: ON_TRACK → "on track". */
export const words = (value: string): string => value.toLowerCase().replace(/_/g, " ");
