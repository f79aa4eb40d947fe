import { startTestGraph, type TestGraph } from "../helpers/graph";
import { roleTokens, token } from "../helpers/tokens";
import { Role } from "../../lib/auth/identity";

/**
 * The gateway shares one subgraph request among identical reads in flight at once (same body, same
 * signed identity), never across identities and never for writes.
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
  const read = `{ councils { actions(first: 3) { nodes { title latestUpdate { note } } } } }`;
  const before = shared();
  for (let round = 0; round < 5; round += 1) {
    const [a, b] = await Promise.all([graph.queryAs(tokens.viewer, read), graph.queryAs(other, read)]);
    expect(a.body.errors).toBeUndefined();
    expect(b.body.errors).toBeUndefined();
  }
  expect(shared() - before).toBe(0);
});

it("never shares a write: two identical updates sent at once are two attempts, one refused as a conflict", async () => {
  const action = "CumberlandAction:children-and-family-wellbeing-plan.a01";
  const state = await graph.query<{ node: { version: number } }>(`query($id: ID!) { node(id: $id) { ... on Action { version } } }`, { id: action });
  const mutation = `mutation($input: RecordProgressInput!) { recordCumberlandActionProgress(input: $input) { action { version } errors { code } } }`;
  const input = { actionId: action, expectedVersion: state.data!.node.version, status: "ON_TRACK", rag: "GREEN", note: "Sent twice at once" };
  const answers = await Promise.all([0, 1].map(() => graph.queryAs<{ recordCumberlandActionProgress: { errors: Array<{ code: string }> } }>(tokens.cumberlandEditor, mutation, { input })));
  const codes = answers.map((answer) => answer.body.data!.recordCumberlandActionProgress.errors.map((error) => error.code).join(",")).sort();
  expect(codes).toEqual(["", "CONFLICT"]);
});
