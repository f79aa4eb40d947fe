import { parse } from "graphql";
import { queryLimits } from "../../lib/config/env";
import { operationCost } from "../../lib/graphql/cost";
import { publicCostDirectives, publicSchema, realOperationCosts } from "../../scripts/operation-costs";
import { CYCLE_QUERY } from "../helpers/hostile-queries";

const schema = publicSchema();
const costDirectives = publicCostDirectives();
const costOf = (query: string): number => {
  const document = parse(query);
  return operationCost(schema, document, document.definitions[0] as Parameters<typeof operationCost>[2], costDirectives);
};

it("prints the cost of every operation the repository's clients send", () => {
  const rows = realOperationCosts(schema, costDirectives).sort((a, b) => b.cost - a.cost);
  process.stdout.write(`${rows.map((row) => `${row.operation.padEnd(40)} ${String(row.cost).padStart(9)}  ${row.source}`).join("\n")}\n`);
  // Every source is read: none can pass vacuously by reading nothing.
  expect(new Set(rows.map((row) => row.source))).toEqual(new Set(["bench/queries", "dashboard/src/operations", "workspace/src/operations", "examples", "gateway/src/report-route.ts", "gateway/src/comparison-route.ts"]));
  expect(rows.length).toBeGreaterThanOrEqual(20);
});

it("the default cost limit is a little above the costliest real operation, and every one fits", () => {
  const limit = queryLimits({}).maxCost;
  const costliest = Math.max(...realOperationCosts(schema, costDirectives).map((row) => row.cost));
  expect(costliest).toBeLessThanOrEqual(limit);
  // "A little above": at most twice the costliest, so an attack gets little room beyond real use.
  expect(limit).toBeLessThanOrEqual(2 * costliest);
});

it("the plans-actions cycle the issue measured (cost ~787,000) is over the default limit", () => {
  const cost = costOf(CYCLE_QUERY);
  expect(cost).toBeGreaterThan(780_000);
  expect(cost).toBeLessThan(1_000_000);
  expect(cost).toBeGreaterThan(queryLimits({}).maxCost);
});
