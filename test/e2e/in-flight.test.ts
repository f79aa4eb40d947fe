import { startGraphWithTokens, type TestGraph } from "../helpers/graph";
import { token } from "../helpers/tokens";
import { Role } from "../../lib/auth/identity";
import { graphql } from "../../generated/test";

/**
 * The gateway shares one subgraph request among identical reads in flight at once (same body, same
 * signed identity), never across identities and never for writes (drafts or sign-off steps).
 */
let graph: TestGraph;
let tokens: Record<string, string | null>;
beforeAll(async () => ({ graph, tokens } = await startGraphWithTokens()));
afterAll(() => graph?.close());

const shared = (): number => Object.values(graph.gateway.fetchStats).reduce((sum, stats) => sum + stats.shared, 0);
const QUERY = `{ councils { name plans { title priorities { title } } actions(first: 5) { totalCount nodes { title } } } }`;

it("answers 20 identical anonymous reads sent at once correctly, sharing subgraph requests among them", async () => {
  const alone = await graph.query(QUERY);
  expect(alone.errors).toBeUndefined();
  const before = shared();
  const answers = await Promise.all(Array.from({ length: 20 }, () => graph.query(QUERY)));
  for (const answer of answers) expect(answer).toEqual(alone);
  expect(shared() - before).toBeGreaterThan(0);
});

it("never shares a subgraph request between two identities", async () => {
  const other = await token({ roles: [Role.VIEWER], subject: "another-viewer", name: "Another viewer" });
  // Drafts: what only signed-in staff read, so each identity's answer is its own.
  const read = `{ councils { actions(first: 3) { nodes { title latestUpdate { note } updates(states: [DRAFT, SUBMITTED]) { totalCount } } } } }`;
  const before = shared();
  for (let round = 0; round < 5; round += 1) {
    const [a, b] = await Promise.all([graph.queryAs(tokens.viewer, read), graph.queryAs(other, read)]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
  }
  expect(shared() - before).toBe(0);
});

it("never shares a write: two identical drafts sent at once are two drafts; two identical approvals sent at once are two attempts, one refused as a conflict", async () => {
  const action = "CumberlandAction:children-and-family-wellbeing-plan.a01";
  const stateQuery = graphql(`query InFlightStateQuery($id: ID!) { node(id: $id) { ... on Action { version status updates(states: [SUBMITTED]) { totalCount } } } }`);
  const state = (await graph.queryAs(tokens.viewer, stateQuery, { id: action })).body.data!.node;
  const record = graphql(`mutation InFlightRecord($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version } update { id revision } errors { code } } }`);
  const input = { actionId: action, expectedVersion: state.version, status: "ON_TRACK", rag: "GREEN", note: "Sent twice at once", submit: true };
  const drafts = await Promise.all([0, 1].map(() => graph.queryAs(tokens.cumberlandEditor, record, { input })));
  for (const drafted of drafts) expect(drafted.body.data!.recordCumberlandActionProgress.errors).toEqual([]);
  const [first, second] = drafts.map((drafted) => drafted.body.data!.recordCumberlandActionProgress.update!);
  expect(first.id).not.toBe(second.id);
  const drafted = (await graph.queryAs(tokens.viewer, stateQuery, { id: action })).body.data!.node;
  expect(drafted.updates.totalCount).toBe(state.updates.totalCount + 2);

  const approve = graphql(`mutation InFlightApprove($input: SignOffInput!) { approveCumberlandProgressUpdate(input: $input) { action { version } errors { code } } }`);
  const signOff = { updateId: first.id, expectedRevision: first.revision };
  const answers = await Promise.all([0, 1].map(() => graph.queryAs(tokens.cumberlandApprover, approve, { input: signOff })));
  const codes = answers.map((answer) => answer.body.data!.approveCumberlandProgressUpdate.errors.map((error) => error.code).join(",")).sort();
  expect(codes).toEqual(["", "CONFLICT"]);
  const after = (await graph.queryAs(tokens.viewer, stateQuery, { id: action })).body.data!.node;
  expect(after).toMatchObject({ version: state.version + 1, status: "ON_TRACK" });
});
