import { rmSync } from "node:fs";
import { buildCouncil, type CouncilFiles } from "./build-council";
import { checkImportedCouncil } from "./check-council";
import { readWorkbook } from "./read-workbook";
import type { SheetProblem } from "./sheet-problems";
import { councilDir, writeCouncil } from "./write-council";

export interface ImportResult {
  files: CouncilFiles;
  /** Files written (empty when the workbook itself had problems). */
  written: string[];
  /** Every problem, by sheet and row: the workbook's own first, then the data check's. */
  problems: SheetProblem[];
}

export interface ImportOptions {
  projectRoot: string;
  id: string;
  workbook: string | Buffer;
  /** The output folder (laid out like the project: subgraphs/<id>/, sources/). */
  folder: string;
  /** Where the documents' text files are. */
  documentsDir: string;
}

/**
 * Reads the workbook, writes the council's files and checks them as `npm run data:check` would,
 * with every problem pointing at its sheet and row. A workbook with problems of its own writes nothing
 * (the data check needs complete files); the files are written, and kept, when only the check complains,
 * so the officer can read what was produced.
 */
export async function importCouncil(options: ImportOptions): Promise<ImportResult> {
  const problems: SheetProblem[] = [];
  const rows = await readWorkbook(options.workbook, problems);
  const files = buildCouncil(rows, problems);
  if (problems.length > 0) return { files, written: [], problems };
  rmSync(councilDir(options.folder, options.id), { recursive: true, force: true });
  const written = writeCouncil(files, options.id, options.folder, options.documentsDir, problems);
  if (problems.length > 0) return { files, written, problems };
  problems.push(...checkImportedCouncil(options.projectRoot, options.folder, options.id, files));
  return { files, written, problems };
}
