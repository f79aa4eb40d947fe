import "reflect-metadata";
import { dataRoot, subgraphDatabase } from "../lib/config/env";
import { DataProblems, formatProblem, type Problem } from "../lib/data/problems";
import { checkAll } from "../lib/data/project-data";
import { projectRoot, readCouncils } from "../lib/config/project";
import { scriptArgs } from "../lib/config/argv";
import { openDatabase } from "../lib/db/data-source";
import type { LoadCounts } from "../lib/db/load-rows";
import { subgraphRegistry } from "../subgraphs";

/**
 * `npm run data:load [-- <subgraph> ...]`: applies the data files to each subgraph's database (the
 * <SUBGRAPH>_DATABASE path), migrating it first. Idempotent; one transaction per subgraph, so a
 * failure leaves that database exactly as it was. Progress users recorded is never touched.
 */
function printCounts(name: string, counts: LoadCounts): void {
  process.stdout.write(`${name}\n  ${"table".padEnd(16)} inserted  updated  deleted  unchanged\n`);
  for (const [table, count] of Object.entries(counts)) {
    process.stdout.write(`  ${table.padEnd(16)} ${String(count.inserted).padStart(8)} ${String(count.updated).padStart(8)} ${String(count.deleted).padStart(8)} ${String(count.unchanged).padStart(10)}\n`);
  }
}

const USAGE = `Usage: npm run data:load [-- <subgraph> ...]

Checks every data file (from DATA_ROOT, the repository by default), then applies them to each named
subgraph's database (all by default), migrating it first. Idempotent; a failure leaves that database as it was.`;

async function main(): Promise<void> {
  const wanted = scriptArgs(USAGE, { options: {}, allowPositionals: true }).positionals;
  // Check every file and link first: nothing is applied anywhere unless all of it is valid.
  // The files come from DATA_ROOT (the repository by default); the councils' configuration from the repository.
  const root = dataRoot();
  const problems: Problem[] = [];
  const councils = readCouncils(projectRoot, problems, root);
  problems.push(...checkAll(root, councils));
  if (problems.length > 0) throw new DataProblems(problems);
  const entries = subgraphRegistry(projectRoot, root).filter(({ descriptor }) => wanted.length === 0 || wanted.includes(descriptor.name));
  if (entries.length === 0) throw new Error(`no subgraph named ${wanted.join(", ")}`);
  for (const { descriptor, definition } of entries) {
    current = descriptor.name;
    const subgraph = definition();
    const database = await openDatabase({ database: subgraphDatabase(descriptor), entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      printCounts(`${descriptor.name} (${subgraphDatabase(descriptor)})`, await subgraph.sync(database.dataSource));
      applied.push(descriptor.name);
    } finally {
      await database.dataSource.destroy();
    }
  }
}

const applied: string[] = [];
let current: string | null = null;

main().catch((error: unknown) => {
  if (error instanceof DataProblems) {
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(`data:load: nothing changed: ${error.problems.length} problem(s) in the data files\n`);
  } else {
    const done = applied.length > 0 ? `applied to ${applied.join(", ")}; ` : "";
    process.stderr.write(`data:load: ${done}${current ?? "nothing"} unchanged: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exitCode = 1;
});
