import "reflect-metadata";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "../lib/config/project";
import { startInProcessGraph } from "../gateway/src/in-process";
import { scriptArgs } from "../lib/config/argv";

export const examplesDir = join(projectRoot, "examples");
export const exampleFiles = (): string[] =>
  readdirSync(examplesDir)
    .filter((file) => file.endsWith(".graphql"))
    .sort();

/** Runs one example operation against a gateway and returns the response body, formatted. */
export async function runExample(gatewayUrl: string, file: string): Promise<string> {
  const query = readFileSync(join(examplesDir, file), "utf8");
  const response = await fetch(gatewayUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return `${JSON.stringify(await response.json(), null, 2)}\n`;
}

/** `npm run examples`: writes each example's real output next to it (examples/<name>.json). */
const USAGE = `Usage: npm run examples

Runs every example operation (examples/*.graphql) against the graph in this process and writes each
real answer next to it (examples/<name>.json). No options but --help, -h.`;

async function main(): Promise<void> {
  scriptArgs(USAGE, { options: {} });
  const graph = await startInProcessGraph();
  try {
    for (const file of exampleFiles()) {
      writeFileSync(join(examplesDir, file.replace(/\.graphql$/, ".json")), await runExample(graph.gateway.url, file));
      process.stdout.write(`wrote examples/${file.replace(/\.graphql$/, ".json")}\n`);
    }
  } finally {
    await graph.close();
  }
}

if (require.main === module) void main();
