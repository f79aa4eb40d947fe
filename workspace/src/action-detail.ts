import { request, type OnErrors } from "../../web/shared/client";
import { WorkspaceActionDetailDocument, type ActionStatus, type Rag, type WorkspaceUpdateFragment } from "../../generated/graphql";

/** An action or joint action as Record progress and History show it. */
export interface ActionDetail {
  id: string;
  kind: "council" | "joint";
  title: string;
  /** The plan (council action) or joint initiative it belongs to. */
  belongsTo: string;
  /** The council that owns it, or the partnership. */
  owner: string;
  status: ActionStatus;
  forecastStatus: ActionStatus | null;
  rag: Rag | null;
  version: number;
  dueDate: string | null;
  /** Joint actions only: when, by whom and why it was withdrawn; null while it stands. */
  withdrawn: { at: string; by: string; reason: string } | null;
  updates: WorkspaceUpdateFragment[];
}

/** Loads one action by global id; null when the graph has no such action (or it is not an action). */
export async function loadAction(id: string, onErrors: OnErrors): Promise<ActionDetail | null> {
  const { node } = await request(WorkspaceActionDetailDocument, { id }, onErrors);
  if (!node) return null;
  if (node.__typename === "JointAction") {
    return {
      id: node.id,
      kind: "joint",
      title: node.title,
      belongsTo: node.initiative.name,
      owner: "The partnership",
      status: node.status,
      forecastStatus: node.forecastStatus,
      rag: node.rag,
      version: node.version,
      dueDate: node.dueDate,
      withdrawn: node.withdrawnAt ? { at: node.withdrawnAt, by: actorWords(node.withdrawnBy), reason: node.withdrawalReason ?? "" } : null,
      updates: node.updates.nodes,
    };
  }
  if (node.__typename === "CumberlandAction" || node.__typename === "WestmorlandAndFurnessAction") {
    return {
      id: node.id,
      kind: "council",
      title: node.title,
      belongsTo: node.plan.title,
      owner: node.council.name,
      status: node.status,
      forecastStatus: node.forecastStatus,
      rag: node.rag,
      version: node.version,
      dueDate: null,
      withdrawn: null,
      updates: node.updates.nodes,
    };
  }
  return null;
}

/** "Name (team)" or the team alone where the graph gives no name. */
export const actorWords = (actor: { name: string | null; team: string } | null | undefined): string => (actor ? (actor.name ? `${actor.name} (${actor.team})` : actor.team) : "nobody");
