import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { dashboardEnabled, dataRoot, explorerEnabled, gatewayPort, host, subgraphPort } from "../lib/config/env";
import { projectRoot, subgraphDescriptors } from "../lib/config/project";
import { STOP_DEADLINE_MS } from "../lib/server/lifecycle";
import { GATEWAY_NODE_FLAGS } from "../gateway/src/node-flags";

/**
 * `npm start`: every subgraph, then the gateway once they all answer, each its own process.
 * Ctrl-C or SIGTERM stops them all; a child that fails stops the rest.
 */
const children: ChildProcess[] = [];
let stopping = false;

// One secret per run, unless configured: subgraphs then answer only this run's gateway.
const env = { ...process.env, SUBGRAPH_SECRET: process.env.SUBGRAPH_SECRET || randomBytes(32).toString("hex") };

function launch(name: string, script: string, args: string[], nodeFlags: readonly string[] = []): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(script, args, { env, stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [...process.execArgv, ...nodeFlags] });
    children.push(child);
    child.on("message", (message: { ready?: string; url?: string }) => {
      if (message.ready === name && message.url) resolve(message.url);
    });
    child.on("exit", (code, signal) => {
      if (!stopping) {
        process.stderr.write(`${name} stopped (${signal ?? `exit code ${code}`}); stopping the graph.\n`);
        reject(new Error(`${name} did not start`));
        void stopAll(code === 0 ? 1 : code ?? 1);
      }
    });
  });
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  // Each service has STOP_DEADLINE_MS to stop; one that has not stopped soon after is killed.
  const kill = setTimeout(() => running.forEach((child) => child.kill("SIGKILL")), STOP_DEADLINE_MS + 2_000);
  await Promise.all(
    running.map((child) => new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    })),
  );
  clearTimeout(kill);
  process.exit(exitCode);
}

function onSignal(): void {
  if (stopping) {
    // A second Ctrl-C: stop now.
    children.forEach((child) => child.kill("SIGKILL"));
    process.exit(1);
  }
  void stopAll(0);
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);
// `npm start` runs this under a shell that does not pass SIGTERM on: when our parent goes away,
// stop everything rather than leave the services running as orphans.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stopAll(0);
}, 500).unref();

async function main(): Promise<void> {
  const descriptors = subgraphDescriptors();
  // Fail fast on bad port settings before anything starts.
  descriptors.forEach((descriptor) => subgraphPort(descriptor));
  gatewayPort();
  await Promise.all(descriptors.map((descriptor) => launch(descriptor.name, join(__dirname, "subgraph.js"), [descriptor.name])));
  const url = await launch("gateway", join(__dirname, "..", "gateway", "src", "index.js"), [], GATEWAY_NODE_FLAGS);
  process.stdout.write(`\nThe graph is up: query ${url} (host ${host()}). Ctrl-C stops everything.\n`);
  const origin = new URL(url).origin;
  if (explorerEnabled()) process.stdout.write(`Explorer (GraphiQL with the examples): ${origin}/explorer\n`);
  if (dashboardEnabled()) process.stdout.write(`Reference dashboard: ${origin}/dashboard/\n`);
  // Say so when the graph serves other data than the repository's (e.g. synthetic benchmark data).
  if (dataRoot() !== projectRoot) process.stdout.write(`Serving the data files in ${dataRoot()} (DATA_ROOT), not the repository's.\n`);
}

main().catch((error: unknown) => {
  // A failing child has printed why and stopAll is under way; anything else (bad settings) is ours to report.
  if (stopping) return;
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  void stopAll(1);
});
