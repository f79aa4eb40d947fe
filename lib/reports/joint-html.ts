import { day, escape, rag, STYLE, updateItem, words } from "./html";
import type { JointReport, ReportCouncilAction, ReportJointAction, ReportSource } from "./joint-report";

/** Said where joint actions would be, to a caller who may not read them. */
export const SIGN_IN_NEEDED = "Joint actions are for signed-in partner staff: sign in to see them, their progress and the council actions they advance.";

function source(item: ReportSource): string {
  const document = item.document;
  const title = document.url && /^https?:\/\//.test(document.url) ? `<a href="${escape(document.url)}">${escape(document.title)}</a>` : escape(document.title);
  return `${title} (${escape(document.publisher)}${document.published ? `, ${day(document.published)}` : ""}), section “${escape(item.section)}”`;
}

function sourceWithQuote(item: ReportSource): string {
  return `<li>${source(item)}: <q>${escape(item.quote)}</q></li>`;
}

function councilActionRow(action: ReportCouncilAction): string {
  if (!action.found) return `<tr data-council-action-id="${escape(action.id)}"><th scope="row">${escape(action.id)}</th><td colspan="3">Not available from its council just now.</td></tr>`;
  const { title, council, plan } = action.found;
  return `<tr data-council-action-id="${escape(action.id)}"><th scope="row">${escape(title)}<br><span class="meta">${escape(plan)}</span></th><td>${escape(council)}</td><td>${escape(words(action.status))}; forecast ${escape(words(action.forecastStatus))}; ${rag(action.rag)}</td><td>${source(action.found.source)}</td></tr>`;
}

function councilActionTable(actions: ReportCouncilAction[], empty: string): string {
  if (actions.length === 0) return `<p class="none">${escape(empty)}</p>`;
  return `<table><thead><tr><th scope="col">Council action</th><th scope="col">Council</th><th scope="col">At the period's end</th><th scope="col">Source</th></tr></thead><tbody>${actions.map(councilActionRow).join("")}</tbody></table>`;
}

function jointActionBlock(action: ReportJointAction): string {
  const commentary =
    action.updates.length === 0
      ? `<p class="none">No approved update in this period.${action.basis ? ` Status as approved on ${day(action.basis.recordedAt)}.` : ""}</p>`
      : `<ol class="updates">${action.updates.map((update, index) => updateItem(update, index === 0)).join("")}</ol>`;
  const milestones =
    action.milestones.length === 0
      ? '<p class="none">No milestones.</p>'
      : `<ul class="milestones">${action.milestones.map((milestone) => `<li>${escape(milestone.title)}${milestone.dueDate ? `, by ${day(milestone.dueDate)}` : ""}</li>`).join("")}</ul>`;
  const withdrawn = action.withdrawn ? `<p class="state"><strong>Withdrawn on ${day(action.withdrawn.on)}</strong>: ${escape(action.withdrawn.reason ?? "(no reason given)")}</p>\n` : "";
  return `<section class="action" data-joint-action-id="${escape(action.id)}"><h3>${escape(action.title)}</h3>
${withdrawn}${action.description ? `<p>${escape(action.description)}</p>` : ""}
<p class="state">Owner: <strong>${escape(action.owner)}</strong>; due: <strong>${action.dueDate ? day(action.dueDate) : "no date"}</strong></p>
<p class="state">Status: <strong>${escape(words(action.status))}</strong>; forecast: <strong>${escape(words(action.forecastStatus))}</strong>; ${rag(action.rag)}</p>
<h4>Milestones</h4>
${milestones}
<h4>Approved progress in the period</h4>
${commentary}
<h4>Council actions it advances</h4>
${councilActionTable(action.advances, "It names no council action.")}
<p class="meta">Recorded in the graph by ${escape(action.createdBy.name ?? action.createdBy.team)} on ${day(action.createdAt)}.</p></section>`;
}

function jointActionsPart(report: JointReport): string {
  if (report.jointActions === null) return `<p class="sign-in"><strong>${escape(SIGN_IN_NEEDED)}</strong></p>`;
  const later =
    report.createdLater > 0 ? `<p class="none">${report.createdLater} joint action${report.createdLater === 1 ? " was" : "s were"} created after this period and ${report.createdLater === 1 ? "is" : "are"} not in this report.</p>` : "";
  if (report.jointActions.length === 0) return `<p class="none">No joint action existed by the end of this period.</p>${later}`;
  // Those withdrawn in the period are shown, marked, but did not stand at its end.
  const standing = report.jointActions.filter((action) => action.withdrawn === null);
  const withdrawnCount = report.jointActions.length - standing.length;
  const counts = new Map<string, number>();
  for (const action of standing) counts.set(action.status, (counts.get(action.status) ?? 0) + 1);
  const withdrawnWords = withdrawnCount > 0 ? ` ${withdrawnCount} ${withdrawnCount === 1 ? "was" : "were"} withdrawn in the period.` : "";
  const summary = `<p>${standing.length} joint action${standing.length === 1 ? "" : "s"} at the period's end${standing.length > 0 ? `: ${[...counts].map(([status, count]) => `${escape(words(status))} ${count}`).join(", ")}` : ""}.${withdrawnWords}</p>`;
  const reds = standing.filter((action) => action.rag === "RED");
  const red = reds.length === 0 ? "" : `<p>Rated red at the end of the period:</p><ul>${reds.map((action) => `<li>${escape(action.title)}: ${escape(action.basis?.explanation ?? "(no comment)")}</li>`).join("")}</ul>`;
  return `${summary}${red}${later}\n${report.jointActions.map(jointActionBlock).join("\n")}`;
}

/** The joint initiative's report as one self-contained HTML page (inline style, no script), print-ready. */
export function jointReportHtml(report: JointReport): string {
  const { initiative, period } = report;
  const heading = `Progress report: ${initiative.name}`;
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(heading)}: ${escape(period.key)}</title><style>${STYLE}.sign-in{background:#fff7bf;padding:8px;border-left:4px solid #ffdd00}</style></head>
<body><header><h1>${escape(heading)}</h1>
<p class="lede">Joint work of ${escape(initiative.partners.join(" and ") || "the partner councils")}${initiative.hostedBy ? ` · hosted by ${escape(initiative.hostedBy)}` : ""}</p>
<p class="lede">Period: ${escape(period.label)}, ${day(period.start)} to ${day(period.end)}.</p>
<p class="lede">Approved progress only. Generated ${escape(report.generatedAt.replace("T", " ").slice(0, 16))} UTC.</p></header>
<h2>The initiative</h2>
<p>Status: <strong>${escape(words(initiative.status))}</strong> (${source(initiative.statusSource)}); kind: ${escape(words(initiative.kind))}.</p>
<p>${escape(initiative.summary)} <span class="meta">(This project's summary of the sources below, not a quotation.)</span></p>
<h3>Sources</h3>
<ul class="sources">${initiative.sources.map(sourceWithQuote).join("")}</ul>
<h2>Joint actions</h2>
${jointActionsPart(report)}
<h2>Council actions the initiative rests on</h2>
${councilActionTable(report.councilActions, "The initiative names no council action.")}
<footer>Made from the children's services graph (${escape(initiative.id)}), from updates approved through sign-off. Statuses are as the latest update approved and recorded by ${day(period.end)} gives them; an update belongs to the period it was recorded in.</footer>
</body></html>
`;
}
