import { cpus } from "node:os";
import { scriptArgs } from "../lib/config/argv";
import { benchSettings, type LoadRunBounds } from "../lib/config/env";
import { loadExample } from "./example-load";
import { startGraphProcess } from "./graph-process";

const USAGE = `Usage: npm run bench:cache

The dashboard's cross-footprint overview against the graph as \`npm start\` runs it, with the response
cache off and then on, in one run; every answer checked against the expected one. A bounded
measurement, not a test. Prints req/s and latency for each, and the ratio.
Environment: BENCH_SECONDS (5) each, BENCH_CONNECTIONS (20). No options but --help, -h.`;

const SCENARIO = "cross-footprint-overview";

interface Measured {
  mode: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
  hits: string;
}

async function measure(mode: "off" | "on", bounds: LoadRunBounds): Promise<Measured> {
  const graph = await startGraphProcess("cache-bench", { RESPONSE_CACHE: mode });
  try {
    const result = await loadExample(graph.url, SCENARIO, bounds);
    const metrics = await (await fetch(graph.url.replace(/\/graphql$/, "/metrics"))).text();
    const hits = /response_cache_requests_total\{result="hit"\} (\d+)/.exec(metrics)?.[1] ?? "-";
    return {
      mode,
      requestsPerSecond: result.requestsPerSecond,
      p50Ms: result.p50,
      p99Ms: result.p99,
      requests: result.requests,
      failures: result.errors + result.non2xx + result.wrong,
      hits,
    };
  } finally {
    await graph.stop();
  }
}

async function main(): Promise<void> {
  scriptArgs(USAGE, { options: {} });
  const { seconds, connections } = benchSettings();
  const rows = [await measure("off", { seconds, connections }), await measure("on", { seconds, connections })];
  process.stdout.write(`\nbench:cache: ${SCENARIO}, ${seconds} s each, ${connections} connections, loopback, ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), ${new Date().toISOString()}\n`);
  process.stdout.write(`${"cache".padEnd(6)} ${"req/s".padStart(8)} ${"p50 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"requests".padStart(9)} ${"hits".padStart(9)} failures\n`);
  for (const row of rows) {
    process.stdout.write(`${row.mode.padEnd(6)} ${String(row.requestsPerSecond).padStart(8)} ${String(row.p50Ms).padStart(7)} ${String(row.p99Ms).padStart(7)} ${String(row.requests).padStart(9)} ${row.hits.padStart(9)} ${row.failures}\n`);
  }
  const [off, on] = rows;
  process.stdout.write(`speedup with the cache on: ${(on.requestsPerSecond / Math.max(off.requestsPerSecond, 1)).toFixed(1)}x req/s, p50 ${off.p50Ms} ms -> ${on.p50Ms} ms\n`);
  if (rows.some((row) => row.failures > 0)) {
    process.stderr.write("bench:cache: some requests failed or answered wrongly\n");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:cache: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
