import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { CouncilFiles } from "./build-council";
import { SHEETS } from "./layout";
import type { SheetProblem } from "./sheet-problems";

/**
 * The folder the import writes, laid out like the project (and like test/fixtures/third-council), so
 * `npm run council:add -- <folder>` copies it in as it is:
 *   subgraphs/<id>/council.json
 *   subgraphs/<id>/data/plans/<plan id>.json, boards.json, figures.json
 *   subgraphs/<id>/data/vocabulary/themes.json, indicators.json (the council's own, when it has any)
 *   sources/<document files>, sources/documents.add.json (their catalogue entries)
 */
export const councilDir = (folder: string, id: string): string => join(folder, "subgraphs", id);
export const dataDir = (folder: string, id: string): string => join(councilDir(folder, id), "data");

const writeJson = (path: string, value: unknown): void => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** Writes every file; a document whose text file is not in `documentsDir` is a problem on its Documents row. */
export function writeCouncil(files: CouncilFiles, id: string, folder: string, documentsDir: string, problems: SheetProblem[]): string[] {
  const written: string[] = [];
  const write = (path: string, value: unknown) => {
    writeJson(path, value);
    written.push(path);
  };
  const data = dataDir(folder, id);
  mkdirSync(join(data, "plans"), { recursive: true });
  mkdirSync(join(folder, "sources"), { recursive: true });
  write(join(councilDir(folder, id), "council.json"), files.council);
  for (const plan of files.plans) write(join(data, "plans", `${plan.id}.json`), plan);
  write(join(data, "boards.json"), files.boards);
  if (files.figures.length > 0) write(join(data, "figures.json"), files.figures);
  if (files.themes.length > 0 || files.indicators.length > 0) mkdirSync(join(data, "vocabulary"), { recursive: true });
  if (files.themes.length > 0) write(join(data, "vocabulary", "themes.json"), files.themes);
  if (files.indicators.length > 0) write(join(data, "vocabulary", "indicators.json"), files.indicators);
  write(join(folder, "sources", "documents.add.json"), files.documents);
  for (const document of files.documents) {
    const from = join(documentsDir, document.file);
    if (!existsSync(from)) {
      const row = files.rows.get(`documents|${document.id}`)?.[0]?.row;
      problems.push({
        sheet: SHEETS.documents.name,
        row,
        column: "File",
        message: `${document.file} is not in ${documentsDir}`,
        fix: "put the document's text file beside the workbook (or pass --documents DIR) and write its file name here",
      });
      continue;
    }
    // The documents may already be in the output folder (a fixture imported into itself).
    if (resolve(from) !== resolve(folder, "sources", document.file)) copyFileSync(from, join(folder, "sources", document.file));
    written.push(join(folder, "sources", document.file));
  }
  return written;
}
