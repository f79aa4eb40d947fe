import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";
import { DashboardIndicatorComparisonDocument, DashboardIndicatorsDocument, type DashboardIndicatorComparisonQuery, type IndicatorValueFieldsFragment } from "../../generated/graphql";
import { request, type OnErrors } from "../../web/shared/client";
import { el, replace, words } from "../../web/shared/dom";
import { para, picker, table, type Cell } from "./govuk";
import { showBenchmark } from "./benchmark";
import { comparisonSeries, periodLabel, periodText } from "./indicator-series";
import { sourceDisclosure } from "./source";

// Register only what a bar chart needs, so esbuild leaves the rest of chart.js out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The example docs/DASHBOARD.md uses; any catalogue code works. */
const DEFAULT_INDICATOR = "cared-for-children";
/** Colours with at least 3:1 contrast on white, told apart by the legend and the table too. */
const COLOURS = ["#005ea5", "#b10e1e", "#00703c", "#6f2c91"];

type Comparison = DashboardIndicatorComparisonQuery;
type Council = NonNullable<Comparison["councils"][number]>;

let chart: Chart<"bar"> | null = null;

function valueText(value: IndicatorValueFieldsFragment): string {
  return value.value === null ? `${words(value.status)} (no number)` : value.value.toLocaleString("en-GB");
}

function valueRows(council: Council): Cell[][] {
  const { indicator } = council;
  if (indicator.values.length === 0 && indicator.comparators.length === 0) {
    return [
      [
        { content: council.name, header: true },
        { content: indicator.noValueReason ?? "No value", colspan: 4 },
      ],
    ];
  }
  const row = (area: string, value: IndicatorValueFieldsFragment): Cell[] => [
    { content: area, header: true },
    { content: periodText(value) },
    { content: valueText(value), numeric: true },
    { content: value.text },
    { content: sourceDisclosure(value.source, `${area}, ${periodLabel(value)}`) },
  ];
  return [...indicator.values.map((value) => row(council.name, value)), ...indicator.comparators.map((value) => row(`${value.geography} (comparator given by ${council.name})`, value))];
}

function valuesTable(title: string, councils: Council[]): HTMLElement {
  return table(
    `${title}: every value, with its source (the chart's text alternative)`,
    [{ heading: "Area" }, { heading: "Period" }, { heading: "Value", numeric: true }, { heading: "As the document puts it" }, { heading: "Source" }],
    councils.flatMap(valueRows),
  );
}

function drawChart(canvas: HTMLCanvasElement, councils: Council[]): void {
  const series = comparisonSeries(councils.map((council) => ({ name: council.name, values: council.indicator.values })));
  chart?.destroy();
  chart = new Chart(canvas, {
    type: "bar",
    data: { labels: series.labels, datasets: series.datasets.map((dataset, index) => ({ ...dataset, backgroundColor: COLOURS[index % COLOURS.length] })) },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true } } },
  });
}

/** What the chart shows, in words, for screen readers (the canvas itself is an image to them). */
function chartSummary(title: string, councils: Council[]): string {
  const parts = councils.map((council) => {
    const latest = council.indicator.values.find((value) => value.value !== null);
    return latest ? `${council.name} ${valueText(latest)} (${periodLabel(latest)})` : `${council.name} has no value`;
  });
  return `Bar chart of ${title}: ${parts.join("; ")}. The table below lists every value.`;
}

async function showComparison(code: string, parts: { canvas: HTMLCanvasElement; details: HTMLElement; status: HTMLElement; benchmark: HTMLElement }, onErrors: OnErrors): Promise<void> {
  parts.status.textContent = "Loading the indicator…";
  const { indicator, councils } = await request(DashboardIndicatorComparisonDocument, { code }, onErrors);
  const present = councils.filter((council): council is Council => council !== null);
  const title = indicator?.title ?? code;
  drawChart(parts.canvas, present);
  parts.canvas.setAttribute("aria-label", chartSummary(title, present));
  replace(
    parts.details,
    para(indicator?.definition ?? "The catalogue gives no definition.", indicator?.unit ? ` Unit: ${words(indicator.unit)}.` : "", indicator?.polarity ? ` ${words(indicator.polarity)}.` : ""),
    valuesTable(title, present),
  );
  await showBenchmark(code, parts.benchmark, onErrors);
  parts.status.textContent = `Showing ${title}.`;
}

/** Panel 3: pick an indicator from the catalogue; a chart of the councils' values and a table. */
export async function showIndicators(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const { indicators } = await request(DashboardIndicatorsDocument, {}, onErrors);
  const { group, select } = picker(
    "indicator-picker",
    "Indicator",
    indicators.map((indicator) => ({ value: indicator.code, text: indicator.title, selected: indicator.code === DEFAULT_INDICATOR })),
  );
  const canvas = el("canvas", { id: "indicator-chart", role: "img", "aria-label": "Bar chart of the chosen indicator" });
  const details = el("div", { id: "indicator-details" });
  const benchmark = el("div", { id: "indicator-benchmark" });
  const status = el("p", { id: "indicator-status", class: "govuk-body", role: "status" });
  replace(container, group, status, el("div", { class: "app-chart" }, canvas), details, benchmark);
  const parts = { canvas, details, status, benchmark };
  select.addEventListener("change", () => {
    showComparison(select.value, parts, onErrors).catch((error: unknown) => (status.textContent = `Could not load the indicator: ${String(error)}`));
  });
  await showComparison(select.value, parts, onErrors);
}
