import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import { DashboardBenchmarkDocument, type DashboardBenchmarkQuery } from "../../generated/graphql";
import { request, type OnErrors } from "../../web/shared/client";
import { el, replace } from "../../web/shared/dom";
import { para, table } from "./govuk";

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

type Comparison = NonNullable<DashboardBenchmarkQuery["indicatorComparison"]>;
type Side = Comparison["councils"][number];
type Point = Side["series"][number];

/** Line colours (3:1 on white at least) and dashes, so lines differ by more than colour. */
const STYLES = [
  { borderColor: "#005ea5", borderDash: [] as number[] },
  { borderColor: "#b10e1e", borderDash: [] as number[] },
  { borderColor: "#00703c", borderDash: [6, 3] },
  { borderColor: "#505a5f", borderDash: [2, 2] },
  { borderColor: "#6f2c91", borderDash: [8, 4] },
  { borderColor: "#8a5a00", borderDash: [8, 4] },
];

let chart: Chart<"line"> | null = null;

const label = (period: string): string => (period.length === 6 ? `${period.slice(0, 4)}-${period.slice(4)}` : period);
const number = (value: number | null | undefined): string => (value === null || value === undefined ? "no value" : value.toLocaleString("en-GB", { maximumFractionDigits: 1 }));

function datasets(comparison: Comparison, periods: string[]): Array<{ label: string; data: Array<number | null> }> {
  const at = (side: Side, period: string): Point | undefined => side.series.find((point) => point.timePeriod === period);
  const lines: Array<{ label: string; data: Array<number | null> }> = [];
  for (const side of comparison.councils) lines.push({ label: side.council.name, data: periods.map((period) => at(side, period)?.council?.value ?? null) });
  const first = comparison.councils[0];
  if (first) {
    if (first.region) lines.push({ label: first.region.name, data: periods.map((period) => at(first, period)?.region?.value ?? null) });
    lines.push({ label: "England", data: periods.map((period) => at(first, period)?.england?.value ?? null) });
  }
  if (comparison.neighbourSet) {
    for (const side of comparison.councils) lines.push({ label: `${side.council.name}: neighbours' mean`, data: periods.map((period) => at(side, period)?.neighbourMean ?? null) });
  }
  return lines;
}

function bandsTable(comparison: Comparison): HTMLElement {
  return table(
    "Quartile band among all local authorities (A best, D worst, by the indicator's polarity)",
    [{ heading: "Council" }, { heading: "Band" }, { heading: "Period" }, { heading: "Authorities ranked", numeric: true }],
    comparison.councils.map((side) => [
      { content: side.council.name, header: true },
      { content: side.quartile ?? side.quartileReason ?? "none" },
      { content: side.quartilePeriod ? label(side.quartilePeriod) : "" },
      { content: String(side.localAuthoritiesRanked), numeric: true },
    ]),
  );
}

function seriesTable(periods: string[], lines: Array<{ label: string; data: Array<number | null> }>): HTMLElement {
  return table(
    "Benchmark values by period (the chart's text alternative)",
    [{ heading: "Series" }, ...periods.map((period) => ({ heading: label(period), numeric: true }))],
    lines.map((line) => [{ content: line.label, header: true }, ...line.data.map((value) => ({ content: number(value), numeric: true }))]),
  );
}

/** The benchmark of one indicator: a line chart, the bands, the values, and the CSV download. */
export async function showBenchmark(code: string, container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { indicatorComparison: comparison } = await request(DashboardBenchmarkDocument, { code }, onErrors);
  if (!comparison) return replace(container, para("This indicator cannot be benchmarked."));
  const periods = [...new Set(comparison.councils.flatMap((side) => side.series.map((point) => point.timePeriod)))].sort();
  const download = para(el("a", { class: "govuk-link", href: comparison.csvPath, download: `${code}-comparison.csv`, id: "benchmark-download" }, "Download this comparison as CSV"));
  const set = comparison.neighbourSet
    ? para(`Statistical neighbours: ${comparison.neighbourSet.name} (${comparison.neighbourSet.release})${comparison.neighbourSet.synthetic ? ", a SYNTHETIC set for testing" : ""}.`)
    : para("No statistical neighbour set is loaded, so there is no neighbours' mean.");
  chart?.destroy();
  chart = null;
  if (periods.length === 0) {
    return replace(container, el("h3", { class: "govuk-heading-m" }, "Benchmark"), para("No published statistics are loaded for this indicator (statistics files in sources/ bring them)."), bandsTable(comparison), download);
  }
  const lines = datasets(comparison, periods);
  const canvas = el("canvas", { id: "benchmark-chart", role: "img", "aria-label": `Line chart of the benchmark over ${periods.length} periods: the table below gives every value.` });
  replace(container, el("h3", { class: "govuk-heading-m" }, "Benchmark"), set, el("div", { class: "app-chart" }, canvas), bandsTable(comparison), seriesTable(periods, lines), download);
  chart = new Chart(canvas, {
    type: "line",
    data: { labels: periods.map(label), datasets: lines.map((line, index) => ({ ...line, ...STYLES[index % STYLES.length], backgroundColor: STYLES[index % STYLES.length].borderColor, spanGaps: false })) },
    options: { responsive: true, maintainAspectRatio: false, animation: false },
  });
}
