import type { BoardReport, ReportAction, ReportIndicator, ReportUpdate, Trend } from "./board-report";

export const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
export const words = (code: string | null): string => (code === null ? "not given" : code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, " "));
export const day = (iso: string): string => new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const STATUS_COLOURS: Record<string, string> = {
  NOT_REPORTED: "#6b6b6b",
  NOT_STARTED: "#8a5a00",
  ON_TRACK: "#00703c",
  AT_RISK: "#b35900",
  OFF_TRACK: "#b10e1e",
  COMPLETE: "#1d4f91",
};
const RAG_CLASS: Record<string, string> = { RED: "rag-red", AMBER: "rag-amber", GREEN: "rag-green", BLUE: "rag-blue" };
const TREND_WORDS: Record<Trend, string> = {
  IMPROVING: "improving",
  WORSENING: "worsening",
  NO_CHANGE: "no change",
  CHANGED: "changed (no better or worse direction)",
  NOT_ENOUGH_DATA: "not enough values for a trend",
};

/** The status counts as a bar chart (SVG, drawn in the page: no script), with its numbers as text. */
function statusChart(report: BoardReport): string {
  const rows = report.statusCounts;
  if (rows.length === 0) return "<p>No actions.</p>";
  const max = Math.max(...rows.map((row) => row.count));
  const height = rows.length * 28 + 10;
  const bars = rows
    .map((row, index) => {
      const width = Math.max(2, Math.round((row.count / max) * 360));
      const y = index * 28 + 5;
      return `<text x="0" y="${y + 16}" font-size="13">${escape(words(row.status))}</text><rect x="140" y="${y}" width="${width}" height="20" fill="${STATUS_COLOURS[row.status] ?? "#444"}"/><text x="${148 + width}" y="${y + 16}" font-size="13">${row.count}</text>`;
    })
    .join("");
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return `<figure><svg role="img" aria-labelledby="chart-title" width="560" height="${height}" viewBox="0 0 560 ${height}" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Actions by status at the end of the period</title>${bars}</svg>
<figcaption>Actions by status at the end of the period (${total} in all): ${rows.map((row) => `${escape(words(row.status))} ${row.count}`).join(", ")}.</figcaption></figure>`;
}

export function rag(value: string | null): string {
  return value === null ? `<span class="rag">no RAG</span>` : `<span class="rag ${RAG_CLASS[value] ?? ""}">${escape(words(value))}</span>`;
}

/** The update's evidence link, under its note; only http(s) addresses become links (the graph takes no others). */
export function evidenceLine(url: string | null | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return "";
  return `<p class="evidence">Evidence: <a href="${escape(url)}" rel="noopener noreferrer">${escape(url)}</a></p>`;
}

export function updateItem(update: ReportUpdate, latest: boolean): string {
  const red = update.rag === "RED" ? `<p class="red-comment"><strong>Why red:</strong> ${escape(update.explanation ?? "(no comment)")}</p>` : "";
  return `<li data-update-id="${escape(update.id)}"${latest ? ' class="latest"' : ""}><p class="meta">${day(update.recordedAt)}: ${escape(words(update.status))}, forecast ${escape(words(update.forecastStatus))}, ${rag(update.rag)}; by ${escape(update.recordedBy.name ?? update.recordedBy.team)}${update.decidedBy ? `, approved by ${escape(update.decidedBy.name ?? update.decidedBy.team)}` : ""}</p><p>${escape(update.note)}</p>${evidenceLine(update.evidenceUrl)}${red}</li>`;
}

function actionBlock(action: ReportAction): string {
  const commentary =
    action.updates.length === 0
      ? `<p class="none">No approved update in this period.${action.basis ? ` Status as approved on ${day(action.basis.recordedAt)}.` : ""}</p>`
      : `<ol class="updates">${action.updates.map((update, index) => updateItem(update, index === 0)).join("")}</ol>`;
  return `<section class="action" data-action-id="${escape(action.id)}"><h4>${escape(action.title)}</h4>
<p class="state">Status: <strong>${escape(words(action.status))}</strong>; forecast: <strong>${escape(words(action.forecastStatus))}</strong>; ${rag(action.rag)}${action.heading ? `; under: ${escape(action.heading)}` : ""}</p>
${commentary}</section>`;
}

function indicatorRow(indicator: ReportIndicator): string {
  const values = [...indicator.values.map((value) => ({ when: value.period, value: value.value })), ...indicator.otherValues].map((value) => `${escape(value.when)}: ${value.value}`).join("; ") || "no values";
  return `<tr><th scope="row">${escape(indicator.title)}</th><td>${values}</td><td>${escape(TREND_WORDS[indicator.trend])}</td></tr>`;
}

export const STYLE = `body{font-family:"DejaVu Sans",Arial,sans-serif;color:#0b0c0c;margin:24px;line-height:1.4;font-size:14px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin-top:28px;border-bottom:2px solid #0b0c0c}h3{font-size:16px;margin-top:20px}h4{font-size:14px;margin:0 0 4px}
.lede{margin:0;color:#333}.action{border-left:4px solid #b1b4b6;padding:4px 0 4px 10px;margin:12px 0;page-break-inside:avoid}
.evidence{overflow-wrap:anywhere}.updates{margin:4px 0;padding-left:20px}.updates li{margin-bottom:6px}.latest>p:first-child{font-weight:bold}.meta{margin:0;color:#333}.none{color:#505a5f}
.rag{padding:0 4px;border:1px solid #505a5f}.rag-red{background:#b10e1e;color:#fff}.rag-amber{background:#f47738;color:#000}.rag-green{background:#00703c;color:#fff}.rag-blue{background:#1d4f91;color:#fff}
.red-comment{background:#fbe9eb;padding:4px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #b1b4b6;padding:4px;text-align:left;vertical-align:top}
footer{margin-top:32px;color:#505a5f;font-size:12px}`;

/** The report as one self-contained HTML page (inline style, an SVG chart, no script), print-ready. */
export function reportHtml(report: BoardReport): string {
  const { subject, period } = report;
  const heading = subject.kind === "board" ? `Progress report to ${subject.title}` : `Progress report: ${subject.title}`;
  const meeting = report.meeting ? `For the meeting of ${day(report.meeting)}.` : "No meeting date is recorded for after this period.";
  const reds = report.plans.flatMap((plan) => plan.actions).filter((action) => action.rag === "RED");
  const body = report.plans
    .map(
      (plan) => `<h2>${escape(plan.title)}</h2>
${plan.actions.map(actionBlock).join("\n")}
<h3>Indicators linked to this plan</h3>
${plan.indicators.length === 0 ? "<p>The plan links no indicator.</p>" : `<table><thead><tr><th scope="col">Indicator</th><th scope="col">Latest values</th><th scope="col">Trend</th></tr></thead><tbody>${plan.indicators.map(indicatorRow).join("")}</tbody></table>`}`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(heading)}: ${escape(period.key)}</title><style>${STYLE}</style></head>
<body><header><h1>${escape(heading)}</h1>
<p class="lede">${escape(report.council.name)}${subject.detail ? ` · ${escape(subject.detail)}` : ""}</p>
<p class="lede">Period: ${escape(period.label)}, ${day(period.start)} to ${day(period.end)}. ${escape(meeting)}</p>
<p class="lede">Approved progress only. Generated ${escape(report.generatedAt.replace("T", " ").slice(0, 16))} UTC.</p></header>
<h2>Summary</h2>
${statusChart(report)}
<h3>Rated red at the end of the period</h3>
${reds.length === 0 ? "<p>None.</p>" : `<ul>${reds.map((action) => `<li>${escape(action.title)}: ${escape(action.basis?.explanation ?? "(no comment)")}</li>`).join("")}</ul>`}
${body}
<footer>Made from the children's services graph (${escape(subject.id)}), from updates approved through sign-off. Statuses are as the latest update approved and recorded by ${day(period.end)} gives them.</footer>
</body></html>
`;
}
