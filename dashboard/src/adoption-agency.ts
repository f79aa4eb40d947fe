import {
  DashboardAdoptionAgencyDocument,
  DashboardAdoptionAgencyJointActionsDocument,
  type DashboardAdoptionAgencyJointActionsQuery,
  type DashboardAdoptionAgencyQuery,
} from "../../generated/graphql";
import { describeError, request, type GraphQLErrorInfo, type OnErrors } from "./client";
import { el, replace, words } from "./dom";
import { sourceDisclosure } from "./source";

type Initiative = NonNullable<DashboardAdoptionAgencyQuery["jointInitiative"]>;
type JointActions = NonNullable<DashboardAdoptionAgencyJointActionsQuery["jointInitiative"]>["jointActions"];

/** "on track (green)", or "not reported" until an update is approved. */
const statusText = (status: string, rag: string | null): string => (rag ? `${words(status)} (${words(rag)})` : words(status));

function councilActionsTable(initiative: Initiative): HTMLElement {
  const actions = initiative.councilActions.filter((action) => action !== null);
  return el(
    "table",
    {},
    el("caption", {}, "Council actions the agency rests on, with their latest status"),
    el("thead", {}, el("tr", {}, ["Council", "Action", "Plan", "Approved status", "Approved on", "Source"].map((heading) => el("th", { scope: "col" }, heading)))),
    el(
      "tbody",
      {},
      actions.map((action) =>
        el(
          "tr",
          {},
          el("td", {}, action.council.name),
          el("th", { scope: "row" }, action.title),
          el("td", {}, action.plan.title),
          el("td", {}, statusText(action.status, action.rag)),
          el("td", {}, action.updatedAt ? action.updatedAt.slice(0, 10) : "never"),
          el("td", {}, sourceDisclosure(action.source, `${action.council.name}'s action`)),
        ),
      ),
    ),
  );
}

function jointActionsTable({ totalCount, nodes: actions }: JointActions): HTMLElement {
  if (totalCount === 0) return el("p", {}, "No joint actions recorded yet.");
  return el(
    "table",
    {},
    el("caption", {}, actions.length < totalCount ? `Joint actions the partners track: the first ${actions.length} of ${totalCount}` : "Joint actions the partners track"),
    el("thead", {}, el("tr", {}, ["Action", "Owner", "Due", "Latest status"].map((heading) => el("th", { scope: "col" }, heading)))),
    el("tbody", {}, actions.map((action) => el("tr", {}, el("th", { scope: "row" }, action.title), el("td", {}, action.owner), el("td", {}, action.dueDate ?? "none"), el("td", {}, statusText(action.status, action.rag))))),
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
    return el("p", { class: "note-box" }, "Joint actions are internal to partner staff: the graph shows them only to signed-in viewers (", el("code", {}, "JointInitiative.jointActions"), "). Partner staff: sign in to see them.");
  }
  return el("p", { class: "warning" }, "Joint actions are unavailable just now.");
}

/** Panel 2: the Regional Adoption Agency, the council actions it rests on and its joint actions. */
export async function showAdoptionAgency(container: HTMLElement, onErrors: OnErrors): Promise<void> {
  const [{ jointInitiative: initiative }, joint] = await Promise.all([
    request(DashboardAdoptionAgencyDocument, {}, onErrors),
    jointActions(onErrors).catch((error: unknown) => el("p", { class: "warning" }, `Joint actions are unavailable: ${error instanceof Error ? error.message : describeError({ message: String(error) })}`)),
  ]);
  if (!initiative) {
    replace(container, el("p", {}, "The graph has no Regional Adoption Agency."));
    return;
  }
  const partners = initiative.partners.flatMap((partner) => (partner ? [partner.name] : []));
  replace(
    container,
    el("p", { class: "lead" }, initiative.summary),
    el(
      "dl",
      { class: "facts" },
      el("dt", {}, "Status"),
      el("dd", {}, words(initiative.status), sourceDisclosure(initiative.statusSource, "the agency's status")),
      el("dt", {}, "Partners"),
      el("dd", {}, partners.join(" and ")),
    ),
    councilActionsTable(initiative),
    el("h3", {}, "Joint actions"),
    joint,
  );
}
