import { join } from "node:path";
import { markupIn } from "../sources/normalise";
import type { Problem } from "./problems";
import { dataFiles, readJsonFile, walkObjects } from "./records";

/** Fields that are addresses or file names, never shown as text. */
const NOT_TEXT = new Set(["url", "file", "$schema"]);

/**
 * No text a user sees carries the extraction's markup (`**bold**`, `__underline__`, `<u>`, `*italic*`,
 * `# ` heading markers): every string field of every data file and of the document catalogue.
 * Quotes still match their documents without it, as the normaliser ignores markup.
 */
export function checkMarkup(root: string, problems: Problem[]): void {
  for (const path of [join(root, "sources", "documents.json"), ...dataFiles(root)]) {
    const data = readJsonFile(root, path);
    if (!data) continue;
    walkObjects(data.json, (node, place) => {
      const check = (value: unknown, field: string) => {
        if (typeof value !== "string") return;
        const found = markupIn(value);
        if (found.length === 0) return;
        problems.push({
          file: data.file,
          record: place.record,
          field,
          message: `carries ${found.join(" and ")} from the document's text copy, which users would see`,
          fix: "delete the markup characters and keep the words (quotes still match the document, which data:check compares without markup)",
        });
      };
      for (const [key, value] of Object.entries(node)) {
        if (NOT_TEXT.has(key)) continue;
        const field = place.field ? `${place.field}.${key}` : key;
        if (Array.isArray(value)) value.forEach((item, index) => check(item, `${field}[${index}]`));
        else check(value, field);
      }
    });
  }
}
