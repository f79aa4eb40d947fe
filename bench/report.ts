import type { BenchReport, BenchRow, Mode, Target } from "./run";

const find = (rows: BenchRow[], scenario: string, mode: Mode, target: Target): BenchRow | undefined =>
  rows.find((row) => row.scenario === scenario && row.mode === mode && row.target === target);

const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? "" : `${(a / b).toFixed(2)}x`);

/**
 * A Markdown table: one line per scenario and mode, each target's rate and latencies, then the
 * ratios the issue asks for (throughput ours / peer, p50 ours / direct).
 */
export function markdownTable(report: BenchReport, label: string): string {
  const targets = [...new Set(report.rows.map((row) => row.target))];
  const header = [
    "query",
    "mode",
    ...targets.map((target) => `${target} req/s (p50/p99 ms)`),
    ...targets.filter((target) => target !== "direct").map((target) => `${target} cpu s / peak MiB`),
    "ours/hive",
    "ours/hive-rust",
    "p50 ours/direct",
    "ours/unshared",
    "cached/ours",
    "wrong",
  ];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  const keys = [...new Set(report.rows.map((row) => `${row.scenario}\u0000${row.mode}`))];
  for (const key of keys) {
    const [scenario, mode] = key.split("\u0000") as [string, Mode];
    const of = (target: Target) => find(report.rows, scenario, mode, target);
    const cells = [
      scenario,
      mode,
      ...targets.map((target) => {
        const row = of(target);
        return row ? `${row.requestsPerSecond.toFixed(0)} (${row.p50}/${row.p99})` : "";
      }),
      ...targets.filter((target) => target !== "direct").map((target) => {
        const row = of(target);
        return row ? `${row.cpuSeconds.toFixed(1)} / ${row.peakMemoryMiB.toFixed(0)}` : "";
      }),
      ratio(of("ours")?.requestsPerSecond, of("hive")?.requestsPerSecond),
      ratio(of("ours")?.requestsPerSecond, of("hive-rust")?.requestsPerSecond),
      of("direct") ? ratio(of("ours")?.p50, of("direct")?.p50) : "",
      ratio(of("ours")?.requestsPerSecond, of("ours-unshared")?.requestsPerSecond),
      ratio(of("ours-cached")?.requestsPerSecond, of("ours")?.requestsPerSecond),
      String(report.rows.filter((row) => row.scenario === scenario && row.mode === mode).reduce((sum, row) => sum + row.wrong + row.errors + row.non2xx, 0)),
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  const { machine, options } = report;
  return [
    `### ${label}: ${report.startedAt}`,
    `${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; ${options.seconds ?? 0} s per run, ${options.connections} connections, loopback, everything on one machine.`,
    "",
    ...lines,
  ].join("\n");
}
