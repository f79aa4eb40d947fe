import { startGraphWithTokens, type GraphQLResponse, type TestGraph } from "../helpers/graph";
import { recordApproved, write } from "../helpers/sign-off";
import { graphql } from "../../generated/test";

/**
 * An adoption agency lead creates a joint action on the Regional Adoption Agency, drafts progress
 * that a partnership approver signs off twice, meets conflicts (a stale draft, a stale approval), and
 * a council editor's write is refused: through the gateway, audited.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => ({ graph, tokens } = await startGraphWithTokens()));
afterAll(() => graph?.close());

const CREATE = graphql(`mutation JointActionsCreate($input: CreateJointActionInput!) {
  createJointAction(input: $input) { jointAction { id title owner dueDate status version milestones { title dueDate } advances { __typename id title plan { title } } initiative { key } } errors { code field message } } }`);
const RECORD = graphql(`mutation JointActionsRecord($input: RecordProgressInput!) {
  recordJointActionProgress(input: $input) { jointAction { id status rag version } update { id state revision note version recordedBy { name } } errors { code field message currentVersion } } }`);

const input = {
  initiativeId: "regional-adoption-agency",
  title: "Agree the Regional Adoption Agency's operating model",
  description: "Both councils sign off the model for the agency across the Cumbria footprint.",
  owner: "Head of Cumbria Adoption",
  dueDate: "2026-03-31",
  milestones: [
    { title: "Options appraisal to both directors", dueDate: "2025-12-31" },
    { title: "Cabinet decisions", dueDate: "2026-03-31" },
  ],
  advances: ["WestmorlandAndFurnessAction:ambition-for-every-child.a26", "CumberlandAction:children-and-family-wellbeing-plan.a35"],
};

it("creates a joint action linked to both councils' actions, signs off two updates, refuses a stale draft, a stale approval and a council editor", async () => {
  const created = (await graph.queryAs(tokens.partnershipEditor, CREATE, { input })).body;
  expect(created.errors).toBeUndefined();
  const action = created.data!.createJointAction.jointAction!;
  expect(action).toMatchObject({ status: "NOT_REPORTED", version: 0 });
  expect(action.milestones.map((milestone) => milestone.title)).toEqual(["Options appraisal to both directors", "Cabinet decisions"]);
  expect(action.advances.map((advanced) => [advanced.__typename, advanced.plan.title])).toEqual([
    ["WestmorlandAndFurnessAction", "Ambition for Every Child"],
    ["CumberlandAction", "Children and Family Wellbeing Strategic Plan"],
  ]);

  // A draft changes nothing on the action; its approval does.
  const draft = (await graph.queryAs(tokens.partnershipEditor, RECORD, { input: { actionId: action.id, expectedVersion: 0, status: "ON_TRACK", rag: "GREEN", note: "Options appraisal drafted", submit: true } })).body;
  expect(draft.data!.recordJointActionProgress).toMatchObject({ jointAction: { status: "NOT_REPORTED", rag: null, version: 0 }, update: { state: "SUBMITTED", note: "Options appraisal drafted", version: 1 }, errors: [] });
  const first = await write(graph, tokens.partnershipApprover, "Joint", "approve", { updateId: draft.data!.recordJointActionProgress.update!.id, expectedRevision: draft.data!.recordJointActionProgress.update!.revision });
  expect(first.payload).toMatchObject({ action: { status: "ON_TRACK", rag: "GREEN", version: 1 }, update: { state: "APPROVED" }, errors: [] });

  // Two drafts on version 1: both are kept; the first approved moves the action to version 2, and the other's approval is then stale.
  const cabinet = (await graph.queryAs(tokens.partnershipEditor, RECORD, { input: { actionId: action.id, expectedVersion: 1, status: "AT_RISK", rag: "AMBER", note: "Cabinet dates moved", submit: true } })).body;
  const kept = (await graph.queryAs(tokens.partnershipEditor, RECORD, { input: { actionId: action.id, expectedVersion: 1, status: "ON_TRACK", rag: "GREEN", note: "Cabinet dates kept after all", submit: true } })).body;
  expect([cabinet.data!.recordJointActionProgress.errors, kept.data!.recordJointActionProgress.errors]).toEqual([[], []]);
  expect(kept.data!.recordJointActionProgress.jointAction).toMatchObject({ status: "ON_TRACK", version: 1 });
  const cabinetUpdate = cabinet.data!.recordJointActionProgress.update!;
  const keptUpdate = kept.data!.recordJointActionProgress.update!;
  const second = await write(graph, tokens.partnershipApprover, "Joint", "approve", { updateId: cabinetUpdate.id, expectedRevision: cabinetUpdate.revision });
  expect(second.payload).toMatchObject({ action: { status: "AT_RISK", rag: "AMBER", version: 2 }, errors: [] });
  const councilApprover = await write(graph, tokens.cumberlandApprover, "Joint", "approve", { updateId: keptUpdate.id, expectedRevision: keptUpdate.revision });
  expect(councilApprover.response.errors![0].extensions!.code).toBe("FORBIDDEN");
  const staleApproval = await write(graph, tokens.partnershipApprover, "Joint", "approve", { updateId: keptUpdate.id, expectedRevision: keptUpdate.revision });
  expect(staleApproval.payload).toEqual({ action: null, update: null, errors: [expect.objectContaining({ code: "CONFLICT", field: "updateId", currentVersion: 2 })] });

  const stale = (await graph.queryAs(tokens.partnershipEditor, RECORD, { input: { actionId: action.id, expectedVersion: 1, status: "ON_TRACK", note: "Back on track" } })).body;
  expect(stale.data!.recordJointActionProgress).toEqual({ jointAction: null, update: null, errors: [expect.objectContaining({ code: "CONFLICT", field: "expectedVersion", currentVersion: 2 })] });
  const councilEditor = (await graph.queryAs(tokens.cumberlandEditor, RECORD, { input: { actionId: action.id, expectedVersion: 2, status: "ON_TRACK", note: "Not mine to write" } })).body;
  expect(councilEditor.errors![0].extensions!.code).toBe("FORBIDDEN");

  const read = await graph.queryAs(
    tokens.viewer,
    graphql(
      `query JointActionsWithUpdates { jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { status version latestUpdate { note } approved: updates(states: [APPROVED]) { totalCount edges { node { note } } } updates { totalCount edges { node { note state } } } } } } }`,
    ),
  );
  expect(read.body.errors).toBeUndefined();
  const [tracked] = read.body.data!.jointInitiative.jointActions.nodes;
  expect(tracked).toMatchObject({ status: "AT_RISK", version: 2, latestUpdate: { note: "Cabinet dates moved" } });
  expect(tracked.approved.edges.map((edge) => edge.node.note)).toEqual(["Cabinet dates moved", "Options appraisal drafted"]);
  expect(tracked.updates.edges.map((edge) => [edge.node.note, edge.node.state])).toEqual([
    ["Cabinet dates kept after all", "SUBMITTED"],
    ["Cabinet dates moved", "APPROVED"],
    ["Options appraisal drafted", "APPROVED"],
  ]);

  const auditLog = await graph.queryAs(tokens.admin, graphql(`query JointActionsAuditLog { partnership { auditLog { edges { node { operation entityId actor { subject } } } } } }`));
  const entries = auditLog.body.data!.partnership.auditLog.edges.map((edge) => edge.node);
  expect(entries.map((entry) => entry.operation)).toEqual(["approveJointProgressUpdate", "recordJointActionProgress", "recordJointActionProgress", "approveJointProgressUpdate", "recordJointActionProgress", "createJointAction", "dataLoad"]);
  expect(entries.slice(0, -1).every((entry) => entry.entityId === action.id)).toBe(true);
  expect(entries.at(-1)!.actor.subject).toBe("system:data-load");
});

it("joint actions are internal: anonymous readers get UNAUTHENTICATED; only partnership editors create them", async () => {
  const anonymous = await graph.queryAs(null, `{ jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { title } } } }`);
  expect(anonymous.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  for (const role of ["viewer", "westmorlandFurnessEditor", "admin"]) {
    const response = (await graph.queryAs(tokens[role], CREATE, { input })).body as GraphQLResponse<unknown>;
    expect(response.errors![0].extensions!.code).toBe("FORBIDDEN");
  }
  expect((await graph.queryAs(null, CREATE, { input })).body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
});

it("refuses invalid joint actions with typed errors, creating nothing", async () => {
  const before = await graph.queryAs(tokens.viewer, graphql(`query JointActionsIdsBeforeRefusals { jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { id } } } }`));
  const cases: Array<[Record<string, unknown>, string, string]> = [
    [{ ...input, initiativeId: "no-such-initiative" }, "NOT_FOUND", "initiativeId"],
    [{ ...input, title: "  " }, "INVALID_INPUT", "title"],
    [{ ...input, title: "x".repeat(201) }, "INVALID_INPUT", "title"],
    [{ ...input, dueDate: "2026-02-30" }, "INVALID_INPUT", "dueDate"],
    [{ ...input, dueDate: "1999-12-31" }, "INVALID_INPUT", "dueDate"],
    [{ ...input, advances: ["JointInitiative:regional-adoption-agency"] }, "INVALID_INPUT", "advances[0]"],
    [{ ...input, milestones: [{ title: "", dueDate: null }] }, "INVALID_INPUT", "milestones[0].title"],
  ];
  for (const [bad, code, field] of cases) {
    const response = (await graph.queryAs(tokens.partnershipEditor, CREATE, { input: bad })).body;
    expect(response.data!.createJointAction.errors[0]).toMatchObject({ code, field });
    expect(response.data!.createJointAction.jointAction).toBeNull();
  }
  const after = await graph.queryAs(tokens.viewer, graphql(`query JointActionsIdsAfterRefusals { jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { id } } } }`));
  expect(after.body.data!.jointInitiative.jointActions).toEqual(before.body.data!.jointInitiative.jointActions);
});

describe("who may do what with joint actions", () => {
  const roles = ["anonymous", "viewer", "westmorlandFurnessEditor", "cumberlandEditor", "partnershipEditor", "cumberlandApprover", "partnershipApprover", "admin"];

  it.each(roles)("%s: creating and recording progress on joint actions only as PARTNERSHIP_EDITOR, approving only as PARTNERSHIP_APPROVER; refusals change nothing and audit nothing", async (role) => {
    const creator = tokens.partnershipEditor;
    const created = (await graph.queryAs(creator, CREATE, { input: { ...input, title: `Matrix action for ${role}` } })).body.data!.createJointAction.jointAction!;
    const submitted = (await graph.queryAs(creator, RECORD, { input: { actionId: created.id, expectedVersion: 0, status: "AT_RISK", rag: "AMBER", note: "To approve", submit: true } })).body.data!.recordJointActionProgress.update!;
    const auditCount = async () => (await graph.queryAs(tokens.admin, graphql(`query JointActionsAuditTotal { partnership { auditLog { totalCount } } }`))).body.data!.partnership.auditLog.totalCount;
    const before = await auditCount();
    const create = (await graph.queryAs(tokens[role], CREATE, { input: { ...input, title: `Created by ${role}` } })).body;
    const record = (await graph.queryAs(tokens[role], RECORD, { input: { actionId: created.id, expectedVersion: 0, status: "ON_TRACK", note: `by ${role}` } })).body;
    const approve = await write(graph, tokens[role], "Joint", "approve", { updateId: submitted.id, expectedRevision: submitted.revision });
    const status = async () => (await graph.queryAs(tokens.viewer, graphql(`query JointActionsStatusAndVersion($id: ID!) { node(id: $id) { ... on JointAction { status version } } }`), { id: created.id })).body.data!.node;
    const expected = role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
    if (role === "partnershipEditor") {
      expect(create.data!.createJointAction.errors).toEqual([]);
      expect(record.data!.recordJointActionProgress.errors).toEqual([]);
      // Their own update, and not their role: refused.
      expect(approve.response.errors![0].extensions!.code).toBe("FORBIDDEN");
      expect(await status()).toEqual({ status: "NOT_REPORTED", version: 0 });
      expect(await auditCount()).toBe(before + 2);
    } else if (role === "partnershipApprover") {
      expect([create.errors![0].extensions!.code, record.errors![0].extensions!.code]).toEqual([expected, expected]);
      expect(approve.payload).toMatchObject({ action: { status: "AT_RISK", rag: "AMBER", version: 1 }, errors: [] });
      expect(await status()).toEqual({ status: "AT_RISK", version: 1 });
      expect(await auditCount()).toBe(before + 1);
    } else {
      expect([create.errors![0].extensions!.code, record.errors![0].extensions!.code, approve.response.errors![0].extensions!.code]).toEqual([expected, expected, expected]);
      expect(await status()).toEqual({ status: "NOT_REPORTED", version: 0 });
      expect(await auditCount()).toBe(before);
    }
  });

  it.each(roles)("%s: joint actions, their updates and node(JointAction) need a signed-in viewer; the partnership's audit log needs ADMIN", async (role) => {
    const id = (await graph.queryAs(tokens.partnershipEditor, CREATE, { input })).body.data!.createJointAction.jointAction!.id;
    // Approved updates of council actions are public; those of joint actions are not.
    await recordApproved(graph, "Joint", tokens.partnershipEditor!, tokens.partnershipApprover!, { actionId: id, expectedVersion: 0, status: "ON_TRACK", rag: "GREEN", note: `Approved, for ${role}` });
    const read = await graph.queryAs(tokens[role], graphql(`query JointActionsTitleAndApprovedUpdates($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates(states: [APPROVED]) { totalCount } } } }`), { id });
    expect(read.body.errors?.[0]?.extensions?.code).toBe(role === "anonymous" ? "UNAUTHENTICATED" : undefined);
    if (role === "anonymous") expect(JSON.stringify(read.body)).not.toContain(`Approved, for ${role}`);
    else expect(read.body.data!.node).toMatchObject({ latestUpdate: { note: `Approved, for ${role}` }, updates: { totalCount: 1 } });
    const auditLog = await graph.queryAs(tokens[role], `{ partnership { auditLog { totalCount } } }`);
    expect(auditLog.body.errors?.[0]?.extensions?.code).toBe(role === "admin" ? undefined : role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
  });
});
