import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot, readCouncils } from "../../lib/config/project";
import { checkAll } from "../../lib/data/project-data";
import { formatProblem, type Problem } from "../../lib/data/problems";

/**
 * Copies of the project's data (not its code: sources/, subgraphs/, lib/vocabulary/) that a data test
 * changes freely, removed after the test file; and the data check over one, as data:check runs it.
 */
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

export function copyProjectData(prefix = "graph-data-"): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  roots.push(root);
  for (const dir of ["subgraphs", "sources", join("lib", "vocabulary")]) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
  return root;
}

/** A data file's JSON, edited in place: fixtures reach into arbitrary records. */
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test fixtures edit arbitrary JSON
export function editJson(root: string, file: string, change: (json: Json) => void): void {
  const path = join(root, file);
  const json = JSON.parse(readFileSync(path, "utf8")) as Json;
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

/** Every problem data:check finds under `root`. */
export function problemsUnder(root: string): Problem[] {
  const problems: Problem[] = [];
  return checkAll(root, readCouncils(root, problems), problems);
}

/** The same, as data:check prints them. */
export const checkData = (root: string): string[] => problemsUnder(root).map(formatProblem);

/** Expects data:check under `root` to find exactly these problems, each named by a part of its text (in any order). */
export function expectProblems(root: string, parts: string[]): void {
  const problems = checkData(root);
  expect(problems).toEqual(expect.arrayContaining(parts.map((part) => expect.stringContaining(part))));
  expect(problems).toHaveLength(parts.length);
}
