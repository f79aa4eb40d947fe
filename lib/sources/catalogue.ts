import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
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

/** Where a catalogued document's file is: relative to the root's sources/, unless absolute. */
export const documentPath = (root: string, document: Pick<DocumentRecord, "file">): string =>
  isAbsolute(document.file) ? document.file : join(root, "sources", document.file);

/** The one normaliser (lib/sources/normalise.ts), re-exported for existing importers. */
export { normaliseText } from "./normalise";

export function readDocumentText(document: DocumentRecord, root: string = projectRoot): string {
  return readFileSync(join(root, "sources", document.file), "utf8");
}
