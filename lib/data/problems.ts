import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import type { z } from "zod";
import { projectRoot } from "../config/project-root";
import { suggestedFix } from "./fixes";
import type { Problem } from "./problem";

export type { Problem } from "./problem";

/** `file: record: field: what is wrong. How to fix: ...` */
export const formatProblem = (problem: Problem): string =>
  [problem.file, problem.record, problem.field].filter(Boolean).join(": ") + `: ${problem.message}${/[.!?]$/.test(problem.message) ? "" : "."} How to fix: ${problem.fix ?? suggestedFix(problem)}.`;

/** The id of the problem's record ("a04" of "actions[3] (a04)"), or the record as given when it names no id. */
export const recordIdOf = (problem: Pick<Problem, "record">): string | undefined => (problem.record === undefined ? undefined : (/\(([^()]+)\)$/.exec(problem.record)?.[1] ?? problem.record));

export class DataProblems extends Error {
  constructor(readonly problems: Problem[]) {
    super(`the data files have ${problems.length} problem(s):\n- ${problems.map(formatProblem).join("\n- ")}`);
  }
}

export const displayPath = (path: string): string => relative(projectRoot, path) || path;

/**
 * A problem's file relative to the data root checked (`--root`), whichever way its check named it
 * (relative to the project, as displayPath does, or to the root): "subgraphs/x/data/boards.json",
 * never "../../tmp/copy/subgraphs/x/data/boards.json".
 */
export function fileUnderRoot(root: string, file: string): string {
  const absolute = resolve(projectRoot, file);
  return absolute.startsWith(resolve(root) + sep) ? relative(root, absolute).split(sep).join("/") : file;
}

/** "actions[3] (a04)" from a path into a file, naming the record by its id where it has one. */
function describeRecord(value: unknown, path: ReadonlyArray<PropertyKey>): { record?: string; field?: string } {
  let node: unknown = value;
  let recordEnd = -1;
  let record = "";
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    node = node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    record += typeof key === "number" ? `[${key}]` : `${record ? "." : ""}${String(key)}`;
    const id = node !== null && typeof node === "object" ? ((node as { id?: unknown; code?: unknown }).id ?? (node as { code?: unknown }).code) : undefined;
    if (typeof key === "number" && typeof id === "string") recordEnd = i;
  }
  if (recordEnd < 0) return { field: path.map(String).join(".") || undefined };
  let recordText = "";
  let target: unknown = value;
  for (let i = 0; i <= recordEnd; i++) {
    const key = path[i];
    target = (target as Record<PropertyKey, unknown>)[key];
    recordText += typeof key === "number" ? `[${key}]` : `${recordText ? "." : ""}${String(key)}`;
  }
  const id = (target as { id?: string; code?: string }).id ?? (target as { code?: string }).code;
  const field = path
    .slice(recordEnd + 1)
    .map((key) => (typeof key === "number" ? `[${key}]` : String(key)))
    .join(".")
    .replace(/\.\[/g, "[");
  return { record: `${recordText} (${id})`, field: field || undefined };
}

/** Reads and validates one JSON file against its schema; on failure records every problem and returns undefined. */
export function readDataFile<S extends z.ZodType>(path: string, schema: S, problems: Problem[], texts?: string[]): z.infer<S> | undefined {
  const file = displayPath(path);
  let raw: unknown;
  try {
    const text = readFileSync(path, "utf8");
    texts?.push(text);
    raw = JSON.parse(text);
  } catch (error) {
    problems.push({ file, message: `cannot be read as JSON: ${(error as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, ...describeRecord(raw, issue.path), message: issue.message });
  return undefined;
}
