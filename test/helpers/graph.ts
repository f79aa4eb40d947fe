import { readFileSync } from "node:fs";
import { supergraphPath } from "../../lib/config/env";
import type { RunningSubgraph } from "../../lib/server/subgraph-server";
import { startSubgraph } from "../../lib/server/subgraph-server";
import { startGateway, type RunningGateway } from "../../gateway/src/server";
import { subgraphRegistry } from "../../subgraphs";

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string; [key: string]: unknown } }>;
}

export interface TestGraph {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  secret: string;
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** SQL statements run by each subgraph since start. */
  sqlCounts(): Record<string, number>;
  close(): Promise<void>;
}

export interface TestGraphOptions {
  production?: boolean;
  /** Database file per subgraph name; ':memory:' by default. */
  databases?: Record<string, string>;
}

/** POSTs a GraphQL request and returns the parsed body (any status). */
export async function postGraphQL<T>(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/**
 * The whole graph in-process on ephemeral loopback ports: every subgraph over its own fresh
 * database loaded from the data files, and the gateway serving the committed supergraph file.
 */
export async function startTestGraph(options: TestGraphOptions = {}): Promise<TestGraph> {
  const secret = "test-secret-" + Math.random().toString(36).slice(2);
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const { descriptor, definition } of subgraphRegistry()) {
      subgraphs[descriptor.name] = await startSubgraph(definition(), {
        descriptor,
        port: 0,
        host: "127.0.0.1",
        database: options.databases?.[descriptor.name] ?? ":memory:",
        secret,
        production: options.production ?? false,
      });
    }
    const gateway = await startGateway({
      supergraphSdl: readFileSync(supergraphPath({}), "utf8"),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url])),
      host: "127.0.0.1",
      port: 0,
      secret,
      production: options.production ?? false,
    });
    return {
      gateway,
      subgraphs,
      secret,
      query: async <T>(query: string, variables?: Record<string, unknown>) => (await postGraphQL<T>(gateway.url, { query, variables })).body,
      sqlCounts: () => Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.database.sql.statements])),
      close: async () => {
        await gateway.close();
        await Promise.all(Object.values(subgraphs).map((running) => running.close()));
      },
    };
  } catch (error) {
    await Promise.all(Object.values(subgraphs).map((running) => running.close()));
    throw error;
  }
}
