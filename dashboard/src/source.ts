import type { SourceFieldsFragment } from "../../generated/graphql";
import { el, hidden, type Child } from "../../web/shared/dom";
import { summaryList } from "./govuk";
import { longDate } from "./status-words";

type SourceDocument = SourceFieldsFragment["document"];

/** When the document was published, where the catalogue records it (only a date the document states). */
export const publishedText = (doc: SourceDocument): Child => (doc.published ? el("time", { datetime: doc.published }, longDate(doc.published)) : "Not stated in the document");

/** Where the document is published, as a link, where the catalogue records it. */
export const addressLink = (doc: SourceDocument): Child => (doc.url ? el("a", { class: "govuk-link document-address", href: doc.url, rel: "noopener noreferrer" }, doc.url) : "No public address recorded");

/**
 * Where a fact comes from, behind the Design System's details component: a native <details>, so it
 * is keyboard-usable and announced as expandable with no script. `about` names the fact for screen
 * readers, since every disclosure reads "Source".
 */
export function sourceDisclosure(source: SourceFieldsFragment, about: string): HTMLDetailsElement {
  const { document: doc } = source;
  return el(
    "details",
    { class: "govuk-details app-source" },
    el("summary", { class: "govuk-details__summary" }, el("span", { class: "govuk-details__summary-text" }, "Source", hidden(` of ${about}`))),
    el(
      "div",
      { class: "govuk-details__text" },
      summaryList(
        [
          { key: "Document", value: [el("cite", {}, doc.title), `, ${doc.publisher}`], valueClass: "source-document" },
          { key: "Published", value: publishedText(doc), valueClass: "source-published" },
          { key: "Address", value: addressLink(doc), valueClass: "source-address" },
          { key: "Section", value: source.section, valueClass: "source-section" },
          { key: "Quote", value: el("blockquote", { class: "app-quote source-quote" }, source.quote) },
        ],
        "govuk-summary-list--no-border",
      ),
    ),
  );
}
