import { request } from "../../web/shared/client";
import { WorkspaceCouncilInboxDocument, WorkspaceJointInboxDocument, type WorkspaceCouncilInboxQuery, type ActionStatus, type Rag, type WorkspaceUpdateFragment } from "../../generated/graphql";
import { actorWords } from "./action-detail";
import type { Screen } from "./context";
import { evidenceLink } from "./evidence";
import { canApprove, isOwnUpdate, workScopes, type Scope } from "./roles";
import { banner, el, errorSummary, focusOn, formGroup, heading, link, para, replace, summaryCard, summaryList, textarea, type Problem } from "./ui";
import { dateTimeWords, ragWords, statusWords } from "./words";
import { approveUpdate, returnUpdate, type WriteResult } from "./writes";

/** One submitted update waiting for a decision, with the action it would change. */
interface Waiting {
  action: { id: string; title: string; status: ActionStatus; forecastStatus: ActionStatus | null; rag: Rag | null };
  update: WorkspaceUpdateFragment;
}

async function waitingIn(context: Screen, scope: Scope): Promise<Waiting[]> {
  const found: Waiting[] = [];
  if (scope.kind === "joint") {
    const data = await request(WorkspaceJointInboxDocument, {}, context.onErrors);
    for (const initiative of data.jointInitiatives.nodes) for (const action of initiative.jointActions.nodes) for (const update of action.submitted.nodes) found.push({ action, update });
    return found;
  }
  let after: string | null = null;
  for (;;) {
    const data: WorkspaceCouncilInboxQuery = await request(WorkspaceCouncilInboxDocument, { council: scope.council, filter: { updateStates: ["SUBMITTED"] }, after }, context.onErrors);
    const actions = data.council?.actions;
    if (!actions) return found;
    for (const action of actions.nodes) for (const update of action.submitted.nodes) found.push({ action, update });
    if (!actions.pageInfo.hasNextPage) return found;
    after = actions.pageInfo.endCursor;
  }
}

/**
 * The approval inbox: submitted updates waiting for this approver, oldest first, each with the
 * change it would make, who submitted it and when; approve (with a comment, needed for a red update
 * without an explanation) or return with a reason. Nobody approves their own update: those show a
 * sentence instead of buttons.
 */
export async function showInbox(context: Screen, notice: HTMLElement | null = null): Promise<void> {
  const { person, container } = context;
  const scopes = workScopes(person).filter((scope) => canApprove(person, scope));
  if (scopes.length === 0) {
    replace(container, heading("Approvals"), para("Your role does not approve updates."));
    return;
  }
  const waiting = (await Promise.all(scopes.map((scope) => waitingIn(context, scope)))).flat();
  waiting.sort((a, b) => (a.update.submittedAt ?? a.update.recordedAt).localeCompare(b.update.submittedAt ?? b.update.recordedAt));
  replace(
    container,
    notice,
    heading("Approvals"),
    para(waiting.length === 0 ? "Nothing is waiting for your approval." : `${waiting.length} ${waiting.length === 1 ? "update is" : "updates are"} waiting for approval, oldest first.`),
    waiting.map((item, index) => waitingCard(context, item, index)),
  );
  if (notice) focusOn(notice);
}

const change = (from: string, to: string): HTMLElement => el("span", { class: "workspace-change" }, from, el("span", { "aria-hidden": "true" }, " → "), el("span", { class: "govuk-visually-hidden" }, " would become "), el("strong", {}, to));

function waitingCard(context: Screen, { action, update }: Waiting, index: number): HTMLElement {
  const own = isOwnUpdate(context.person, update.recordedBy.subject);
  const body: HTMLElement[] = [
    summaryList([
      ["Status", change(statusWords(action.status), statusWords(update.status))],
      ["RAG", change(ragWords(action.rag), ragWords(update.rag))],
      ["Forecast", change(statusWords(action.forecastStatus), statusWords(update.forecastStatus))],
      ["Note", update.note],
      ["Explanation", update.explanation ?? "None given"],
      ["Evidence", evidenceLink(update.evidenceUrl) ?? "None given"],
      ["Submitted by", `${actorWords(update.recordedBy)} on ${dateTimeWords(update.submittedAt)}`],
    ]),
  ];
  body.push(own ? el("p", { class: "govuk-body own-update" }, "You submitted this update, so you cannot approve or return it: another approver must decide on it.") : decisionForms(context, action.id, update, index));
  return summaryCard(action.title, [link(`#/history/${encodeURIComponent(action.id)}`, "History")], ...body);
}

function decisionForms(context: Screen, actionId: string, update: WorkspaceUpdateFragment, index: number): HTMLElement {
  const needsComment = update.rag === "RED" && !update.explanation;
  const commentId = `comment-${index}`;
  const reasonId = `reason-${index}`;
  const holder = el("div", { class: "decision", "data-update": update.id });
  const draw = (problems: Problem[], typed: { comment: string; reason: string }): void => {
    const errorOf = (id: string): string | null => problems.find((problem) => problem.fieldId === id)?.message ?? null;
    const approveForm = el(
      "form",
      { novalidate: true, class: "approve-form" },
      formGroup(commentId, needsComment ? "Comment (required: the update is red and gives no explanation)" : "Comment (optional)", textarea("comment", typed.comment, 3), { error: errorOf(commentId) }),
      el("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button" }, "Approve"),
    );
    const returnForm = el(
      "form",
      { novalidate: true, class: "return-form" },
      formGroup(reasonId, "Reason for returning it", textarea("reason", typed.reason, 3), { error: errorOf(reasonId) }),
      el("button", { type: "submit", class: "govuk-button govuk-button--warning", "data-module": "govuk-button" }, "Return"),
    );
    const current = (): { comment: string; reason: string } => ({ comment: (approveForm.elements.namedItem("comment") as HTMLTextAreaElement).value, reason: (returnForm.elements.namedItem("reason") as HTMLTextAreaElement).value });
    const decide = async (approve: boolean): Promise<void> => {
      const typed = current();
      const text = approve ? typed.comment.trim() : typed.reason.trim();
      if (!approve && text === "") return draw([{ fieldId: reasonId, message: "Give the reason for returning it" }], typed);
      for (const button of Array.from(holder.querySelectorAll("button"))) button.disabled = true;
      let result: WriteResult;
      try {
        const input = { updateId: update.id, expectedRevision: update.revision, comment: text === "" ? null : text };
        result = await (approve ? approveUpdate : returnUpdate)(actionId, input, context.onErrors);
      } catch (error) {
        return draw([{ fieldId: null, message: `Nothing could be confirmed (${error instanceof Error ? error.message : String(error)}): press the button again; it will not be done twice.` }], typed);
      }
      if (result.errors.length > 0) {
        return draw(
          result.errors.map((error) => ({ fieldId: error.field === "comment" ? (approve ? commentId : reasonId) : null, message: error.message })),
          typed,
        );
      }
      await showInbox(context, banner(approve ? "Update approved" : "Update returned", para(approve ? "The action now shows it." : "Its author will see your reason."), true));
    };
    approveForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void decide(true);
    });
    returnForm.addEventListener("submit", (event) => {
      event.preventDefault();
      void decide(false);
    });
    const summary = problems.length > 0 ? errorSummary(problems) : null;
    replace(holder, summary, approveForm, returnForm);
    if (summary) focusOn(summary);
  };
  draw([], { comment: "", reason: "" });
  return holder;
}
