import { codeOf, startTestGraph, type TestGraph } from "../helpers/graph";
import { recordApproved, write } from "../helpers/sign-off";
import { roleTokens, token } from "../helpers/tokens";
import { graphql } from "../../generated/test";
import type { JointActionEditsFieldsFragment, JointActionEditsPayloadFragment } from "../../generated/test/graphql";

/**
 * The workspace's joint-action writes and lists (issue 18), through the gateway over HTTP: editing and
 * withdrawing a joint action (revisions, conflicts, idempotent retries, audit entries and the change
 * feed; refusals change nothing; a withdrawn action takes no more edits or progress), the joint
 * actions' filter, and the audit log of one record.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
let roleless: string;
const today = new Date().toISOString().slice(0, 10);
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = await roleTokens();
  roleless = await token({ roles: [] });
});
afterAll(async () => {
  await graph?.close();
});

const WF_ACTION = "WestmorlandAndFurnessAction:ambition-for-every-child.a26";
const CUMBERLAND_ACTION = "CumberlandAction:children-and-family-wellbeing-plan.a35";
graphql(`fragment JointActionEditsFields on JointAction { id title description owner dueDate revision withdrawnAt withdrawnBy { subject name team } withdrawalReason status version milestones { title dueDate } advances { id } }`);
graphql(`fragment JointActionEditsPayload on JointActionPayload { jointAction { ...JointActionEditsFields } errors { code field message currentVersion } replayed }`);
type Edit = "createJointAction" | "updateJointAction" | "withdrawJointAction";
const MUTATIONS = {
  createJointAction: graphql(`mutation JointActionEditsCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { ...JointActionEditsPayload } }`),
  updateJointAction: graphql(`mutation JointActionEditsUpdate($input: UpdateJointActionInput!) { updateJointAction(input: $input) { ...JointActionEditsPayload } }`),
  withdrawJointAction: graphql(`mutation JointActionEditsWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { ...JointActionEditsPayload } }`),
};
type JointAction = JointActionEditsFieldsFragment;

async function mutate(name: Edit, who: string | null, input: Record<string, unknown>) {
  // The three answer with the same generated payload fragment: one answer type serves them all.
  const { body } = await graph.queryAs<Partial<Record<Edit, JointActionEditsPayloadFragment>>>(who, MUTATIONS[name].toString(), { input });
  return { payload: body.data?.[name] ?? null, response: body };
}

async function create(title: string, extra: Record<string, unknown> = {}): Promise<JointAction> {
  const { payload, response } = await mutate("createJointAction", tokens.partnershipEditor, {
    initiativeId: "regional-adoption-agency",
    title,
    description: "Both councils agree it.",
    owner: "Head of Cumbria Adoption",
    dueDate: "2026-03-31",
    milestones: [{ title: "Options appraisal", dueDate: "2025-12-31" }],
    advances: [WF_ACTION],
    ...extra,
  });
  expect(response.errors).toBeUndefined();
  expect(payload!.errors).toEqual([]);
  return payload!.jointAction!;
}

async function read(id: string): Promise<JointAction> {
  const result = await graph.queryAs(tokens.viewer, graphql(`query JointActionEditsRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionEditsFields } } }`), { id });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.node;
}

async function auditOf(entity: string | null) {
  const result = await graph.queryAs(tokens.admin, graphql(`query JointActionEditsAuditLog($entity: ID) { partnership { auditLog(first: 100, entity: $entity) { nodes { operation entityId before after actor { subject } } } } }`), {
    entity,
  });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.partnership.auditLog.nodes;
}

async function feed(): Promise<Array<{ entityId: string; kind: string }>> {
  const result = await graph.queryAs(tokens.viewer, graphql(`query JointActionEditsChangeKinds { partnership { changes(first: 100) { nodes { entityId kind } } } }`));
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.partnership.changes.nodes;
}

/** What a refused write must leave as it was: the action, its audit entries, the feed. */
async function snapshot(id: string): Promise<unknown> {
  return { action: await read(id), audit: (await auditOf(null)).length, feed: (await feed()).length };
}

describe("updateJointAction", () => {
  it("edits the fields given, leaves out the others, clears nulls, replaces milestones and links; revision + 1, audited with before and after, in the change feed", async () => {
    const action = await create("Agree the operating model");
    expect(action.revision).toBe(0);
    const edited = await mutate("updateJointAction", tokens.partnershipEditor, {
      jointActionId: action.id,
      expectedRevision: 0,
      title: "  Agree the agency's operating model ",
      description: null,
      milestones: [{ title: "Directors agree", dueDate: "2026-01-31" }, { title: "Cabinets agree" }],
      advances: [CUMBERLAND_ACTION, WF_ACTION, CUMBERLAND_ACTION],
    });
    expect(edited.response.errors).toBeUndefined();
    expect(edited.payload).toMatchObject({ errors: [], replayed: false });
    const expected = {
      ...action,
      title: "Agree the agency's operating model",
      description: null,
      revision: 1,
      milestones: [
        { title: "Directors agree", dueDate: "2026-01-31" },
        { title: "Cabinets agree", dueDate: null },
      ],
      advances: [{ id: CUMBERLAND_ACTION }, { id: WF_ACTION }],
    };
    expect(edited.payload!.jointAction).toEqual(expected);
    expect(await read(action.id)).toEqual(expected);

    // Only the due date: everything else stays.
    const dated = await mutate("updateJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 1, dueDate: "2026-06-30" });
    expect(dated.payload!.jointAction).toEqual({ ...expected, dueDate: "2026-06-30", revision: 2 });
    const cleared = await mutate("updateJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 2, dueDate: null, advances: [] });
    expect(cleared.payload!.jointAction).toEqual({ ...expected, dueDate: null, advances: [], revision: 3 });

    const entries = await auditOf(action.id);
    expect(entries.map((entry) => entry.operation)).toEqual(["updateJointAction", "updateJointAction", "updateJointAction", "createJointAction"]);
    const first = entries[2];
    expect(first.actor.subject).toBe("test-partnership_editor");
    expect(JSON.parse(first.before!)).toMatchObject({ title: "Agree the operating model", description: "Both councils agree it.", revision: 0, milestones: [{ title: "Options appraisal", dueDate: "2025-12-31" }], advances: [WF_ACTION] });
    expect(JSON.parse(first.after!)).toMatchObject({
      title: "Agree the agency's operating model",
      description: null,
      revision: 1,
      milestones: [{ title: "Directors agree" }, { title: "Cabinets agree" }],
      advances: [CUMBERLAND_ACTION, WF_ACTION],
    });
    expect((await feed()).filter((change) => change.entityId === action.id).map((change) => change.kind)).toEqual(["JOINT_ACTION_CREATED", "JOINT_ACTION_UPDATED", "JOINT_ACTION_UPDATED", "JOINT_ACTION_UPDATED"]);
    // The feed's edits are for partner staff only, as its other joint-action changes are.
    const anonymous = await graph.query(graphql(`query JointActionEditsChangedIds { partnership { changes(first: 100) { nodes { entityId } } } }`));
    expect(anonymous.data!.partnership.changes.nodes.some((change) => change.entityId === action.id)).toBe(false);
  });

  it("refuses a stale expectedRevision with CONFLICT and the current revision, and changes nothing", async () => {
    const action = await create("Recruit adopters jointly");
    expect((await mutate("updateJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 0, owner: "Agency lead" })).payload!.errors).toEqual([]);
    const before = await snapshot(action.id);
    const stale = await mutate("updateJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 0, title: "Overwritten" });
    expect(stale.payload).toMatchObject({ jointAction: null, errors: [{ code: "CONFLICT", field: "expectedRevision", currentVersion: 1 }] });
    expect(await snapshot(action.id)).toEqual(before);
  });

  it("answers a retry with the same idempotencyKey from the first edit (replayed), once in the audit log; the key with another input is refused", async () => {
    const action = await create("Shared adopter assessment");
    const input = { jointActionId: action.id, expectedRevision: 0, title: "Shared adopter assessment and training", idempotencyKey: "edit-1" };
    const first = await mutate("updateJointAction", tokens.partnershipEditor, input);
    expect(first.payload).toMatchObject({ errors: [], replayed: false, jointAction: { revision: 1 } });
    const before = await snapshot(action.id);
    const retry = await mutate("updateJointAction", tokens.partnershipEditor, input);
    expect(retry.payload).toMatchObject({ errors: [], replayed: true, jointAction: { revision: 1, title: "Shared adopter assessment and training" } });
    expect(await snapshot(action.id)).toEqual(before);
    expect((await auditOf(action.id)).map((entry) => entry.operation)).toEqual(["updateJointAction", "createJointAction"]);
    // Clearing a field is another input than leaving it out.
    const reused = await mutate("updateJointAction", tokens.partnershipEditor, { ...input, description: null });
    expect(reused.payload!.errors.map((error) => error.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    expect(await snapshot(action.id)).toEqual(before);
  });

  it("refuses bad input (null title or owner, too long, bad dates, a council action that does not exist, an unknown action) and changes nothing", async () => {
    const action = await create("Adoption support offer");
    const before = await snapshot(action.id);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: null }, "INVALID_INPUT", "title"],
      [{ owner: null }, "INVALID_INPUT", "owner"],
      [{ title: "   " }, "INVALID_INPUT", "title"],
      [{ title: "x".repeat(201) }, "INVALID_INPUT", "title"],
      [{ description: "x".repeat(2001) }, "INVALID_INPUT", "description"],
      [{ dueDate: "2026-02-30" }, "INVALID_INPUT", "dueDate"],
      // An empty date is not a date (null clears one): it was stored as "".
      [{ dueDate: "" }, "INVALID_INPUT", "dueDate"],
      [{ milestones: [{ title: "Panel", dueDate: "" }] }, "INVALID_INPUT", "milestones[0].dueDate"],
      [{ milestones: [{ title: "" }] }, "INVALID_INPUT", "milestones[0].title"],
      [{ advances: ["WestmorlandAndFurnessAction:ambition-for-every-child.a999"] }, "NOT_FOUND", "advances[0]"],
      [{ advances: [WF_ACTION, "CumberlandAction:no-such-plan.a1"] }, "NOT_FOUND", "advances[1]"],
      [{ advances: ["JointInitiative:regional-adoption-agency"] }, "INVALID_INPUT", "advances[0]"],
      [{ expectedRevision: -1 }, "INVALID_INPUT", "expectedRevision"],
      [{ idempotencyKey: "not a key!" }, "INVALID_INPUT", "idempotencyKey"],
      [{ jointActionId: "JointAction:00000000-0000-0000-0000-000000000000" }, "NOT_FOUND", "jointActionId"],
      [{ jointActionId: WF_ACTION }, "NOT_FOUND", "jointActionId"],
    ];
    for (const [change, code, field] of cases) {
      const { payload, response } = await mutate("updateJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 0, ...change });
      expect(response.errors).toBeUndefined();
      expect(payload!.jointAction).toBeNull();
      expect(payload!.errors.map((error) => [error.code, error.field])).toContainEqual([code, field]);
    }
    expect(await snapshot(action.id)).toEqual(before);
  });

  it("createJointAction refuses a council action that does not exist too, and an empty due date, and creates nothing", async () => {
    const count = async () =>
      (await graph.queryAs(tokens.viewer, graphql(`query JointActionEditsCountWithWithdrawn { jointInitiative(id: "regional-adoption-agency") { jointActions(filter: { includeWithdrawn: true }) { totalCount } } }`))).body.data!
        .jointInitiative.jointActions.totalCount;
    const before = await count();
    const { payload } = await mutate("createJointAction", tokens.partnershipEditor, {
      initiativeId: "regional-adoption-agency",
      title: "Linked to nothing",
      owner: "Lead",
      advances: [WF_ACTION, "WestmorlandAndFurnessAction:ambition-for-every-child.a999"],
    });
    expect(payload).toMatchObject({ jointAction: null, errors: [{ code: "NOT_FOUND", field: "advances[1]" }] });
    const emptyDate = await mutate("createJointAction", tokens.partnershipEditor, { initiativeId: "regional-adoption-agency", title: "Due on no date", owner: "Lead", dueDate: "" });
    expect(emptyDate.payload).toMatchObject({ jointAction: null, errors: [{ code: "INVALID_INPUT", field: "dueDate" }] });
    expect(await count()).toBe(before);
  });

  it("is for PARTNERSHIP_EDITORs only: others are refused and change nothing", async () => {
    const action = await create("Edited by the right people");
    const before = await snapshot(action.id);
    for (const role of ["anonymous", "viewer", "westmorlandFurnessEditor", "cumberlandApprover", "partnershipApprover", "admin"]) {
      for (const name of ["updateJointAction", "withdrawJointAction"] as const) {
        const input = name === "updateJointAction" ? { jointActionId: action.id, expectedRevision: 0, title: `By ${role}` } : { jointActionId: action.id, expectedRevision: 0, reason: `By ${role}` };
        const { response } = await mutate(name, tokens[role], input);
        expect(codeOf(response)).toBe(role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      }
    }
    expect(await snapshot(action.id)).toEqual(before);
  });
});

describe("withdrawJointAction", () => {
  it("withdraws with a reason (revision + 1, who and when, audited, in the feed); the action then refuses edits, a second withdrawal and progress", async () => {
    const action = await create("Joint panel for matches");
    const drafted = await write(graph, tokens.partnershipEditor, "Joint", "record", { actionId: action.id, expectedVersion: 0, status: "ON_TRACK", note: "Panel dates set", submit: true });
    expect(drafted.payload!.errors).toEqual([]);

    for (const [reason, field] of [
      ["", "reason"],
      ["   ", "reason"],
      ["x".repeat(2001), "reason"],
    ] as const) {
      const refusedNow = await mutate("withdrawJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 0, reason });
      expect(refusedNow.payload!.errors.map((error) => [error.code, error.field])).toEqual([["INVALID_INPUT", field]]);
    }
    const stale = await mutate("withdrawJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 3, reason: "Stale" });
    expect(stale.payload!.errors).toEqual([expect.objectContaining({ code: "CONFLICT", currentVersion: 0 })]);
    expect((await read(action.id)).withdrawnAt).toBeNull();

    const withdrawn = await mutate("withdrawJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 0, reason: " Replaced by the regional panel ", idempotencyKey: "withdraw-1" });
    expect(withdrawn.payload).toMatchObject({ errors: [], replayed: false });
    const now = withdrawn.payload!.jointAction!;
    expect(now).toMatchObject({ revision: 1, withdrawalReason: "Replaced by the regional panel", withdrawnBy: { subject: "test-partnership_editor", name: "Adoption agency lead", team: "Partnership officer" } });
    expect(now.withdrawnAt!.slice(0, 10)).toBe(today);
    expect(await read(action.id)).toEqual(now);
    const retry = await mutate("withdrawJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 0, reason: "Replaced by the regional panel", idempotencyKey: "withdraw-1" });
    expect(retry.payload).toMatchObject({ errors: [], replayed: true, jointAction: { revision: 1 } });

    const entries = await auditOf(action.id);
    expect(entries.map((entry) => entry.operation)).toEqual(["withdrawJointAction", "recordJointActionProgress", "createJointAction"]);
    expect(JSON.parse(entries[0].before!)).toMatchObject({ withdrawnAt: null, revision: 0 });
    expect(JSON.parse(entries[0].after!)).toMatchObject({ withdrawnAt: now.withdrawnAt, withdrawalReason: "Replaced by the regional panel", revision: 1 });
    expect((await feed()).filter((change) => change.entityId === action.id).map((change) => change.kind)).toEqual(["JOINT_ACTION_CREATED", "UPDATE_SUBMITTED", "JOINT_ACTION_WITHDRAWN"]);

    const before = await snapshot(action.id);
    const edit = await mutate("updateJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 1, title: "Revived" });
    expect(edit.payload!.errors.map((error) => error.code)).toEqual(["WITHDRAWN"]);
    const again = await mutate("withdrawJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 1, reason: "Again" });
    expect(again.payload!.errors.map((error) => error.code)).toEqual(["WITHDRAWN"]);
    const progress = await write(graph, tokens.partnershipEditor, "Joint", "record", { actionId: action.id, expectedVersion: 0, status: "ON_TRACK", note: "After withdrawal" });
    expect(progress.payload).toMatchObject({ action: null, update: null, errors: [{ code: "WITHDRAWN" }] });
    // The update submitted before the withdrawal is not approved now; it may still be returned.
    const update = drafted.payload!.update!;
    const approval = await write(graph, tokens.partnershipApprover, "Joint", "approve", { updateId: update.id, expectedRevision: update.revision });
    expect(approval.payload!.errors.map((error) => error.code)).toEqual(["WITHDRAWN"]);
    expect(await snapshot(action.id)).toEqual(before);
    const returned = await write(graph, tokens.partnershipApprover, "Joint", "return", { updateId: update.id, expectedRevision: update.revision, comment: "Action withdrawn" });
    expect(returned.payload).toMatchObject({ errors: [], update: { state: "RETURNED" } });
  });
});

describe("JointInitiative.jointActions(filter)", () => {
  const LIST = graphql(`query JointActionEditsList($filter: JointActionFilter) { jointInitiative(id: "regional-adoption-agency") { jointActions(first: 100, filter: $filter) { totalCount nodes { id } } } }`);
  const list = async (filter: Record<string, unknown> | null, who: string | null = tokens.viewer) => (await graph.queryAs(who, LIST, { filter })).body;
  const ids = async (filter: Record<string, unknown> | null) => {
    const body = await list(filter);
    expect(body.errors).toBeUndefined();
    return body.data!.jointInitiative.jointActions.nodes.map((node) => node.id);
  };

  let approved: string;
  let submitted: string;
  let drafted: string;
  let withdrawn: string;
  let plain: string;
  beforeAll(async () => {
    approved = (await create("Filter: approved")).id;
    await recordApproved(graph, "Joint", tokens.partnershipEditor!, tokens.partnershipApprover!, { actionId: approved, expectedVersion: 0, status: "AT_RISK", rag: "AMBER", note: "Approved today" });
    submitted = (await create("Filter: submitted")).id;
    await write(graph, tokens.partnershipEditor, "Joint", "record", { actionId: submitted, expectedVersion: 0, status: "ON_TRACK", note: "For approval", submit: true });
    drafted = (await create("Filter: drafted")).id;
    await write(graph, tokens.partnershipEditor, "Joint", "record", { actionId: drafted, expectedVersion: 0, status: "ON_TRACK", note: "Draft" });
    withdrawn = (await create("Filter: withdrawn")).id;
    await mutate("withdrawJointAction", tokens.partnershipEditor, { jointActionId: withdrawn, expectedRevision: 0, reason: "Not needed" });
    plain = (await create("Filter: nothing recorded")).id;
  });

  it("leaves withdrawn actions out unless includeWithdrawn", async () => {
    const standing = await ids(null);
    expect(standing).toEqual(expect.arrayContaining([approved, submitted, drafted, plain]));
    expect(standing).not.toContain(withdrawn);
    expect(await ids({ includeWithdrawn: false })).toEqual(standing);
    const all = await ids({ includeWithdrawn: true });
    expect(all).toContain(withdrawn);
    expect(standing.every((id) => all.includes(id))).toBe(true);
  });

  it("filters by status, notUpdatedSince and updateStates", async () => {
    expect(await ids({ status: "AT_RISK" })).toEqual([approved]);
    const stale = await ids({ notUpdatedSince: today });
    expect(stale).toEqual(expect.arrayContaining([submitted, drafted, plain]));
    expect(stale).not.toContain(approved);
    expect(stale).not.toContain(withdrawn);
    expect(await ids({ notUpdatedSince: "2100-01-01" })).toEqual(await ids(null));
    expect(await ids({ updateStates: ["SUBMITTED"] })).not.toContain(drafted);
    expect(await ids({ updateStates: ["SUBMITTED"] })).toContain(submitted);
    expect(await ids({ updateStates: ["DRAFT"] })).toEqual([drafted]);
    expect(await ids({ updateStates: ["APPROVED"], status: "AT_RISK" })).toEqual([approved]);
    expect(await ids({ updateStates: ["SUBMITTED"], notUpdatedSince: today, includeWithdrawn: true })).toContain(submitted);
  });

  it("a date that is not one is BAD_USER_INPUT; without a signed-in staff token the list (drafts included) is refused", async () => {
    for (const date of ["2026-13-01", "soon"]) {
      const body = await list({ notUpdatedSince: date });
      expect(codeOf(body)).toBe("BAD_USER_INPUT");
      expect(body.errors![0].extensions!.field).toBe("filter.notUpdatedSince");
    }
    expect(codeOf(await list({ updateStates: ["DRAFT"] }, null))).toBe("UNAUTHENTICATED");
    const noRole = await list({ updateStates: ["DRAFT"] }, roleless);
    expect(codeOf(noRole)).toBe("FORBIDDEN");
    expect(JSON.stringify(noRole.data ?? null)).not.toContain(drafted);
  });

  it("costs one SQL statement for the level, filtered or not, however many initiatives", async () => {
    const measure = async (filter: string) => {
      const before = graph.sqlCounts();
      const result = await graph.queryAs(tokens.viewer, `{ jointInitiatives(first: 100) { nodes { jointActions${filter} { totalCount } } } }`);
      expect(result.body.errors).toBeUndefined();
      return graph.sqlCounts()["shared"] - before["shared"];
    };
    const unfiltered = await measure("");
    const filtered = await measure(`(filter: { status: ON_TRACK, notUpdatedSince: "${today}", updateStates: [SUBMITTED, DRAFT], includeWithdrawn: true })`);
    // The initiatives, then one statement for all their joint actions.
    expect(unfiltered).toBe(2);
    expect(filtered).toBe(2);
  });
});

describe("auditLog(entity)", () => {
  it("gives the entries of one joint action or one council action, for ADMINs; an id that is not one is BAD_USER_INPUT", async () => {
    const action = await create("Audited alone");
    await mutate("updateJointAction", tokens.partnershipEditor, { jointActionId: action.id, expectedRevision: 0, owner: "New lead" });
    const entries = await auditOf(action.id);
    expect(entries.map((entry) => [entry.operation, entry.entityId])).toEqual([
      ["updateJointAction", action.id],
      ["createJointAction", action.id],
    ]);
    expect((await auditOf(null)).length).toBeGreaterThan(entries.length);
    expect(await auditOf("JointAction:00000000-0000-0000-0000-000000000000")).toEqual([]);

    await recordApproved(graph, "Cumberland", tokens.cumberlandEditor!, tokens.cumberlandApprover!, { actionId: CUMBERLAND_ACTION, expectedVersion: 0, status: "ON_TRACK", rag: "GREEN", note: "Audited council action" });
    const council = await graph.queryAs(tokens.admin, graphql(`query JointActionEditsCumberlandAuditLog($entity: ID) { cumberland { all: auditLog { totalCount } one: auditLog(entity: $entity) { nodes { operation entityId } } } }`), {
      entity: CUMBERLAND_ACTION,
    });
    expect(council.body.errors).toBeUndefined();
    expect(council.body.data!.cumberland.one.nodes).toEqual([
      { operation: "approveCumberlandProgressUpdate", entityId: CUMBERLAND_ACTION },
      { operation: "recordCumberlandActionProgress", entityId: CUMBERLAND_ACTION },
    ]);
    expect(council.body.data!.cumberland.all.totalCount).toBeGreaterThan(2);

    for (const bad of ["not an id", "JointAction:"]) {
      const response = await graph.queryAs(tokens.admin, `query($entity: ID) { partnership { auditLog(entity: $entity) { totalCount } } }`, { entity: bad });
      expect(codeOf(response.body)).toBe("BAD_USER_INPUT");
    }
    for (const role of ["viewer", "partnershipEditor"]) {
      const response = await graph.queryAs(tokens[role], `query($entity: ID) { partnership { auditLog(entity: $entity) { totalCount } } }`, { entity: action.id });
      expect(codeOf(response.body)).toBe("FORBIDDEN");
    }
  });
});
