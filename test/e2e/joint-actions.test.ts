import { startTestGraph, type GraphQLResponse, type TestGraph } from "../helpers/graph";
import { roleTokens } from "../helpers/tokens";

/**
 * An adoption agency lead creates a joint action on the Regional Adoption Agency, records progress
 * twice, meets a conflict, and a council editor's write is refused: through the gateway, audited.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => {
  graph = await startTestGraph();
  tokens = await roleTokens();
});
afterAll(async () => {
  await graph?.close();
});

const CREATE = `mutation($input: CreateJointActionInput!) {
  createJointAction(input: $input) { jointAction { id title owner dueDate status version milestones { title dueDate } advances { __typename id title plan { title } } initiative { key } } errors { code field message } } }`;
const RECORD = `mutation($input: RecordProgressInput!) {
  recordJointActionProgress(input: $input) { jointAction { id status rag version } update { note version recordedBy { name } } errors { code field message currentVersion } } }`;
interface CreatePayload { createJointAction: { jointAction: { id: string; version: number; status: string; advances: Array<{ __typename: string; title: string; plan: { title: string } }>; milestones: Array<{ title: string }> } | null; errors: Array<{ code: string; field: string }> } }
interface RecordPayload { recordJointActionProgress: { jointAction: { status: string; rag: string; version: number } | null; update: { note: string; version: number } | null; errors: Array<{ code: string; field: string; currentVersion: number | null }> } }

const input = {
  initiativeId: "regional-adoption-agency",
  title: "Agree the Regional Adoption Agency's operating model",
  description: "Both councils sign off the model for the agency across the Cumbria footprint.",
  owner: "Head of Cumbria Adoption",
  dueDate: "2026-03-31",
  milestones: [{ title: "Options appraisal to both directors", dueDate: "2025-12-31" }, { title: "Cabinet decisions", dueDate: "2026-03-31" }],
  advances: ["WestmorlandAndFurnessAction:ambition-for-every-child.a26", "CumberlandAction:children-and-family-wellbeing-plan.a35"],
};

it("creates a joint action linked to both councils' actions, records two updates, refuses a stale one and a council editor", async () => {
  const created = (await graph.queryAs<CreatePayload>(tokens.partnershipEditor, CREATE, { input })).body;
  expect(created.errors).toBeUndefined();
  const action = created.data!.createJointAction.jointAction!;
  expect(action).toMatchObject({ status: "NOT_REPORTED", version: 0 });
  expect(action.milestones.map((milestone) => milestone.title)).toEqual(["Options appraisal to both directors", "Cabinet decisions"]);
  expect(action.advances.map((advanced) => [advanced.__typename, advanced.plan.title])).toEqual([
    ["WestmorlandAndFurnessAction", "Ambition for Every Child"],
    ["CumberlandAction", "Children and Family Wellbeing Strategic Plan"],
  ]);

  const first = (await graph.queryAs<RecordPayload>(tokens.partnershipEditor, RECORD, { input: { actionId: action.id, expectedVersion: 0, status: "ON_TRACK", rag: "GREEN", note: "Options appraisal drafted" } })).body;
  expect(first.data!.recordJointActionProgress).toMatchObject({ jointAction: { status: "ON_TRACK", rag: "GREEN", version: 1 }, errors: [] });
  const second = (await graph.queryAs<RecordPayload>(tokens.partnershipEditor, RECORD, { input: { actionId: action.id, expectedVersion: 1, status: "AT_RISK", rag: "AMBER", note: "Cabinet dates moved" } })).body;
  expect(second.data!.recordJointActionProgress).toMatchObject({ jointAction: { status: "AT_RISK", rag: "AMBER", version: 2 }, errors: [] });
  const stale = (await graph.queryAs<RecordPayload>(tokens.partnershipEditor, RECORD, { input: { actionId: action.id, expectedVersion: 1, status: "ON_TRACK", note: "Back on track" } })).body;
  expect(stale.data!.recordJointActionProgress).toEqual({ jointAction: null, update: null, errors: [expect.objectContaining({ code: "CONFLICT", field: "expectedVersion", currentVersion: 2 })] });
  const councilEditor = (await graph.queryAs<RecordPayload>(tokens.cumberlandEditor, RECORD, { input: { actionId: action.id, expectedVersion: 2, status: "ON_TRACK", note: "Not mine to write" } })).body;
  expect(councilEditor.errors![0].extensions!.code).toBe("FORBIDDEN");

  const read = await graph.queryAs<{ jointInitiative: { jointActions: { nodes: Array<{ version: number; latestUpdate: { note: string }; updates: { totalCount: number; edges: Array<{ node: { note: string } }> } }> } } }>(
    tokens.viewer, `{ jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { version latestUpdate { note } updates { totalCount edges { node { note } } } } } } }`,
  );
  const [tracked] = read.body.data!.jointInitiative.jointActions.nodes;
  expect(tracked.version).toBe(2);
  expect(tracked.updates.edges.map((edge) => edge.node.note)).toEqual(["Cabinet dates moved", "Options appraisal drafted"]);

  const auditLog = await graph.queryAs<{ partnership: { auditLog: { edges: Array<{ node: { operation: string; entityId: string } }> } } }>(tokens.admin, `{ partnership { auditLog { edges { node { operation entityId } } } } }`);
  expect(auditLog.body.data!.partnership.auditLog.edges.map((edge) => edge.node.operation)).toEqual(["recordJointActionProgress", "recordJointActionProgress", "createJointAction"]);
});

it("joint actions are internal: anonymous readers get UNAUTHENTICATED; only partnership editors create them", async () => {
  const anonymous = await graph.queryAs(null, `{ jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { title } } } }`);
  expect(anonymous.body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
  for (const role of ["viewer", "westmorlandFurnessEditor", "admin"]) {
    const response = (await graph.queryAs<CreatePayload>(tokens[role], CREATE, { input })).body as GraphQLResponse<unknown>;
    expect(response.errors![0].extensions!.code).toBe("FORBIDDEN");
  }
  expect((await graph.queryAs(null, CREATE, { input })).body.errors![0].extensions!.code).toBe("UNAUTHENTICATED");
});

it("refuses invalid joint actions with typed errors, creating nothing", async () => {
  const before = await graph.queryAs<{ jointInitiative: { jointActions: { nodes: unknown[] } } }>(tokens.viewer, `{ jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { id } } } }`);
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
    const response = (await graph.queryAs<CreatePayload>(tokens.partnershipEditor, CREATE, { input: bad })).body;
    expect(response.data!.createJointAction.errors[0]).toMatchObject({ code, field });
    expect(response.data!.createJointAction.jointAction).toBeNull();
  }
  const after = await graph.queryAs<{ jointInitiative: { jointActions: { nodes: unknown[] } } }>(tokens.viewer, `{ jointInitiative(id: "regional-adoption-agency") { jointActions { nodes { id } } } }`);
  expect(after.body.data!.jointInitiative.jointActions).toEqual(before.body.data!.jointInitiative.jointActions);
});

describe("who may do what with joint actions", () => {
  const roles = ["anonymous", "viewer", "westmorlandFurnessEditor", "cumberlandEditor", "partnershipEditor", "admin"];

  it.each(roles)("%s: creating and recording progress on joint actions only as PARTNERSHIP_EDITOR; refusals change nothing and audit nothing", async (role) => {
    const creator = tokens.partnershipEditor;
    const created = (await graph.queryAs<CreatePayload>(creator, CREATE, { input: { ...input, title: `Matrix action for ${role}` } })).body.data!.createJointAction.jointAction!;
    const auditCount = async () => (await graph.queryAs<{ partnership: { auditLog: { totalCount: number } } }>(tokens.admin, `{ partnership { auditLog { totalCount } } }`)).body.data!.partnership.auditLog.totalCount;
    const before = await auditCount();
    const create = (await graph.queryAs<CreatePayload>(tokens[role], CREATE, { input: { ...input, title: `Created by ${role}` } })).body;
    const record = (await graph.queryAs<RecordPayload>(tokens[role], RECORD, { input: { actionId: created.id, expectedVersion: 0, status: "ON_TRACK", note: `by ${role}` } })).body;
    if (role === "partnershipEditor") {
      expect(create.data!.createJointAction.errors).toEqual([]);
      expect(record.data!.recordJointActionProgress.errors).toEqual([]);
      expect(await auditCount()).toBe(before + 2);
    } else {
      const expected = role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN";
      expect([create.errors![0].extensions!.code, record.errors![0].extensions!.code]).toEqual([expected, expected]);
      expect(await auditCount()).toBe(before);
    }
  });

  it.each(roles)("%s: joint actions, their updates and node(JointAction) need a signed-in viewer; the partnership's audit log needs ADMIN", async (role) => {
    const id = (await graph.queryAs<CreatePayload>(tokens.partnershipEditor, CREATE, { input })).body.data!.createJointAction.jointAction!.id;
    const read = await graph.queryAs(tokens[role], `query($id: ID!) { node(id: $id) { ... on JointAction { title latestUpdate { note } updates { totalCount } } } }`, { id });
    expect(read.body.errors?.[0]?.extensions?.code).toBe(role === "anonymous" ? "UNAUTHENTICATED" : undefined);
    const auditLog = await graph.queryAs(tokens[role], `{ partnership { auditLog { totalCount } } }`);
    expect(auditLog.body.errors?.[0]?.extensions?.code).toBe(role === "admin" ? undefined : role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
  });
});
