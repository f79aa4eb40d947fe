import { DashboardAdoptionAgencyDocument, DashboardAdoptionAgencyJointActionsDocument, type DashboardAdoptionAgencyJointActionsQuery, type DashboardAdoptionAgencyQuery } from "../../generated/graphql";
import { describeError, request, type GraphQLErrorInfo, type OnErrors } from "../../web/shared/client";
import { el, replace } from "../../web/shared/dom";
import { inset, para, summaryList, table, tag, warning } from "./govuk";
import { sourceDisclosure } from "./source";
import { longDate, sentence, statusText } from "./status-words";

type Initiative = NonNullable<DashboardAdoptionAgencyQuery["jointInitiative"]>;
type JointActions = NonNullable<DashboardAdoptionAgencyJointActionsQuery["jointInitiative"]>["jointActions"];

function councilActionsTable(initiative: Initiative): HTMLElement {
  const actions = initiative.councilActions.filter((action) => action !== null);
  return table(
    "Council actions the agency rests on, with their latest status",
    ["Council", "Action", "Plan", "Approved status", "Approved on", "Source"].map((heading) => ({ heading })),
    actions.map((action) => [
      { content: action.council.name },
      { content: action.title, header: true },
      { content: action.plan.title },
      { content: tag(statusText(action.status, action.rag), action.status, action.rag) },
      { content: action.updatedAt ? el("time", { datetime: action.updatedAt }, longDate(action.updatedAt)) : "Never" },
      { content: sourceDisclosure(action.source, `${action.council.name}'s action`) },
    ]),
  );
}

function jointActionsTable({ totalCount, nodes: actions }: JointActions): HTMLElement {
  if (totalCount === 0) return para("No joint actions recorded yet.");
  return table(
    actions.length < totalCount ? `Joint actions the partners track: the first ${actions.length} of ${totalCount}` : "Joint actions the partners track",
    ["Action", "Owner", "Due", "Latest status"].map((heading) => ({ heading })),
    actions.map((action) => [
      { content: action.title, header: true },
      { content: action.owner },
      { content: action.dueDate ? longDate(action.dueDate) : "None" },
      { content: tag(statusText(action.status, action.rag), action.status, action.rag) },
    ]),
  );
}

/**
 * Joint actions are internal to partner staff: the graph refuses them to anonymous callers with
 * UNAUTHENTICATED. Signed out, the dashboard says where they are instead of failing.
 */
async function jointActions(onErrors: OnErrors): Promise<HTMLElement> {
  const refused: GraphQLErrorInfo[] = [];
  const { jointInitiative } = await request(DashboardAdoptionAgencyJointActionsDocument, {}, (errors) => {
    refused.push(...errors.filter((error) => error.extensions?.code === "UNAUTHENTICATED"));
    const others = errors.filter((error) => error.extensions?.code !== "UNAUTHENTICATED");
    if (others.length > 0) onErrors(others);
  });
  if (jointInitiative) return jointActionsTable(jointInitiative.jointActions);
  if (refused.length > 0) {
    return inset("Joint actions are internal to partner staff: the graph shows them only to signed-in viewers (", el("code", {}, "JointInitiative.jointActions"), "). Partner staff: sign in to see them.");
  }
  return warning("Joint actions are unavailable just now.");
}

/** Panel 2: the Regional Adoption Agency, the council actions it rests on and its joint actions. */
export async function showAdoptionAgency(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const [{ jointInitiative: initiative }, joint] = await Promise.all([
    request(DashboardAdoptionAgencyDocument, {}, onErrors),
    jointActions(onErrors).catch((error: unknown) => warning(`Joint actions are unavailable: ${error instanceof Error ? error.message : describeError({ message: String(error) })}`)),
  ]);
  if (!initiative) {
    replace(container, para("The graph has no Regional Adoption Agency."));
    return;
  }
  const partners = initiative.partners.flatMap((partner) => (partner ? [partner.name] : []));
  replace(
    container,
    el("p", { class: "govuk-body-l" }, initiative.summary),
    summaryList([
      { key: "Status", value: [tag(sentence(initiative.status), initiative.status), sourceDisclosure(initiative.statusSource, "the agency's status")] },
      { key: "Partners", value: partners.join(" and ") },
      // The DfE files the graph ships have no adoption scorecard by local authority: say so rather than leave a gap.
      {
        key: "Adoption scorecard (A1, A2, A10)",
        value: "Not in the published DfE statistics the graph ships (LAIT and Explore Education Statistics have no adoption scorecard by local authority); shown only from files the agency or a council provides.",
        valueClass: "app-scorecard-note",
      },
    ]),
    councilActionsTable(initiative),
    el("h3", { class: "govuk-heading-m" }, "Joint actions"),
    joint,
  );
}
