import { startTestGraph, type TestGraph } from "../helpers/graph";
import { subgraphNames } from "../helpers/councils";
import { graphql } from "../../generated/test";

/**
 * A list of N references from the shared subgraph reaches each council subgraph as one _entities
 * call, and each level below costs one SQL statement per subgraph, whatever N is.
 */
let graph: TestGraph;
let actionIds: { wf: string[]; cumberland: string[] };

beforeAll(async () => {
  graph = await startTestGraph();
  const result = await graph.query(graphql(`query BatchingActionIds { councils { actions(first: 100) { nodes { id } } } }`));
  const [wf, cumberland] = result.data!.councils;
  actionIds = { wf: wf.actions.nodes.map((a) => a.id), cumberland: cumberland.actions.nodes.map((a) => a.id) };
});
afterAll(async () => {
  await graph?.close();
});

const DEEP = graphql(`query BatchingDeep($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
    ... on Action {
      title status source { quote document { title } }
      themes { id }
      council { name }
      priority { title parent { title } }
      plan { title boards { name oversees { title } } priorities { title children { title } successMeasures { text } } outcomes { text } }
    }
  }
}`);

interface Measured {
  sql: Record<string, number>;
  fetches: Record<string, number>;
  entityFetches: Record<string, number>;
  returned: number;
}

async function measure(ids: string[]): Promise<Measured> {
  const sqlBefore = graph.sqlCounts();
  const fetchBefore = Object.fromEntries(Object.entries(graph.gateway.fetchStats).map(([name, stats]) => [name, { ...stats }]));
  const result = await graph.query(DEEP, { ids });
  expect(result.errors).toBeUndefined();
  expect(result.data!.nodes.every((node) => node !== null && node.title.length > 0)).toBe(true);
  const sqlAfter = graph.sqlCounts();
  const diff = <T>(after: Record<string, T>, pick: (value: T) => number, before: Record<string, T>) => Object.fromEntries(Object.keys(after).map((name) => [name, pick(after[name]) - (before[name] ? pick(before[name]) : 0)]));
  return {
    sql: diff(sqlAfter, (n) => n, sqlBefore),
    fetches: diff(graph.gateway.fetchStats, (s) => s.fetches, fetchBefore),
    entityFetches: diff(graph.gateway.fetchStats, (s) => s.entityFetches, fetchBefore),
    returned: result.data!.nodes.length,
  };
}

it("costs the same SQL statements and subgraph fetches for 2 actions as for all 97", async () => {
  const small = await measure([actionIds.wf[0], actionIds.cumberland[0]]);
  const large = await measure([...actionIds.wf, ...actionIds.cumberland]);
  expect(small.returned).toBe(2);
  expect(large.returned).toBe(97);

  // One _entities call to each council subgraph the actions live in (none to any other), one fetch to shared for the list.
  const asked = (name: string): number => (name === "westmorland-furness" || name === "cumberland" ? 1 : 0);
  for (const measured of [small, large]) {
    expect(measured.entityFetches).toEqual(Object.fromEntries(subgraphNames().map((name) => [name, asked(name)])));
    expect(measured.fetches).toEqual(Object.fromEntries(subgraphNames().map((name) => [name, name === "shared" ? 1 : asked(name)])));
  }
  // At most one statement per level per council subgraph: actions, themes, priority, parent, plan,
  // boards, oversees, priorities, children, success measures, outcomes, documents = 12 levels (a level
  // with nothing to load, such as the parent of a top-level priority, costs none).
  expect(large.sql).toEqual(small.sql);
  expect(large.sql["westmorland-furness"]).toBeLessThanOrEqual(12);
  expect(large.sql["cumberland"]).toBeLessThanOrEqual(12);
  expect(large.sql["westmorland-furness"]).toBeGreaterThanOrEqual(10);
  expect(large.sql["shared"]).toBe(0);
  process.stdout.write(`deep query SQL statements: N=2 ${JSON.stringify(small.sql)}; N=97 ${JSON.stringify(large.sql)}\n`);
});

it("the cross-footprint overview costs one statement per level, not per plan or priority", async () => {
  const before = graph.sqlCounts();
  const result = await graph.query(`{ councils { name plans { title priorities { title children { title actions { title } } actions { title themes { id } } } boards { name } } } }`);
  expect(result.errors).toBeUndefined();
  const after = graph.sqlCounts();
  // plans, top priorities, children, child actions, actions, themes, boards-of-plan = 7 per council;
  // Cumberland's priorities have no children, so its child-actions level loads nothing.
  expect(after["westmorland-furness"] - before["westmorland-furness"]).toBe(7);
  expect(after["cumberland"] - before["cumberland"]).toBe(6);
});

it("council-level lists are fetched once per request however many council objects a query reaches", async () => {
  const before = graph.sqlCounts();
  const result = await graph.query(
    graphql(`query BatchingActionCouncilsPlansBoardsAndAdoption { councils { actions(first: 100) { nodes { council { plans { title } boards { name } adoption: actions(filter: { theme: ADOPTION }) { nodes { title } } } } } } }`),
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.councils[0].actions.nodes).toHaveLength(55);
  const after = graph.sqlCounts();
  // Per council, not per action: plans, boards, and two pages of actions (all, and on adoption), each
  // page a count and the page itself (paged in SQL).
  expect(after["westmorland-furness"] - before["westmorland-furness"]).toBe(6);
  expect(after["cumberland"] - before["cumberland"]).toBe(6);
});
