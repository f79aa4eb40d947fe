import type { ActionStatus, Rag, UserErrorCode, WorkspaceUpdateFragment } from "../../generated/graphql";
import { actorWords, loadAction, type ActionDetail } from "./action-detail";
import type { Screen } from "./context";
import { evidenceLink } from "./evidence";
import { canRecord, isOwnUpdate, scopeOfId } from "./roles";
import { banner, button, checkedValue, el, errorSummary, focusOn, formGroup, heading, input, inset, link, para, radios, ragTag, replace, select, statusTag, summaryList, textarea, warning, type Problem } from "./ui";
import { dateTimeWords, RAGS, ragWords, RECORDABLE_STATUSES, statusWords } from "./words";
import { recordProgress, submitUpdate, type WriteResult } from "./writes";

/** What the person has typed: kept in this tab's sessionStorage until it is saved, so nothing typed is lost. */
interface Typed {
  status: string;
  forecastStatus: string;
  rag: string;
  note: string;
  explanation: string;
  reopenReason: string;
  evidenceUrl: string;
}

const EMPTY: Typed = { status: "", forecastStatus: "", rag: "", note: "", explanation: "", reopenReason: "", evidenceUrl: "" };
const FIELDS = Object.keys(EMPTY) as Array<keyof Typed>;

const storageKey = (username: string, actionId: string): string => `workspace:record:${username}:${actionId}`;

function readTyped(key: string): Typed | null {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Typed>;
    return Object.fromEntries(FIELDS.map((field) => [field, typeof parsed[field] === "string" ? parsed[field] : ""])) as unknown as Typed;
  } catch {
    return null;
  }
}

/** Problems from the graph's coded UserErrors, each on its field where the graph names one. */
function problemsOf(errors: WriteResult["errors"]): Problem[] {
  return errors.map((error) => ({ fieldId: error.field && (FIELDS as string[]).includes(error.field) ? error.field : null, message: error.message }));
}

interface View {
  detail: ActionDetail;
  typed: Typed;
  problems: Problem[];
  /** The graph's codes of the last refusal (CONFLICT offers "Reload and keep my text"). */
  codes: UserErrorCode[];
  notice: HTMLElement | null;
}

/**
 * Record progress on one action: status, forecast, RAG, note, and the explanation a RED rating
 * needs; saved as a draft or submitted for approval. The typed text survives a refusal, a stale
 * version (another update approved meanwhile), a lost connection or an ended session.
 */
export async function showRecord(context: Screen, actionId: string): Promise<void> {
  const { person, container } = context;
  const detail = await loadAction(actionId, context.onErrors);
  const scope = scopeOfId(actionId);
  if (!detail || !scope) {
    replace(container, heading("Record progress"), para("There is no such action. ", link("#/", "Back to my work")));
    return;
  }
  if (!canRecord(person, scope)) {
    replace(container, heading("Record progress", detail.title), para("Your role does not record progress on this action. ", link(`#/history/${encodeURIComponent(actionId)}`, "See its history")));
    return;
  }
  if (detail.withdrawn) {
    replace(
      container,
      heading("Record progress", detail.title),
      para(`This joint action was withdrawn on ${dateTimeWords(detail.withdrawn.at)}: it takes no more progress updates. `, link(`#/history/${encodeURIComponent(actionId)}`, "See its history")),
    );
    return;
  }
  const key = storageKey(person.username, actionId);
  const stored = readTyped(key);
  const view: View = {
    detail,
    typed: stored ?? { ...EMPTY },
    problems: [],
    codes: [],
    notice: stored ? inset("Your unsaved text on this action was kept from before: check it and save it.") : null,
  };

  const save = (typed: Typed): void => sessionStorage.setItem(key, JSON.stringify(typed));
  const forget = (): void => sessionStorage.removeItem(key);

  const draw = (): void => {
    const form = recordForm(view);
    form.addEventListener("input", () => {
      view.typed = readForm(form);
      save(view.typed);
    });
    const press =
      (submit: boolean) =>
      async (event: Event): Promise<void> => {
        event.preventDefault();
        view.typed = readForm(form);
        save(view.typed);
        const missing: Problem[] = view.typed.status === "" ? [{ fieldId: "status", message: "Choose the status now" }] : [];
        if (missing.length > 0) return show({ problems: missing, codes: [] });
        setBusy(form, true);
        let result: WriteResult;
        try {
          result = await recordProgress(
            actionId,
            {
              actionId,
              expectedVersion: view.detail.version,
              status: view.typed.status as ActionStatus,
              forecastStatus: (view.typed.forecastStatus || null) as ActionStatus | null,
              rag: (view.typed.rag || null) as Rag | null,
              note: view.typed.note,
              explanation: view.typed.explanation.trim() === "" ? null : view.typed.explanation,
              reopenReason: view.typed.reopenReason.trim() === "" ? null : view.typed.reopenReason,
              evidenceUrl: view.typed.evidenceUrl.trim() === "" ? null : view.typed.evidenceUrl,
              submit,
            },
            context.onErrors,
          );
        } catch (error) {
          setBusy(form, false);
          // Signed out meanwhile (elsewhere, or timed out): the text is in sessionStorage; sign in and come back to it.
          if (!(await context.stillSignedIn())) return;
          return show({
            problems: [{ fieldId: null, message: `Nothing could be confirmed as saved (${error instanceof Error ? error.message : String(error)}). Your text is kept: press the button again; it will not be saved twice.` }],
            codes: [],
          });
        }
        if (result.errors.length > 0) return show({ problems: problemsOf(result.errors), codes: result.errors.map((error) => error.code) });
        forget();
        view.typed = { ...EMPTY };
        await reload(banner(submit ? "Your update was submitted for approval" : "Your update was saved as a draft", para(submit ? "An approver will see it in their approvals." : "Submit it when it is ready."), true));
      };
    form.querySelector("#save-draft")?.addEventListener("click", (event) => void press(false)(event));
    form.addEventListener("submit", (event) => void press(true)(event));

    const summary = view.problems.length > 0 ? errorSummary(view.problems, view.codes.includes("CONFLICT") ? [conflictHelp(() => void reloadKeepingText())] : []) : null;
    replace(
      container,
      el("a", { href: "#/", class: "govuk-back-link" }, "Back to my work"),
      summary,
      view.notice,
      heading("Record progress", view.detail.title),
      currentState(view.detail),
      ownDrafts(context, view.detail, async (update) => {
        const result = await submitUpdate(actionId, { updateId: update.id, expectedRevision: update.revision }, context.onErrors).catch((error: unknown) => ({
          replayed: false,
          update: null,
          errors: [{ code: "INVALID_TRANSITION" as UserErrorCode, field: null, currentVersion: null, message: `Nothing could be confirmed (${error instanceof Error ? error.message : String(error)}): press the button again.` }],
        }));
        if (result.errors.length > 0) return show({ problems: problemsOf(result.errors), codes: result.errors.map((error) => error.code) });
        await reload(banner("Your draft was submitted for approval", para("An approver will see it in their approvals."), true));
      }),
      el("h2", { class: "govuk-heading-m" }, "New update"),
      form,
    );
    if (summary) focusOn(summary);
    else if (view.notice?.classList.contains("govuk-notification-banner")) focusOn(view.notice);
  };

  const show = (next: { problems: Problem[]; codes: UserErrorCode[] }): void => {
    view.problems = next.problems;
    view.codes = next.codes;
    view.notice = null;
    draw();
  };

  const reload = async (notice: HTMLElement | null): Promise<void> => {
    const fresh = await loadAction(actionId, context.onErrors);
    if (fresh) view.detail = fresh;
    view.problems = [];
    view.codes = [];
    view.notice = notice;
    draw();
  };

  /** After a CONFLICT: the action as it is now, with the person's text exactly as they left it. */
  const reloadKeepingText = async (): Promise<void> => {
    const typed = readTyped(key) ?? view.typed;
    await reload(null);
    view.typed = typed;
    view.notice = inset(
      el(
        "span",
        { id: "reloaded" },
        `Reloaded: the action is now ${statusWords(view.detail.status)}, rated ${ragWords(view.detail.rag).toLowerCase()}, forecast ${statusWords(view.detail.forecastStatus).toLowerCase()}. Your text is as you left it: check it against the latest update below, then save again.`,
      ),
    );
    draw();
  };

  draw();
}

function conflictHelp(reload: () => void): HTMLElement {
  const again = button("Reload and keep my text", { id: "reload-keep" }, true);
  again.addEventListener("click", reload);
  return el("div", {}, el("p", { class: "govuk-body" }, "Someone else's update on this action was approved after you opened it, so yours was not saved. Your text is still in the form below and in this tab."), again);
}

function setBusy(form: HTMLFormElement, busy: boolean): void {
  for (const control of Array.from(form.querySelectorAll("button"))) {
    control.disabled = busy;
    control.setAttribute("aria-disabled", String(busy));
  }
}

function readForm(form: HTMLFormElement): Typed {
  const text = (name: string): string => (form.elements.namedItem(name) as HTMLTextAreaElement | HTMLSelectElement | HTMLInputElement | null)?.value ?? "";
  return {
    status: checkedValue(form, "status") ?? "",
    forecastStatus: text("forecastStatus"),
    rag: checkedValue(form, "rag") ?? "",
    note: text("note"),
    explanation: text("explanation"),
    reopenReason: text("reopenReason"),
    evidenceUrl: text("evidenceUrl"),
  };
}

function currentState(detail: ActionDetail): HTMLElement {
  const latest = detail.updates.find((update) => update.state === "APPROVED");
  return summaryList([
    [detail.kind === "joint" ? "Initiative" : "Plan", detail.belongsTo],
    ["Status now", statusTag(detail.status)],
    ["Forecast", statusWords(detail.forecastStatus)],
    ["RAG", ragTag(detail.rag)],
    ["Last approved update", latest ? `${dateTimeWords(latest.decidedAt ?? latest.recordedAt)}: ${latest.note}` : "None yet"],
  ]);
}

/** The person's own drafts (to submit), and what happened to their latest submitted or returned update. */
function ownDrafts(context: Screen, detail: ActionDetail, submit: (update: WorkspaceUpdateFragment) => Promise<void>): HTMLElement | null {
  const mine = detail.updates.filter((update) => isOwnUpdate(context.person, update.recordedBy.subject));
  const drafts = mine.filter((update) => update.state === "DRAFT");
  const waiting = detail.updates.filter((update) => update.state === "SUBMITTED");
  const returned = mine.find((update) => update.state === "RETURNED");
  const parts: HTMLElement[] = [];
  for (const update of waiting)
    parts.push(inset(`An update is waiting for approval: ${statusWords(update.status)}, ${ragWords(update.rag).toLowerCase()}, submitted by ${actorWords(update.recordedBy)} on ${dateTimeWords(update.submittedAt)}.`));
  if (returned && !drafts.length) parts.push(warning(`Your update of ${dateTimeWords(returned.recordedAt)} was returned: ${returned.returnReason ?? "no reason given"}`));
  drafts.forEach((update, index) => {
    const send = button("Submit this draft for approval", { id: `submit-draft-${index}` });
    send.addEventListener("click", () => {
      send.disabled = true;
      void submit(update).finally(() => (send.disabled = false));
    });
    parts.push(
      el(
        "div",
        { class: "govuk-summary-card" },
        el("div", { class: "govuk-summary-card__title-wrapper" }, el("h2", { class: "govuk-summary-card__title" }, `Your draft of ${dateTimeWords(update.recordedAt)}`)),
        el(
          "div",
          { class: "govuk-summary-card__content" },
          summaryList([
            ["Status", statusTag(update.status)],
            ["Forecast", statusWords(update.forecastStatus)],
            ["RAG", ragTag(update.rag)],
            ["Note", update.note],
            ...(update.explanation ? ([["Explanation", update.explanation]] as Array<[string, string]>) : []),
            ...(update.evidenceUrl ? ([["Evidence", evidenceLink(update.evidenceUrl)]] as Array<[string, HTMLElement | null]>) : []),
          ]),
          send,
        ),
      ),
    );
  });
  return parts.length > 0 ? el("div", { id: "own-updates" }, parts) : null;
}

function recordForm(view: View): HTMLFormElement {
  const errorOf = (field: string): string | null =>
    view.problems
      .filter((problem) => problem.fieldId === field)
      .map((problem) => problem.message)
      .join(". ") || null;
  const statuses: Array<[string, string]> = RECORDABLE_STATUSES.map((status) => [status, statusWords(status)]);
  const { typed } = view;
  return el(
    "form",
    { id: "record-form", novalidate: true },
    radios("status", "Status now", "status", statuses, typed.status || null, { error: errorOf("status") }),
    formGroup("forecastStatus", "Forecast: where it will be by its due date", select("forecastStatus", statuses, typed.forecastStatus || null, "No forecast"), { error: errorOf("forecastStatus") }),
    radios(
      "rag",
      "RAG rating",
      "rag",
      RAGS.map((rag): [string, string] => [rag, ragWords(rag)]),
      typed.rag || null,
      { hint: "Blue only when the action is complete.", error: errorOf("rag"), small: true },
    ),
    formGroup("note", "What has happened", textarea("note", typed.note, 5), { hint: "Up to 2,000 characters.", error: errorOf("note") }),
    formGroup("explanation", "Why it is red", textarea("explanation", typed.explanation, 3), { hint: "Needed before a red update can be approved (the approver may give it instead).", error: errorOf("explanation") }),
    view.detail.status === "COMPLETE" ? formGroup("reopenReason", "Why you are reopening a complete action", textarea("reopenReason", typed.reopenReason, 3), { error: errorOf("reopenReason") }) : null,
    formGroup("evidenceUrl", "Evidence (optional)", input("evidenceUrl", typed.evidenceUrl, { type: "url", spellcheck: "false", autocomplete: "off" }), {
      hint: "The address of a board paper, report or page that shows this progress",
      error: errorOf("evidenceUrl"),
    }),
    el(
      "div",
      { class: "govuk-button-group" },
      el("button", { type: "submit", class: "govuk-button", id: "submit-update", "data-module": "govuk-button" }, "Submit for approval"),
      el("button", { type: "button", class: "govuk-button govuk-button--secondary", id: "save-draft", "data-module": "govuk-button" }, "Save as draft"),
    ),
  );
}
