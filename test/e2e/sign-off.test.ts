import { Role } from "../../lib/auth/identity";
import { subgraphRegistry } from "../../subgraphs";
import { codeOf, startTestGraph, type TestGraph } from "../helpers/graph";
import { write, type Owner, type Written } from "../helpers/sign-off";
import { roleTokens, token } from "../helpers/tokens";
import { graphql } from "../../generated/test";

/**
 * From draft to approval, through the gateway: who may take each sign-off step on council and joint
 * actions, the rules no role overrides (never one's own update, never a RED without a comment), what
 * the public sees (approved updates only), and the change feed.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
let jointAction: string;

const ACTIONS: Record<Exclude<Owner, "Joint">, string[]> = {
  WestmorlandAndFurness: ["WestmorlandAndFurnessAction:ambition-for-every-child.a10", "WestmorlandAndFurnessAction:ambition-for-every-child.a11", "WestmorlandAndFurnessAction:ambition-for-every-child.a12"],
  Cumberland: ["CumberlandAction:children-and-family-wellbeing-plan.a10", "CumberlandAction:children-and-family-wellbeing-plan.a11", "CumberlandAction:children-and-family-wellbeing-plan.a12"],
};
const EDITOR: Record<Owner, string> = { WestmorlandAndFurness: "westmorlandFurnessEditor", Cumberland: "cumberlandEditor", Joint: "partnershipEditor" };
const APPROVER: Record<Owner, string> = { WestmorlandAndFurness: "westmorlandFurnessApprover", Cumberland: "cumberlandApprover", Joint: "partnershipApprover" };
const ROLES = ["anonymous", "viewer", "westmorlandFurnessEditor", "cumberlandEditor", "partnershipEditor", "westmorlandFurnessApprover", "cumberlandApprover", "partnershipApprover", "admin"];

beforeAll(async () => {
  graph = await startTestGraph();
  tokens = await roleTokens();
  const created = await graph.queryAs(
    tokens.partnershipEditor,
    graphql(`mutation SignOffCreateJointAction { createJointAction(input: { initiativeId: "regional-adoption-agency", title: "Agree the agency's governance", owner: "RAA programme lead" }) { jointAction { id } errors { code } } }`),
  );
  jointAction = created.body.data!.createJointAction.jointAction.id;
});
afterAll(async () => {
  await graph?.close();
});

interface Snapshot {
  action: { status: string; rag: string | null; forecastStatus: string | null; version: number };
  updates: Array<{ id: string; state: string; revision: number }>;
}
/** The action's tracked state and every update of it, as staff see them. */
async function snapshot(actionId: string): Promise<Snapshot> {
  const answer = await graph.queryAs(
    tokens.viewer,
    graphql(
      `query SignOffWorkState($id: ID!) { node(id: $id) { ... on Action { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } ... on JointAction { status rag forecastStatus version updates(first: 100) { nodes { id state revision } } } } }`,
    ),
    { id: actionId },
  );
  const { updates, ...action } = answer.body.data!.node;
  return { action, updates: updates.nodes };
}

async function draft(owner: Owner, actionId: string, submit: boolean, extra: Record<string, unknown> = {}): Promise<NonNullable<Written["update"]>> {
  const { action } = await snapshot(actionId);
  const written = await write(graph, tokens[EDITOR[owner]], owner, "record", { actionId, expectedVersion: action.version, status: "ON_TRACK", rag: "GREEN", note: "Drafted for the matrix", submit, ...extra });
  expect(written.payload!.errors).toEqual([]);
  return written.payload!.update!;
}

describe("the sign-off matrix: each step by each role, on each owner's actions", () => {
  const cases = (["WestmorlandAndFurness", "Cumberland", "Joint"] as const).flatMap((owner) => ROLES.map((role) => [owner, role] as const));

  it.each(cases)("%s actions, %s: submits only as the owner's editor, approves and returns only as the owner's approver; a refusal changes nothing", async (owner, role) => {
    const actionId = owner === "Joint" ? jointAction : ACTIONS[owner][0];
    const expected = (step: "submit" | "approve" | "return"): string | undefined => {
      const allowed = step === "submit" ? EDITOR[owner] : APPROVER[owner];
      if (role === allowed) return undefined;
      return role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
    };

    // Submit a draft.
    const drafted = await draft(owner, actionId, false);
    let before = await snapshot(actionId);
    const submit = await write(graph, tokens[role], owner, "submit", { updateId: drafted.id, expectedRevision: 0 });
    expect([role, "submit", codeOf(submit.response)]).toEqual([role, "submit", expected("submit")]);
    if (expected("submit") === undefined) expect(submit.payload!.update).toMatchObject({ state: "SUBMITTED", revision: 1 });
    else expect(await snapshot(actionId)).toEqual(before);

    // Return a submitted update (with a reason).
    const toReturn = await draft(owner, actionId, true);
    before = await snapshot(actionId);
    const returned = await write(graph, tokens[role], owner, "return", { updateId: toReturn.id, expectedRevision: 0, comment: "Say what the fostering figures show" });
    expect([role, "return", codeOf(returned.response)]).toEqual([role, "return", expected("return")]);
    if (expected("return") === undefined) {
      expect(returned.payload!.update).toMatchObject({ state: "RETURNED", returnReason: "Say what the fostering figures show" });
      expect((await snapshot(actionId)).action).toEqual(before.action);
    } else expect(await snapshot(actionId)).toEqual(before);

    // Approve a submitted update.
    const toApprove = await draft(owner, actionId, true, { status: "AT_RISK", rag: "AMBER", forecastStatus: "COMPLETE" });
    before = await snapshot(actionId);
    const approved = await write(graph, tokens[role], owner, "approve", { updateId: toApprove.id, expectedRevision: 0 });
    expect([role, "approve", codeOf(approved.response)]).toEqual([role, "approve", expected("approve")]);
    if (expected("approve") === undefined) {
      expect(approved.payload!.update).toMatchObject({ state: "APPROVED", decidedBy: { subject: expect.stringContaining("approver") } });
      expect((await snapshot(actionId)).action).toEqual({ status: "AT_RISK", rag: "AMBER", forecastStatus: "COMPLETE", version: before.action.version + 1 });
    } else expect(await snapshot(actionId)).toEqual(before);
  });
});

describe("rules no role overrides", () => {
  it("an approver cannot approve their own update (FORBIDDEN, nothing changed); another approver can", async () => {
    const both = await token({ roles: [Role.COUNCIL_EDITOR, Role.COUNCIL_APPROVER], council: "cumberland", subject: "cumberland-editor-and-approver", name: "Both hats" });
    const actionId = ACTIONS.Cumberland[1];
    const { action } = await snapshot(actionId);
    const drafted = await write(graph, both, "Cumberland", "record", { actionId, expectedVersion: action.version, status: "ON_TRACK", note: "My own update", submit: true });
    const update = drafted.payload!.update!;
    const before = await snapshot(actionId);
    const own = await write(graph, both, "Cumberland", "approve", { updateId: update.id, expectedRevision: 0 });
    expect(codeOf(own.response)).toBe("FORBIDDEN");
    expect(own.response.errors![0].message).toMatch(/own update/);
    expect(await snapshot(actionId)).toEqual(before);
    const other = await write(graph, tokens.cumberlandApprover, "Cumberland", "approve", { updateId: update.id, expectedRevision: 0 });
    expect(other.payload!.errors).toEqual([]);
    expect(other.payload!.update).toMatchObject({ state: "APPROVED", recordedBy: { subject: "cumberland-editor-and-approver" }, decidedBy: { subject: "test-council_approver-cumberland" } });
  });

  it.each(["Cumberland", "Joint"] as const)("%s: a RED update is not approved without an explanatory comment (nothing changed); with one it is, and keeps it", async (owner) => {
    const actionId = owner === "Joint" ? jointAction : ACTIONS.Cumberland[2];
    const update = await draft(owner, actionId, true, { status: "OFF_TRACK", rag: "RED" });
    const before = await snapshot(actionId);
    for (const comment of [undefined, "   "]) {
      const refused = await write(graph, tokens[APPROVER[owner]], owner, "approve", { updateId: update.id, expectedRevision: 0, comment });
      expect(refused.payload!.errors[0]).toMatchObject({ code: "INVALID_INPUT", field: "comment" });
      expect(await snapshot(actionId)).toEqual(before);
    }
    const approved = await write(graph, tokens[APPROVER[owner]], owner, "approve", { updateId: update.id, expectedRevision: 0, comment: "Two adopters withdrew; recruitment campaign restarts in March" });
    expect(approved.payload!.errors).toEqual([]);
    expect(approved.payload!.update).toMatchObject({ state: "APPROVED", rag: "RED", explanation: "Two adopters withdrew; recruitment campaign restarts in March" });
    expect(approved.payload!.action).toMatchObject({ status: "OFF_TRACK", rag: "RED" });
  });

  it("a RED update drafted with its explanation is approved without a comment", async () => {
    const update = await draft("WestmorlandAndFurness", ACTIONS.WestmorlandAndFurness[1], true, { status: "OFF_TRACK", rag: "RED", explanation: "The contract was not let" });
    const approved = await write(graph, tokens.westmorlandFurnessApprover, "WestmorlandAndFurness", "approve", { updateId: update.id, expectedRevision: 0 });
    expect(approved.payload!.errors).toEqual([]);
    expect(approved.payload!.update!.explanation).toBe("The contract was not let");
  });

  it("steps out of order, stale revisions, unknown ids and missing reasons are refused, changing nothing", async () => {
    const actionId = ACTIONS.WestmorlandAndFurness[2];
    const drafted = await draft("WestmorlandAndFurness", actionId, false);
    const before = await snapshot(actionId);
    const approver = tokens.westmorlandFurnessApprover;
    const cases: Array<[string | null, "submit" | "approve" | "return", Record<string, unknown>, string, string]> = [
      [approver, "approve", { updateId: drafted.id, expectedRevision: 0 }, "INVALID_TRANSITION", "updateId"],
      [approver, "return", { updateId: drafted.id, expectedRevision: 0, comment: "no" }, "INVALID_TRANSITION", "updateId"],
      [approver, "return", { updateId: drafted.id, expectedRevision: 0 }, "INVALID_INPUT", "comment"],
      [tokens.westmorlandFurnessEditor, "submit", { updateId: drafted.id, expectedRevision: 3 }, "CONFLICT", "expectedRevision"],
      [tokens.westmorlandFurnessEditor, "submit", { updateId: "no-such-update", expectedRevision: 0 }, "NOT_FOUND", "updateId"],
      [tokens.westmorlandFurnessEditor, "submit", { updateId: "'; DROP TABLE progress_update; --", expectedRevision: 0 }, "NOT_FOUND", "updateId"],
    ];
    for (const [who, step, input, code, field] of cases) {
      const refused = await write(graph, who, "WestmorlandAndFurness", step, input);
      expect([step, input, refused.payload!.errors[0]]).toEqual([step, input, expect.objectContaining({ code, field })]);
    }
    // A Cumberland update is not Westmorland and Furness's to sign off.
    const cumberland = await draft("Cumberland", ACTIONS.Cumberland[0], false);
    const elsewhere = await write(graph, tokens.westmorlandFurnessEditor, "WestmorlandAndFurness", "submit", { updateId: cumberland.id, expectedRevision: 0 });
    expect(elsewhere.payload!.errors[0]).toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(actionId)).toEqual(before);
    // A returned update cannot then be approved.
    await write(graph, tokens.westmorlandFurnessEditor, "WestmorlandAndFurness", "submit", { updateId: drafted.id, expectedRevision: 0 });
    await write(graph, approver, "WestmorlandAndFurness", "return", { updateId: drafted.id, expectedRevision: 1, comment: "Too vague" });
    const late = await write(graph, approver, "WestmorlandAndFurness", "approve", { updateId: drafted.id, expectedRevision: 2 });
    expect(late.payload!.errors[0]).toMatchObject({ code: "INVALID_TRANSITION" });
  });
});

describe("what the public sees", () => {
  it("only approved updates: the latest approved is the action's latest update and status; drafts, submitted and returned ones are not shown; asking for them anonymously is refused", async () => {
    const actionId = "CumberlandAction:children-and-family-wellbeing-plan.a20";
    const approvedNote = "Published progress";
    const first = await draft("Cumberland", actionId, true, { note: approvedNote, status: "ON_TRACK", rag: "GREEN" });
    expect((await write(graph, tokens.cumberlandApprover, "Cumberland", "approve", { updateId: first.id, expectedRevision: 0 })).payload!.errors).toEqual([]);
    await draft("Cumberland", actionId, false, { note: "A draft nobody outside may read", status: "OFF_TRACK", rag: "RED" });
    const submitted = await draft("Cumberland", actionId, true, { note: "Submitted, not yet approved", status: "AT_RISK" });
    const returned = await draft("Cumberland", actionId, true, { note: "Returned", status: "AT_RISK" });
    await write(graph, tokens.cumberlandApprover, "Cumberland", "return", { updateId: returned.id, expectedRevision: 0, comment: "No" });

    const query = graphql(`query SignOffQuery($id: ID!) { node(id: $id) { ... on Action { status rag latestUpdate { note state } updates { totalCount nodes { note state } } } } }`);
    const anonymous = await graph.queryAs(null, query, { id: actionId });
    expect(anonymous.body.errors).toBeUndefined();
    expect(anonymous.body.data!.node).toEqual({ status: "ON_TRACK", rag: "GREEN", latestUpdate: { note: approvedNote, state: "APPROVED" }, updates: { totalCount: 1, nodes: [{ note: approvedNote, state: "APPROVED" }] } });

    const staff = await graph.queryAs(tokens.viewer, query, { id: actionId });
    expect(staff.body.data!.node.updates.nodes.map((update) => update.state)).toEqual(["RETURNED", "SUBMITTED", "DRAFT", "APPROVED"]);
    expect(submitted.state).toBe("SUBMITTED");

    for (const states of ["[DRAFT]", "[SUBMITTED]", "[RETURNED]", "[APPROVED, DRAFT]"]) {
      const refused = await graph.queryAs(null, `query($id: ID!) { node(id: $id) { ... on Action { updates(states: ${states}) { totalCount } } } }`, { id: actionId });
      expect([states, codeOf(refused.body)]).toEqual([states, "UNAUTHENTICATED"]);
    }
    // Joint actions and their updates are internal altogether.
    const joint = await graph.queryAs(null, `query($id: ID!) { node(id: $id) { ... on JointAction { updates { totalCount } } } }`, { id: jointAction });
    expect(codeOf(joint.body)).toBe("UNAUTHENTICATED");
  });
});

describe("the change feed", () => {
  interface FeedPage {
    totalCount: number;
    nodes: Array<{ entityId: string; kind: string; at: string; sequence: number }>;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
  }
  const FEED = graphql(`query SignOffFeed($first: Int, $after: String) { councils { changes(first: $first, after: $after) { totalCount nodes { entityId kind at sequence } pageInfo { endCursor hasNextPage } } } }`);
  async function feed(who: string | null, after: string | null, first = 3): Promise<FeedPage> {
    const answer = await graph.queryAs(who, FEED, { first, after });
    expect(answer.body.errors).toBeUndefined();
    return answer.body.data!.councils[1].changes;
  }
  async function readAll(who: string | null, from: string | null): Promise<{ entries: FeedPage["nodes"]; cursor: string | null; pages: number }> {
    const entries: FeedPage["nodes"] = [];
    let cursor = from;
    let pages = 0;
    for (;;) {
      const page = await feed(who, cursor);
      pages += 1;
      entries.push(...page.nodes);
      cursor = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) return { entries, cursor, pages };
    }
  }
  const auditKinds = async (): Promise<Array<{ sequence: number; entityId: string; operation: string }>> => {
    const log = await graph.queryAs(tokens.admin, graphql(`query SignOffAuditLog { councils { auditLog(first: 100) { nodes { sequence entityId operation } } } }`));
    return log.body.data!.councils[1].auditLog.nodes.reverse();
  };

  it("returns every change exactly once, in order, across pages; goes on from a kept cursor; stays put when nothing changed", async () => {
    const { entries, cursor, pages } = await readAll(tokens.viewer, null);
    expect(pages).toBeGreaterThan(2);
    const audit = await auditKinds();
    expect(entries.map((entry) => [entry.sequence, entry.entityId])).toEqual(audit.map((entry) => [entry.sequence, entry.entityId]));
    expect(new Set(entries.map((entry) => entry.sequence)).size).toBe(entries.length);
    expect(entries[0]).toMatchObject({ kind: "DATA_LOADED", entityId: "CumberlandCouncil:cumberland" });

    // Nothing new: an empty page that keeps the cursor.
    const idle = await feed(tokens.viewer, cursor);
    expect(idle).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { endCursor: cursor, hasNextPage: false } });

    // New changes come after the kept cursor, and only they.
    const actionId = "CumberlandAction:children-and-family-wellbeing-plan.a30";
    const update = await draft("Cumberland", actionId, false);
    await write(graph, tokens.cumberlandEditor, "Cumberland", "submit", { updateId: update.id, expectedRevision: 0 });
    await write(graph, tokens.cumberlandApprover, "Cumberland", "approve", { updateId: update.id, expectedRevision: 1 });
    const next = await readAll(tokens.viewer, cursor);
    expect(next.entries.map((entry) => [entry.kind, entry.entityId])).toEqual([
      ["UPDATE_DRAFTED", actionId],
      ["UPDATE_SUBMITTED", actionId],
      ["UPDATE_APPROVED", actionId],
    ]);
  });

  it("shows the public only approved progress and data loads; refuses a cursor it did not give", async () => {
    const { entries } = await readAll(null, null);
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((entry) => entry.kind))).toEqual(new Set(["DATA_LOADED", "UPDATE_APPROVED"]));
    const staff = await readAll(tokens.viewer, null);
    expect(entries.map((entry) => entry.sequence)).toEqual(staff.entries.filter((entry) => ["DATA_LOADED", "UPDATE_APPROVED"].includes(entry.kind)).map((entry) => entry.sequence));
    const bad = await graph.queryAs(null, FEED, { first: 3, after: "bm90LWEtY3Vyc29y" });
    expect(codeOf(bad.body)).toBe("BAD_USER_INPUT");
  });

  it("the partnership's feed: joint work for staff, data loads for anyone", async () => {
    const query = graphql(`query SignOffQueryX { partnership { changes(first: 100) { nodes { entityId kind } } } }`);
    const staff = await graph.queryAs(tokens.viewer, query);
    const kinds = staff.body.data!.partnership.changes.nodes.map((entry) => entry.kind);
    expect(kinds[0]).toBe("DATA_LOADED");
    expect(kinds).toContain("JOINT_ACTION_CREATED");
    expect(kinds).toContain("UPDATE_APPROVED");
    const anonymous = await graph.queryAs(null, query);
    expect(anonymous.body.data!.partnership.changes.nodes).toEqual([{ entityId: "Partnership:cumbria", kind: "DATA_LOADED" }]);
  });
});

describe("data loads", () => {
  it("a reload of the data files keeps every approved status, RAG and forecast (they are users', not the files')", async () => {
    const actionId = "CumberlandAction:children-and-family-wellbeing-plan.a25";
    const update = await draft("Cumberland", actionId, true, { status: "AT_RISK", rag: "AMBER", forecastStatus: "COMPLETE" });
    expect((await write(graph, tokens.cumberlandApprover, "Cumberland", "approve", { updateId: update.id, expectedRevision: 0 })).payload!.errors).toEqual([]);
    const before = await snapshot(actionId);
    const cumberland = subgraphRegistry()
      .find((entry) => entry.descriptor.name === "cumberland")!
      .definition();
    const counts = await cumberland.sync(graph.subgraphs.cumberland.database.dataSource);
    expect(counts.action).toMatchObject({ updated: 0, deleted: 0 });
    expect(await snapshot(actionId)).toEqual(before);
    expect(before.action).toMatchObject({ status: "AT_RISK", rag: "AMBER", forecastStatus: "COMPLETE" });
  });
});
