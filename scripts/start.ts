import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { dashboardEnabled, dataRoot, devProviderWanted, explorerEnabled, gatewayPort, host, oidcDevPort, subgraphPort, subgraphSecret, workspaceEnabled } from "../lib/config/env";
import { loadCouncils, projectRoot, subgraphDescriptors } from "../lib/config/project";
import { STOP_DEADLINE_MS } from "../lib/server/lifecycle";
import { formatDelay, RestartBackoff } from "../lib/server/restart-backoff";
import { GATEWAY_NODE_FLAGS } from "../gateway/src/node-flags";
import { scriptArgs } from "../lib/config/argv";

/**
 * `npm start`: every subgraph (and, in development, the development OpenID provider), then the gateway
 * once they all answer, each its own process.
 * A failure while the graph starts stops everything (so CI sees either "The graph is up" or an exit).
 * Once the graph is up, a service that exits is restarted with backoff while the others keep serving
 * (the gateway answers partial results meanwhile). Only Ctrl-C, SIGTERM or the parent going away stop everything.
 */
interface Service {
  name: string;
  script: string;
  args: string[];
  nodeFlags: readonly string[];
  backoff: RestartBackoff;
  /** The service's current process (the latest restart's), or null while it waits to be restarted. */
  child: ChildProcess | null;
  restartTimer: NodeJS.Timeout | null;
}

const services: Service[] = [];
let graphUp = false;
let stopping = false;

// One secret per run, unless configured: subgraphs then answer only this run's gateway, restarted ones included.
const env = { ...process.env, SUBGRAPH_SECRET: subgraphSecret() ?? randomBytes(32).toString("hex") };

function service(name: string, script: string, args: string[], nodeFlags: readonly string[] = []): Service {
  const created: Service = { name, script, args, nodeFlags, backoff: new RestartBackoff(), child: null, restartTimer: null };
  services.push(created);
  return created;
}

/** Forks the service's process; resolves with its URL once it answers, rejects if it exits first. */
function launch(target: Service): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = fork(target.script, target.args, { env, stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [...process.execArgv, ...target.nodeFlags] });
    target.child = child;
    child.on("message", (message: { ready?: string; url?: string }) => {
      if (message.ready !== target.name || !message.url) return;
      target.backoff.up(Date.now());
      resolve(message.url);
    });
    child.on("exit", (code, signal) => {
      if (target.child === child) target.child = null;
      reject(new Error(`${target.name} did not start`));
      if (!stopping) exited(target, code, signal);
    });
  });
}

function exited(target: Service, code: number | null, signal: NodeJS.Signals | null): void {
  const how = signal ?? `exit code ${code}`;
  if (!graphUp) {
    process.stderr.write(`${target.name} stopped (${how}); stopping the graph.\n`);
    void stopAll(code === 0 ? 1 : (code ?? 1));
    return;
  }
  const { restart, delayMs } = target.backoff.next(Date.now());
  process.stderr.write(`${target.name} stopped (${how}); restarting in ${formatDelay(delayMs)}, restart ${restart}\n`);
  target.restartTimer = setTimeout(() => {
    target.restartTimer = null;
    if (stopping) return;
    launch(target).then(
      () => process.stdout.write(`${target.name} is back (pid ${target.child?.pid})\n`),
      // It exited before answering: exited() has already scheduled the next attempt.
      () => undefined,
    );
  }, delayMs);
}

async function stopAll(exitCode: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // A service waiting for its restart is simply not restarted.
  for (const target of services) if (target.restartTimer) clearTimeout(target.restartTimer);
  const running = services.map((target) => target.child).filter((child): child is ChildProcess => child !== null && child.exitCode === null && child.signalCode === null);
  // Each service has STOP_DEADLINE_MS to stop; one that has not stopped soon after is killed.
  const kill = setTimeout(() => running.forEach((child) => child.kill("SIGKILL")), STOP_DEADLINE_MS + 2_000);
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        }),
    ),
  );
  clearTimeout(kill);
  process.exit(exitCode);
}

function onSignal(): void {
  if (stopping) {
    // A second Ctrl-C: stop now.
    services.forEach((target) => target.child?.kill("SIGKILL"));
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

const USAGE = `Usage: npm start

Runs every subgraph (and, in development, the development OpenID provider), then the gateway, each its
own process; configured by the environment (see docs/CONFIGURATION.md). No options but --help, -h.`;

async function main(): Promise<void> {
  scriptArgs(USAGE, { options: {} });
  // A synthetic data root may add councils of its own (served with its SUPERGRAPH_PATH).
  const descriptors = subgraphDescriptors(loadCouncils(projectRoot, dataRoot()));
  // Fail fast on bad port settings before anything starts.
  descriptors.forEach((descriptor) => subgraphPort(descriptor));
  gatewayPort();
  // Sign-in in development without a council's identity provider; never in production.
  const signIn = devProviderWanted();
  if (signIn) oidcDevPort();
  const subgraphs = descriptors.map((descriptor) => service(descriptor.name, join(__dirname, "subgraph.js"), [descriptor.name]));
  const devProvider = signIn ? service("dev-provider", join(__dirname, "dev-provider.js"), []) : null;
  const gateway = service("gateway", join(__dirname, "..", "gateway", "src", "index.js"), [], GATEWAY_NODE_FLAGS);
  const [signInIssuer] = await Promise.all([devProvider ? launch(devProvider) : null, ...subgraphs.map(launch)]);
  const url = await launch(gateway);
  graphUp = true;
  const origin = new URL(url).origin;
  // One write, so that whoever reads the output sees the whole announcement at once, never the first
  // line without the rest (tests wait for "The graph is up" and then read the pids).
  const lines = [
    `\nThe graph is up: query ${url} (host ${host()}). Ctrl-C stops everything.`,
    explorerEnabled() ? `Explorer (GraphiQL with the examples): ${origin}/explorer` : null,
    dashboardEnabled() ? `Reference dashboard: ${origin}/dashboard/` : null,
    workspaceEnabled() ? `Staff workspace: ${origin}/workspace/` : null,
    signInIssuer ? `Development sign-in: ${signInIssuer} (accounts in the README; password demo)` : null,
    // Say so when the graph serves other data than the repository's (e.g. synthetic benchmark data).
    dataRoot() !== projectRoot ? `Serving the data files in ${dataRoot()} (DATA_ROOT), not the repository's.` : null,
    // For operators (and the launcher's test): which process is which. A crashed service is restarted with a new pid.
    `Processes: launcher ${process.pid}, ${services.map((target) => `${target.name} ${target.child?.pid}`).join(", ")}.`,
  ];
  process.stdout.write(`${lines.filter((line) => line !== null).join("\n")}\n`);
}

main().catch((error: unknown) => {
  // A failing child has printed why and stopAll is under way; anything else (bad settings) is ours to report.
  if (stopping) return;
  process.stderr.write(`npm start: ${error instanceof Error ? error.message : String(error)}\n`);
  void stopAll(1);
});
