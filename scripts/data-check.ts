import "reflect-metadata";
import { resolve } from "node:path";
import { dataRoot } from "../lib/config/env";
import { projectRoot, readCouncils } from "../lib/config/project";
import { checkAll } from "../lib/data/project-data";
import { formatProblem, type Problem } from "../lib/data/problems";

/**
 * `npm run data:check [-- --root DIR]`: validates every data file against its declared schema and
 * every link between records; prints each problem as file: record: field: message. Exit 1 on any.
 * The files are those under --root, else DATA_ROOT, else the repository's; the councils'
 * configuration (council.json) is always the repository's, as the subgraphs use it.
 */
const rootArg = process.argv.indexOf("--root");
const root = rootArg > 0 && process.argv[rootArg + 1] ? resolve(process.argv[rootArg + 1]) : dataRoot();
const councilProblems: Problem[] = [];
const councils = readCouncils(projectRoot, councilProblems, root);
const problems = checkAll(root, councils, councilProblems);
if (problems.length === 0) {
  process.stdout.write(`data:check: all data files are valid (${councils.length} councils and the shared subgraph)\n`);
} else {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(`data:check: ${problems.length} problem(s)\n`);
  process.exitCode = 1;
}
