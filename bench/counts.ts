import { readFileSync } from "node:fs";
import { startInProcessGraph } from "../gateway/src/in-process";
import { queryLimits } from "../lib/config/env";
import { supergraphFileOf } from "./run";
import { SCENARIOS, type Scenario, type Variables } from "./scenarios";

/** Subgraph fetches and SQL statements one request costs, per subgraph. */
export interface RequestCost {
  scenario: string;
  /** The page size asked for, and how many items the answer held in all (lists of every level). */
  first: number;
  items: number;
  fetches: Record<string, number>;
  sql: Record<string, number>;
}

/** How many objects an answer holds: the measure of "items returned". */
function countItems(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + 1 + countItems(item), 0);
  if (value && typeof value === "object") return Object.values(value).reduce((sum: number, item) => sum + countItems(item), 0);
  return 0;
}

/**
 * Each scenario once with a page of 1 and once with a page of 100, on a fresh in-process graph (over
 * `root`'s data): fetches and statements per subgraph must not grow with the items returned.
 */
export async function measureRequestCosts(root?: string, scenarios: Scenario[] = SCENARIOS): Promise<RequestCost[]> {
  // The limits the bench's own gateways run with (MAX_RESPONSE_BYTES and the rest, from the environment).
  const graph = await startInProcessGraph({ dataRoot: root, supergraphSdl: readFileSync(supergraphFileOf(root), "utf8"), limits: queryLimits() });
  const costs: RequestCost[] = [];
  try {
    for (const scenario of scenarios) {
      for (const first of [1, 100]) {
        const variables: Variables = { ...scenario.identical, first };
        const fetchesBefore = Object.fromEntries(Object.entries(graph.gateway.fetchStats).map(([name, stats]) => [name, stats.fetches]));
        const sqlBefore = Object.fromEntries(Object.entries(graph.subgraphs).map(([name, running]) => [name, running.database.sql.statements]));
        const response = await fetch(graph.gateway.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: scenario.document, variables, operationName: scenario.operationName }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
        if (body.errors) throw new Error(`${scenario.name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
        costs.push({
          scenario: scenario.name,
          first,
          items: countItems(body.data),
          fetches: Object.fromEntries(Object.entries(graph.gateway.fetchStats).map(([name, stats]) => [name, stats.fetches - fetchesBefore[name]])),
          sql: Object.fromEntries(Object.entries(graph.subgraphs).map(([name, running]) => [name, running.database.sql.statements - sqlBefore[name]])),
        });
      }
    }
  } finally {
    await graph.close();
  }
  return costs;
}

export function costTable(costs: RequestCost[]): string {
  const names = Object.keys(costs[0]?.fetches ?? {});
  const header = ["query", "first", "items in answer", ...names.map((name) => `${name} fetches / SQL`)];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const cost of costs) lines.push(`| ${[cost.scenario, cost.first, cost.items, ...names.map((name) => `${cost.fetches[name]} / ${cost.sql[name]}`)].join(" | ")} |`);
  return lines.join("\n");
}
