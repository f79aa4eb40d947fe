import { el } from "./ui";

/**
 * An update's evidence link (the board paper or report that shows the progress), as a link that opens
 * it: only an http(s) address is made a link (the graph takes no other, but the page does not rely on
 * that), and the page it opens is given neither this window nor its address (rel).
 */
export function evidenceLink(url: string | null | undefined): HTMLElement | null {
  if (!url) return null;
  if (!/^https?:\/\//i.test(url)) return el("span", { class: "workspace-wrap" }, url);
  return el("a", { class: "govuk-link workspace-wrap evidence-link", href: url, rel: "noopener noreferrer" }, url);
}
