import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scriptArgs } from "../lib/config/argv";
import { benchChoice, benchSettings } from "../lib/config/env";
import { projectRoot } from "../lib/config/project";
import "reflect-metadata";
import { costTable, measureRequestCosts } from "./counts";
import { markdownTable } from "./report";
import { MODES, runBench, TARGETS, type Mode, type Target } from "./run";
import { SCENARIOS } from "./scenarios";

const USAGE = `Usage: npm run bench

The dashboard queries through our gateway, Hive Gateway, Hive Gateway with its Rust query planner,
and (where one subgraph can answer) that subgraph directly, in one run, on the same running
subgraphs. Every answer is checked. Prints a Markdown table and writes bench/results/bench-<label>.json.
Settings (environment):
  BENCH_SECONDS (5) per run, BENCH_CONNECTIONS (20), BENCH_TARGETS (all: ${TARGETS.join(",")}),
  BENCH_SCENARIOS (all), BENCH_MODES (${MODES.join(",")}), BENCH_DATA_ROOT (a data root, e.g. synthetic
  data from \`npm run data:synthetic\`; the repository's data by default), BENCH_LABEL ("real"),
  BENCH_UNIQUE_SETS (200 variable sets per query in the unique mode; each answer is held in memory),
  BENCH_WARMUP_SECONDS (1).
No options but --help, -h.`;

async function main(): Promise<void> {
  scriptArgs(USAGE, { options: {} });
  // Every setting is read (and a bad one refused) before anything runs.
  const settings = benchSettings();
  const targets = benchChoice<Target>("BENCH_TARGETS", TARGETS);
  const scenarios = benchChoice(
    "BENCH_SCENARIOS",
    SCENARIOS.map((scenario) => scenario.name),
  );
  const modes = benchChoice<Mode>("BENCH_MODES", MODES);
  const label = settings.label;
  const dataRoot = settings.dataRoot;
  const costs = await measureRequestCosts(dataRoot);
  process.stdout.write(`Per request, with a page of 1 and of 100 (${label} data):\n${costTable(costs)}\n\n`);
  const report = await runBench({
    seconds: settings.seconds,
    connections: settings.connections,
    targets,
    scenarios,
    modes,
    dataRoot,
    dataLabel: label,
    uniqueSetSize: settings.uniqueSetSize,
    warmupSeconds: settings.warmupSeconds,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  const dir = join(projectRoot, "bench", "results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${label}.json`);
  writeFileSync(file, `${JSON.stringify({ ...report, requestCosts: costs }, null, 2)}\n`);
  process.stdout.write(`\n${markdownTable(report, label)}\n\n${costTable(costs)}\n\nwrote ${file}\n`);
  const failures = report.rows.filter((row) => row.wrong + row.errors + row.non2xx > 0);
  if (failures.length > 0) {
    for (const row of failures) process.stderr.write(`${row.scenario} ${row.mode} ${row.target}: ${row.wrong} wrong, ${row.errors} errors, ${row.non2xx} non-2xx; first wrong: ${row.firstWrong ?? ""}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
