import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { projectRoot } from "../../lib/config/project";
import { freePort } from "../../lib/server/free-port";
import type { ScratchDatabases } from "./engine";
import { subgraphNames } from "./councils";
import { envPrefixOf } from "../../lib/config/project";

/** `npm start` as a user runs it: the compiled launcher (npm test builds first). */
export const launcher = join(projectRoot, "dist", "scripts", "start.js");

/** Every subgraph's name, the councils' first (in port order): the project's, whichever councils it has. */
export const SUBGRAPH_NAMES: readonly string[] = subgraphNames();

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server: Server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The launcher's environment: every service on a free loopback port (`ports`, and OIDC_DEV_PORT), over the scratch databases. */
export async function launcherEnvironment(scratch: ScratchDatabases): Promise<{ env: NodeJS.ProcessEnv; ports: Record<string, number> }> {
  const ports: Record<string, number> = { GATEWAY_PORT: await freePort() };
  for (const name of SUBGRAPH_NAMES) ports[`${envPrefixOf(name)}_PORT`] = await freePort();
  // The development OpenID provider too (npm start runs it in development), never on its default 4010.
  const env: NodeJS.ProcessEnv = { ...process.env, SUBGRAPH_SECRET: "", OIDC_DEV_PORT: String(await freePort()) };
  for (const [name, port] of Object.entries(ports)) env[name] = String(port);
  for (const name of SUBGRAPH_NAMES) env[`${envPrefixOf(name)}_DATABASE`] = scratch.of(name);
  return { env, ports };
}

export interface RunningLauncher {
  child: ChildProcess;
  /** Everything it (and its services) printed so far, stdout and stderr together. */
  output(): string;
  exited: Promise<number | null>;
}

export function runLauncher(env: NodeJS.ProcessEnv): RunningLauncher {
  const child = spawn(process.execPath, [launcher], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls until the condition holds; on timeout, `explain` (e.g. the launcher's output) goes into the error. */
export async function waitFor(condition: () => boolean | Promise<boolean>, ms: number, explain: () => string = () => ""): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms\n${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The pids the launcher reports once the graph is up ("Processes: launcher 1, cumberland 2, ..."). */
export function pidsOf(output: string): Record<string, number> {
  const line = /^Processes: (.*)\.$/m.exec(output);
  if (!line) throw new Error(`no Processes line in:\n${output}`);
  return Object.fromEntries(
    line[1].split(", ").map((entry) => {
      const [name, pid] = entry.split(" ");
      return [name, Number(pid)];
    }),
  );
}
