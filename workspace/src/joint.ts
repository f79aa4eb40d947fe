import { request } from "../../dashboard/src/client";
import { WorkspaceCouncilActionChoicesDocument, WorkspaceCreateJointActionDocument, WorkspaceJointActionsDocument, type WorkspaceErrorFragment, type WorkspaceJointActionFragment } from "../../generated/graphql";
import type { Screen } from "./context";
import { isPartnershipApprover, isPartnershipEditor } from "./roles";
import { banner, button, el, errorSummary, focusOn, formGroup, heading, input, link, para, ragTag, replace, select, statusTag, summaryCard, summaryList, textarea, type Problem } from "./ui";
import { dateWords, statusWords } from "./words";
import { sendWrite } from "./writes";

/** A banner to show on the next screen drawn (after a write that moved on to another screen). */
let flash: HTMLElement | null = null;

/** #/joint (the list), #/joint/new (create). */
export async function showJointActions(context: Screen, rest: string[]): Promise<void> {
  if (rest[0] === "new") return showCreate(context);
  return showList(context);
}

async function showList(context: Screen): Promise<void> {
  const { person, container } = context;
  const editor = isPartnershipEditor(person);
  const data = await request(WorkspaceJointActionsDocument, {}, context.onErrors);
  const notice = flash;
  flash = null;
  replace(
    container,
    notice,
    heading("Joint actions"),
    para(editor ? "The partnership's joint actions. Create one, record progress, or see its history." : isPartnershipApprover(person) ? "The partnership's joint actions. Approve their updates in Approvals." : "The partnership's joint actions. Your role reads them but changes nothing."),
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
  return summaryCard(
    action.title,
    [editor ? el("a", { class: "govuk-link", href: `#/record/${id}` }, "Record progress", hidden(` on ${action.title}`)) : null, el("a", { class: "govuk-link", href: `#/history/${id}` }, "History", hidden(` of ${action.title}`))].filter(
      (item): item is HTMLAnchorElement => item !== null,
    ),
    summaryList([
      ["Owner", action.owner],
      ["Status", statusTag(action.status)],
      ["Forecast", statusWords(action.forecastStatus)],
      ["RAG", ragTag(action.rag)],
      ["Due", dateWords(action.dueDate)],
      ["Description", action.description ?? "None"],
      ["Milestones", action.milestones.length === 0 ? "None" : el("ul", { class: "govuk-list" }, action.milestones.map((milestone) => el("li", {}, `${milestone.title} (${dateWords(milestone.dueDate)})`)))],
      [
        "Advances",
        action.advances.length === 0
          ? "No council actions"
          : el("ul", { class: "govuk-list" }, action.advances.map((advanced) => el("li", { class: "workspace-wrap" }, advanced ? `${advanced.title} (${advanced.council.name})` : "An action that is not available"))),
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

async function showCreate(context: Screen): Promise<void> {
  const { person, container } = context;
  if (!isPartnershipEditor(person)) {
    replace(container, heading("Create a joint action"), para("Your role does not create joint actions. ", link("#/joint", "Back to joint actions")));
    return;
  }
  const [initiatives, choices] = await Promise.all([request(WorkspaceJointActionsDocument, {}, context.onErrors), request(WorkspaceCouncilActionChoicesDocument, {}, context.onErrors)]);
  const draft: Draft = { initiativeId: initiatives.jointInitiatives.nodes.find((initiative) => initiative.key === "regional-adoption-agency")?.id ?? initiatives.jointInitiatives.nodes[0]?.id ?? "", title: "", owner: "", description: "", dueDate: "", milestones: [{ title: "", dueDate: "" }], advances: [] };
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

  const draw = (problems: Problem[]): void => {
    const errorOf = (id: string): string | null => problems.filter((problem) => problem.fieldId === id).map((problem) => problem.message).join(". ") || null;
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
      formGroup("joint-initiative", "Joint initiative", select("initiativeId", initiatives.jointInitiatives.nodes.map((initiative) => [initiative.id, initiative.name]), draft.initiativeId), { error: errorOf("joint-initiative") }),
      formGroup("joint-title", "Title", input("title", draft.title), { error: errorOf("joint-title") }),
      formGroup("joint-owner", "Who leads it", input("owner", draft.owner), { hint: "A role or a named lead.", error: errorOf("joint-owner") }),
      formGroup("joint-description", "Description (optional)", textarea("description", draft.description, 3), { error: errorOf("joint-description") }),
      formGroup("joint-dueDate", "Due date (optional)", input("dueDate", draft.dueDate, { class: "govuk-input govuk-input--width-10", inputmode: "numeric" }), { hint: "As year-month-day, for example 2027-03-31.", error: errorOf("joint-dueDate") }),
      el(
        "fieldset",
        { class: "govuk-fieldset" },
        el("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Milestones"),
        draft.milestones.map((milestone, index) =>
          el(
            "div",
            { class: "govuk-!-margin-bottom-4" },
            formGroup(`milestone-${index}-title`, `Milestone ${index + 1}`, input(`milestone-${index}-title`, milestone.title), { error: errorOf(`milestone-${index}-title`), hint: index === 0 ? "Leave empty for none." : undefined }),
            formGroup(`milestone-${index}-due`, `Milestone ${index + 1} due date (optional)`, input(`milestone-${index}-due`, milestone.dueDate, { class: "govuk-input govuk-input--width-10", inputmode: "numeric" }), { error: errorOf(`milestone-${index}-due`) }),
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
      el("div", { class: "govuk-button-group" }, el("button", { type: "submit", class: "govuk-button", "data-module": "govuk-button", id: "save-joint-action" }, "Create joint action"), link("#/joint", "Cancel")),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      sync();
      void create();
    });
    const summary = problems.length > 0 ? errorSummary(problems) : null;
    replace(container, el("a", { href: "#/joint", class: "govuk-back-link" }, "Back to joint actions"), summary, heading("Create a joint action"), form);
    if (summary) focusOn(summary);
  };

  const create = async (): Promise<void> => {
    const milestones = draft.milestones.filter((milestone) => milestone.title.trim() !== "" || milestone.dueDate.trim() !== "");
    const problems: Problem[] = [];
    try {
      const result = await sendWrite(
        "create-joint-action",
        WorkspaceCreateJointActionDocument,
        {
          initiativeId: draft.initiativeId,
          title: draft.title,
          owner: draft.owner,
          description: draft.description.trim() === "" ? null : draft.description,
          dueDate: draft.dueDate.trim() === "" ? null : draft.dueDate.trim(),
          milestones: milestones.map((milestone) => ({ title: milestone.title, dueDate: milestone.dueDate.trim() === "" ? null : milestone.dueDate.trim() })),
          advances: draft.advances.map((advance) => advance.id),
        },
        context.onErrors,
      );
      if (result.errors.length === 0 && result.jointAction) {
        flash = banner(`"${result.jointAction.title}" was created`, para(link(`#/record/${encodeURIComponent(result.jointAction.id)}`, "Record progress on it")), true);
        location.hash = "#/joint";
        return;
      }
      problems.push(...result.errors.map((error) => ({ fieldId: fieldIdOf(error), message: error.message })));
    } catch (error) {
      problems.push({ fieldId: null, message: `Nothing could be confirmed as saved (${error instanceof Error ? error.message : String(error)}): press the button again; it will not be created twice.` });
    }
    draw(problems);
  };

  draw([]);
}
