import { RouteError, type GraphQLClient } from "../server/gateway-client";
import { headingLabel } from "../council/heading-label";
import { inPeriod, type ReportingPeriod } from "./period";

export interface ReportUpdate {
  id: string;
  status: string;
  forecastStatus: string | null;
  rag: string | null;
  note: string;
  explanation: string | null;
  /** The address of the paper or page that shows the progress, where one was given. */
  evidenceUrl: string | null;
  recordedAt: string;
  decidedAt: string | null;
  recordedBy: { name: string | null; team: string };
  decidedBy: { name: string | null; team: string } | null;
}

export interface ReportAction {
  id: string;
  title: string;
  /** The heading the action hangs under, as the document prints it ("Priority 1) A stable workforce"); null for none. */
  heading: string | null;
  /** As the latest update approved and recorded by the end of the period gives it (NOT_REPORTED when none). */
  status: string;
  forecastStatus: string | null;
  rag: string | null;
  /** The approved updates recorded in the period, newest first. */
  updates: ReportUpdate[];
  /** The update the status rests on (possibly from an earlier period); null when none. */
  basis: ReportUpdate | null;
}

export type Trend = "IMPROVING" | "WORSENING" | "NO_CHANGE" | "CHANGED" | "NOT_ENOUGH_DATA";

export interface ReportIndicator {
  code: string;
  title: string;
  unit: string | null;
  polarity: string | null;
  /** The council's values with a number, oldest first (at most the last five). */
  values: Array<{ period: string; value: number }>;
  trend: Trend;
  /** Values with a number but no statistics period, so outside the trend: as at a date, or undated with the reason (listed, never dropped). */
  otherValues: Array<{ when: string; value: number }>;
}

export interface ReportPlan {
  id: string;
  title: string;
  actions: ReportAction[];
  indicators: ReportIndicator[];
}

export interface BoardReport {
  /** What the report is for: a board (its plans) or one plan. */
  subject: { kind: "board" | "plan"; id: string; title: string; detail: string | null };
  council: { id: string; name: string };
  period: ReportingPeriod;
  /** The first meeting of the board on or after the period's end, where the documents record one. */
  meeting: string | null;
  generatedAt: string;
  plans: ReportPlan[];
  /** Actions by status at the end of the period, over every plan. */
  statusCounts: Array<{ status: string; count: number }>;
}

export const UPDATE_FIELDS = "id status forecastStatus rag note explanation evidenceUrl recordedAt decidedAt recordedBy { name team } decidedBy { name team }";
const PLAN_FIELDS = `id title
  actions { id title parentHeading { kindName number title } updates(first: 100, states: [APPROVED]) { nodes { ${UPDATE_FIELDS} } pageInfo { hasNextPage endCursor } } }
  measures { indicator { code title unit polarity } }`;

export const SUBJECT = `query ProgressReportSubject($id: ID!) {
  node(id: $id) {
    __typename
    ... on Board { id name kind chair council { id name } meetings(first: 100) { nodes { date } } oversees { ${PLAN_FIELDS} } }
    ... on Plan { id title council { id name } boards { name meetings(first: 100) { nodes { date } } } ${PLAN_FIELDS} }
  }
}`;

export const MORE_UPDATES = `query ProgressReportUpdates($id: ID!, $after: String) {
  node(id: $id) { ... on Action { updates(first: 100, after: $after, states: [APPROVED]) { nodes { ${UPDATE_FIELDS} } pageInfo { hasNextPage endCursor } } } }
}`;

export interface UpdatePage {
  nodes: ReportUpdate[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface PlanData {
  id: string;
  title: string;
  actions: Array<{ id: string; title: string; parentHeading: { kindName: string; number: string | null; title: string } | null; updates: UpdatePage }>;
  measures: Array<{ indicator: { code: string; title: string; unit: string | null; polarity: string | null } }>;
}
interface Meetings {
  meetings: { nodes: Array<{ date: string }> };
}
type SubjectData =
  | ({ __typename: string; id: string; name: string; kind: string; chair: string | null; council: { id: string; name: string }; oversees: PlanData[] } & Meetings)
  | ({ __typename: string; id: string; council: { id: string; name: string }; boards: Array<{ name: string } & Meetings> } & PlanData);

const STATUS_ORDER = ["NOT_REPORTED", "NOT_STARTED", "ON_TRACK", "AT_RISK", "OFF_TRACK", "COMPLETE"];

/** Every approved update of an action, from its first page on (`more` asks for the next page of one; MORE_UPDATES for council actions). */
export async function allApprovedUpdates(client: GraphQLClient, actionId: string, first: UpdatePage, more: string = MORE_UPDATES): Promise<ReportUpdate[]> {
  const updates = [...first.nodes];
  let page = first;
  while (page.pageInfo.hasNextPage) {
    const next = await client<{ node: { updates: UpdatePage } }>(more, { id: actionId, after: page.pageInfo.endCursor });
    page = next.node.updates;
    updates.push(...page.nodes);
  }
  return updates;
}

function trendOf(values: Array<{ value: number }>, polarity: string | null): Trend {
  if (values.length < 2) return "NOT_ENOUGH_DATA";
  const [previous, latest] = values.slice(-2).map((entry) => entry.value);
  if (latest === previous) return "NO_CHANGE";
  if (polarity === "HIGHER_IS_BETTER") return latest > previous ? "IMPROVING" : "WORSENING";
  if (polarity === "LOWER_IS_BETTER") return latest < previous ? "IMPROVING" : "WORSENING";
  return "CHANGED";
}

interface IndicatorValueRow {
  value: number | null;
  asAt: string | null;
  undatedReason: string | null;
  period: { timePeriod: string } | null;
}

/** Indicators per request: one alias each, well under the gateway's alias limit (MAX_QUERY_ALIASES, 15). */
export const INDICATORS_PER_QUERY = 10;

/** The query for `count` indicators' values (aliases i0, i1, ... with variables $c0, $c1, ...). */
export function indicatorValuesQuery(count: number): string {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const fields = indexes.map((index) => `i${index}: indicator(code: $c${index}) { values { value asAt undatedReason period { timePeriod } } }`).join(" ");
  return `query ProgressReportIndicators($council: ID!, ${indexes.map((index) => `$c${index}: String!`).join(", ")}) { node(id: $council) { ... on Council { ${fields} } } }`;
}

async function indicatorValues(client: GraphQLClient, councilId: string, codes: string[]): Promise<IndicatorValueRow[][]> {
  const query = indicatorValuesQuery(codes.length);
  const variables = Object.fromEntries([["council", councilId], ...codes.map((code, index) => [`c${index}`, code])]);
  const answer = await client<{ node: Record<string, { values: IndicatorValueRow[] }> }>(query, variables);
  return codes.map((_, index) => answer.node[`i${index}`].values);
}

async function indicatorsOf(client: GraphQLClient, councilId: string, measures: PlanData["measures"]): Promise<ReportIndicator[]> {
  const catalogue = [...new Map(measures.map((measure) => [measure.indicator.code, measure.indicator])).values()];
  const valuesOf: IndicatorValueRow[][] = [];
  for (let start = 0; start < catalogue.length; start += INDICATORS_PER_QUERY) {
    valuesOf.push(
      ...(await indicatorValues(
        client,
        councilId,
        catalogue.slice(start, start + INDICATORS_PER_QUERY).map((indicator) => indicator.code),
      )),
    );
  }
  return catalogue.map((indicator, index) => {
    const values = valuesOf[index]
      .filter((value): value is IndicatorValueRow & { value: number; period: { timePeriod: string } } => value.value !== null && value.period !== null)
      .map((value) => ({ period: value.period.timePeriod, value: value.value }))
      .sort((a, b) => a.period.localeCompare(b.period))
      .slice(-5);
    const otherValues = valuesOf[index]
      .filter((value): value is IndicatorValueRow & { value: number } => value.value !== null && value.period === null)
      .map((value) => ({ when: value.asAt ?? `undated (${value.undatedReason ?? "the source gives no date"})`, value: value.value }));
    return { ...indicator, values, trend: trendOf(values, indicator.polarity), otherValues };
  });
}

/**
 * An action's standing in a period, from its approved updates (newest first): the updates recorded in
 * the period, and its status, forecast and RAG as the latest update approved and recorded by the
 * period's end gives them (NOT_REPORTED when none).
 */
export function periodView(approved: ReportUpdate[], period: ReportingPeriod): Pick<ReportAction, "status" | "forecastStatus" | "rag" | "updates" | "basis"> {
  // Approved by the period's end as well as recorded by then (updates approved before sign-off existed have no decision date).
  const basis = approved.find((update) => update.recordedAt.slice(0, 10) <= period.end && (update.decidedAt ?? update.recordedAt).slice(0, 10) <= period.end) ?? null;
  return {
    status: basis?.status ?? "NOT_REPORTED",
    forecastStatus: basis?.forecastStatus ?? null,
    rag: basis?.rag ?? null,
    updates: approved.filter((update) => inPeriod(period, update.recordedAt)),
    basis,
  };
}

/**
 * The report's content, read through the graph as the caller (so it shows exactly what they may
 * read), from APPROVED updates only: for each action, the approved updates recorded in the period, and
 * its status, forecast and RAG as the latest update approved and recorded by the period's end gives them.
 */
export async function buildBoardReport(client: GraphQLClient, id: string, period: ReportingPeriod, now: Date = new Date()): Promise<BoardReport> {
  const { node } = await client<{ node: SubjectData | null }>(SUBJECT, { id });
  if (!node || (!("oversees" in node) && !("actions" in node))) throw new RouteError(`There is no board or plan ${id.slice(0, 200)}`, 404, "NOT_FOUND");
  const isBoard = "oversees" in node;
  const plansData = isBoard ? node.oversees : [node as PlanData];
  const meetingDates = isBoard ? node.meetings.nodes.map((meeting) => meeting.date) : (node as { boards: Array<Meetings> }).boards.flatMap((board) => board.meetings.nodes.map((meeting) => meeting.date));
  const meeting = meetingDates.filter((date) => date >= period.end).sort()[0] ?? null;

  const plans: ReportPlan[] = [];
  for (const plan of plansData) {
    const actions: ReportAction[] = [];
    for (const action of plan.actions) {
      const approved = await allApprovedUpdates(client, action.id, action.updates);
      actions.push({ id: action.id, title: action.title, heading: action.parentHeading ? headingLabel(action.parentHeading) : null, ...periodView(approved, period) });
    }
    plans.push({ id: plan.id, title: plan.title, actions, indicators: await indicatorsOf(client, node.council.id, plan.measures) });
  }
  const counts = new Map<string, number>();
  for (const action of plans.flatMap((plan) => plan.actions)) counts.set(action.status, (counts.get(action.status) ?? 0) + 1);
  return {
    subject: isBoard
      ? { kind: "board", id: node.id, title: node.name, detail: node.chair ? `Chair: ${node.chair}` : null }
      : { kind: "plan", id: node.id, title: (node as PlanData).title, detail: (node as { boards: Array<{ name: string }> }).boards.map((board) => board.name).join("; ") || null },
    council: node.council,
    period,
    meeting,
    generatedAt: now.toISOString(),
    plans,
    statusCounts: STATUS_ORDER.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! })),
  };
}
