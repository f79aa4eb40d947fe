import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, Kind, parse, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import * as generated from "../generated/graphql";
import { projectRoot } from "../lib/config/project";
import { supergraphPath } from "../lib/config/env";
import { operationCost } from "../lib/graphql/cost";
import { costDirectivesOf, type CostDirectives } from "../lib/graphql/cost-directives";
import { indicatorValuesQuery, INDICATORS_PER_QUERY, MORE_UPDATES, SUBJECT } from "../lib/reports/board-report";
import { COMPARISON_CSV_QUERY } from "../gateway/src/comparison-route";
import { COUNCIL_ACTIONS_PER_QUERY, councilActionsQuery, JOINT_ACTIONS, JOINT_SUBJECT, JOINT_SUBJECT_SHARED_ONLY, MORE_JOINT_UPDATES } from "../lib/reports/joint-report";
import { scriptArgs } from "../lib/config/argv";

/** One operation the graph's own clients send, with where it comes from and its cost (lib/graphql/cost.ts). */
export interface OperationCost {
  operation: string;
  source: string;
  cost: number;
}

/** The public schema the gateway serves (the cost rule reads the same types). */
export const publicSchema = (): GraphQLSchema => buildSchema(readFileSync(join(projectRoot, "gateway", "schema.graphql"), "utf8"));

/** The list sizes and weights of the committed supergraph, which the gateway's cost rule reads. */
export const publicCostDirectives = (): CostDirectives => costDirectivesOf(readFileSync(supergraphPath({}), "utf8"));

/** Where a generated document's operation comes from, by its name's prefix (codegen.ts reads these folders). */
function sourceOf(name: string): string {
  if (name.startsWith("Bench")) return "bench/queries";
  if (name.startsWith("Dashboard")) return "dashboard/src/operations";
  if (name.startsWith("Workspace")) return "workspace/src/operations";
  return "examples";
}

const isDocument = (value: unknown): value is DocumentNode => typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
const operationsOf = (document: DocumentNode): OperationDefinitionNode[] => document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);

/**
 * Every operation the repository's clients send through the gateway: the examples (and so the
 * explorer's tabs), the reference dashboard, the benchmark (all three through generated/graphql.ts,
 * which codegen builds from their .graphql files), the progress report and the comparison CSV routes.
 */
export function realOperationCosts(schema: GraphQLSchema = publicSchema(), directives: CostDirectives = publicCostDirectives()): OperationCost[] {
  const documents: Array<{ source: string; document: DocumentNode }> = [
    ...Object.entries(generated)
      .filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]))
      .map(([name, document]) => ({ source: sourceOf(name), document })),
    { source: "gateway/src/report-route.ts", document: parse(SUBJECT) },
    { source: "gateway/src/report-route.ts", document: parse(MORE_UPDATES) },
    { source: "gateway/src/report-route.ts", document: parse(indicatorValuesQuery(INDICATORS_PER_QUERY)) },
    { source: "gateway/src/report-route.ts", document: parse(JOINT_SUBJECT) },
    { source: "gateway/src/report-route.ts", document: parse(JOINT_SUBJECT_SHARED_ONLY) },
    { source: "gateway/src/report-route.ts", document: parse(JOINT_ACTIONS) },
    { source: "gateway/src/report-route.ts", document: parse(MORE_JOINT_UPDATES) },
    { source: "gateway/src/report-route.ts", document: parse(councilActionsQuery(COUNCIL_ACTIONS_PER_QUERY)) },
    { source: "gateway/src/comparison-route.ts", document: parse(COMPARISON_CSV_QUERY) },
  ];
  return documents.flatMap(({ source, document }) => operationsOf(document).map((operation) => ({ operation: operation.name?.value ?? "(anonymous)", source, cost: operationCost(schema, document, operation, directives) })));
}

/** `node dist/scripts/operation-costs.js`: the table, costliest first (docs/PRODUCTION.md quotes it). */
const USAGE = `Usage: node dist/scripts/operation-costs.js

Prints the cost of every operation the repository's clients send, costliest first. No options but --help, -h.`;

function main(): void {
  scriptArgs(USAGE, { options: {} });
  const rows = realOperationCosts().sort((a, b) => b.cost - a.cost);
  const width = Math.max(...rows.map((row) => row.operation.length));
  for (const row of rows) process.stdout.write(`${row.operation.padEnd(width)}  ${String(row.cost).padStart(9)}  ${row.source}\n`);
}

if (require.main === module) main();
