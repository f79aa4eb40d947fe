import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot, readJson } from "../config/project";

export interface DocumentRecord {
  id: string;
  file: string;
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
}

/** The catalogue of source documents, shared by all subgraphs: sources/documents.json. */
export function loadDocumentCatalogue(root: string = projectRoot): DocumentRecord[] {
  return readJson<DocumentRecord[]>(join(root, "sources", "documents.json"));
}

/**
 * Whitespace, curly quotes, dash variants and underline markup (<u>) differ between extractions of
 * the same document; compare text without them.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/<\/?u>/g, "")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

export function readDocumentText(document: DocumentRecord, root: string = projectRoot): string {
  return readFileSync(join(root, "sources", document.file), "utf8");
}
