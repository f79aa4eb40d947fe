import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { subgraphDatabase } from "../lib/config/env";
import { projectRoot } from "../lib/config/project";
import { formatProblem, DataProblems } from "../lib/data/problems";
import { scriptArgs } from "../lib/config/argv";
import { openDatabase } from "../lib/db/data-source";
import { applySyntheticUpdates } from "../lib/synthetic/apply-updates";
import { generateSynthetic, UPDATES_FILE } from "../lib/synthetic/generate";
import type { SyntheticUpdatesFile } from "../lib/synthetic/updates";
import { subgraphRegistry } from "../subgraphs";
import { composeDataRoot } from "../gateway/src/compose";

/**
 * `npm run data:synthetic -- --scale 10 [--seed 1] [--out var/synthetic/10x]`: writes a data root of
 * about 10 times the real volume (real data plus marked synthetic records) for benchmarks.
 * `npm run data:synthetic -- --updates var/synthetic/10x`: loads that root into its databases
 * (<root>/<subgraph>.sqlite unless <SUBGRAPH>_DATABASE says otherwise) and adds the synthetic
 * progress updates of its actions. Serve it with DATA_ROOT=var/synthetic/10x npm start.
 * `--councils 12` adds synthetic council folders (12 councils in all) and composes the root's own
 * supergraph, <root>/supergraph.graphql: serve it with SUPERGRAPH_PATH too.
 */
const USAGE = `Usage: npm run data:synthetic -- [--scale 10] [--seed 1] [--councils N] [--out DIR]
       npm run data:synthetic -- --updates DIR

  --scale N      about N times the real volume (10 by default)
  --seed N       the random seed (1 by default)
  --councils N   N councils in all: the real ones plus synthetic council folders (each holding --scale
                 copies of a real council's plans), and the root's supergraph (DIR/supergraph.graphql)
  --out DIR      where the data root goes (var/synthetic/<scale>x by default)
  --updates DIR  load that data root into its databases and add its synthetic progress updates
  --help, -h     this text`;
const { values: options } = scriptArgs(USAGE, { options: { scale: { type: "string" }, seed: { type: "string" }, out: { type: "string" }, councils: { type: "string" }, updates: { type: "string" } } });
const seconds = (since: bigint): string => (Number(process.hrtime.bigint() - since) / 1e9).toFixed(2);

function generate(): void {
  const scale = Number(options.scale ?? "10");
  const seed = Number(options.seed ?? "1");
  const councils = options.councils === undefined ? undefined : Number(options.councils);
  const out = resolve(options.out ?? join(projectRoot, "var", "synthetic", councils === undefined ? `${scale}x` : `${scale}x-${councils}-councils`));
  const started = process.hrtime.bigint();
  const manifest = generateSynthetic({ scale, seed, out, councils });
  process.stdout.write(`data:synthetic: wrote ${out} (scale ${scale}, seed ${seed}${councils === undefined ? "" : `, ${councils} councils`}) in ${seconds(started)} s\n`);
  for (const [subgraph, counts] of Object.entries(manifest.total)) {
    process.stdout.write(
      `  ${subgraph.padEnd(20)} ${Object.entries(counts)
        .map(([name, count]) => `${name} ${count} (real ${manifest.real[subgraph][name]})`)
        .join(", ")}\n`,
    );
  }
  process.stdout.write(`  progress updates to add with --updates: ${manifest.progressUpdates}\n`);
  if (manifest.syntheticCouncils.length > 0) {
    const composed = composeDataRoot(out);
    process.stdout.write(`  supergraph of ${councils} councils: ${composed.path}, ${composed.bytes} bytes, composed in ${composed.seconds.toFixed(2)} s\n`);
    process.stdout.write(`  serve it: DATA_ROOT=${out} SUPERGRAPH_PATH=${composed.path} npm start\n`);
  }
}

async function loadWithUpdates(root: string): Promise<void> {
  const file = JSON.parse(readFileSync(join(root, UPDATES_FILE), "utf8")) as SyntheticUpdatesFile;
  for (const { descriptor, definition } of subgraphRegistry(projectRoot, root)) {
    const subgraph = definition();
    const path = subgraphDatabase(descriptor, undefined, root);
    const started = process.hrtime.bigint();
    const database = await openDatabase({ database: path, entities: subgraph.entities, migrations: subgraph.migrations });
    try {
      const loaded = await subgraph.load(database.dataSource);
      const loadSeconds = seconds(started);
      let line = `${descriptor.name} (${path}): data ${loaded === null ? "already loaded" : `loaded in ${loadSeconds} s`}`;
      if (descriptor.council) {
        const updateStarted = process.hrtime.bigint();
        const applied = await applySyntheticUpdates(
          database.dataSource,
          file.actions.filter((history) => history.council === descriptor.name),
        );
        line += `; ${applied.updates} progress updates on ${applied.actions} actions in ${seconds(updateStarted)} s (${applied.skipped} already had progress)`;
      }
      process.stdout.write(`${line}\n`);
    } finally {
      await database.dataSource.destroy();
    }
  }
}

async function main(): Promise<void> {
  const updates = options.updates;
  if (updates) await loadWithUpdates(resolve(updates));
  else generate();
}

main().catch((error: unknown) => {
  if (error instanceof DataProblems) for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`);
  process.stderr.write(`data:synthetic: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
