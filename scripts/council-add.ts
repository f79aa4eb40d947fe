import "reflect-metadata";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { scriptArgs } from "../lib/config/argv";
import { projectRoot, readCouncils } from "../lib/config/project";
import { PARTNERSHIPS_FILE } from "../lib/data/partnerships";
import { formatProblem, type Problem } from "../lib/data/problems";
import { checkAll } from "../lib/data/project-data";

/**
 * `npm run council:add -- <folder> [--partnership <id>] [--root DIR] [--data-only]`: onboards a
 * prepared council folder (the layout of test/fixtures/third-council: `subgraphs/<id>/` with its
 * council.json and data/, `sources/` with its documents and `sources/documents.add.json`, their
 * catalogue entries) into a project, then makes the generated files follow: data check, supergraph
 * and public schema (compose), operation types (codegen) and the examples' answers.
 */
export interface AddCouncilOptions {
  /** The prepared council folder. */
  folder: string;
  /** The project it goes into. */
  root: string;
  /** Id of a partnership in subgraphs/shared/data/partnerships.json to add it to; in none when absent. */
  partnership?: string | null;
  /** Also run compose, codegen and examples in `root` (which must then be a whole project checkout). */
  regenerate?: boolean;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

/** A refusal: nothing in the project was changed. */
export class CouncilAddRefused extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n- ${problems.join("\n- ")}` : message);
  }
}

interface DocumentEntry {
  id: string;
  file: string;
}

const DOCUMENTS_ADD = "documents.add.json";

const readJsonFile = (path: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as unknown;
  } catch (error) {
    throw new CouncilAddRefused(`cannot read ${path}: ${(error as Error).message}`);
  }
};
const writeJsonFile = (path: string, value: unknown): void => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);

/** The one council folder the prepared folder holds (subgraphs/<id>/council.json). */
function councilIdOf(folder: string): string {
  const dir = join(folder, "subgraphs");
  const ids = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "council.json")))
        .map((entry) => entry.name)
    : [];
  if (ids.length !== 1) throw new CouncilAddRefused(`${folder} must hold exactly one council folder subgraphs/<id>/ with a council.json; found ${ids.length === 0 ? "none" : ids.join(", ")}`);
  return ids[0];
}

/** Its documents' catalogue entries: one entry or an array, in sources/documents.add.json. */
function documentEntriesOf(folder: string): DocumentEntry[] {
  const path = join(folder, "sources", DOCUMENTS_ADD);
  if (!existsSync(path)) return [];
  const json = readJsonFile(path);
  const entries = Array.isArray(json) ? json : [json];
  for (const entry of entries) {
    if (entry === null || typeof entry !== "object" || typeof (entry as DocumentEntry).id !== "string" || typeof (entry as DocumentEntry).file !== "string") {
      throw new CouncilAddRefused(`${path}: each entry needs at least an "id" and a "file" (as in sources/documents.json)`);
    }
  }
  return entries as DocumentEntry[];
}

/**
 * Copies the council in, checks every data file, and undoes every change when the check fails (or
 * anything else goes wrong before it passes). Returns the council's id.
 */
export function addCouncil(options: AddCouncilOptions): string {
  const folder = resolve(options.folder);
  const root = resolve(options.root);
  const log = options.log ?? (() => undefined);
  const id = councilIdOf(folder);

  // Refusals that need no change to find.
  const existingProblems: Problem[] = [];
  const existing = readCouncils(root, existingProblems);
  if (existsSync(join(root, "subgraphs", id))) throw new CouncilAddRefused(`the council "${id}" exists already (subgraphs/${id}/ in ${root}); nothing was changed`);
  const incoming = readJsonFile(join(folder, "subgraphs", id, "council.json")) as { typePrefix?: unknown; port?: unknown };
  const clash = existing.find((council) => council.typePrefix === incoming.typePrefix || council.port === incoming.port);
  if (clash) throw new CouncilAddRefused(`"${id}" has the same typePrefix or port as the council "${clash.id}": give it its own in subgraphs/${id}/council.json; nothing was changed`);
  const documentsPath = join(root, "sources", "documents.json");
  const catalogue = readJsonFile(documentsPath) as DocumentEntry[];
  const entries = documentEntriesOf(folder);
  const taken = entries.filter((entry) => catalogue.some((document) => document.id === entry.id));
  if (taken.length > 0) throw new CouncilAddRefused(`sources/documents.json already has ${taken.map((entry) => `"${entry.id}"`).join(", ")}; nothing was changed`);
  const sourceFiles = existsSync(join(folder, "sources")) ? readdirSync(join(folder, "sources")).filter((name) => name !== DOCUMENTS_ADD) : [];
  const present = sourceFiles.filter((name) => existsSync(join(root, "sources", name)));
  if (present.length > 0) throw new CouncilAddRefused(`sources/ already has ${present.join(", ")}; nothing was changed`);
  const partnershipsPath = join(root, PARTNERSHIPS_FILE);
  const partnerships = options.partnership ? (existsSync(partnershipsPath) ? (readJsonFile(partnershipsPath) as Array<{ id: string; councils: string[] }>) : []) : null;
  if (options.partnership && !partnerships!.some((partnership) => partnership.id === options.partnership)) {
    const known = partnerships!.map((partnership) => `"${partnership.id}"`).join(", ") || "none";
    throw new CouncilAddRefused(`there is no partnership "${options.partnership}" in ${PARTNERSHIPS_FILE} (known: ${known}); nothing was changed`);
  }

  // The changes, each with its undoing.
  const undo: Array<() => void> = [];
  const originalDocuments = readFileSync(documentsPath, "utf8");
  const originalPartnerships = partnerships ? readFileSync(partnershipsPath, "utf8") : null;
  try {
    cpSync(join(folder, "subgraphs", id), join(root, "subgraphs", id), { recursive: true });
    undo.push(() => rmSync(join(root, "subgraphs", id), { recursive: true, force: true }));
    for (const name of sourceFiles) {
      cpSync(join(folder, "sources", name), join(root, "sources", name), { recursive: true });
      undo.push(() => rmSync(join(root, "sources", name), { recursive: true, force: true }));
    }
    undo.push(() => writeFileSync(documentsPath, originalDocuments));
    writeJsonFile(documentsPath, [...catalogue, ...entries]);
    log(`copied subgraphs/${id}/ and ${sourceFiles.length} source file(s); added ${entries.length} catalogue entr${entries.length === 1 ? "y" : "ies"}`);
    if (partnerships && originalPartnerships !== null) {
      undo.push(() => writeFileSync(partnershipsPath, originalPartnerships));
      partnerships.find((partnership) => partnership.id === options.partnership)!.councils.push(id);
      writeJsonFile(partnershipsPath, partnerships);
      log(`added "${id}" to the partnership "${options.partnership}"`);
    }

    const problems: Problem[] = [];
    const councils = readCouncils(root, problems);
    const found = checkAll(root, councils, problems).map(formatProblem);
    if (found.length > 0) throw new CouncilAddRefused(`the data check failed with "${id}" added, so nothing was changed. Correct the prepared folder and run again:`, found);
    log(`data:check: all data files are valid (${councils.length} councils and the shared subgraph)`);
  } catch (error) {
    for (const step of undo.reverse()) step();
    throw error;
  }

  if (options.regenerate) regenerate(root, log);
  return id;
}

/** The generated files follow the council set: supergraph and public schema, operation types, examples. */
function regenerate(root: string, log: (line: string) => void): void {
  if (!existsSync(join(root, "package.json"))) throw new CouncilAddRefused(`${root} is not a project checkout (no package.json): the council was added, but compose, codegen and examples could not run there`);
  for (const script of ["compose", "codegen", "examples"]) {
    log(`npm run ${script}`);
    const run = spawnSync("npm", ["run", "--silent", script], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    if (run.status !== 0) throw new Error(`npm run ${script} failed in ${root} (exit ${run.status ?? run.signal}): the council's files are in place; fix the problem and run it again`);
  }
}

const USAGE = `usage: npm run council:add -- <folder> [--partnership <id>] [--root <project folder>] [--data-only]

Adds a prepared council folder (subgraphs/<id>/ with council.json and data/; sources/ with its
documents and sources/documents.add.json, their catalogue entries) to the project, optionally to a
partnership of ${PARTNERSHIPS_FILE}, checks every data file (a failed check changes nothing), then
runs compose, codegen and examples so that the generated files follow.

  --partnership <id>   add the council to this partnership (by default it is in none)
  --root <folder>      the project to add it to (default: this one)
  --data-only          copy and check only: do not run compose, codegen and examples
  --help               this text`;

function main(): void {
  const { values, positionals } = scriptArgs(USAGE, {
    allowPositionals: true,
    options: { partnership: { type: "string" }, root: { type: "string" }, "data-only": { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new CouncilAddRefused(`give exactly one prepared council folder\n\n${USAGE}`);
  const id = addCouncil({
    folder: positionals[0],
    root: values.root ?? projectRoot,
    partnership: values.partnership ?? null,
    regenerate: !values["data-only"],
    log: (line) => process.stdout.write(`${line}\n`),
  });
  process.stdout.write(`council:add: "${id}" added\n`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`council:add: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
