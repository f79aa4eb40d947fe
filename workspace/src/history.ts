import { request } from "../../web/shared/client";
import { WorkspaceCouncilAuditDocument, WorkspacePartnershipAuditDocument, type WorkspacePartnershipAuditQuery, type WorkspaceUpdateFragment } from "../../generated/graphql";
import { actorWords, loadAction } from "./action-detail";
import { readPartnerships } from "./partnerships";
import type { Screen } from "./context";
import { evidenceLink } from "./evidence";
import { canRecord, isAdmin, scopeOfId, type Scope } from "./roles";
import { el, heading, link, para, ragTag, replace, statusTag, summaryList, type Child } from "./ui";
import { dateTimeWords, dateWords, ragWords, stateWords, statusWords } from "./words";

/** One step on the timeline: what happened, by whom, when, and what it said. */
interface Step {
  at: string;
  /** Order of steps at the same moment (a draft submitted at once): drafted, submitted, decided. */
  rank: number;
  label: string;
  by: string;
  description: Child[];
}

/** The sign-off steps of one update: drafted, submitted, then approved or returned. */
function stepsOf(update: WorkspaceUpdateFragment): Step[] {
  const what = `${statusWords(update.status)}, ${ragWords(update.rag).toLowerCase()}, forecast ${statusWords(update.forecastStatus).toLowerCase()}`;
  const steps: Step[] = [
    {
      at: update.recordedAt,
      rank: 0,
      label: "Update drafted",
      by: actorWords(update.recordedBy),
      description: [
        el("p", { class: "govuk-body" }, what),
        el("p", { class: "govuk-body" }, update.note),
        update.evidenceUrl ? el("p", { class: "govuk-body" }, "Evidence: ", evidenceLink(update.evidenceUrl)) : null,
        update.explanation ? el("p", { class: "govuk-body" }, `Explanation of the rating: ${update.explanation}`) : null,
      ],
    },
  ];
  if (update.submittedAt) steps.push({ at: update.submittedAt, rank: 1, label: "Submitted for approval", by: actorWords(update.recordedBy), description: [] });
  if (update.state === "APPROVED" && update.decidedAt) steps.push({ at: update.decidedAt, rank: 2, label: "Approved", by: actorWords(update.decidedBy), description: [el("p", { class: "govuk-body" }, `The action became: ${what}.`)] });
  if (update.state === "RETURNED" && update.decidedAt)
    steps.push({ at: update.decidedAt, rank: 2, label: "Returned", by: actorWords(update.decidedBy), description: [el("p", { class: "govuk-body" }, `Reason: ${update.returnReason ?? "none given"}`)] });
  return steps;
}

/**
 * The history of one action: every update with who wrote and decided it and when, as the MOJ
 * timeline (newest first), and for administrators the audit entries of the record.
 */
export async function showHistory(context: Screen, actionId: string): Promise<void> {
  const { container } = context;
  const detail = await loadAction(actionId, context.onErrors);
  if (!detail) {
    replace(container, heading("History"), para("There is no such action. ", link("#/", "Back to my work")));
    return;
  }
  const scope = scopeOfId(actionId);
  const steps = detail.updates.flatMap(stepsOf);
  if (detail.withdrawn) steps.push({ at: detail.withdrawn.at, rank: 3, label: "Joint action withdrawn", by: detail.withdrawn.by, description: [el("p", { class: "govuk-body" }, `Reason: ${detail.withdrawn.reason}`)] });
  steps.sort((a, b) => b.at.localeCompare(a.at) || b.rank - a.rank);
  const audit = scope && isAdmin(context.person) ? await auditSection(context, scope, actionId) : null;
  replace(
    container,
    el("a", { href: "#/", class: "govuk-back-link" }, "Back to my work"),
    heading("History", detail.title),
    summaryList([
      [detail.kind === "joint" ? "Initiative" : "Plan", detail.belongsTo],
      ["Owner", detail.owner],
      ["Status now", statusTag(detail.status)],
      ["Forecast", statusWords(detail.forecastStatus)],
      ["RAG", ragTag(detail.rag)],
      ...(detail.kind === "joint" ? ([["Due", dateWords(detail.dueDate)]] as Array<[string, string]>) : []),
    ]),
    scope && canRecord(context.person, scope) && !detail.withdrawn ? para(link(`#/record/${encodeURIComponent(actionId)}`, "Record progress on this action")) : null,
    el("h2", { class: "govuk-heading-m" }, "Updates and sign-off"),
    steps.length === 0
      ? para("No progress has been recorded on this action yet.")
      : el(
          "div",
          { class: "moj-timeline", id: "timeline" },
          steps.map((step) =>
            el(
              "div",
              { class: "moj-timeline__item" },
              el("div", { class: "moj-timeline__header" }, el("h3", { class: "moj-timeline__title" }, step.label), " ", el("p", { class: "moj-timeline__byline" }, `by ${step.by}`)),
              el("p", { class: "moj-timeline__date" }, el("time", { datetime: step.at }, dateTimeWords(step.at))),
              el("div", { class: "moj-timeline__description" }, ...step.description),
            ),
          ),
        ),
    el("p", { class: "govuk-body-s" }, `${detail.updates.length} ${detail.updates.length === 1 ? "update" : "updates"} (${detail.updates.map((update) => stateWords(update.state).toLowerCase()).join(", ") || "none"}).`),
    audit,
  );
}

type JointAuditEntries = NonNullable<WorkspacePartnershipAuditQuery["partnership"]>["auditLog"]["nodes"];

/** A joint action's audit entries, read through a partnership (none without one). */
async function jointAudit(context: Screen, entity: string): Promise<JointAuditEntries | undefined> {
  const { readThrough } = await readPartnerships(context.onErrors);
  if (!readThrough) return [];
  return (await request(WorkspacePartnershipAuditDocument, { partnership: readThrough, entity }, context.onErrors)).partnership?.auditLog.nodes;
}

/** For administrators: every audit entry of the record, newest first, with what it was before and after. */
async function auditSection(context: Screen, scope: Scope, entity: string): Promise<HTMLElement> {
  const entries = scope.kind === "joint" ? await jointAudit(context, entity) : (await request(WorkspaceCouncilAuditDocument, { council: scope.council, entity }, context.onErrors)).council?.auditLog.nodes;
  return el(
    "section",
    { id: "audit", "aria-labelledby": "audit-heading" },
    el("h2", { class: "govuk-heading-m", id: "audit-heading" }, "Audit entries"),
    !entries || entries.length === 0
      ? para("The audit log has no entry for this record.")
      : entries.map((entry) =>
          el(
            "details",
            { class: "govuk-details" },
            el("summary", { class: "govuk-details__summary" }, el("span", { class: "govuk-details__summary-text" }, `${entry.operation} by ${actorWords(entry.actor)}, ${dateTimeWords(entry.at)}`)),
            el(
              "div",
              { class: "govuk-details__text" },
              el("h3", { class: "govuk-heading-s" }, "Before"),
              el("pre", { class: "govuk-body-s workspace-wrap workspace-json" }, entry.before ?? "(created)"),
              el("h3", { class: "govuk-heading-s" }, "After"),
              el("pre", { class: "govuk-body-s workspace-wrap workspace-json" }, entry.after ?? "(none)"),
            ),
          ),
        ),
  );
}
