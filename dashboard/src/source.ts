import type { SourceFieldsFragment } from "../../generated/graphql";
import { el, hidden } from "./dom";

/**
 * Where a fact comes from, behind a disclosure: a <details> is keyboard-usable and announced as
 * expandable by screen readers with no script of ours. `about` names the fact for screen readers,
 * since every disclosure reads "Source".
 */
export function sourceDisclosure(source: SourceFieldsFragment, about: string): HTMLDetailsElement {
  const { document: doc } = source;
  const title = doc.url ? el("a", { href: doc.url, rel: "noopener noreferrer" }, doc.title) : el("cite", {}, doc.title);
  const published = [doc.publisher, doc.published].filter(Boolean).join(", ");
  return el(
    "details",
    { class: "source" },
    el("summary", {}, "Source", hidden(` of ${about}`)),
    el(
      "dl",
      {},
      el("dt", {}, "Document"),
      el("dd", { class: "source-document" }, title, published ? ` (${published})` : "", doc.url ? "" : el("span", { class: "note" }, " (no public address recorded)")),
      el("dt", {}, "Section"),
      el("dd", { class: "source-section" }, source.section),
      el("dt", {}, "Quote"),
      el("dd", {}, el("blockquote", { class: "source-quote" }, source.quote)),
    ),
  );
}
