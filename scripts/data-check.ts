import "reflect-metadata";
import { resolve } from "node:path";
import { scriptArgs } from "../lib/config/argv";
import { dataRoot } from "../lib/config/env";
import { projectRoot, readCouncils } from "../lib/config/project";
import { checkAll } from "../lib/data/project-data";
import { formatProblem, type Problem } from "../lib/data/problems";

const USAGE = `Usage: npm run data:check [-- --root DIR]

Checks every data file against its declared schema, every link and code between records, that every
quote (and every title or text taken from a document) is word for word in its document, and that no
text carries markup from a document's text copy. Prints each problem as
  file: record: field: what is wrong. How to fix: ...
and exits 1 on any problem, 0 when all is well.

  --root DIR   check the data files under DIR (default: DATA_ROOT, else the repository)
  --help       show this help
`;

/**
 * `npm run data:check [-- --root DIR]`. The councils' configuration (council.json) is always the
 * repository's, as the subgraphs use it; the data files are those under --root.
 */
function main(): number {
  const options = scriptArgs(USAGE, { options: { root: { type: "string" } } }).values;
  const root = options.root ? resolve(options.root) : dataRoot();
  const councilProblems: Problem[] = [];
  const councils = readCouncils(projectRoot, councilProblems, root);
  const problems = checkAll(root, councils, councilProblems);
  if (problems.length === 0) {
    process.stdout.write(`data:check: all data files are valid (${councils.length} councils and the shared subgraph)\n`);
    return 0;
  }
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(`data:check: ${problems.length} problem(s)\n`);
  return 1;
}

process.exitCode = main();
