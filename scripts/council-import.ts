import { dirname, join, resolve } from "node:path";
import { scriptArgs } from "../lib/config/argv";
import { projectRoot } from "../lib/config/project";
import { importCouncil } from "../lib/onboarding/import-council";
import { formatSheetProblem } from "../lib/onboarding/sheet-problems";

const HELP = `Usage: npm run council:import -- <id> <file.xlsx> [--root DIR] [--documents DIR]

Reads a council workbook (start from \`npm run council:template -- <file.xlsx>\`) and writes the
council's data files into a folder laid out like the project, ready for \`npm run council:add\`:
  DIR/subgraphs/<id>/council.json, DIR/subgraphs/<id>/data/... (plans, boards, figures, vocabulary)
  DIR/sources/<document files>, DIR/sources/documents.add.json
then checks them as \`npm run data:check\` does. Every problem names its sheet, row and column.

  <id>             the council's id: lower case, digits and hyphens (its folder, e.g. northmere)
  <file.xlsx>      the filled-in workbook
  --root DIR       the output folder (default: var/import/<id>)
  --documents DIR  where the documents' text files are (default: the workbook's folder)
  --help           this text

Exit status: 0 when the files were written and pass the check, 1 otherwise.
`;

async function main(): Promise<number> {
  const { values, positionals } = scriptArgs(HELP, {
    allowPositionals: true,
    options: { root: { type: "string" }, documents: { type: "string" } },
  });
  const [id, workbook] = positionals;
  if (!id || !workbook || positionals.length > 2 || !/^[a-z0-9][a-z0-9-]*$/.test(id)) {
    process.stderr.write(`council:import: give the council's id (lower case, digits, hyphens) and the workbook\n\n${HELP}`);
    return 1;
  }
  const folder = resolve(values.root ?? join(projectRoot, "var", "import", id));
  const result = await importCouncil({ projectRoot, id, workbook: resolve(workbook), folder, documentsDir: resolve(values.documents ?? dirname(resolve(workbook))) });
  for (const problem of result.problems) process.stderr.write(`${formatSheetProblem(problem)}\n`);
  if (result.written.length > 0) process.stdout.write(`council:import: wrote ${result.written.length} files into ${folder}\n`);
  if (result.problems.length > 0) {
    process.stderr.write(`council:import: ${result.problems.length} problem(s)${result.written.length === 0 ? "; nothing was written" : ""}\n`);
    return 1;
  }
  process.stdout.write(`council:import: ${id}: ${result.files.plans.length} plan(s), the data check passes. Next: npm run council:add -- ${folder}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`council:import: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
