import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { subgraphUrl, supergraphPath } from "../../lib/config/env";
import { subgraphRegistry } from "../../subgraphs";

/** Composes the supergraph from every subgraph's SDL; throws listing every composition error. */
export function composeSupergraph(): { supergraphSdl: string; hints: string[] } {
  const services = subgraphRegistry().map(({ descriptor, definition }) => ({
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

if (require.main === module) {
  const { supergraphSdl, hints } = composeSupergraph();
  const path = supergraphPath();
  writeFileSync(path, supergraphSdl);
  process.stdout.write(`wrote ${path} (${hints.length} composition hints, no errors)\n`);
  for (const hint of hints) process.stdout.write(`  hint ${hint}\n`);
}
