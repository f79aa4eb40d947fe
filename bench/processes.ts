import { fork, spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GATEWAY_IDENTITY_HEADER, signAnonymousGatewayToken } from "../lib/auth/internal-token";
import { projectRoot } from "../lib/config/project";
import { freePort } from "../lib/server/free-port";

export { freePort };
import { GATEWAY_NODE_FLAGS } from "../gateway/src/node-flags";

/** The services a benchmark runs, each its own process on a free loopback port. */
export interface Service {
  name: string;
  url: string;
  child: ChildProcess;
  /** Our gateway's Prometheus endpoint (the benchmark reads the cost gate's waits from it). */
  metricsUrl?: string;
}

const distScript = (...parts: string[]): string => join(projectRoot, "dist", ...parts);

/** Forks one of our services and waits for it to report `{ ready, url }` over IPC (as `npm start` does). */
function forkService(name: string, script: string, args: string[], env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): Promise<Service> {
  const child = fork(script, args, { env, stdio: ["ignore", "ignore", "inherit", "ipc"], execArgv: [...nodeFlags] });
  return new Promise((resolve, reject) => {
    child.on("message", (message: { ready?: string; url?: string }) => {
      if (message.ready === name && message.url) resolve({ name, url: message.url, child });
    });
    child.once("exit", (code) => reject(new Error(`${name} exited (code ${code}) before it was ready`)));
  });
}

export interface SubgraphSet {
  urls: Record<string, string>;
  services: Service[];
}

/**
 * Every service runs as in production (NODE_ENV=production: graphql-js skips its development checks),
 * with a subgraph secret, so that only gateways holding a signed identity can call the subgraphs.
 */
export interface ProductionSecrets {
  subgraphSecret: string;
  authSecret: string;
}

/** Every subgraph, each in its own process, on its own database under `dir`. */
export async function startSubgraphs(names: string[], envPrefixes: Record<string, string>, dir: string, secrets: ProductionSecrets, extraEnv: NodeJS.ProcessEnv = {}): Promise<SubgraphSet> {
  const services = await Promise.all(
    names.map(async (name) => {
      const prefix = envPrefixes[name];
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...extraEnv,
        SUBGRAPH_SECRET: secrets.subgraphSecret,
        LOG_LEVEL: "silent",
        NODE_ENV: "production",
        [`${prefix}_PORT`]: String(await freePort()),
        [`${prefix}_DATABASE`]: join(dir, `${name}.sqlite`),
      };
      return forkService(name, distScript("scripts", "subgraph.js"), [name], env);
    }),
  );
  return { services, urls: Object.fromEntries(services.map((service) => [service.name, service.url])) };
}

/** Our gateway as `npm start` runs it (its own process), routing to the given subgraph URLs. */
export async function startOurGateway(
  subgraphUrls: Record<string, string>,
  envPrefixes: Record<string, string>,
  secrets: ProductionSecrets,
  extraEnv: NodeJS.ProcessEnv = {},
  nodeFlags: readonly string[] = GATEWAY_NODE_FLAGS,
): Promise<Service> {
  const metricsPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SUBGRAPH_SECRET: secrets.subgraphSecret,
    AUTH_JWT_SECRET: secrets.authSecret,
    LOG_LEVEL: "silent",
    NODE_ENV: "production",
    // The benchmark drives all its load from 127.0.0.1: the per-client rate limit would measure itself.
    RATE_LIMIT: "false",
    GATEWAY_PORT: String(await freePort()),
    // Production serves /metrics on 127.0.0.1:9090 by default: several gateways on one machine need a port each.
    METRICS_PORT: String(metricsPort),
    ...Object.fromEntries(Object.entries(subgraphUrls).map(([name, url]) => [`${envPrefixes[name]}_URL`, url])),
    ...extraEnv,
  };
  const service = await forkService("gateway", distScript("gateway", "src", "index.js"), [], env, nodeFlags);
  return { ...service, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics` };
}

/** The cost gate's totals from our gateway's /metrics (zeros where the gateway has no gate). */
export async function admissionTotals(metricsUrl: string): Promise<{ waited: number; waitSeconds: number }> {
  const text = await (await fetch(metricsUrl)).text();
  const value = (name: string): number => Number(new RegExp(`^${name} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
  return { waited: value("admission_waited_requests"), waitSeconds: value("admission_wait_seconds") };
}

/**
 * Hive Gateway (as installed from the npm registry) serving the committed supergraph file unchanged;
 * a generated config file only points each subgraph at where this run started it.
 */
export async function startHiveGateway(name: string, supergraphFile: string, subgraphUrls: Record<string, string>, dir: string, secrets: ProductionSecrets, rustPlanner: boolean): Promise<Service> {
  const port = await freePort();
  const config = join(dir, `${name}.config.mjs`);
  // The same signed anonymous identity our gateway sends, as a static header valid for the run...
  const tokens = Object.fromEntries(await Promise.all(Object.keys(subgraphUrls).map(async (subgraph) => [subgraph, await signAnonymousGatewayToken(secrets.subgraphSecret, subgraph, 6 * 3600)] as const)));
  const transportEntries = Object.fromEntries(Object.entries(subgraphUrls).map(([subgraph, url]) => [subgraph, { location: url, headers: [[GATEWAY_IDENTITY_HEADER, tokens[subgraph]]] }]));
  const targets = Object.fromEntries(Object.entries(subgraphUrls).map(([subgraph, url]) => [url, { subgraph, token: tokens[subgraph] }]));
  // ...and, as ours does, a one-time proof for each request's body, made by a plugin (Hive's onFetch
  // hook) with our own proof code and the subgraph secret (the file is in the run's private folder).
  writeFileSync(
    config,
    [
      `import { createRequire } from "node:module";`,
      `const { GatewayProofSigner, GATEWAY_PROOF_HEADER } = createRequire(import.meta.url)(${JSON.stringify(distScript("lib", "auth", "gateway-proof.js"))});`,
      `const signer = new GatewayProofSigner(${JSON.stringify(secrets.subgraphSecret)});`,
      `const targets = ${JSON.stringify(targets)};`,
      `const prove = {`,
      `  onFetch({ url, options, setOptions }) {`,
      `    const target = targets[url];`,
      `    if (!target || typeof options.body !== "string") return;`,
      `    const headers = options.headers instanceof Headers ? Object.fromEntries(options.headers) : { ...options.headers };`,
      `    setOptions({ ...options, headers: { ...headers, [GATEWAY_PROOF_HEADER]: signer.prove(target.subgraph, target.token, options.body) } });`,
      `  },`,
      `};`,
      `export const gatewayConfig = { ...${JSON.stringify({ transportEntries, logging: "error" })}, plugins: () => [prove] };`,
      "",
    ].join("\n"),
    { mode: 0o600 },
  );
  const bin = join(projectRoot, "node_modules", "@graphql-hive", "gateway", "dist", "bin.js");
  const args = [bin, "supergraph", supergraphFile, "--config-path", config, "--host", "127.0.0.1", "--port", String(port), ...(rustPlanner ? ["--hive-router-runtime"] : [])];
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  const url = `http://127.0.0.1:${port}/graphql`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (code ${child.exitCode}) before it was ready`);
    try {
      const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
      if (response.ok) return { name, url, child };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function stopService(service: Service): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => service.child.kill("SIGKILL"), 10_000);
    service.child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    service.child.kill("SIGTERM");
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / 100;
}

/** Peak resident memory in MiB since start or since the last resetPeakMemory (VmHWM). */
export function peakMemoryMiB(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Resets VmHWM to the current RSS so that each scenario reports its own peak (Linux: clear_refs 5). */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}
