import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readCouncils } from "../config/project";
import { displayPath, type Problem } from "../data/problems";
import { checkAll } from "../data/project-data";
import type { CouncilFiles, RowRef } from "./build-council";
import { columnOf } from "./build-council";
import { SHEETS, type SheetKey } from "./layout";
import type { SheetProblem } from "./sheet-problems";

/**
 * The project as it would be with the imported council added: a temporary folder of links to the
 * project's configuration and data, the council's folder, and the catalogue with its documents. The
 * project itself is not touched (the import writes only its output folder).
 */
function stageProject(projectRoot: string, folder: string, id: string, documents: CouncilFiles["documents"]): string {
  const stage = mkdtempSync(join(tmpdir(), "council-import-check-"));
  mkdirSync(join(stage, "lib"));
  symlinkSync(join(projectRoot, "lib", "vocabulary"), join(stage, "lib", "vocabulary"));
  // Council folders are real folders (readCouncils lists directories) whose contents are links.
  const linkFolder = (from: string, to: string) => {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from)) symlinkSync(join(from, entry), join(to, entry));
  };
  for (const entry of readdirSync(join(projectRoot, "subgraphs"), { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name !== id) linkFolder(join(projectRoot, "subgraphs", entry.name), join(stage, "subgraphs", entry.name));
  }
  linkFolder(resolve(folder, "subgraphs", id), join(stage, "subgraphs", id));
  mkdirSync(join(stage, "sources"));
  const added = new Set(documents.map((document) => document.file));
  for (const entry of readdirSync(join(projectRoot, "sources"))) {
    if (entry !== "documents.json" && !added.has(entry)) symlinkSync(join(projectRoot, "sources", entry), join(stage, "sources", entry));
  }
  for (const document of documents) {
    const file = resolve(folder, "sources", document.file);
    if (existsSync(file)) symlinkSync(file, join(stage, "sources", document.file));
  }
  const catalogue = JSON.parse(readFileSync(join(projectRoot, "sources", "documents.json"), "utf8")) as Array<{ id: string }>;
  const ids = new Set(documents.map((document) => document.id));
  writeFileSync(join(stage, "sources", "documents.json"), JSON.stringify([...catalogue.filter((entry) => !ids.has(entry.id)), ...documents], null, 2));
  return stage;
}

/** The sheet a plan file's list is read from ("actions[3] (a04)" → Actions). */
const LIST_SHEETS: Array<[RegExp, SheetKey]> = [
  [/^(headings|priorities)\b/, "headings"],
  [/^actions\b/, "actions"],
  [/^(statements|outcomes)\b/, "statements"],
  [/^measureGroups\b/, "measureGroups"],
  [/^measures\b/, "measures"],
];
const SHEET_BY_NAME = new Map<string, SheetKey>(Object.entries(SHEETS).map(([key, layout]) => [layout.name, key as SheetKey]));

/** Which of the council's files a problem is in, as the key the builder remembered rows under. */
function fileKey(file: string, id: string): string | undefined {
  const normal = file.replace(/\\/g, "/");
  if (/(^|\/)sources\/documents\.json$/.test(normal)) return "documents";
  const match = new RegExp(`(?:^|/)subgraphs/${id}/(.+)$`).exec(normal);
  if (!match) return undefined;
  const rest = match[1];
  if (rest === "council.json") return "council";
  const plan = /^data\/plans\/([^/]+)\.json$/.exec(rest);
  if (plan) return `plans/${plan[1]}`;
  if (rest === "data/plans") return "plans";
  return { "data/boards.json": "boards", "data/figures.json": "figures", "data/vocabulary/themes.json": "vocabulary/themes", "data/vocabulary/indicators.json": "vocabulary/indicators" }[rest];
}

/** The id a data:check record names: "actions[3] (a04)" → a04, "[0] (board)" → board, "plan-id" → plan-id. */
function recordId(record: string | undefined): string | undefined {
  if (!record) return undefined;
  const ids = [...record.matchAll(/\(([^()]+)\)/g)].map((match) => match[1]);
  if (ids.length > 0) return ids[ids.length - 1];
  return /^[A-Za-z0-9_-]+$/.test(record) ? record : undefined;
}

const FILE_SHEETS: Record<string, SheetKey> = { council: "council", documents: "documents", boards: "boards", figures: "figures", "vocabulary/themes": "themes", "vocabulary/indicators": "indicators" };

/** One data:check problem in the council's files, mapped to the sheet, row and column it came from. */
export function mapProblem(problem: Problem, id: string, rows: Map<string, RowRef[]>): SheetProblem | undefined {
  const key = fileKey(problem.file, id);
  if (!key) return undefined;
  const record = recordId(problem.record);
  const refs = (record !== undefined ? rows.get(`${key}|${record}`) : undefined) ?? (key === "council" ? rows.get("council|council") : undefined) ?? (key.startsWith("plans/") ? rows.get(`${key}|${key.slice(6)}`) : undefined) ?? [];
  if (key === "documents" && refs.length === 0) return undefined; // another of the project's documents
  const wanted = LIST_SHEETS.find(([pattern]) => pattern.test(problem.record ?? ""))?.[1];
  const ref = refs.find((candidate) => wanted === undefined || SHEET_BY_NAME.get(candidate.sheet) === wanted) ?? refs[0];
  const sheet: SheetKey = (ref && SHEET_BY_NAME.get(ref.sheet)) ?? wanted ?? FILE_SHEETS[key] ?? "plans";
  // data:check's own advice where it gives one (it knows what is wrong: the nearest words, the known codes), else the column's.
  const column = columnOf(sheet, problem.field);
  const fix = problem.fix ?? SHEETS[sheet].columns.find((candidate) => candidate.header === column)?.fix;
  return { sheet: SHEETS[sheet].name, row: ref?.row, column, message: problem.message, fix };
}

/**
 * Runs the project's data check (checkAll) over the project with the imported council in `folder`,
 * and maps each problem in the council's own files back to its sheet and row. Problems elsewhere in
 * the project are not the import's and are left out.
 */
export function checkImportedCouncil(projectRoot: string, folder: string, id: string, files: CouncilFiles): SheetProblem[] {
  const stage = stageProject(projectRoot, folder, id, files.documents);
  try {
    const problems: Problem[] = [];
    const councils = readCouncils(stage, problems);
    const mapped: SheetProblem[] = [];
    const self = councils.find((council) => council.id === id);
    for (const other of councils.filter((council) => council.id !== id)) {
      if (self && other.port === self.port) mapped.push({ sheet: SHEETS.council.name, row: rows0(files), column: "Port", message: `port ${self.port} is already the port of ${other.id}`, fix: "choose a port no other council uses" });
      if (self && other.typePrefix === self.typePrefix)
        mapped.push({ sheet: SHEETS.council.name, row: rows0(files), column: "Type prefix", message: `"${self.typePrefix}" is already the type prefix of ${other.id}`, fix: "choose a prefix of the council's own" });
    }
    // Messages may name the staged copy's files: name them as they will be in the project.
    const staged = [`${displayPath(stage)}/`, `${stage}/`];
    const unstage = (text: string): string => staged.reduce((result, prefix) => result.split(prefix).join(""), text);
    for (const problem of checkAll(stage, councils, problems)) {
      const sheetProblem = mapProblem(problem, id, files.rows);
      if (sheetProblem) mapped.push({ ...sheetProblem, message: unstage(sheetProblem.message), fix: sheetProblem.fix === undefined ? undefined : unstage(sheetProblem.fix) });
    }
    return mapped;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

const rows0 = (files: CouncilFiles): number | undefined => files.rows.get("council|council")?.[0]?.row;
