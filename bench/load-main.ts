import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { scriptArgs } from "../lib/config/argv";
import { loadRunBounds } from "../lib/config/env";
import { projectRoot } from "../lib/config/project";
import { loadExample } from "./example-load";
import { startGraphProcess } from "./graph-process";

const USAGE = `Usage: npm run load

A bounded load run of the dashboard queries against the graph as \`npm start\` runs it (four
processes, loopback only). Each response is checked against the expected answer; any error, non-2xx
or wrong body fails the run. Prints a table and writes bench/results/load.json.
Environment: LOAD_SECONDS (5) per query, LOAD_CONNECTIONS (20). No options but --help, -h.`;

const SCENARIOS = ["cross-footprint-overview", "regional-adoption-agency", "indicator-comparison", "search-actions", "what-both-councils-do-on"];

interface Row {
  scenario: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
  mismatches: number;
}

async function main(): Promise<void> {
  scriptArgs(USAGE, { options: {} });
  const { seconds, connections } = loadRunBounds();
  const { url, stop } = await startGraphProcess("load");
  const rows: Row[] = [];
  try {
    for (const scenario of SCENARIOS) {
      const result = await loadExample(url, scenario, { seconds, connections });
      rows.push({ scenario, requestsPerSecond: result.requestsPerSecond, p50Ms: result.p50, p99Ms: result.p99, requests: result.requests, errors: result.errors, non2xx: result.non2xx, mismatches: result.wrong });
    }
  } finally {
    await stop();
  }
  process.stdout.write(`\nload: ${seconds} s per scenario, ${connections} connections, loopback, ${new Date().toISOString()}\n`);
  process.stdout.write(`${"scenario".padEnd(28)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"requests".padStart(9)} errors non2xx wrong\n`);
  for (const row of rows) {
    process.stdout.write(
      `${row.scenario.padEnd(28)} ${String(row.requestsPerSecond).padStart(7)} ${String(row.p50Ms).padStart(7)} ${String(row.p99Ms).padStart(7)} ${String(row.requests).padStart(9)} ${String(row.errors).padStart(6)} ${String(row.non2xx).padStart(6)} ${String(row.mismatches).padStart(5)}\n`,
    );
  }
  mkdirSync(join(projectRoot, "bench", "results"), { recursive: true });
  writeFileSync(join(projectRoot, "bench", "results", "load.json"), JSON.stringify({ seconds, connections, at: new Date().toISOString(), rows }, null, 2));
  if (rows.some((row) => row.errors + row.non2xx + row.mismatches > 0)) {
    process.stderr.write("load: some requests failed or answered wrongly\n");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
