import { startGraphWithTokens, type TestGraph } from "../helpers/graph";
import { token } from "../helpers/tokens";
import { Role } from "../../lib/auth/identity";
import { graphql } from "../../generated/test";

/**
 * A write retried with the same idempotency key (its answer was lost: a timeout, a dropped
 * connection) returns the first write's result instead of writing twice; the same key with another
 * input is refused; keys belong to their subject. Through the gateway, on either engine.
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => ({ graph, tokens } = await startGraphWithTokens()));
afterAll(() => graph?.close());

const CREATE = graphql(`mutation IdempotencyCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { id title } replayed errors { code field } } }`);
const RECORD = graphql(`mutation IdempotencyRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { id version } update { id state revision } replayed errors { code field } } }`);
const APPROVE = graphql(`mutation IdempotencyApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { id version status } update { id state revision } replayed errors { code field } } }`);

const base = { initiativeId: "regional-adoption-agency", owner: "Head of Cumbria Adoption" };

async function countRows(subgraph: string, table: string, where = "1 = 1"): Promise<number> {
  const rows = (await graph.subgraphs[subgraph].database.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)) as Array<{ n: number | string }>;
  return Number(rows[0].n);
}

it("a retried createJointAction with the same key makes one joint action and one audit entry, and answers replayed", async () => {
  const input = { ...base, title: "Retried after a timeout", idempotencyKey: "create-7f3c2a" };
  const actionsBefore = await countRows("shared", "joint_action");
  const auditsBefore = await countRows("shared", "audit_entry", "operation = 'createJointAction'");
  const first = (await graph.queryAs(tokens.partnershipEditor, CREATE, { input })).body.data!.createJointAction;
  const answers = await Promise.all([1, 2, 3].map(() => graph.queryAs(tokens.partnershipEditor, CREATE, { input })));
  expect(first).toMatchObject({ replayed: false, errors: [] });
  for (const { body } of answers) expect(body.data!.createJointAction).toEqual({ jointAction: first.jointAction, replayed: true, errors: [] });
  expect(await countRows("shared", "joint_action")).toBe(actionsBefore + 1);
  expect(await countRows("shared", "audit_entry", "operation = 'createJointAction'")).toBe(auditsBefore + 1);
});

it("refuses the same key with a different input or for another operation, and keeps keys per person", async () => {
  const key = "key-reused-1";
  const first = (await graph.queryAs(tokens.partnershipEditor, CREATE, { input: { ...base, title: "First use", idempotencyKey: key } })).body.data!.createJointAction;
  expect(first.errors).toEqual([]);
  const other = (await graph.queryAs(tokens.partnershipEditor, CREATE, { input: { ...base, title: "Another write", idempotencyKey: key } })).body.data!.createJointAction;
  expect(other).toEqual({ jointAction: null, replayed: false, errors: [{ code: "IDEMPOTENCY_KEY_REUSED", field: "idempotencyKey" }] });
  // Another person's key of the same spelling is theirs: a write of its own.
  const colleague = await token({ roles: [Role.PARTNERSHIP_EDITOR], subject: "another-editor", name: "Another editor" });
  const theirs = (await graph.queryAs(colleague, CREATE, { input: { ...base, title: "First use", idempotencyKey: key } })).body.data!.createJointAction;
  expect(theirs).toMatchObject({ replayed: false, errors: [] });
  expect(theirs.jointAction!.id).not.toBe(first.jointAction!.id);
  // A malformed key is refused before anything is written.
  const malformed = (await graph.queryAs(tokens.partnershipEditor, CREATE, { input: { ...base, title: "Bad key", idempotencyKey: "no spaces allowed" } })).body.data!.createJointAction;
  expect(malformed.errors).toEqual([{ code: "INVALID_INPUT", field: "idempotencyKey" }]);
});

it("a retried progress draft and a retried approval each happen once", async () => {
  const actionId = "CumberlandAction:children-and-family-wellbeing-plan.a35";
  const draftInput = { actionId, expectedVersion: 0, status: "ON_TRACK", rag: "GREEN", note: "Retried draft", submit: true, idempotencyKey: "draft-1" };
  const updatesBefore = await countRows("cumberland", "progress_update");
  const drafted = (await graph.queryAs(tokens.cumberlandEditor, RECORD, { input: draftInput })).body.data!.recordCumberlandActionProgress;
  const again = (await graph.queryAs(tokens.cumberlandEditor, RECORD, { input: draftInput })).body.data!.recordCumberlandActionProgress;
  expect(drafted).toMatchObject({ replayed: false, errors: [] });
  expect(again).toEqual({ ...drafted, replayed: true });
  expect(await countRows("cumberland", "progress_update")).toBe(updatesBefore + 1);

  const approveInput = { updateId: drafted.update!.id, expectedRevision: drafted.update!.revision, idempotencyKey: "approve-1" };
  const approved = (await graph.queryAs(tokens.cumberlandApprover, APPROVE, { input: approveInput })).body.data!.approveCumberlandProgressUpdate;
  expect(approved).toMatchObject({ action: { version: 1, status: "ON_TRACK" }, update: { state: "APPROVED" }, replayed: false, errors: [] });
  // Without the key, the retry would be refused as INVALID_TRANSITION (already approved); with it, it is the same answer.
  const retried = (await graph.queryAs(tokens.cumberlandApprover, APPROVE, { input: approveInput })).body.data!.approveCumberlandProgressUpdate;
  expect(retried).toEqual({ ...approved, replayed: true });
  expect(await countRows("cumberland", "audit_entry", "operation = 'approveCumberlandProgressUpdate'")).toBe(1);
});
