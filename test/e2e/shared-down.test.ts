import { freePort } from "../../lib/server/free-port";
import { startTestGraph, type TestGraph } from "../helpers/graph";
import { graphql } from "../../generated/test";

/**
 * The shared subgraph down (its URL a closed port): a council's own data does not need it, so a
 * query through the council's own root field (Query.cumberland, Query.westmorlandAndFurness) answers
 * in full (ids of the shared types it points to included), and one that also asks for shared's fields loses only those.
 */
let graph: TestGraph;
let healthy: TestGraph;
beforeAll(async () => {
  healthy = await startTestGraph();
  graph = await startTestGraph({ subgraphUrls: { shared: `http://127.0.0.1:${await freePort()}/graphql` } });
});
afterAll(async () => {
  await graph?.close();
  await healthy?.close();
});

const OWN_DATA = graphql(`query SharedDownOwnData {
  cumberland { id name gssCode plans { title priorities { title } } actions(first: 5) { totalCount nodes { id title themes { id } } } boards { name } }
  westmorlandAndFurness { name plans { title } }
}`);

it("serves each council's own data with the shared subgraph down, exactly as with it up", async () => {
  const expected = await healthy.query(OWN_DATA);
  expect(expected.errors).toBeUndefined();
  const cumberland = expected.data!.cumberland;
  expect(cumberland.name).toBe("Cumberland Council");
  expect(cumberland.plans.length).toBeGreaterThan(0);
  expect(cumberland.actions.totalCount).toBeGreaterThan(0);

  expect(await graph.query(OWN_DATA)).toEqual(expected);
});

it("loses only shared's fields in a query that asks for both, with an error naming the shared subgraph", async () => {
  const result = await graph.query(`{ cumberland { name } partnership { name } jointInitiative(id: "regional-adoption-agency") { status } }`);
  expect(result.data).toEqual({ cumberland: { name: "Cumberland Council" }, partnership: null, jointInitiative: null });
  expect(result.errors!.map((error) => [error.extensions?.code, error.extensions?.subgraph])).toContainEqual(["SUBGRAPH_UNAVAILABLE", "shared"]);
});

it("gives null for the council, not an empty answer, when the council's own subgraph is down", async () => {
  const down = await startTestGraph({ subgraphUrls: { cumberland: `http://127.0.0.1:${await freePort()}/graphql` } });
  try {
    const result = await down.query(`{ cumberland { name } westmorlandAndFurness { name } jointInitiative(id: "regional-adoption-agency") { status } }`);
    expect(result.data).toEqual({ cumberland: null, westmorlandAndFurness: { name: "Westmorland and Furness Council" }, jointInitiative: { status: "IN_DEVELOPMENT" } });
    expect(result.errors!.map((error) => [error.extensions?.code, error.extensions?.subgraph])).toContainEqual(["SUBGRAPH_UNAVAILABLE", "cumberland"]);
  } finally {
    await down.close();
  }
});
