/**
 * The one comparison of a quote with its document, used by `npm run data:check` and the tests alike.
 *
 * Text copies of documents are extractions: whitespace, curly quotes and dash variants differ between
 * extractions of the same document, and they may carry the extractor's formatting: `**bold**`,
 * `__underline__`, `<u>underline</u>`, `*italic*` and `# heading` line markers. None of it is the
 * document's words, so quotes are compared without it (and data files never show it: see
 * `markupIn`).
 */
export function normaliseText(text: string): string {
  return text
    .replace(/<\/?u>/g, "")
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, "")
    .replace(/\*\*|__/g, "")
    .replace(ITALIC, "$1$2")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** `*words*` between non-word characters (a lone asterisk, as in a footnote mark, is kept). */
const ITALIC = /(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g;

/** True when `quote` occurs in `document`, both normalised as above. */
export const occursIn = (quote: string, normalisedDocument: string): boolean => normalisedDocument.includes(normaliseText(quote));

const MARKUP: ReadonlyArray<readonly [RegExp, string]> = [
  [/\*\*/, "bold markup (**)"],
  [/__/, "underline markup (__)"],
  [/<\/?u>/, "underline markup (<u>)"],
  [/^[ \t]*#{1,6}[ \t]/m, "a heading marker (# at the start of a line)"],
  [new RegExp(ITALIC.source), "italic markup (*...*)"],
];

/** What extraction markup `text` carries, named for a reader ("bold markup (**)"), or [] for none. */
export function markupIn(text: string): string[] {
  return MARKUP.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
}
