import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scratchDatabases } from "../helpers/engine";
import type { GraphQLResponse, Settled } from "../helpers/graph";
import { graphql } from "../../generated/test";
import type { TypedDocumentString } from "../../generated/test/graphql";
import { councilNames } from "../helpers/councils";
import { launcherEnvironment, pidsOf, portIsFree, runLauncher, SUBGRAPH_NAMES, waitFor, type RunningLauncher } from "../helpers/launcher";

/**
 * `npm start` after the graph is up: a service that dies (kill -9) is restarted with backoff while
 * the rest keep serving, and the gateway answers partial results meanwhile; SIGTERM still stops
 * everything, a service waiting for its restart included.
 */
const dir = mkdtempSync(join(tmpdir(), "graph-restart-"));
const scratch = scratchDatabases((name) => join(dir, `${name}.sqlite`));
afterAll(async () => {
  await scratch.drop();
  rmSync(dir, { recursive: true, force: true });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Holds a dead service's port so that its restart fails (port in use) until released: the outage
 * lasts as long as the test needs, not as long as a restart takes. Connections are reset at once,
 * as a closed port would refuse them.
 */
async function holdPort(port: number): Promise<Server> {
  // The killed process may take a moment to die and release the port.
  const deadline = Date.now() + 5_000;
  for (;;) {
    const server = createServer((socket) => socket.resetAndDestroy());
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => resolve(true));
    });
    if (listening) return server;
    if (Date.now() > deadline) throw new Error(`port ${port} was not released`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A typed operation's answer is typed from the schema; a plain string's is not. */
async function query<T, V>(port: number, text: TypedDocumentString<T, V>): Promise<{ status: number; body: GraphQLResponse<Settled<T>> }>;
async function query(port: number, text: string): Promise<{ status: number; body: GraphQLResponse }>;
async function query(port: number, text: TypedDocumentString<unknown, unknown> | string): Promise<{ status: number; body: GraphQLResponse<unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: text.toString() }) });
  return { status: response.status, body: (await response.json()) as GraphQLResponse };
}

const COUNCILS_AND_SHARED = graphql(`query StartRestartCouncilsAndShared { councils { name actions { totalCount } } jointInitiative(id: "regional-adoption-agency") { status } }`);

let started: RunningLauncher | undefined;
afterEach(async () => {
  // A failed test must not leave the graph running.
  if (started && started.child.exitCode === null) {
    started.child.kill("SIGTERM");
    await started.exited;
  }
});

/** `npm start` over the scratch databases, once it has printed its processes: with its ports, their pids, and its output for a failure's message. */
async function startLauncher() {
  const { env, ports } = await launcherEnvironment(scratch);
  started = runLauncher(env);
  const launcher = started;
  const printed = () => `the launcher printed:\n${launcher.output()}`;
  await waitFor(() => /^Processes: /m.test(launcher.output()), 40_000, printed);
  return { launcher, ports, printed, pids: pidsOf(launcher.output()) };
}

it("restarts a subgraph killed with SIGKILL, with backoff, while the gateway serves the rest; SIGTERM during a backoff wait stops everything", async () => {
  const { launcher, ports, printed, pids } = await startLauncher();
  expect(Object.keys(pids)).toEqual(["launcher", ...SUBGRAPH_NAMES, "dev-provider", "gateway"]);
  const full = await query(ports.GATEWAY_PORT, COUNCILS_AND_SHARED);
  expect(full.body.errors).toBeUndefined();
  const councils = full.body.data!.councils;
  const cumberland = councils.find((council) => council.name === "Cumberland Council")!;
  expect(cumberland.name).toBe("Cumberland Council");
  expect(cumberland.actions.totalCount).toBeGreaterThan(0);

  // kill -9 Cumberland's subgraph; its first restart (after 0.5 s) finds the port held and fails.
  process.kill(pids["cumberland"], "SIGKILL");
  const blocker = await holdPort(ports.CUMBERLAND_PORT);
  try {
    await waitFor(() => launcher.output().includes("cumberland stopped (SIGKILL); restarting in 0.5 s, restart 1\n"), 10_000, printed);
    await waitFor(() => launcher.output().includes("cumberland stopped (exit code 2); restarting in 1 s, restart 2\n"), 20_000, printed);

    // Meanwhile the gateway answers with what it has: the other council and the shared data, and an error naming Cumberland.
    const partial = await query(ports.GATEWAY_PORT, COUNCILS_AND_SHARED);
    expect(partial.status).toBe(200);
    expect(partial.body.data).toEqual({ councils: councils.map((council) => (council === cumberland ? null : council)), jointInitiative: { status: "IN_DEVELOPMENT" } });
    expect(partial.body.errors!.map((error) => [error.extensions?.code, error.extensions?.subgraph])).toContainEqual(["SUBGRAPH_UNAVAILABLE", "cumberland"]);
  } finally {
    blocker.close();
  }

  // Once the port is free, a restart succeeds and the whole answer is back: the same data, loaded once (no duplicates).
  await waitFor(() => /^cumberland is back \(pid \d+\)$/m.test(launcher.output()), 30_000, printed);
  await waitFor(async () => JSON.stringify((await query(ports.GATEWAY_PORT, COUNCILS_AND_SHARED)).body) === JSON.stringify(full.body), 20_000, printed);
  // Nothing else was restarted: the gateway and the other subgraphs are the processes started first.
  for (const name of ["launcher", ...SUBGRAPH_NAMES.filter((subgraph) => subgraph !== "cumberland"), "gateway"]) expect(isRunning(pids[name])).toBe(true);
  expect(launcher.output().match(/ stopped \(/g)).toHaveLength(2);
  const restarted = Number(/^cumberland is back \(pid (\d+)\)$/m.exec(launcher.output())![1]);
  expect(restarted).not.toBe(pids["cumberland"]);

  // Killed again soon after: the backoff has not reset (it was not up a minute), so this waits 2 s;
  // SIGTERM during that wait stops everything and Cumberland is not restarted.
  process.kill(restarted, "SIGKILL");
  await waitFor(() => launcher.output().includes("cumberland stopped (SIGKILL); restarting in 2 s, restart 3\n"), 10_000, printed);
  launcher.child.kill("SIGTERM");
  expect(await launcher.exited).toBe(0);
  for (const name of [...SUBGRAPH_NAMES.filter((subgraph) => subgraph !== "cumberland"), "gateway"]) expect(isRunning(pids[name])).toBe(false);
  for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);
  expect(launcher.output().match(/^cumberland is back/gm)).toHaveLength(1);
}, 120_000);

it("restarts the gateway too, and the shared subgraph; the councils' own data is served while shared is down", async () => {
  const { launcher, ports, printed, pids } = await startLauncher();

  process.kill(pids["shared"], "SIGKILL");
  const blocker = await holdPort(ports.SHARED_PORT);
  try {
    await waitFor(() => launcher.output().includes("shared stopped (SIGKILL); restarting in 0.5 s, restart 1\n"), 10_000, printed);
    // A council's own data needs nothing from the shared subgraph.
    const own = await query(ports.GATEWAY_PORT, graphql(`query StartRestartCumberlandOwn { cumberland { name plans { title } } }`));
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data!.cumberland.name).toBe("Cumberland Council");
    expect(own.body.data!.cumberland.plans.length).toBeGreaterThan(0);
    // Shared's fields give an error naming it; the council field in the same query still answers.
    const mixed = await query(ports.GATEWAY_PORT, `{ westmorlandAndFurness { name } partnership { name } }`);
    expect(mixed.status).toBe(200);
    expect(mixed.body.data).toEqual({ westmorlandAndFurness: { name: "Westmorland and Furness Council" }, partnership: null });
    expect(mixed.body.errors!.map((error) => error.extensions?.subgraph)).toContain("shared");
  } finally {
    blocker.close();
  }
  await waitFor(() => /^shared is back/m.test(launcher.output()), 30_000, printed);

  process.kill(pids["gateway"], "SIGKILL");
  await waitFor(() => launcher.output().includes("gateway stopped (SIGKILL); restarting in 0.5 s, restart 1\n"), 10_000, printed);
  await waitFor(() => /^gateway is back/m.test(launcher.output()), 30_000, printed);
  const after = await query(ports.GATEWAY_PORT, `{ councils { name } jointInitiative(id: "regional-adoption-agency") { status } }`);
  expect(after.body).toEqual({ data: { councils: councilNames().map((name) => ({ name })), jointInitiative: { status: "IN_DEVELOPMENT" } } });
  for (const name of SUBGRAPH_NAMES.filter((subgraph) => subgraph !== "shared")) expect(isRunning(pids[name])).toBe(true);

  launcher.child.kill("SIGTERM");
  expect(await launcher.exited).toBe(0);
  for (const port of Object.values(ports)) expect(await portIsFree(port)).toBe(true);
}, 120_000);
