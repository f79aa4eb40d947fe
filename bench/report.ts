import type { BenchReport, BenchRow, Mode, Target } from "./run";

const find = (rows: BenchRow[], scenario: string, mode: Mode, target: Target): BenchRow | undefined => rows.find((row) => row.scenario === scenario && row.mode === mode && row.target === target);

const ratio = (a: number | undefined, b: number | undefined): string => (a === undefined || b === undefined || b === 0 ? "" : `${(a / b).toFixed(2)}x`);

const table = (header: string[], rows: string[][]): string[] => [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((cells) => `| ${cells.join(" | ")} |`)];

/**
 * Two Markdown tables: every run (target by target), then the ratios the issue asks for: throughput
 * ours / each peer and ours / the subgraph directly, p50 ours / direct, what in-flight sharing and
 * the response cache each pay.
 */
export function markdownTable(report: BenchReport, label: string): string {
  const runs = table(
    ["query", "mode", "target", "req/s", "p50 ms", "p99 ms", "serving process cpu s", "subgraphs cpu s", "peak MiB", "wrong / errors"],
    report.rows.map((row) => [
      row.scenario,
      row.mode,
      row.target,
      row.requestsPerSecond.toFixed(0),
      String(row.p50),
      String(row.p99),
      row.cpuSeconds.toFixed(1),
      row.subgraphCpuSeconds.toFixed(1),
      row.peakMemoryMiB.toFixed(0),
      `${row.wrong} / ${row.errors + row.non2xx}`,
    ]),
  );
  const keys = [...new Set(report.rows.map((row) => `${row.scenario}\u0000${row.mode}`))];
  const ratios = table(
    ["query", "mode", "ours / hive", "ours / hive-rust", "ours / direct", "p50 ours / direct", "ours / replay", "p50 ours / replay", "ours / ours-unshared", "ours-cached / ours"],
    keys.map((key) => {
      const [scenario, mode] = key.split("\u0000") as [string, Mode];
      const of = (target: Target) => find(report.rows, scenario, mode, target);
      return [
        scenario,
        mode,
        ratio(of("ours")?.requestsPerSecond, of("hive")?.requestsPerSecond),
        ratio(of("ours")?.requestsPerSecond, of("hive-rust")?.requestsPerSecond),
        ratio(of("ours")?.requestsPerSecond, of("direct")?.requestsPerSecond),
        ratio(of("ours")?.p50, of("direct")?.p50),
        ratio(of("ours")?.requestsPerSecond, of("replay")?.requestsPerSecond),
        ratio(of("ours")?.p50, of("replay")?.p50),
        ratio(of("ours")?.requestsPerSecond, of("ours-unshared")?.requestsPerSecond),
        ratio(of("ours-cached")?.requestsPerSecond, of("ours")?.requestsPerSecond),
      ];
    }),
  );
  const { machine, options } = report;
  return [
    `### ${label} data: ${report.startedAt}`,
    `${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}; ${options.seconds ?? 0} s per run after a warm-up, ${options.connections} connections, loopback, load generator and every service on the same machine.`,
    "",
    ...runs,
    "",
    ...ratios,
  ].join("\n");
}
