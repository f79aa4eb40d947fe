import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { lexicographicSortSchema, parse, printSchema } from "graphql";
import { scriptArgs } from "../../lib/config/argv";
import { projectRoot } from "../../lib/config/project";
import { subgraphUrl, supergraphPath } from "../../lib/config/env";
import { subgraphRegistry } from "../../subgraphs";

/**
 * Composes the supergraph from every subgraph's SDL (every council folder under `root`'s subgraphs/,
 * plus shared); throws listing every composition error.
 */
export function composeSupergraph(root: string = projectRoot, dataRoot: string = root): { supergraphSdl: string; hints: string[] } {
  const services = subgraphRegistry(root, dataRoot).map(({ descriptor, definition }) => ({
    name: descriptor.name,
    // Default loopback URLs; the gateway overrides them from the environment at run time.
    url: subgraphUrl(descriptor, {}),
    typeDefs: parse(definition().typeDefs),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  return { supergraphSdl: result.supergraphSdl, hints: result.hints.map((hint) => `${hint.definition.code}: ${hint.message}`) };
}

/** The committed public schema: what clients see (no federation machinery, no @inaccessible fields). */
export const apiSchemaPath = join(projectRoot, "gateway", "schema.graphql");

/**
 * The API schema of a supergraph, printed in a stable (alphabetical) order so that a diff of the file
 * shows only real changes. Codegen, the schema lint and the breaking-change check all read this file.
 */
export function printApiSchema(supergraphSdl: string): string {
  const schema = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

const USAGE = `Usage: npm run compose

Composes the supergraph from every subgraph's schema and writes it (SUPERGRAPH_PATH, by default
gateway/supergraph.graphql) and the public schema, gateway/schema.graphql. No options but --help, -h.`;

if (require.main === module) {
  scriptArgs(USAGE, { options: {} });
  const { supergraphSdl, hints } = composeSupergraph();
  const path = supergraphPath();
  writeFileSync(path, supergraphSdl);
  writeFileSync(apiSchemaPath, printApiSchema(supergraphSdl));
  process.stdout.write(`wrote ${path} and ${apiSchemaPath} (${hints.length} composition hints, no errors)\n`);
  for (const hint of hints) process.stdout.write(`  hint ${hint}\n`);
}
