import { startInProcessGraph, type InProcessGraph, type InProcessGraphOptions } from "../../gateway/src/in-process";
import { subgraphRegistry } from "../../subgraphs";
import type { TypedDocumentString } from "../../generated/test/graphql";
import { scratchDatabases } from "./engine";
import { roleTokens } from "./tokens";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; [key: string]: unknown } }>;
}

/**
 * The answer to a typed operation as a test reads it: tests check `errors` first, and a null where they
 * expect a value fails their assertions at run time, so nullability is dropped; the members of an
 * interface or union selection (`... on Action { version }`) are read as one object.
 */
export type Settled<T> = SettledValue<NonNullable<T>>;
type SettledValue<T> = [T] extends [ReadonlyArray<infer E>] ? Array<Settled<E>> : [T] extends [object] ? Merged<T> : T;
// Codegen writes the members a selection asks nothing of as Record<PropertyKey, never>: they add no keys.
type KeysOfAny<U> = U extends unknown ? (string extends keyof U ? never : keyof U) : never;
type Merged<U> = { [K in KeysOfAny<U>]: Settled<U extends Record<K, infer V> ? V : never> };

/**
 * An operation written in a test as `graphql(\`query Name { ... }\`)` (import `graphql` from generated/test):
 * `npm run codegen` types its answer and variables from the schema. A plain string stays untyped: for
 * queries meant to be refused.
 */
export type Operation<T, V> = TypedDocumentString<T, V> | string;

export interface TestGraph extends InProcessGraph {
  // Variables stay loose: refusal tests send ill-typed ones on purpose, and the gateway checks them.
  query<T, V>(query: TypedDocumentString<T, V>, variables?: Record<string, unknown>): Promise<GraphQLResponse<Settled<T>>>;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** The same, with a bearer token (or none for anonymous), returning the HTTP status too. */
  queryAs<T, V>(token: string | null, query: TypedDocumentString<T, V>, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<Settled<T>> }>;
  queryAs<T = Record<string, unknown>>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResponse<T> }>;
  /** SQL statements run by each subgraph since start. */
  sqlCounts(): Record<string, number>;
}

/** The code of the first error of an answer (`extensions.code`), if any. */
export const codeOf = (body: Pick<GraphQLResponse<unknown>, "errors">): string | undefined => body.errors?.[0]?.extensions?.code;

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
    query: async <T, V>(query: Operation<T, V>, variables?: Record<string, unknown>) => (await postGraphQL<never>(graph.gateway.url, { query: query.toString(), variables })).body,
    queryAs: <T, V>(token: string | null, query: Operation<T, V>, variables?: Record<string, unknown>) =>
      postGraphQL<never>(graph.gateway.url, { query: query.toString(), variables }, token === null ? {} : { authorization: `Bearer ${token}` }),
    sqlCounts: () => Object.fromEntries(Object.entries(graph.subgraphs).map(([name, running]) => [name, running.database.sql.statements])),
  };
}

/** A test graph and a bearer token for each role (see roleTokens): where most tests of writes start. */
export async function startGraphWithTokens(options: InProcessGraphOptions = {}): Promise<{ graph: TestGraph; tokens: Record<string, string | null> }> {
  const graph = await startTestGraph(options);
  return { graph, tokens: await roleTokens() };
}
