import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { DocumentRecord } from "../sources/catalogue";
import type { Problem } from "./problems";
import { fileUnder } from "./records";

const CATALOGUE = "sources/documents.json";
/** Text copies of documents, which records quote; other files in sources/ (statistics, READMEs) are data or notes. */
const TEXT_COPY = /\.(txt|md)$/i;

/**
 * The catalogue of documents: each id once (whether each listed file exists is checked as it is
 * read), and every text copy of a document in sources/ listed, so its quotes can be checked and
 * shown with their document.
 */
export function checkDocumentCatalogue(root: string, catalogue: DocumentRecord[], problems: Problem[]): void {
  const seen = new Map<string, number>();
  catalogue.forEach((document, index) => {
    const first = seen.get(document.id);
    if (first !== undefined) {
      problems.push({
        file: CATALOGUE,
        record: `[${index}] (${document.id})`,
        field: "id",
        message: `document id "${document.id}" is used twice (also [${first}])`,
        fix: "give each document its own id, and update the records that cite it",
      });
    } else seen.set(document.id, index);
  });
  const listed = new Set(catalogue.map((document) => document.file.split("\\").join("/")));
  const sources = join(root, "sources");
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
  for (const path of existsSync(sources) ? walk(sources).sort() : []) {
    const file = fileUnder(sources, path);
    if (!TEXT_COPY.test(file) || /(^|\/)README\.md$/i.test(file) || listed.has(file)) continue;
    problems.push({
      file: `sources/${file}`,
      message: "is a document's text copy that sources/documents.json does not list, so nothing can quote it",
      fix: `add an entry { "id", "file": "${file}", "title", "publisher", "published", "url" } to sources/documents.json, or remove the file`,
    });
  }
}
