import { request } from "../../web/shared/client";
import {
  WorkspaceAllJointActionsDocument,
  WorkspaceCouncilActionChoicesDocument,
  WorkspaceCreateJointActionDocument,
  WorkspaceJointActionToEditDocument,
  WorkspaceUpdateJointActionDocument,
  WorkspaceWithdrawJointActionDocument,
  type WorkspaceErrorFragment,
  type WorkspaceJointActionFragment,
} from "../../generated/graphql";
import type { Screen } from "./context";
import { isPartnershipApprover, isPartnershipEditor } from "./roles";
import { banner, button, el, errorSummary, focusOn, formGroup, heading, input, link, para, ragTag, replace, select, statusTag, summaryCard, summaryList, textarea, type Problem } from "./ui";
import { dateWords, statusWords } from "./words";
import { sendWrite } from "./writes";

/** A banner to show on the next screen drawn (after a write that moved on to another screen). */
let flash: HTMLElement | null = null;

/** #/joint (the list), #/joint/new (create), #/joint/<id>/edit, #/joint/<id>/withdraw. */
export async function showJointActions(context: Screen, rest: string[]): Promise<void> {
  if (rest[0] === "new") return showForm(context, null);
  if (rest[0] && rest[1] === "edit") return showForm(context, rest[0]);
  if (rest[0] && rest[1] === "withdraw") return showWithdraw(context, rest[0]);
  return showList(context);
}

async function showList(context: Screen): Promise<void> {
  const { person, container } = context;
  const editor = isPartnershipEditor(person);
  const data = await request(WorkspaceAllJointActionsDocument, {}, context.onErrors);
  const notice = flash;
  flash = null;
  replace(
    container,
    notice,
    heading("Joint actions"),
    para(
      editor
        ? "The partnership's joint actions. Create one, record progress, or see its history."
        : isPartnershipApprover(person)
          ? "The partnership's joint actions. Approve their updates in Approvals."
          : "The partnership's joint actions. Your role reads them but changes nothing.",
    ),
    editor ? el("a", { href: "#/joint/new", role: "button", draggable: "false", class: "govuk-button", "data-module": "govuk-button", id: "create-joint-action" }, "Create a joint action") : null,
    data.jointInitiatives.nodes.map((initiative) =>
      el(
        "section",
        { "aria-labelledby": `initiative-${initiative.key}` },
        el("h2", { class: "govuk-heading-m", id: `initiative-${initiative.key}` }, initiative.name),
        initiative.jointActions.nodes.length === 0 ? para("No joint actions yet.") : initiative.jointActions.nodes.map((action) => jointCard(editor, action)),
      ),
    ),
  );
  if (notice) focusOn(notice);
}

function jointCard(editor: boolean, action: WorkspaceJointActionFragment): HTMLElement {
  const hidden = (text: string): HTMLElement => el("span", { class: "govuk-visually-hidden" }, text);
  const id = encodeURIComponent(action.id);
  const withdrawn = action.withdrawnAt !== null;
  return summaryCard(
    action.title,
    [
      editor && !withdrawn ? el("a", { class: "govuk-link", href: `#/record/${id}` }, "Record progress", hidden(` on ${action.title}`)) : null,
      editor && !withdrawn ? el("a", { class: "govuk-link", href: `#/joint/${id}/edit` }, "Edit", hidden(` ${action.title}`)) : null,
      editor && !withdrawn ? el("a", { class: "govuk-link", href: `#/joint/${id}/withdraw` }, "Withdraw", hidden(` ${action.title}`)) : null,
      el("a", { class: "govuk-link", href: `#/history/${id}` }, "History", hidden(` of ${action.title}`)),
    ].filter((item): item is HTMLAnchorElement => item !== null),
    summaryList([
      ...(withdrawn ? ([["Withdrawn", `${dateWords(action.withdrawnAt)} by ${action.withdrawnBy?.name ?? action.withdrawnBy?.team ?? "someone"}: ${action.withdrawalReason ?? ""}`]] as Array<[string, string]>) : []),
      ["Owner", action.owner],
      ["Status", statusTag(action.status)],
      ["Forecast", statusWords(action.forecastStatus)],
      ["RAG", ragTag(action.rag)],
      ["Due", dateWords(action.dueDate)],
      ["Description", action.description ?? "None"],
      [
        "Milestones",
        action.milestones.length === 0
          ? "None"
          : el(
              "ul",
              { class: "govuk-list" },
              action.milestones.map((milestone) => el("li", {}, `${milestone.title} (${dateWords(milestone.dueDate)})`)),
            ),
      ],
      [
        "Advances",
        action.advances.length === 0
          ? "No council actions"
          : el(
              "ul",
              { class: "govuk-list" },
              action.advances.map((advanced) => el("li", { class: "workspace-wrap" }, advanced ? `${advanced.title} (${advanced.council.name})` : "An action that is not available")),
            ),
      ],
    ]),
  );
}

/** What the create form holds while being filled in. */
interface Draft {
  initiativeId: string;
  title: string;
  owner: string;
  description: string;
  dueDate: string;
  milestones: Array<{ title: string; dueDate: string }>;
  advances: Array<{ id: string; title: string }>;
}

/** The element a UserError's field names: "milestones[1].title" is that milestone's title box. */
function fieldIdOf(error: WorkspaceErrorFragment): string | null {
  if (!error.field) return null;
  if (error.field.startsWith("advances")) return "joint-advances";
  const milestone = /^milestones\[(\d+)\]\.(title|dueDate)$/.exec(error.field);
  if (milestone) return `milestone-${milestone[1]}-${milestone[2] === "title" ? "title" : "due"}`;
  if (error.field === "initiativeId") return "joint-initiative";
  return ["title", "owner", "description", "dueDate"].includes(error.field) ? `joint-${error.field}` : null;
}

/** Create a joint action (editing null), or edit one: the same form, filled in with what it is now. */
async function showForm(context: Screen, editing: string | null): Promise<void> {
  const { person, container } = context;
  const title = editing ? "Edit a joint action" : "Create a joint action";
  if (!isPartnershipEditor(person)) {
    replace(container, heading(title), para("Your role does not create or edit joint actions. ", link("#/joint", "Back to joint actions")));
    return;
  }
  const [initiatives, choices, existing] = await Promise.all([
    request(WorkspaceAllJointActionsDocument, {}, context.onErrors),
    request(WorkspaceCouncilActionChoicesDocument, {}, context.onErrors),
    editing ? request(WorkspaceJointActionToEditDocument, { id: editing }, context.onErrors) : null,
  ]);
  const current = existing?.node?.__typename === "JointAction" ? existing.node : null;
  if (editing && (!current || current.withdrawnAt)) {
    replace(container, heading(title), para(current ? "This joint action was withdrawn: it takes no more edits. " : "There is no such joint action. ", link("#/joint", "Back to joint actions")));
    return;
  }
  /** The revision the edit is based on: moves on only when the person reloads after a CONFLICT. */
  let revision = current?.revision ?? 0;
  let notice: HTMLElement | null = null;
  const draft: Draft = current
    ? {
        initiativeId: current.initiative.id,
        title: current.title,
        owner: current.owner,
        description: current.description ?? "",
        dueDate: current.dueDate ?? "",
        milestones: current.milestones.length > 0 ? current.milestones.map((milestone) => ({ title: milestone.title, dueDate: milestone.dueDate ?? "" })) : [{ title: "", dueDate: "" }],
        advances: current.advances.filter((advance): advance is NonNullable<typeof advance> => advance !== null).map((advance) => ({ id: advance.id, title: advance.title })),
      }
    : {
        initiativeId: initiatives.jointInitiatives.nodes.find((initiative) => initiative.key === "regional-adoption-agency")?.id ?? initiatives.jointInitiatives.nodes[0]?.id ?? "",
        title: "",
        owner: "",
        description: "",
        dueDate: "",
        milestones: [{ title: "", dueDate: "" }],
        advances: [],
      };
  const titleOf = new Map<string, string>();

  const actionPicker = (): HTMLSelectElement => {
    const picker = el(
      "select",
      { class: "govuk-select workspace-wrap", name: "advance" },
      el("option", { value: "" }, "Choose a council action"),
      choices.councils.flatMap((council) =>
        council
          ? council.plans.map((plan) =>
              el(
                "optgroup",
                { label: `${council.name}: ${plan.title}` },
                plan.actions.map((action) => {
                  titleOf.set(action.id, action.title);
                  return el("option", { value: action.id }, action.title.length > 90 ? `${action.title.slice(0, 88)}…` : action.title);
                }),
              ),
            )
          : [],
      ),
    );
    return picker;
  };

  const draw = (problems: Problem[], conflict = false): void => {
    const errorOf = (id: string): string | null =>
      problems
        .filter((problem) => problem.fieldId === id)
        .map((problem) => problem.message)
        .join(". ") || null;
    const form = el("form", { id: "joint-form", novalidate: true });
    const sync = (): void => {
      const value = (name: string): string => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
      draft.initiativeId = value("initiativeId");
      draft.title = value("title");
      draft.owner = value("owner");
      draft.description = value("description");
      draft.dueDate = value("dueDate");
      draft.milestones = draft.milestones.map((_, index) => ({ title: value(`milestone-${index}-title`), dueDate: value(`milestone-${index}-due`) }));
    };
    const addMilestone = button("Add another milestone", { id: "add-milestone" }, true);
    addMilestone.addEventListener("click", () => {
      sync();
      draft.milestones.push({ title: "", dueDate: "" });
      draw([]);
      document.getElementById(`milestone-${draft.milestones.length - 1}-title`)?.focus();
    });
    const picker = actionPicker();
    const addLink = button("Add this council action", { id: "add-advance" }, true);
    addLink.addEventListener("click", () => {
      sync();
      const chosen = picker.value;
      if (chosen && !draft.advances.some((advance) => advance.id === chosen)) draft.advances.push({ id: chosen, title: titleOf.get(chosen) ?? chosen });
      draw([]);
      document.getElementById("joint-advances")?.focus();
    });
    const chosenList = el(
      "ul",
      { class: "govuk-list", id: "chosen-advances" },
      draft.advances.map((advance, index) => {
        const remove = button("Remove", { class: "govuk-button govuk-button--secondary govuk-!-margin-bottom-0", "aria-label": `Remove ${advance.title}` }, true);
        remove.addEventListener("click", () => {
          sync();
          draft.advances.splice(index, 1);
          draw([]);
        });
        return el("li", { class: "workspace-wrap" }, `${advance.title} `, remove);
      }),
    );
    replace(
      form,
      current
        ? el("input", { type: "hidden", name: "initiativeId", value: draft.initiativeId })
        : formGroup(
            "joint-initiative",
            "Joint initiative",
            select(
              "initiativeId",
              initiatives.jointInitiatives.nodes.map((initiative) => [initiative.id, initiative.name]),
              draft.initiativeId,
            ),
            { error: errorOf("joint-initiative") },
          ),
      formGroup("joint-title", "Title", input("title", draft.title), { error: errorOf("joint-title") }),
      formGroup("joint-owner", "Who leads it", input("owner", draft.owner), { hint: "A role or a named lead.", error: errorOf("joint-owner") }),
      formGroup("joint-description", "Description (optional)", textarea("description", draft.description, 3), { error: errorOf("joint-description") }),
      formGroup("joint-dueDate", "Due date (optional)", input("dueDate", draft.dueDate, { class: "govuk-input govuk-input--width-10", inputmode: "numeric" }), {
        hint: "As year-month-day, for example 2027-03-31.",
        error: errorOf("joint-dueDate"),
      }),
      el(
        "fieldset",
        { class: "govuk-fieldset" },
        el("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Milestones"),
        draft.milestones.map((milestone, index) =>
          el(
            "div",
            { class: "govuk-!-margin-bottom-4" },
            formGroup(`milestone-${index}-title`, `Milestone ${index + 1}`, input(`milestone-${index}-title`, milestone.title), { error: errorOf(`milestone-${index}-title`), hint: index === 0 ? "Leave empty for none." : undefined }),
            formGroup(`milestone-${index}-due`, `Milestone ${index + 1} due date (optional)`, input(`milestone-${index}-due`, milestone.dueDate, { class: "govuk-input govuk-input--width-10", inputmode: "numeric" }), {
              error: errorOf(`milestone-${index}-due`),
            }),
          ),
        ),
        addMilestone,
      ),
      el(
        "fieldset",
        { class: "govuk-fieldset" },
        el("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Council actions it advances"),
        draft.advances.length === 0 ? para("None chosen yet.") : chosenList,
        formGroup("joint-advances", "Council action", picker, { error: errorOf("joint-advances") }),
        addLink,
      ),
      el("div", { class: "govuk-button-group" }, el("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button", id: "save-joint-action" }, current ? "Save changes" : "Create joint action"), link("#/joint", "Cancel")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      sync();
      void save();
    });
    const reload = button("Reload and keep my text", { id: "reload-keep" }, true);
    reload.addEventListener("click", () => {
      sync();
      void request(WorkspaceJointActionToEditDocument, { id: editing ?? "" }, context.onErrors).then((fresh) => {
        const now = fresh.node?.__typename === "JointAction" ? fresh.node : null;
        if (now) revision = now.revision;
        notice = el(
          "div",
          { class: "govuk-inset-text", id: "reloaded" },
          now ? `Reloaded: someone else's edit is now the joint action's (titled "${now.title}", led by ${now.owner}). Your text is as you left it: saving it replaces theirs.` : "The joint action could not be reloaded.",
        );
        draw([]);
      });
    });
    const summary =
      problems.length > 0
        ? errorSummary(problems, conflict ? [el("p", { class: "govuk-body" }, "Someone else changed this joint action after you opened it, so your changes were not saved. Your text is still in the form."), reload] : [])
        : null;
    replace(container, el("a", { href: "#/joint", class: "govuk-back-link" }, "Back to joint actions"), summary, notice, heading(title, current?.title), form);
    notice = null;
    if (summary) focusOn(summary);
  };

  const save = async (): Promise<void> => {
    const milestones = draft.milestones.filter((milestone) => milestone.title.trim() !== "" || milestone.dueDate.trim() !== "");
    const details = {
      title: draft.title,
      owner: draft.owner,
      description: draft.description.trim() === "" ? null : draft.description,
      dueDate: draft.dueDate.trim() === "" ? null : draft.dueDate.trim(),
      milestones: milestones.map((milestone) => ({ title: milestone.title, dueDate: milestone.dueDate.trim() === "" ? null : milestone.dueDate.trim() })),
      advances: draft.advances.map((advance) => advance.id),
    };
    const problems: Problem[] = [];
    let conflict = false;
    try {
      const result = current
        ? await sendWrite(`edit:${current.id}`, WorkspaceUpdateJointActionDocument, { jointActionId: current.id, expectedRevision: revision, ...details }, context.onErrors)
        : await sendWrite("create-joint-action", WorkspaceCreateJointActionDocument, { initiativeId: draft.initiativeId, ...details }, context.onErrors);
      if (result.errors.length === 0 && result.jointAction) {
        flash = banner(`"${result.jointAction.title}" was ${current ? "saved" : "created"}`, para(link(`#/record/${encodeURIComponent(result.jointAction.id)}`, "Record progress on it")), true);
        location.hash = "#/joint";
        return;
      }
      conflict = result.errors.some((error) => error.code === "CONFLICT");
      problems.push(...result.errors.map((error) => ({ fieldId: fieldIdOf(error), message: error.message })));
    } catch (error) {
      problems.push({ fieldId: null, message: `Nothing could be confirmed as saved (${error instanceof Error ? error.message : String(error)}): press the button again; it will not be saved twice.` });
    }
    draw(problems, conflict);
  };

  draw([]);
}

/** Withdraw a joint action, with a reason: it stays, with its history, but takes no more updates. */
async function showWithdraw(context: Screen, id: string): Promise<void> {
  const { person, container } = context;
  if (!isPartnershipEditor(person)) {
    replace(container, heading("Withdraw a joint action"), para("Your role does not withdraw joint actions. ", link("#/joint", "Back to joint actions")));
    return;
  }
  const found = await request(WorkspaceJointActionToEditDocument, { id }, context.onErrors);
  const action = found.node?.__typename === "JointAction" ? found.node : null;
  if (!action || action.withdrawnAt) {
    replace(container, heading("Withdraw a joint action"), para(action ? "This joint action is already withdrawn. " : "There is no such joint action. ", link("#/joint", "Back to joint actions")));
    return;
  }
  const draw = (problems: Problem[], reason: string): void => {
    const form = el(
      "form",
      { id: "withdraw-form", novalidate: true },
      formGroup("withdraw-reason", "Why it is being withdrawn", textarea("reason", reason, 4), {
        hint: "Up to 2,000 characters. The joint action and its history are kept.",
        error: problems.find((problem) => problem.fieldId === "withdraw-reason")?.message ?? null,
      }),
      el("div", { class: "govuk-button-group" }, el("button", { type: "submit", class: "govuk-button govuk-button--warning", "data-module": "govuk-button", id: "confirm-withdraw" }, "Withdraw joint action"), link("#/joint", "Cancel")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const typed = (form.elements.namedItem("reason") as HTMLTextAreaElement).value;
      void sendWrite(`withdraw:${action.id}`, WorkspaceWithdrawJointActionDocument, { jointActionId: action.id, expectedRevision: action.revision, reason: typed }, context.onErrors)
        .then((result) => {
          if (result.errors.length === 0) {
            flash = banner(`"${action.title}" was withdrawn`, para("It stays in the list, marked withdrawn, with its history."), true);
            location.hash = "#/joint";
            return;
          }
          draw(
            result.errors.map((error) => ({ fieldId: error.field === "reason" ? "withdraw-reason" : null, message: error.message })),
            typed,
          );
        })
        .catch((error: unknown) => draw([{ fieldId: null, message: `Nothing could be confirmed (${error instanceof Error ? error.message : String(error)}): press the button again.` }], typed));
    });
    const summary = problems.length > 0 ? errorSummary(problems) : null;
    replace(container, el("a", { href: "#/joint", class: "govuk-back-link" }, "Back to joint actions"), summary, heading("Withdraw a joint action", action.title), form);
    if (summary) focusOn(summary);
  };
  draw([], "");
}
