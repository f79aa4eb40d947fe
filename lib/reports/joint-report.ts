import { RouteError, type GraphQLClient } from "../server/gateway-client";
import { allApprovedUpdates, MORE_UPDATES, periodView, UPDATE_FIELDS, type ReportUpdate, type UpdatePage } from "./board-report";
import type { ReportingPeriod } from "./period";

/** Where a fact comes from, as the graph's Source gives it. */
export interface ReportSource {
  document: { title: string; publisher: string; published: string | null; url: string | null };
  section: string;
  quote: string;
}

/** A council action as the report shows it: its standing at the period's end, and where it is from. */
export interface ReportCouncilAction {
  id: string;
  /** Null when the graph gives no such action (or its council is unavailable). */
  found: { title: string; council: string; plan: string; source: ReportSource } | null;
  status: string;
  forecastStatus: string | null;
  rag: string | null;
}

/** What a joint action is, as the graph gives it and the report shows it unchanged. */
export interface JointActionFacts {
  id: string;
  title: string;
  description: string | null;
  owner: string;
  dueDate: string | null;
  createdAt: string;
  createdBy: { name: string | null; team: string };
  milestones: Array<{ title: string; dueDate: string | null }>;
}

export interface ReportJointAction extends JointActionFacts {
  /** As the latest update approved and recorded by the end of the period gives it (NOT_REPORTED when none). */
  status: string;
  forecastStatus: string | null;
  rag: string | null;
  /** The approved updates recorded in the period, newest first. */
  updates: ReportUpdate[];
  basis: ReportUpdate | null;
  advances: ReportCouncilAction[];
  /** When (YYYY-MM-DD) and why it was withdrawn, if that was by the period's end; null if it still stood then. */
  withdrawn: { on: string; reason: string | null } | null;
}

export interface JointReport {
  initiative: {
    id: string;
    name: string;
    kind: string;
    status: string;
    summary: string;
    partners: string[];
    hostedBy: string | null;
    sources: ReportSource[];
    statusSource: ReportSource;
  };
  period: ReportingPeriod;
  generatedAt: string;
  /** The initiative's joint actions that existed in the period (withdrawn ones too, unless withdrawn before it began); null when the caller may not read joint actions (not signed in). */
  jointActions: ReportJointAction[] | null;
  /** Joint actions created after the period's end (not in this report). */
  createdLater: number;
  /** The council actions the initiative rests on (JointInitiative.councilActions). */
  councilActions: ReportCouncilAction[];
}

const SOURCE_FIELDS = "document { title publisher published url } section quote";

export const JOINT_SUBJECT = `query JointReportInitiative($id: ID!) {
  jointInitiative(id: $id) { id name kind status summary partners { name } hostedBy { name } sources { ${SOURCE_FIELDS} } statusSource { ${SOURCE_FIELDS} } councilActions { id } }
}`;

/** The same from the shared subgraph alone (no council's name), for when a council's subgraph is down. */
export const JOINT_SUBJECT_SHARED_ONLY = `query JointReportInitiativeSharedOnly($id: ID!) {
  jointInitiative(id: $id) { id name kind status summary sources { ${SOURCE_FIELDS} } statusSource { ${SOURCE_FIELDS} } councilActions { id } }
}`;

/** A council's subgraph could not be reached: the report is still made, that council's parts marked unavailable. */
const councilDown = (error: unknown): boolean => error instanceof RouteError && error.code === "SUBGRAPH_UNAVAILABLE";

/** Joint actions per page: with 100 approved updates each, well under the gateway's cost limit. */
export const JOINT_ACTIONS_PER_PAGE = 20;

export const JOINT_ACTIONS = `query JointReportActions($id: ID!, $after: String) {
  jointInitiative(id: $id) {
    jointActions(first: ${JOINT_ACTIONS_PER_PAGE}, after: $after, filter: { includeWithdrawn: true }) {
      nodes { id title description owner dueDate createdAt withdrawnAt withdrawalReason createdBy { name team } milestones { title dueDate } advances { id }
        updates(first: 100, states: [APPROVED]) { nodes { ${UPDATE_FIELDS} } pageInfo { hasNextPage endCursor } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

export const MORE_JOINT_UPDATES = `query JointReportUpdates($id: ID!, $after: String) {
  node(id: $id) { ... on JointAction { updates(first: 100, after: $after, states: [APPROVED]) { nodes { ${UPDATE_FIELDS} } pageInfo { hasNextPage endCursor } } } }
}`;

/** Council actions per request: one alias each, under the gateway's alias limit (MAX_QUERY_ALIASES, 15). */
export const COUNCIL_ACTIONS_PER_QUERY = 10;

/** The query for `count` council actions by id (aliases a0, a1, ... with variables $a0, $a1, ...). */
export function councilActionsQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const fields = indexes
    .map(
      (index) =>
        `a${index}: node(id: $a${index}) { ... on Action { id title council { name } plan { title } source { ${SOURCE_FIELDS} } updates(first: 100, states: [APPROVED]) { nodes { ${UPDATE_FIELDS} } pageInfo { hasNextPage endCursor } } } }`,
    )
    .join(" ");
  return `query JointReportCouncilActions(${indexes.map((index) => `$a${index}: ID!`).join(", ")}) { ${fields} }`;
}

interface InitiativeData {
  id: string;
  name: string;
  kind: string;
  status: string;
  summary: string;
  partners: Array<{ name: string } | null>;
  hostedBy: { name: string } | null;
  sources: ReportSource[];
  statusSource: ReportSource;
  councilActions: Array<{ id: string } | null>;
}
interface JointActionData extends JointActionFacts {
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  advances: Array<{ id: string } | null>;
  updates: UpdatePage;
}
interface CouncilActionData {
  id: string;
  title: string;
  council: { name: string };
  plan: { title: string };
  source: ReportSource;
  updates: UpdatePage;
}

/** Every joint action of the initiative, page by page; null when the caller may not read them. */
async function jointActionsOf(client: GraphQLClient, id: string): Promise<JointActionData[] | null> {
  const actions: JointActionData[] = [];
  let after: string | null = null;
  do {
    let page: { nodes: JointActionData[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    try {
      page = (await client<{ jointInitiative: { jointActions: typeof page } }>(JOINT_ACTIONS, { id, after })).jointInitiative.jointActions;
    } catch (error) {
      // Joint actions are for signed-in partner staff: anyone else gets the report's public parts.
      if (error instanceof RouteError && (error.code === "UNAUTHENTICATED" || error.code === "FORBIDDEN")) return null;
      throw error;
    }
    actions.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null);
  return actions;
}

/** Council actions by id (aliases a0, a1, ...); with a council's subgraph down, one by one, an action of that council null. */
async function councilActionBatch(client: GraphQLClient, batch: string[]): Promise<Record<string, CouncilActionData | null>> {
  const variables = Object.fromEntries(batch.map((id, index) => [`a${index}`, id]));
  try {
    return await client<Record<string, CouncilActionData | null>>(councilActionsQuery(batch.length), variables);
  } catch (error) {
    if (!councilDown(error)) throw error;
    if (batch.length === 1) return { a0: null };
    // Which council is down is not said per alias: ask for each action alone, one after another.
    const answer: Record<string, CouncilActionData | null> = {};
    for (const [index, id] of batch.entries()) answer[`a${index}`] = (await councilActionBatch(client, [id])).a0;
    return answer;
  }
}

/** Council actions by id, each with its standing at the period's end; one entry per id, in order. */
async function councilActionsOf(client: GraphQLClient, ids: string[], period: ReportingPeriod): Promise<Map<string, ReportCouncilAction>> {
  const found = new Map<string, ReportCouncilAction>();
  for (let start = 0; start < ids.length; start += COUNCIL_ACTIONS_PER_QUERY) {
    const batch = ids.slice(start, start + COUNCIL_ACTIONS_PER_QUERY);
    const answer = await councilActionBatch(client, batch);
    for (const [index, id] of batch.entries()) {
      const action = answer[`a${index}`];
      if (!action?.title) {
        found.set(id, { id, found: null, status: "NOT_REPORTED", forecastStatus: null, rag: null });
        continue;
      }
      const view = periodView(await allApprovedUpdates(client, id, action.updates, MORE_UPDATES), period);
      found.set(id, { id, found: { title: action.title, council: action.council.name, plan: action.plan.title, source: action.source }, status: view.status, forecastStatus: view.forecastStatus, rag: view.rag });
    }
  }
  return found;
}

/** The initiative; with a council's subgraph down, without the partners' names (the report says "the partner councils"). */
async function initiativeOf(client: GraphQLClient, id: string): Promise<InitiativeData | null> {
  try {
    return (await client<{ jointInitiative: InitiativeData | null }>(JOINT_SUBJECT, { id })).jointInitiative;
  } catch (error) {
    if (!councilDown(error)) throw error;
    const shared = (await client<{ jointInitiative: Omit<InitiativeData, "partners" | "hostedBy"> | null }>(JOINT_SUBJECT_SHARED_ONLY, { id })).jointInitiative;
    return shared && { ...shared, partners: [], hostedBy: null };
  }
}

/**
 * A joint initiative's progress report for a period, read through the graph as the caller (as the
 * board report is): the initiative and its sources, the council actions it rests on, and, for
 * signed-in partner staff, each joint action that existed by the period's end with the approved
 * updates recorded in the period and its status at the period's end, and the council actions it advances.
 */
export async function buildJointReport(client: GraphQLClient, id: string, period: ReportingPeriod, now: Date = new Date()): Promise<JointReport> {
  const initiative = await initiativeOf(client, id);
  if (!initiative) throw new RouteError(`There is no joint initiative ${id.slice(0, 200)}`, 404, "NOT_FOUND");
  const jointData = await jointActionsOf(client, initiative.id);
  // Joint actions are made in the graph: one created after the period did not exist in it, nor one
  // withdrawn before it began. One withdrawn later stood in the period: a past period's report keeps it.
  const createdLater = (jointData ?? []).filter((action) => action.createdAt.slice(0, 10) > period.end).length;
  const existing = (jointData ?? []).filter((action) => action.createdAt.slice(0, 10) <= period.end && (action.withdrawnAt === null || action.withdrawnAt.slice(0, 10) >= period.start));
  const restsOn = initiative.councilActions.flatMap((action) => (action ? [action.id] : []));
  const advanced = existing.flatMap((action) => action.advances.flatMap((linked) => (linked ? [linked.id] : [])));
  const councilActions = await councilActionsOf(client, [...new Set([...restsOn, ...advanced])], period);

  const jointActions: ReportJointAction[] = [];
  for (const action of existing) {
    const approved = await allApprovedUpdates(client, action.id, action.updates, MORE_JOINT_UPDATES);
    jointActions.push({
      id: action.id,
      title: action.title,
      description: action.description,
      owner: action.owner,
      dueDate: action.dueDate,
      createdAt: action.createdAt,
      createdBy: action.createdBy,
      milestones: action.milestones,
      ...periodView(approved, period),
      advances: action.advances.flatMap((linked) => (linked ? [councilActions.get(linked.id)!] : [])),
      withdrawn: action.withdrawnAt !== null && action.withdrawnAt.slice(0, 10) <= period.end ? { on: action.withdrawnAt.slice(0, 10), reason: action.withdrawalReason } : null,
    });
  }
  return {
    initiative: {
      id: initiative.id,
      name: initiative.name,
      kind: initiative.kind,
      status: initiative.status,
      summary: initiative.summary,
      partners: initiative.partners.flatMap((partner) => (partner ? [partner.name] : [])),
      hostedBy: initiative.hostedBy?.name ?? null,
      sources: initiative.sources,
      statusSource: initiative.statusSource,
    },
    period,
    generatedAt: now.toISOString(),
    jointActions: jointData === null ? null : jointActions,
    createdLater,
    councilActions: restsOn.map((actionId) => councilActions.get(actionId)!),
  };
}
