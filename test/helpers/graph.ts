import { startInProcessGraph, type InProcessGraph, type InProcessGraphOptions } from "../../gateway/src/in-process";
import { subgraphRegistry } from "../../subgraphs";
import { scratchDatabases } from "./engine";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; [key: string]: unknown } }>;
}

export interface TestGraph extends InProcessGraph {
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The same, with a bearer token (or none for anonymous), returning the HTTP status too. */
  queryAs<T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }>;
  /** SQL statements run by each subgraph since start. */
  sqlCounts(): Record<string, number>;
}

/** POSTs a GraphQL request and returns the parsed body (any status). */
export async function postGraphQL<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/**
 * The whole graph on ephemeral loopback ports over fresh databases, queried over HTTP: in-memory
 * SQLite, or new schemas on the test PostgreSQL database (TEST_DATABASE_URL), dropped on close.
 */
export async function startTestGraph(options: InProcessGraphOptions = {}): Promise<TestGraph> {
  const scratch = scratchDatabases();
  const names = subgraphRegistry(options.root, options.dataRoot ?? options.root).map((entry) => entry.descriptor.name);
  const databases = { ...Object.fromEntries(names.map((name) => [name, scratch.of(name)])), ...options.databases };
  let graph: InProcessGraph;
  try {
    graph = await startInProcessGraph({ ...options, databases });
  } catch (error) {
    await scratch.drop();
    throw error;
  }
  return {
    ...graph,
    close: async () => {
      try {
        await graph.close();
      } finally {
        await scratch.drop();
      }
    },
    query: async <T>(query: string, variables?: Record<string, unknown>) => (await postGraphQL<T>(graph.gateway.url, { query, variables })).body,
    queryAs: <T>(token: string | null, query: string, variables?: Record<string, unknown>) =>
      postGraphQL<T>(graph.gateway.url, { query, variables }, token === null ? {} : { authorization: `Bearer ${token}` }),
    sqlCounts: () => Object.fromEntries(Object.entries(graph.subgraphs).map(([name, running]) => [name, running.database.sql.statements])),
  };
}
