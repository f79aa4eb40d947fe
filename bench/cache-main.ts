import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "../lib/config/project";
import { startGraphProcess } from "./graph-process";

/**
 * `npm run bench:cache`: the dashboard's cross-footprint overview against the graph as `npm start`
 * runs it, with the response cache off and then on, in one run; every answer checked against the
 * expected one. A bounded measurement, not a test: BENCH_SECONDS (default 5) and BENCH_CONNECTIONS
 * (default 20). Prints req/s and latency for each, and the ratio.
 */
const SCENARIO = "cross-footprint-overview";
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

interface Measured {
  mode: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
  hits: string;
}

async function measure(mode: "off" | "on"): Promise<Measured> {
  const graph = await startGraphProcess("cache-bench", { RESPONSE_CACHE: mode });
  try {
    const body = JSON.stringify({ query: readFileSync(join(projectRoot, "examples", `${SCENARIO}.graphql`), "utf8") });
    const expected = await (await fetch(graph.url, { method: "POST", headers: { "content-type": "application/json" }, body })).text();
    if (expected.includes('"errors"')) throw new Error(`${SCENARIO} answers with errors: ${expected.slice(0, 300)}`);
    let wrong = 0;
    const result = await autocannon({
      url: graph.url,
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      connections,
      duration: seconds,
      setupClient: (client) => client.on("body", (received: Buffer) => {
        if (received.toString() !== expected) wrong += 1;
      }),
    });
    const metrics = await (await fetch(graph.url.replace(/\/graphql$/, "/metrics"))).text();
    const hits = /response_cache_requests_total\{result="hit"\} (\d+)/.exec(metrics)?.[1] ?? "-";
    return {
      mode,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      requests: result.requests.total,
      failures: result.errors + result.timeouts + result.non2xx + wrong,
      hits,
    };
  } finally {
    await graph.stop();
  }
}

async function main(): Promise<void> {
  const rows = [await measure("off"), await measure("on")];
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
