import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";
import { DashboardBenchmarkDocument, type DashboardBenchmarkQuery } from "../../generated/graphql";
import { request, type OnErrors } from "../../web/shared/client";
import { el, replace } from "../../web/shared/dom";
import { inset, para, table } from "./govuk";

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

type Comparison = NonNullable<DashboardBenchmarkQuery["indicatorComparison"]>;
type Side = Comparison["councils"][number];
type Point = Side["series"][number];

/** Line styles by role (colours 3:1 on white at least), dashes so lines differ by more than colour. */
interface Style {
  borderColor: string;
  borderDash: number[];
}
const COUNCIL_COLOURS = ["#005ea5", "#b10e1e"];
const councilStyle = (index: number): Style => ({ borderColor: COUNCIL_COLOURS[index % COUNCIL_COLOURS.length], borderDash: [] });
const neighboursStyle = (index: number): Style => ({ borderColor: COUNCIL_COLOURS[index % COUNCIL_COLOURS.length], borderDash: [8, 4] });
const REGION_STYLE: Style = { borderColor: "#00703c", borderDash: [6, 3] };
const ENGLAND_STYLE: Style = { borderColor: "#6f2c91", borderDash: [2, 2] };
/** The predecessor's lines: grey, apart from the councils' own. */
const PREDECESSOR_STYLE: Style = { borderColor: "#505a5f", borderDash: [1, 3] };
const PREDECESSOR_NEIGHBOURS_STYLE: Style = { borderColor: "#8a5a00", borderDash: [8, 4] };

let chart: Chart<"line"> | null = null;

const label = (period: string): string => (period.length === 6 ? `${period.slice(0, 4)}-${period.slice(4)}` : period);
const number = (value: number | null | undefined): string => (value === null || value === undefined ? "no value" : value.toLocaleString("en-GB", { maximumFractionDigits: 1 }));

interface Line {
  label: string;
  data: Array<number | null>;
  style: Style;
}

function datasets(comparison: Comparison, periods: string[]): Line[] {
  const at = (series: Point[], period: string): Point | undefined => series.find((point) => point.timePeriod === period);
  const lines: Line[] = [];
  comparison.councils.forEach((side, index) => lines.push({ label: side.council.name, data: periods.map((period) => at(side.series, period)?.council?.value ?? null), style: councilStyle(index) }));
  const predecessor = comparison.councils.find((side) => side.predecessor)?.predecessor;
  if (predecessor) lines.push({ label: predecessorLabel(predecessor), data: periods.map((period) => at(predecessor.series, period)?.council?.value ?? null), style: PREDECESSOR_STYLE });
  const first = comparison.councils[0];
  if (first) {
    if (first.region) lines.push({ label: first.region.name, data: periods.map((period) => at(first.series, period)?.region?.value ?? null), style: REGION_STYLE });
    lines.push({ label: "England", data: periods.map((period) => at(first.series, period)?.england?.value ?? null), style: ENGLAND_STYLE });
  }
  if (comparison.neighbourSet) {
    comparison.councils.forEach((side, index) => lines.push({ label: `${side.council.name}: neighbours' mean`, data: periods.map((period) => at(side.series, period)?.neighbourMean ?? null), style: neighboursStyle(index) }));
  }
  if (predecessor?.neighbourSet)
    lines.push({ label: `${predecessor.name}: neighbours' mean (its ${predecessor.neighbourSet.release} set)`, data: periods.map((period) => at(predecessor.series, period)?.neighbourMean ?? null), style: PREDECESSOR_NEIGHBOURS_STYLE });
  return lines;
}

type Predecessor = NonNullable<Side["predecessor"]>;
const predecessorLabel = (predecessor: Predecessor): string => `${predecessor.name} (predecessor council, to ${label(predecessor.lastPeriod ?? "")})`;

/** Each council's latest value beside its region, England, its neighbours' mean (over how many) and its band. */
function sideBySide(comparison: Comparison): HTMLElement {
  const regionName = comparison.councils.find((side) => side.region)?.region?.name ?? "Region";
  return table(
    "Latest values side by side",
    [{ heading: "Council" }, { heading: "Period" }, { heading: "Value", numeric: true }, { heading: regionName, numeric: true }, { heading: "England", numeric: true }, { heading: "Neighbours' mean", numeric: true }, { heading: "Band" }],
    comparison.councils.map((side) => {
      const latest = [...side.series].reverse().find((point) => typeof point.council?.value === "number") ?? side.series[side.series.length - 1];
      const mean = latest && latest.neighbourMean !== null ? `${number(latest.neighbourMean)} (${latest.neighboursWithValue} of ${latest.neighbours})` : "no value";
      return [
        { content: side.council.name, header: true },
        { content: latest ? label(latest.timePeriod) : "none" },
        { content: latest?.council?.value === null || latest?.council?.value === undefined ? statusText(latest?.council?.status) : number(latest.council.value), numeric: true },
        { content: number(latest?.region?.value), numeric: true },
        { content: number(latest?.england?.value), numeric: true },
        { content: mean, numeric: true },
        { content: side.quartile ?? "none" },
      ];
    }),
  );
}

const statusText = (status: string | undefined): string => (status ? `no value (${status.toLowerCase().replace(/_/g, " ")})` : "no value");

/** What the reader must know about Cumbria before reading the series. */
function predecessorNote(comparison: Comparison): HTMLElement | null {
  const predecessor = comparison.councils.find((side) => side.predecessor)?.predecessor;
  if (!predecessor) return null;
  const from = comparison.publishedMeasure?.councilsFrom;
  return inset(
    `${predecessor.name} (${predecessor.laCode}, ${predecessor.gssCode}) ended on ${longDay(predecessor.lastDay)}. Its values up to ${label(predecessor.lastPeriod ?? "")} are shown as its own series, marked "predecessor", never as either council's. `,
    from ? `The councils' own values begin in ${label(from)}${from === "2023" ? " (school-year data switch a year before children's social care)" : ""}.` : "",
  );
}

const longDay = (iso: string): string => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Where the values come from, and the licence they are shipped under. */
function sourceLine(comparison: Comparison): HTMLElement | null {
  const measure = comparison.publishedMeasure;
  if (!measure) return null;
  const polarity = measure.polarity === "Low" ? "lower is better" : measure.polarity === "High" ? "higher is better" : "neither higher nor lower is better";
  const dataset = measure.dataset === "LAIT" ? "the Local Authority Interactive Tool (LAIT) dataset" : "Explore Education Statistics";
  return el(
    "p",
    { class: "govuk-body-s", id: "benchmark-source" },
    `Source: Department for Education, ${dataset}, measure "${measure.title}" (${measure.measure}; ${measure.unit}; ${polarity}). `,
    measure.publication ? el("a", { class: "govuk-link", href: measure.publication }, "The publication") : "",
    measure.publication ? ". " : "",
    measure.licence,
  );
}

/** The table shown, as CSV, for the second download: every row of the values table (6 significant digits: means need no more). */
function shownCsv(periods: string[], lines: Line[]): string {
  const field = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = [["series", ...periods.map(label)], ...lines.map((line) => [line.label, ...line.data.map((value) => (value === null ? "" : String(Number(value.toPrecision(6)))))])];
  return rows.map((row) => row.map(field).join(",")).join("\n") + "\n";
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

function seriesTable(periods: string[], lines: Line[]): HTMLElement {
  return table(
    "Benchmark values by period (the chart's text alternative)",
    [{ heading: "Series" }, ...periods.map((period) => ({ heading: label(period), numeric: true }))],
    lines.map((line) => [{ content: line.label, header: true }, ...line.data.map((value) => ({ content: number(value), numeric: true }))]),
  );
}

/** The adoption scorecard is not in the DfE files the graph ships: said where a reader would look for it. */
const SCORECARD = /^adoption-a\d+$/;
const SCORECARD_NOTE =
  "The adoption scorecard (A1, A2 and A10 by council) is not in the published DfE statistics the graph ships (LAIT and Explore Education Statistics have no such measure by local authority): the graph shows it only from files the Regional Adoption Agency or a council provides.";

/**
 * The benchmark of one indicator: the councils side by side (region, England, neighbours' mean,
 * band), a line chart with Cumbria as the predecessor, the values, the source and licence, and
 * two downloads (the comparison in the published files' columns, and the table as shown).
 */
export async function showBenchmark(code: string, container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { indicatorComparison: comparison } = await request(DashboardBenchmarkDocument, { code }, onErrors);
  if (!comparison) return replace(container, para("This indicator cannot be benchmarked."));
  const periods = [...new Set(comparison.councils.flatMap((side) => [...side.series, ...(side.predecessor?.series ?? [])].map((point) => point.timePeriod)))].sort();
  const download = para(
    el("a", { class: "govuk-link", href: comparison.csvPath, download: `${code}-comparison.csv`, id: "benchmark-download" }, "Download this comparison as CSV"),
    " (the published files' columns: every area and period shown, Cumbria's rows included).",
  );
  const set = comparison.neighbourSet
    ? para(`Statistical neighbours: ${comparison.neighbourSet.name} (${comparison.neighbourSet.release})${comparison.neighbourSet.synthetic ? ", a SYNTHETIC set for testing" : ""}.`)
    : para("No statistical neighbour set is loaded, so there is no neighbours' mean.");
  chart?.destroy();
  chart = null;
  if (periods.length === 0) {
    return replace(
      container,
      el("h3", { class: "govuk-heading-m" }, "Benchmark"),
      para("No published statistics are loaded for this indicator (the DfE files in sources/dfe-statistics, and statistics files listed in sources/documents.json, bring them)."),
      SCORECARD.test(code) ? el("div", { class: "govuk-inset-text", id: "benchmark-scorecard" }, SCORECARD_NOTE) : "",
      bandsTable(comparison),
      download,
    );
  }
  const lines = datasets(comparison, periods);
  const shown = el(
    "a",
    { class: "govuk-link", href: `data:text/csv;charset=utf-8,${encodeURIComponent(shownCsv(periods, lines))}`, download: `${code}-as-shown.csv`, id: "benchmark-download-shown" },
    "Download the values table as shown (CSV)",
  );
  const canvas = el("canvas", { id: "benchmark-chart", role: "img", "aria-label": `Line chart of the benchmark over ${periods.length} periods: the table below gives every value.` });
  replace(
    container,
    el("h3", { class: "govuk-heading-m" }, "Benchmark"),
    sideBySide(comparison),
    predecessorNote(comparison) ?? "",
    set,
    el("div", { class: "app-chart" }, canvas),
    bandsTable(comparison),
    seriesTable(periods, lines),
    sourceLine(comparison) ?? "",
    download,
    para(shown, "."),
  );
  chart = new Chart(canvas, {
    type: "line",
    data: {
      labels: periods.map(label),
      datasets: lines.map((line) => ({ label: line.label, data: line.data, ...line.style, backgroundColor: line.style.borderColor, spanGaps: false })),
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false },
  });
}
