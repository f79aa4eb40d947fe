import { fork, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "../lib/config/project";
import { freePort } from "../lib/server/free-port";

export interface GraphProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * The graph as `npm start` runs it (four processes, loopback only, free ports), over databases in
 * var/<folder>, with extra environment (e.g. RESPONSE_CACHE); for load runs and benchmarks.
 */
export async function startGraphProcess(folder: string, extraEnv: Record<string, string> = {}): Promise<GraphProcess> {
  const ports = { GATEWAY_PORT: await freePort(), WESTMORLAND_FURNESS_PORT: await freePort(), CUMBERLAND_PORT: await freePort(), SHARED_PORT: await freePort() };
  const dir = join(projectRoot, "var", folder);
  const env = {
    ...process.env,
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    WESTMORLAND_FURNESS_DATABASE: join(dir, "westmorland-furness.sqlite"),
    CUMBERLAND_DATABASE: join(dir, "cumberland.sqlite"),
    SHARED_DATABASE: join(dir, "shared.sqlite"),
    LOG_LEVEL: "silent",
    // Load runs send everything from 127.0.0.1: the per-client rate limit would throttle them.
    RATE_LIMIT: "false",
    ...extraEnv,
  };
  const child: ChildProcess = fork(join(projectRoot, "dist", "scripts", "start.js"), [], { env, stdio: ["ignore", "pipe", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("The graph is up")) resolve();
    });
    child.on("exit", () => reject(new Error(`the graph did not start:\n${output}`)));
  });
  return {
    url: `http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
