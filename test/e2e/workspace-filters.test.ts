import { startTestGraph, type GraphQLResponse, type TestGraph, codeOf } from "../helpers/graph";
import { recordApproved, write } from "../helpers/sign-off";
import { roleTokens, token } from "../helpers/tokens";
import { graphql } from "../../generated/test";

/**
 * The workspace's lists (issue 18): a council's actions by plan, by board, not updated since a date,
 * and with updates in given states (the approval inbox), through the gateway over HTTP; each filter
 * costs no more SQL than an unfiltered page.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
let roleless: string;
const today = new Date().toISOString().slice(0, 10);
const UPDATED = "WestmorlandAndFurnessAction:ambition-for-every-child.a26";
const SUBMITTED = "WestmorlandAndFurnessAction:ambition-for-every-child.a27";
const DRAFTED = "WestmorlandAndFurnessAction:ambition-for-every-child.a28";

beforeAll(async () => {
  graph = await startTestGraph();
  tokens = await roleTokens();
  roleless = await token({ roles: [] });
  await recordApproved(graph, "WestmorlandAndFurness", tokens.westmorlandFurnessEditor!, tokens.westmorlandFurnessApprover!, { actionId: UPDATED, expectedVersion: 0, status: "ON_TRACK", rag: "GREEN", note: "Approved this quarter" });
  const submitted = await write(graph, tokens.westmorlandFurnessEditor, "WestmorlandAndFurness", "record", { actionId: SUBMITTED, expectedVersion: 0, status: "AT_RISK", rag: "AMBER", note: "Waiting for approval", submit: true });
  expect(submitted.payload?.errors).toEqual([]);
  const drafted = await write(graph, tokens.westmorlandFurnessEditor, "WestmorlandAndFurness", "record", { actionId: DRAFTED, expectedVersion: 0, status: "ON_TRACK", note: "Not yet submitted" });
  expect(drafted.payload?.errors).toEqual([]);
});
afterAll(async () => {
  await graph?.close();
});

const FILTERED = graphql(`query WorkspaceFiltersFiltered($filter: ActionFilter) { council(id: "westmorland-furness") { actions(filter: $filter, first: 100) { totalCount nodes { id } } } }`);

async function filtered(filter: Record<string, unknown>, who: string | null = null): Promise<GraphQLResponse<{ council: { actions: { totalCount: number; nodes: Array<{ id: string }> } } }>> {
  return (await graph.queryAs(who, FILTERED, { filter })).body;
}

async function ids(filter: Record<string, unknown>, who: string | null = null): Promise<string[]> {
  const response = await filtered(filter, who);
  expect(response.errors).toBeUndefined();
  const { totalCount, nodes } = response.data!.council.actions;
  expect(totalCount).toBe(nodes.length);
  return nodes.map((node) => node.id);
}

interface Council {
  actions: { nodes: Array<{ id: string }> };
  plans: Array<{ id: string; actions: Array<{ id: string }> }>;
  boards: Array<{ id: string; oversees: Array<{ id: string }> }>;
}
async function westmorlandFurness(): Promise<Council> {
  const result = await graph.query(graphql(`query WorkspaceFiltersCouncilActionIds { council(id: "westmorland-furness") { actions(first: 100) { nodes { id } } plans { id actions { id } } boards { id oversees { id } } } }`));
  expect(result.errors).toBeUndefined();
  return result.data!.council;
}

describe("ActionFilter.plan and .board", () => {
  it("plan (global id or key) gives the plan's actions; board the actions of the plans it oversees", async () => {
    const council = await westmorlandFurness();
    expect(council.plans.length).toBeGreaterThan(1);
    for (const plan of council.plans) {
      const expected = plan.actions.map((action) => action.id);
      expect(await ids({ plan: plan.id })).toEqual(expected);
      expect(await ids({ plan: plan.id.slice(plan.id.indexOf(":") + 1) })).toEqual(expected);
    }
    const overseeing = council.boards.filter((board) => board.oversees.length > 0);
    expect(overseeing.length).toBeGreaterThan(0);
    for (const board of council.boards) {
      const plans = new Set(board.oversees.map((plan) => plan.id));
      const expected = council.plans.filter((plan) => plans.has(plan.id)).flatMap((plan) => plan.actions.map((action) => action.id));
      const found = await ids({ board: board.id });
      expect([...found].sort()).toEqual([...expected].sort());
    }
    // Combined with another condition, both hold.
    const [first] = council.plans;
    expect(await ids({ plan: first.id, text: "adopt" })).toEqual((await ids({ text: "adopt" })).filter((id) => first.actions.some((action) => action.id === id)));
  });

  it("another council's plan or board, or an unknown key, matches nothing (a fan-out over councils asks each); an id of another type is BAD_USER_INPUT", async () => {
    expect(await ids({ plan: "CumberlandPlan:children-and-family-wellbeing-plan" })).toEqual([]);
    expect(await ids({ plan: "no-such-plan" })).toEqual([]);
    expect(await ids({ board: "CumberlandBoard:children-and-young-peoples-partnership-boards" })).toEqual([]);
    const fanOut = await graph.query(graphql(`query WorkspaceFiltersByPlan { councils { actions(filter: { plan: "CumberlandPlan:children-and-family-wellbeing-plan" }) { totalCount } } }`));
    expect(fanOut.errors).toBeUndefined();
    expect(fanOut.data!.councils[0].actions.totalCount).toBe(0);
    expect(fanOut.data!.councils[1].actions.totalCount).toBeGreaterThan(0);
    for (const [filter, field] of [
      [{ plan: "JointInitiative:regional-adoption-agency" }, "filter.plan"],
      [{ plan: "WestmorlandAndFurnessAction:ambition-for-every-child.a26" }, "filter.plan"],
      [{ board: "WestmorlandAndFurnessPlan:ambition-for-every-child" }, "filter.board"],
      [{ board: "'; DROP TABLE action; --" }, "filter.board"],
    ] as const) {
      const response = await filtered(filter);
      expect(codeOf(response)).toBe("BAD_USER_INPUT");
      expect(response.errors![0].extensions!.field).toBe(field);
    }
  });
});

describe("ActionFilter.notUpdatedSince", () => {
  it("leaves out actions with an APPROVED update recorded on or after the date; drafts and submitted updates do not count", async () => {
    const all = (await westmorlandFurness()).actions.nodes.map((action) => action.id);
    const stale = await ids({ notUpdatedSince: today });
    expect(stale).toEqual(all.filter((id) => id !== UPDATED));
    expect(stale).toEqual(expect.arrayContaining([SUBMITTED, DRAFTED]));
    // The update was recorded before tomorrow: since tomorrow, every action is "not updated".
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await ids({ notUpdatedSince: tomorrow })).toEqual(all);
    expect(await ids({ notUpdatedSince: today, status: "ON_TRACK" })).toEqual([]);
  });

  it("a date that is not one is BAD_USER_INPUT", async () => {
    for (const date of ["2026-13-01", "2026-02-30", "yesterday", "2026-1-1", ""]) {
      const response = await filtered({ notUpdatedSince: date });
      expect(codeOf(response)).toBe("BAD_USER_INPUT");
      expect(response.errors![0].extensions!.field).toBe("filter.notUpdatedSince");
    }
  });
});

describe("ActionFilter.updateStates", () => {
  it("gives signed-in partner staff the actions with updates in the states asked (SUBMITTED: the approval inbox)", async () => {
    for (const who of [tokens.westmorlandFurnessApprover, tokens.viewer, tokens.cumberlandEditor]) {
      expect(await ids({ updateStates: ["SUBMITTED"] }, who)).toEqual([SUBMITTED]);
      expect(await ids({ updateStates: ["DRAFT"] }, who)).toEqual([DRAFTED]);
      expect(await ids({ updateStates: ["DRAFT", "SUBMITTED", "DRAFT"] }, who)).toEqual([SUBMITTED, DRAFTED]);
    }
    // The update that was approved was submitted first, but is APPROVED now.
    expect(await ids({ updateStates: ["APPROVED"] })).toEqual([UPDATED]);
    expect(await ids({ updateStates: ["RETURNED"] }, tokens.viewer)).toEqual([]);
    expect(await ids({ updateStates: [] })).toHaveLength((await westmorlandFurness()).actions.nodes.length);
  });

  it("refuses drafts, submitted and returned updates to anyone not signed in as partner staff: refused, not emptied", async () => {
    for (const states of [["DRAFT"], ["SUBMITTED"], ["RETURNED"], ["APPROVED", "SUBMITTED"]]) {
      const anonymous = await filtered({ updateStates: states });
      expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
      expect(anonymous.data?.council ?? null).toBeNull();
      expect(JSON.stringify(anonymous.data ?? null)).not.toContain(SUBMITTED);
      const noRole = await filtered({ updateStates: states }, roleless);
      expect(codeOf(noRole)).toBe("FORBIDDEN");
      expect(JSON.stringify(noRole.data ?? null)).not.toContain(DRAFTED);
    }
  });
});

describe("SQL statements", () => {
  it("a page filtered by every new condition costs what an unfiltered page costs: a count and the page", async () => {
    const measure = async (filter: Record<string, unknown> | null, who: string | null): Promise<number> => {
      const before = graph.sqlCounts();
      const response = await filtered(filter ?? {}, who);
      expect(response.errors).toBeUndefined();
      return graph.sqlCounts()["westmorland-furness"] - before["westmorland-furness"];
    };
    const plain = await measure(null, null);
    expect(plain).toBe(2);
    const everything = { plan: "ambition-for-every-child", board: "WestmorlandAndFurnessBoard:cypf-overview-and-scrutiny-committee", notUpdatedSince: today, updateStates: ["SUBMITTED", "DRAFT"], status: "NOT_REPORTED", text: "a" };
    expect(await measure(everything, tokens.viewer)).toBe(2);
    // Both councils of a fan-out: one count and one page each, whatever the filter.
    const before = graph.sqlCounts();
    const fanOut = await graph.queryAs(tokens.viewer, `{ councils { actions(filter: { notUpdatedSince: "${today}", updateStates: [SUBMITTED] }) { totalCount nodes { id } } } }`);
    expect(fanOut.body.errors).toBeUndefined();
    const after = graph.sqlCounts();
    expect(after["westmorland-furness"] - before["westmorland-furness"]).toBe(2);
    expect(after["cumberland"] - before["cumberland"]).toBe(2);
  });
});
