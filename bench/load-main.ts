import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "../lib/config/project";
import { startGraphProcess } from "./graph-process";

/**
 * `npm run load`: a bounded load run of the dashboard queries against the graph as `npm start` runs
 * it (four processes, loopback only). Each response is checked against the expected answer; any
 * error, non-2xx or wrong body fails the run. LOAD_SECONDS (default 5) and LOAD_CONNECTIONS
 * (default 20) bound it. Prints a table and writes bench/results/load.json.
 */
const SCENARIOS = ["cross-footprint-overview", "regional-adoption-agency", "indicator-comparison", "search-actions", "what-both-councils-do-on"];
const seconds = Number(process.env.LOAD_SECONDS ?? 5);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 20);

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
  const { url, stop } = await startGraphProcess("load");
  const rows: Row[] = [];
  try {
    for (const scenario of SCENARIOS) {
      const body = JSON.stringify({ query: readFileSync(join(projectRoot, "examples", `${scenario}.graphql`), "utf8") });
      const expected = await (await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
      if (expected.includes('"errors"')) throw new Error(`${scenario} answers with errors: ${expected.slice(0, 300)}`);
      let mismatches = 0;
      const result = await autocannon({
        url,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        connections,
        duration: seconds,
        setupClient: (client) => client.on("body", (received: Buffer) => {
          if (received.toString() !== expected) mismatches += 1;
        }),
      });
      rows.push({
        scenario,
        requestsPerSecond: Math.round(result.requests.average),
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        requests: result.requests.total,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        mismatches,
      });
    }
  } finally {
    await stop();
  }
  process.stdout.write(`\nload: ${seconds} s per scenario, ${connections} connections, loopback, ${new Date().toISOString()}\n`);
  process.stdout.write(`${"scenario".padEnd(28)} ${"req/s".padStart(7)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"requests".padStart(9)} errors non2xx wrong\n`);
  for (const row of rows) {
    process.stdout.write(`${row.scenario.padEnd(28)} ${String(row.requestsPerSecond).padStart(7)} ${String(row.p50Ms).padStart(7)} ${String(row.p99Ms).padStart(7)} ${String(row.requests).padStart(9)} ${String(row.errors).padStart(6)} ${String(row.non2xx).padStart(6)} ${String(row.mismatches).padStart(5)}\n`);
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
