import { Client } from "pg";
import { scratchDatabases, testEngine } from "../helpers/engine";
import { startTestGraph, type Settled, type TestGraph } from "../helpers/graph";
import { write } from "../helpers/sign-off";
import { roleTokens } from "../helpers/tokens";
import { graphql } from "../../generated/test";
import type { JointActionRacesFieldsFragment } from "../../generated/test/graphql";

/**
 * Withdrawing a joint action against the other writes that move its row, as two replicas of the
 * shared subgraph on one PostgreSQL database interleave them (one process queues its own writes, so
 * only PostgreSQL can interleave; on SQLite this file is skipped). "The other replica" is a second
 * connection here: it takes the joint action's row in an open transaction, the graph's write reads the
 * row as it was and then waits on it, and the other commits. Seen through the graph:
 * - an approval that read the action before a withdrawal committed must not move the withdrawn action;
 * - a withdrawal whose row was moved by an approval in the meantime records (in its audit entry and
 *   answer) the action as it now is, not the status read before.
 */
const pgOnly = testEngine === "postgres" ? describe : describe.skip;
if (testEngine !== "postgres") process.stdout.write("joint-action-races.test: PostgreSQL only (npm run test:pg)\n");

const scratch = scratchDatabases();
let graph: TestGraph;
let tokens: Record<string, string | null>;
let other: Client;
let observer: Client;

beforeAll(async () => {
  if (testEngine !== "postgres") return;
  const shared = scratch.of("shared");
  graph = await startTestGraph({ databases: { shared } });
  tokens = await roleTokens();
  const url = new URL(shared);
  const schema = url.searchParams.get("schema")!;
  url.searchParams.delete("schema");
  other = new Client({ connectionString: url.toString() });
  observer = new Client({ connectionString: url.toString() });
  await other.connect();
  await observer.connect();
  await other.query(`SET search_path TO "${schema}"`);
}, 60_000);
afterAll(async () => {
  await other?.end();
  await observer?.end();
  await graph?.close();
  await scratch.drop();
});

graphql(`fragment JointActionRacesFields on JointAction { id status version revision withdrawnAt }`);
type Action = Settled<JointActionRacesFieldsFragment>;

async function createAction(title: string): Promise<Action> {
  const { body } = await graph.queryAs(
    tokens.partnershipEditor,
    graphql(`mutation JointActionRacesCreate($input: CreateJointActionInput!) { createJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }`),
    { input: { initiativeId: "regional-adoption-agency", title, owner: "Head of Cumbria Adoption" } },
  );
  expect(body.data!.createJointAction.errors).toEqual([]);
  return body.data!.createJointAction.jointAction!;
}

async function read(id: string) {
  const { body } = await graph.queryAs(tokens.viewer, graphql(`query JointActionRacesRead($id: ID!) { node(id: $id) { ... on JointAction { ...JointActionRacesFields updates { nodes { id state } } } } }`), { id });
  return body.data!.node;
}

/** Waits (no clock: it asks PostgreSQL) until some backend of this database waits on a row lock. */
async function someoneWaitsOnALock(): Promise<void> {
  for (;;) {
    const { rows } = await observer.query<{ waiting: string }>(`SELECT count(*) AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (Number(rows[0].waiting) > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const slugOf = (id: string): string => id.slice("JointAction:".length);

pgOnly("a joint action's withdrawal racing another replica's write (PostgreSQL)", () => {
  it("an approval that read the action before the withdrawal committed is refused WITHDRAWN, and moves nothing", async () => {
    const action = await createAction("Raced: approval after withdrawal");
    const drafted = await write(graph, tokens.partnershipEditor, "Joint", "record", { actionId: action.id, expectedVersion: 0, status: "ON_TRACK", note: "Submitted before the withdrawal", submit: true });
    expect(drafted.payload!.errors).toEqual([]);
    const update = drafted.payload!.update!;

    // The other replica withdraws the action and holds its row, uncommitted.
    await other.query("BEGIN");
    await other.query(`UPDATE joint_action SET withdrawn_at = $1, withdrawn_by_subject = 'other-replica', withdrawn_by_name = 'Other replica', withdrawal_reason = 'Raced', revision = revision + 1 WHERE slug = $2`, [
      new Date().toISOString(),
      slugOf(action.id),
    ]);
    const approval = write(graph, tokens.partnershipApprover, "Joint", "approve", { updateId: update.id, expectedRevision: update.revision });
    await someoneWaitsOnALock();
    await other.query("COMMIT");

    const approved = await approval;
    expect(approved.payload!.errors.map((error) => error.code)).toEqual(["WITHDRAWN"]);
    const after = await read(action.id);
    expect(after.withdrawnAt).not.toBeNull();
    expect([after.status, after.version]).toEqual([action.status, action.version]);
    expect(after.updates.nodes).toEqual([{ id: update.id, state: "SUBMITTED" }]);
  }, 30_000);

  it("a withdrawal whose action was approved meanwhile records and answers the action as it now is", async () => {
    const action = await createAction("Raced: withdrawal after approval");
    // The other replica approves (moves status and version) and holds the row, uncommitted.
    await other.query("BEGIN");
    await other.query(`UPDATE joint_action SET status = 'COMPLETE', rag = 'BLUE', version = version + 1 WHERE slug = $1`, [slugOf(action.id)]);
    const withdrawal = graph.queryAs(
      tokens.partnershipEditor,
      graphql(`mutation JointActionRacesWithdraw($input: WithdrawJointActionInput!) { withdrawJointAction(input: $input) { jointAction { ...JointActionRacesFields } errors { code } } }`),
      { input: { jointActionId: action.id, expectedRevision: 0, reason: "Done elsewhere" } },
    );
    await someoneWaitsOnALock();
    await other.query("COMMIT");

    const { body } = await withdrawal;
    expect(body.data!.withdrawJointAction.errors).toEqual([]);
    expect(body.data!.withdrawJointAction.jointAction).toMatchObject({ status: "COMPLETE", version: action.version + 1, revision: 1 });
    const log = await graph.queryAs(tokens.admin, graphql(`query JointActionRacesAuditLog($entity: ID) { partnership { auditLog(entity: $entity) { nodes { operation before after } } } }`), { entity: action.id });
    const entry = log.body.data!.partnership.auditLog.nodes.find((node) => node.operation === "withdrawJointAction")!;
    // The withdrawal changed the revision and the withdrawal's fields, not the status: the approval did.
    expect(JSON.parse(entry.before)).toMatchObject({ status: "COMPLETE", version: action.version + 1, revision: 0, withdrawnAt: null });
    expect(JSON.parse(entry.after)).toMatchObject({ status: "COMPLETE", version: action.version + 1, revision: 1, withdrawalReason: "Done elsewhere" });
  }, 30_000);
});
