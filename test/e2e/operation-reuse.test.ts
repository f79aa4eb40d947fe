import { postGraphQL, startTestGraph, type TestGraph } from "../helpers/graph";
import { operationReuseStats } from "../../gateway/src/operation-reuse";
import { graphql } from "../../generated/test";

/**
 * The gateway builds Apollo's result-shaping `Operation` once per query text and reuses it (see
 * gateway/src/operation-reuse.ts). This proves the reuse takes effect with the installed Apollo Gateway
 * (an upgrade that renames the call leaves `reused` at 0 here), and that answers do not change:
 * different variables, skip/include conditions and another operation of the same document each get
 * their own answer.
 */
let graph: TestGraph;
beforeAll(async () => (graph = await startTestGraph()));
afterAll(() => graph?.close());

const DEEP = graphql(`
  query ReuseDeep($first: Int) {
    council(id: "westmorland-furness") {
      ...ReuseDeepCouncil
    }
  }
  fragment ReuseDeepCouncil on Council {
    name
    plans {
      title
      headings {
        title
        actions {
          id
          status
        }
      }
    }
    actions(first: $first) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);

it("builds the operation once per query text, then reuses it, with the same answers", async () => {
  const first = await graph.query(DEEP, { first: 3 });
  expect(first.errors).toBeUndefined();
  const before = { ...operationReuseStats };
  const again = await Promise.all([graph.query(DEEP, { first: 3 }), graph.query(DEEP, { first: 3 }), graph.query(DEEP, { first: 3 })]);
  for (const answer of again) expect(answer).toEqual(first);
  expect(operationReuseStats.built - before.built).toBe(0);
  expect(operationReuseStats.reused - before.reused).toBe(3);
});

it("shapes each request by its own variables and conditions, not by the request that built the operation", async () => {
  const small = await graph.query(DEEP, { first: 1 });
  const large = await graph.query(DEEP, { first: 7 });
  expect(small.data?.council?.actions.nodes).toHaveLength(1);
  expect(large.data?.council?.actions.nodes).toHaveLength(7);
  const conditional = graphql(`
    query ReuseConditional($withPlans: Boolean!) {
      council(id: "cumberland") {
        name
        plans @include(if: $withPlans) {
          title
        }
      }
    }
  `);
  const withPlans = await graph.query(conditional, { withPlans: true });
  const withoutPlans = await graph.query(conditional, { withPlans: false });
  expect(withPlans.data?.council?.plans?.length).toBeGreaterThan(0);
  expect(withoutPlans.data).toEqual({ council: { name: withPlans.data?.council?.name } });
});

it("keeps two operations of one document apart", async () => {
  const document = `query ReuseNames { councils { name } } query ReuseIds { councils { id } }`;
  const ask = async (operationName: string) => (await postGraphQL<{ councils: Array<Record<string, string>> }>(graph.gateway.url, { query: document, operationName })).body;
  const names = await ask("ReuseNames");
  const ids = await ask("ReuseIds");
  expect(Object.keys(names.data!.councils[0])).toEqual(["name"]);
  expect(Object.keys(ids.data!.councils[0])).toEqual(["id"]);
  expect(await ask("ReuseNames")).toEqual(names);
});
