import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { composeServices } from "@apollo/composition";
import { Supergraph } from "@apollo/federation-internals";
import { lexicographicSortSchema, parse, printSchema } from "graphql";
import { scriptArgs } from "../../lib/config/argv";
import { isSyntheticDataRoot, projectRoot } from "../../lib/config/project";
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

/** Where the supergraph of a synthetic data root (with councils of its own) is written: inside that root. */
export const dataRootSupergraphPath = (dataRoot: string): string => join(dataRoot, "supergraph.graphql");

/**
 * Composes the supergraph of a synthetic data root (the repository's councils plus the root's synthetic
 * ones) into <dataRoot>/supergraph.graphql; the committed supergraph and schema are never touched.
 */
export function composeDataRoot(dataRoot: string): { path: string; bytes: number; seconds: number; hints: number } {
  if (!isSyntheticDataRoot(dataRoot)) throw new Error(`${dataRoot} is not a synthetic data root (no synthetic.json): compose the repository's graph with npm run compose`);
  const started = process.hrtime.bigint();
  const { supergraphSdl, hints } = composeSupergraph(projectRoot, dataRoot);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const path = dataRootSupergraphPath(dataRoot);
  writeFileSync(path, supergraphSdl);
  return { path, bytes: Buffer.byteLength(supergraphSdl), seconds, hints: hints.length };
}

const USAGE = `Usage: npm run compose [-- --data-root DIR]

Composes the supergraph from every subgraph's schema and writes it (SUPERGRAPH_PATH, by default
gateway/supergraph.graphql) and the public schema, gateway/schema.graphql.

  --data-root DIR  compose for a synthetic data root with councils of its own (npm run data:synthetic --
                   --councils N) and write DIR/supergraph.graphql only (serve it with SUPERGRAPH_PATH)
  --help, -h       this text`;

if (require.main === module) {
  const { values } = scriptArgs(USAGE, { options: { "data-root": { type: "string" } } });
  const root = values["data-root"];
  if (root !== undefined) {
    const written = composeDataRoot(resolve(root));
    process.stdout.write(`wrote ${written.path} (${written.bytes} bytes, composed in ${written.seconds.toFixed(2)} s, ${written.hints} hints)\n`);
  } else {
    const { supergraphSdl, hints } = composeSupergraph();
    const path = supergraphPath();
    writeFileSync(path, supergraphSdl);
    writeFileSync(apiSchemaPath, printApiSchema(supergraphSdl));
    process.stdout.write(`wrote ${path} and ${apiSchemaPath} (${hints.length} composition hints, no errors)\n`);
    for (const hint of hints) process.stdout.write(`  hint ${hint}\n`);
  }
}
