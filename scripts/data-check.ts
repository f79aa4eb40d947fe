import "reflect-metadata";
import { resolve } from "node:path";
import { projectRoot, readCouncils } from "../lib/config/project";
import { checkAll } from "../lib/data/project-data";
import { formatProblem, type Problem } from "../lib/data/problems";

/**
 * `npm run data:check [-- --root DIR]`: validates every data file against its declared schema and
 * every link between records; prints each problem as file: record: field: message. Exit 1 on any.
 */
const rootArg = process.argv.indexOf("--root");
const root = rootArg > 0 && process.argv[rootArg + 1] ? resolve(process.argv[rootArg + 1]) : projectRoot;
const councilProblems: Problem[] = [];
const councils = readCouncils(root, councilProblems);
const problems = checkAll(root, councils, councilProblems);
if (problems.length === 0) {
  process.stdout.write(`data:check: all data files are valid (${councils.length} councils and the shared subgraph)\n`);
} else {
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(`data:check: ${problems.length} problem(s)\n`);
  process.exitCode = 1;
}
