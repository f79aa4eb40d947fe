import { readFileSync } from "node:fs";
import { compileQuery } from "graphql-jit";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { freePort } from "../../lib/server/free-port";
import { LruCache } from "../../lib/server/jit-executor";
import { startSubgraph, type RunningSubgraph } from "../../lib/server/subgraph-server";
import { subgraphRegistry } from "../../subgraphs";
import { scratchDatabases, type ScratchDatabases } from "../helpers/engine";

/**
 * graphql-jit against graphql-js on the real subgraph schemas and data: the same request to a
 * subgraph served each way must get the same HTTP status and the byte-identical body (data, errors,
 * their paths, locations, messages and codes, after production error masking).
 */

// Spied on, so the tests can tell which server compiled what (and that the cache compiles once).
jest.mock("graphql-jit", () => {
  const actual = jest.requireActual<typeof import("graphql-jit")>("graphql-jit");
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compiles = compileQuery as jest.MockedFunction<typeof compileQuery>;

interface Pair {
  js: RunningSubgraph;
  jit: RunningSubgraph;
}

const scratches: ScratchDatabases[] = [];

async function start(name: string, jit: boolean): Promise<RunningSubgraph> {
  const entry = subgraphRegistry().find((candidate) => candidate.descriptor.name === name);
  if (!entry) throw new Error(`no subgraph ${name}`);
  const scratch = scratchDatabases();
  scratches.push(scratch);
  return startSubgraph(entry.definition(), { descriptor: entry.descriptor, port: await freePort(), database: scratch.of(name), production: true, jit });
}

async function startPair(name: string): Promise<Pair> {
  return { js: await start(name, false), jit: await start(name, true) };
}

async function post(server: RunningSubgraph, query: string, variables?: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, text: await response.text() };
}

/** Asks both and returns the (equal) answer, parsed, for the case's own expectations. */
async function same(pair: Pair, query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }> }> {
  const js = await post(pair.js, query, variables);
  // Twice through jit: the first compiles, the second runs the cached compiled query.
  for (let round = 0; round < 2; round += 1) expect(await post(pair.jit, query, variables)).toEqual(js);
  return JSON.parse(js.text) as Awaited<ReturnType<typeof same>>;
}

const deepPlan = readFileSync(join(projectRoot, "bench", "queries", "deep-plan.graphql"), "utf8").replace('council(id: "westmorland-furness")', "westmorlandAndFurness");

describe("graphql-jit answers as graphql-js does", () => {
  let council: Pair;
  let shared: Pair;

  beforeAll(async () => {
    council = await startPair("westmorland-furness");
    shared = await startPair("shared");
  }, 120_000);

  afterAll(async () => {
    for (const pair of [council, shared]) if (pair) for (const server of [pair.js, pair.jit]) await server.close();
    for (const scratch of scratches) await scratch.drop();
  });

  it("the deep plan: interfaces resolved by type-graphql, enums, fragments and a page", async () => {
    const answer = await same(council, deepPlan, { first: 7 });
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data).length).toBeGreaterThan(10_000);
  });

  it("abstract types, __typename and custom scalars", async () => {
    const answer = await same(
      council,
      `{ westmorlandAndFurness { __typename id plans { __typename id period { __typename } headings { __typename id } }
         boards { __typename id } actions(first: 5) { nodes { __typename id ... on WestmorlandAndFurnessAction { title status } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
  });

  it("_entities from @apollo/subgraph: found, unknown, and a reference that fails (masked internal error)", async () => {
    const ids = await same(council, "{ westmorlandAndFurness { id actions(first: 2) { nodes { id } } } }");
    const found = ids.data?.westmorlandAndFurness as { id: string; actions: { nodes: Array<{ id: string }> } };
    const answer = await same(
      council,
      `query Entities($representations: [_Any!]!) { _entities(representations: $representations) {
         __typename ... on WestmorlandAndFurnessCouncil { name } ... on WestmorlandAndFurnessAction { title status themes { id } } } }`,
      {
        representations: [
          { __typename: "WestmorlandAndFurnessCouncil", id: found.id },
          ...found.actions.nodes.map((action) => ({ __typename: "WestmorlandAndFurnessAction", id: action.id })),
          { __typename: "WestmorlandAndFurnessAction", id: "WestmorlandAndFurnessAction:no-such-action" },
          { __typename: "NoSuchType", id: "x" },
          { __typename: "WestmorlandAndFurnessAction" },
        ],
      },
    );
    expect(answer.errors?.length).toBeGreaterThan(0);
  });

  it("_service", async () => {
    const answer = await same(shared, "{ _service { sdl } }");
    expect(answer.errors).toBeUndefined();
  });

  it("a resolver's coded error, and null propagation through a non-null field", async () => {
    const answer = await same(council, "query Page($first: Int) { westmorlandAndFurness { name actions(first: $first) { totalCount nodes { id } } } }", { first: -1 });
    expect(answer.errors?.[0]?.extensions?.code).toBeDefined();
    expect(answer.data).toEqual({ westmorlandAndFurness: null });
  });

  it("invalid variable values (graphql-js words the error)", async () => {
    const answer = await same(council, "query Page($first: Int) { westmorlandAndFurness { actions(first: $first) { totalCount } } }", { first: "many" });
    expect(answer.errors?.length).toBe(1);
  });

  it("validation errors and introspection (on outside NODE_ENV=production)", async () => {
    expect((await same(council, "{ westmorlandAndFurness { noSuchField } }")).errors?.length).toBe(1);
    expect((await same(council, "{ __schema { queryType { name } } }")).data).toEqual({ __schema: { queryType: { name: "Query" } } });
  });

  it("the shared subgraph: the joint work catalogue, interface references and node()", async () => {
    const catalogue = readFileSync(join(projectRoot, "bench", "queries", "joint-work-catalogue.graphql"), "utf8");
    expect((await same(shared, catalogue, { first: 20 })).errors).toBeUndefined();
    expect((await same(shared, '{ councils { __typename id } council(id: "westmorland-furness") { __typename id } }')).errors).toBeUndefined();
    await same(shared, '{ bad: node(id: "not-an-id") { __typename id } unknown: node(id: "JointInitiative:nope") { id } }');
    const refused = await same(shared, "{ themes { code } jointInitiatives(first: -1) { totalCount } }");
    expect(refused.errors?.[0]?.extensions?.code).toBeDefined();
  });

  it("two operations in one document, chosen by name", async () => {
    const document = "query A { westmorlandAndFurness { name } } query B { westmorlandAndFurness { id } }";
    for (const operationName of ["A", "B"]) {
      const js = await fetch(council.js.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: document, operationName }) });
      const jit = await fetch(council.jit.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: document, operationName }) });
      expect(await jit.text()).toEqual(await js.text());
    }
  });
});

describe("which requests graphql-jit runs", () => {
  let council: Pair;

  beforeAll(async () => {
    council = await startPair("westmorland-furness");
  }, 120_000);

  afterAll(async () => {
    if (council) for (const server of [council.js, council.jit]) await server.close();
  });

  beforeEach(() => compiles.mockClear());

  it("reads, compiled once per document and operation on the jit server only", async () => {
    const query = "query Once { westmorlandAndFurness { name plans { title } } }";
    await post(council.js, query);
    expect(compiles).not.toHaveBeenCalled();
    for (let round = 0; round < 3; round += 1) await post(council.jit, query);
    expect(compiles).toHaveBeenCalledTimes(1);
  });

  it("not writes, nor introspection", async () => {
    await post(council.jit, '{ __type(name: "Query") { name } }');
    const write = await post(council.jit, 'mutation { submitWestmorlandAndFurnessProgressUpdate(input: { updateId: "x", expectedRevision: 1 }) { __typename } }');
    expect(write.status).toBeGreaterThanOrEqual(200);
    expect(compiles).not.toHaveBeenCalled();
  });
});

describe("the compiled-query cache", () => {
  it("keeps the most recently used entries up to its size", () => {
    const cache = new LruCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1);
    cache.set("c", 3);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });
});
