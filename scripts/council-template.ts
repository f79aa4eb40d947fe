import { resolve } from "node:path";
import { scriptArgs } from "../lib/config/argv";
import { projectRoot } from "../lib/config/project";
import { writeTemplate } from "../lib/onboarding/template";

const HELP = `Usage: npm run council:template -- <file.xlsx>

Writes the empty council workbook: one sheet per kind of record (Council, Documents, Plans, Headings,
Actions, Statements, Measure groups, Measures, Indicators, Figures, Comparators, Boards, Themes), each
with its header row, a note row saying what each column takes, and drop-down lists where a column
takes a fixed set of values (the Lists sheet). Fill it in, then \`npm run council:import\`.
`;

async function main(): Promise<number> {
  const { positionals } = scriptArgs(HELP, { allowPositionals: true, options: {} });
  if (positionals.length !== 1 || !positionals[0].endsWith(".xlsx")) {
    process.stderr.write(`council:template: give the file to write (ending .xlsx)\n\n${HELP}`);
    return 1;
  }
  const file = resolve(positionals[0]);
  await writeTemplate(projectRoot, file);
  process.stdout.write(`council:template: wrote ${file}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`council:template: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
