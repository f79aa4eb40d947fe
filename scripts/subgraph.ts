import "reflect-metadata";
import { dataRoot, echoSql, host, requireSubgraphSecretInProduction, isProduction, subgraphDatabase, subgraphPort, subgraphSecret } from "../lib/config/env";
import { runUntilSignal } from "../lib/server/lifecycle";
import { startSubgraph } from "../lib/server/subgraph-server";
import { projectRoot } from "../lib/config/project";
import { scriptArgs } from "../lib/config/argv";
import { subgraphRegistry } from "../subgraphs";

/** Runs one subgraph on its own: `node dist/scripts/subgraph.js <name>` (e.g. cumberland), on DATA_ROOT's data files. */
const USAGE = `usage: subgraph.js <${subgraphRegistry()
  .map(({ descriptor }) => descriptor.name)
  .join("|")}>`;
const { positionals } = scriptArgs(USAGE, { options: {}, allowPositionals: true });
const entry = positionals.length === 1 ? subgraphRegistry(projectRoot, dataRoot()).find(({ descriptor }) => descriptor.name === positionals[0]) : undefined;
if (!entry) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(64);
}
runUntilSignal(entry.descriptor.name, async () => {
  requireSubgraphSecretInProduction();
  return startSubgraph(entry.definition(), {
    descriptor: entry.descriptor,
    port: subgraphPort(entry.descriptor),
    database: subgraphDatabase(entry.descriptor),
    host: host(),
    secret: subgraphSecret(),
    production: isProduction(),
    echoSql: echoSql(),
  });
});
