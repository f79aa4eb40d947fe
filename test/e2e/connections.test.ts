import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/** Relay connections over HTTP: every item exactly once across pages, stable cursors, coded errors. */
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  await graph?.close();
});

interface ActionPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ cursor: string; node: { id: string } }>;
  nodes: Array<{ id: string }>;
}

const PAGE = graphql(`query ConnectionsPage($first: Int, $after: String, $filter: ActionFilter) {
  council(id: "westmorland-furness") {
    actions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
      nodes { id }
    }
  }
}`);

async function actionPage(variables: Record<string, unknown>): Promise<ActionPage> {
  const result = await graph.query(PAGE, variables);
  expect(result.errors).toBeUndefined();
  return result.data!.council.actions;
}

describe("connections", () => {
  it("pages through a council's 55 actions, each exactly once and in document order, with consistent page info", async () => {
    const all = await actionPage({ first: 100 });
    expect(all.totalCount).toBe(55);
    expect(all.nodes).toHaveLength(55);
    expect(all.pageInfo.hasNextPage).toBe(false);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: ActionPage = await actionPage({ first: 20, after });
      pages += 1;
      expect(page.totalCount).toBe(55);
      expect(page.nodes).toEqual(page.edges.map((edge) => edge.node));
      expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1]?.cursor ?? null);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(all.nodes.map((node) => node.id));
  });

  it("defaults to 20 items, and a cursor from one request places the next page in another", async () => {
    const first = await actionPage({});
    expect(first.nodes).toHaveLength(20);
    const again = await actionPage({ first: 5, after: first.edges[9].cursor });
    expect(again.nodes).toEqual((await actionPage({ first: 100 })).nodes.slice(10, 15));
  });

  it("pages a filtered list by the filter's count, and first: 0 gives only the count", async () => {
    const adoption = await actionPage({ first: 0, filter: { theme: "ADOPTION" } });
    expect(adoption.nodes).toEqual([]);
    expect(adoption.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
    const all = await actionPage({ first: 100, filter: { theme: "ADOPTION" } });
    expect(all.nodes).toHaveLength(adoption.totalCount);
  });

  it("says there is nothing after the last action, whatever the page size", async () => {
    const last = (await actionPage({ first: 100 })).edges[54].cursor;
    for (const first of [0, 5]) {
      const page = await actionPage({ first, after: last });
      expect({ first, nodes: page.nodes, hasNextPage: page.pageInfo.hasNextPage, hasPreviousPage: page.pageInfo.hasPreviousPage }).toEqual({ first, nodes: [], hasNextPage: false, hasPreviousPage: true });
    }
    const beforeLast = (await actionPage({ first: 100 })).edges[53].cursor;
    expect((await actionPage({ first: 0, after: beforeLast })).pageInfo.hasNextPage).toBe(true);
  });

  it("refuses a page size out of range and a cursor it did not give, with BAD_USER_INPUT", async () => {
    const codes = async (variables: Record<string, unknown>): Promise<Array<string | undefined>> => ((await graph.query(PAGE, variables)).errors ?? []).map((error) => error.extensions?.code);
    expect(await codes({ first: 101 })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ first: -1 })).toEqual(["BAD_USER_INPUT"]);
    expect(await codes({ after: "not-a-cursor" })).toEqual(["BAD_USER_INPUT"]);
    // A real cursor, but of an item the filtered list does not hold.
    const cursor = (await actionPage({ first: 1, filter: { text: "transport" } })).pageInfo.endCursor;
    expect(await codes({ after: cursor, filter: { theme: "ADOPTION" } })).toEqual(["BAD_USER_INPUT"]);
  });

  it("pages the joint work, meetings and figures alike", async () => {
    const result = await graph.query(
      graphql(`query ConnectionsFirstPagesAndTotals {
      jointInitiatives(first: 2) { totalCount nodes { key } pageInfo { endCursor } }
      councils { meetings { totalCount } figures(first: 3) { totalCount nodes { value } } }
    }`),
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.jointInitiatives.totalCount).toBe(6);
    expect(data.jointInitiatives.nodes).toHaveLength(2);
    // The two real councils (first by port); any other council pages alike.
    const [westmorland, cumberland] = data.councils;
    expect([westmorland, cumberland].map((council) => council.meetings.totalCount)).toEqual([1, 0]);
    expect([westmorland, cumberland].map((council) => council.figures.totalCount)).toEqual([16, 21]);
    expect(data.councils.map((council) => council.figures.nodes.length)).toEqual(data.councils.map((council) => Math.min(3, council.figures.totalCount)));
    const rest = await graph.query(graphql(`query ConnectionsJointInitiativesAfter($after: String) { jointInitiatives(after: $after) { nodes { key } } }`), { after: data.jointInitiatives.pageInfo.endCursor });
    expect(rest.data!.jointInitiatives.nodes).toHaveLength(4);
    expect(new Set([...data.jointInitiatives.nodes, ...rest.data!.jointInitiatives.nodes].map((node) => node.key)).size).toBe(6);
  });
});

describe("optional arguments left out", () => {
  it("mean 'all': a plan's statements and a report's sections without a kind, a council's figures without an indicator", async () => {
    const result = await graph.query(
      graphql(`query ConnectionsPlanAndMeetingLists {
      council(id: "westmorland-furness") { plans { statements { kind } outcomes { text } } meetings { nodes { reports { sections { kind } } } } }
    }`),
    );
    expect(result.errors).toBeUndefined();
    const { plans, meetings } = result.data!.council;
    expect(plans.reduce((sum, plan) => sum + plan.statements.length, 0)).toBeGreaterThan(plans.reduce((sum, plan) => sum + plan.outcomes.length, 0));
    expect(meetings.nodes[0].reports[0].sections).toHaveLength(12);
  });
});
