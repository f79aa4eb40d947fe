import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { subgraphNames } from "./councils";
import { scratchDatabases } from "./engine";

/** Runs the built `npm run report` script with these arguments: its exit status, output and errors. */
export type ReportCommand = (args: readonly string[]) => SpawnSyncReturns<string>;

/**
 * Gives `use` a way to run `npm run report` as a person would, against scratch databases of every
 * subgraph (SQLite files in `dir`, or PostgreSQL schemas), dropped afterwards whatever happens.
 */
export async function withReportCommand(dir: string, use: (report: ReportCommand) => Promise<void> | void): Promise<void> {
  const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "silent" };
    for (const name of subgraphNames()) env[`${name.toUpperCase().replace(/-/g, "_")}_DATABASE`] = scratch.of(name);
    const script = join(projectRoot, "dist", "scripts", "report.js");
    await use((args) => spawnSync(process.execPath, [script, ...args], { env, encoding: "utf8" }));
  } finally {
    await scratch.drop();
  }
}

/** The text of a PDF as pdftotext reads it, white space folded. */
export function pdfText(pdf: string): string {
  return spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
}
