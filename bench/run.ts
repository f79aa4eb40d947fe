import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { GATEWAY_IDENTITY_HEADER, signAnonymousGatewayToken } from "../lib/auth/internal-token";
import { GATEWAY_PROOF_HEADER, GatewayProofSigner } from "../lib/auth/gateway-proof";
import { supergraphPath } from "../lib/config/env";
import { loadCouncils, projectRoot, subgraphDescriptors } from "../lib/config/project";
import { dataRootSupergraphPath } from "../gateway/src/compose";
import { checkAnswers, runLoad, type CheckedRequest, type LoadResult } from "./load";
import { admissionTotals, cpuSeconds, peakMemoryMiB, resetPeakMemory, startHiveGateway, startOurGateway, startSubgraphs, stopService, type Service } from "./processes";
import { recordFetches, runReplay } from "./replay";
import { dataPool, POOL_QUERY, SCENARIOS, type PoolAnswer, type Scenario, type Variables } from "./scenarios";

export const TARGETS = ["ours", "ours-unshared", "ours-cached", "hive", "hive-rust", "direct", "replay"] as const;
export type Target = (typeof TARGETS)[number];
export const MODES = ["identical", "unique"] as const;
export type Mode = (typeof MODES)[number];

export interface BenchOptions {
  /** Seconds per measured run. */
  seconds?: number;
  /** A smoke round: every planned request once, answers checked, no warm-up and no timing. */
  smoke?: boolean;
  connections: number;
  targets: Target[];
  scenarios: string[];
  modes: Mode[];
  /** Folder of data files the subgraphs load (DATA_ROOT); the repository's by default. */
  dataRoot?: string;
  /** A label for the data (e.g. "real", "10x"). */
  dataLabel: string;
  /** Unique variable sets per scenario (more than the connections in flight). */
  uniqueSetSize: number;
  /** Warm-up seconds per target and scenario before measuring. */
  warmupSeconds: number;
  log: (line: string) => void;
}

export interface BenchRow extends LoadResult {
  scenario: string;
  mode: Mode;
  target: Target;
  /** CPU seconds the serving process used during the run (the gateway; the subgraph for direct). */
  cpuSeconds: number;
  /** Peak resident memory of that process during the run, MiB. */
  peakMemoryMiB: number;
  /** CPU seconds all the subgraphs used during the run: where they and the gateway fill both cores, the machine is the limit. */
  subgraphCpuSeconds: number;
  /** Our gateways only: requests of the run that waited their turn at the cost gate, and their mean wait (ms). */
  admission?: { waited: number; meanWaitMs: number };
  /** Sum of the peak resident memory of every process of the run (gateways and subgraphs), MiB. */
  allPeakMemoryMiB: number;
}

/** A query's first request through our gateway (the query plan is built) and the median of the next five (plan cached), ms. */
export interface FirstRequest {
  scenario: string;
  firstMs: number;
  cachedMs: number;
}

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  options: Omit<BenchOptions, "log">;
  /** Councils served (the repository's, plus a synthetic data root's own) and the supergraph file. */
  councils: number;
  supergraph: string;
  firstRequests: FirstRequest[];
  rows: BenchRow[];
}

/** The supergraph for a data root: its own when it has synthetic councils (composed into it), else the committed one. */
export function supergraphFileOf(dataRoot: string | undefined): string {
  return dataRoot && existsSync(dataRootSupergraphPath(dataRoot)) ? dataRootSupergraphPath(dataRoot) : supergraphPath();
}

/** Latency of one request, ms (its answer must hold no errors). */
async function timedPost(url: string, body: string): Promise<number> {
  const started = process.hrtime.bigint();
  const answer = await post(url, body);
  if (answer.errors || !answer.data) throw new Error(`timing a request: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const bodyOf = (scenario: Scenario, document: string, variables: Variables): string => JSON.stringify({ query: document, variables, operationName: scenario.operationName });

/**
 * The expected answers, from our gateway, for every request a scenario will send; where one
 * subgraph can answer alone, the direct answer must agree with the gateway's before anything is timed.
 */
async function plan(
  scenario: Scenario,
  mode: Mode,
  variableSets: Variables[],
  gatewayUrl: string,
  directUrl: string | undefined,
  directHeadersFor: (body: string) => Record<string, string>,
): Promise<{ gateway: CheckedRequest[]; direct: CheckedRequest[] }> {
  const gateway: CheckedRequest[] = [];
  const direct: CheckedRequest[] = [];
  for (const variables of variableSets) {
    const body = bodyOf(scenario, scenario.document, variables);
    const answer = await post(gatewayUrl, body);
    if (answer.errors || !answer.data) throw new Error(`${scenario.name} (${mode}) through our gateway answered errors: ${JSON.stringify(answer.errors).slice(0, 500)}`);
    gateway.push({ body, expected: JSON.stringify(answer.data) });
    if (scenario.direct && directUrl) {
      const directBody = bodyOf(scenario, scenario.direct.document, variables);
      const expected = JSON.stringify(scenario.direct.fromGateway(answer.data));
      const directAnswer = await post(directUrl, directBody, directHeadersFor(directBody));
      const got = directAnswer.data ? JSON.stringify(scenario.direct.fromDirect(directAnswer.data)) : JSON.stringify(directAnswer.errors);
      if (got !== expected) throw new Error(`${scenario.name}: the ${scenario.direct.subgraph} subgraph queried directly disagrees with the gateway`);
      direct.push({ body: directBody, expected });
    }
  }
  return { gateway, direct };
}

export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date().toISOString();
  // A synthetic data root may add councils of its own, with a supergraph composed for them.
  const descriptors = subgraphDescriptors(loadCouncils(projectRoot, options.dataRoot ?? projectRoot));
  const supergraph = supergraphFileOf(options.dataRoot);
  const prefixes = Object.fromEntries(descriptors.map((descriptor) => [descriptor.name, descriptor.envPrefix]));
  const dir = join(projectRoot, "var", "bench", options.dataLabel);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const dataEnv: NodeJS.ProcessEnv = options.dataRoot ? { DATA_ROOT: options.dataRoot } : {};

  options.log(`starting ${descriptors.length} subgraphs on ${options.dataLabel} data`);
  const secrets = { subgraphSecret: randomBytes(32).toString("hex"), authSecret: randomBytes(32).toString("hex") };
  const proofs = new GatewayProofSigner(secrets.subgraphSecret);
  const subgraphs = await startSubgraphs(
    descriptors.map((descriptor) => descriptor.name),
    prefixes,
    dir,
    secrets,
    dataEnv,
  );
  const services: Service[] = [...subgraphs.services];
  const rows: BenchRow[] = [];
  const firstRequests: FirstRequest[] = [];
  const sumOf = (values: number[]): number => values.reduce((sum, value) => sum + value, 0);
  try {
    const gatewayEnv: NodeJS.ProcessEnv = { ...dataEnv, SUPERGRAPH_PATH: supergraph };
    const ours = await startOurGateway(subgraphs.urls, prefixes, secrets, gatewayEnv);
    services.push(ours);
    const gateways: Partial<Record<Target, Service>> = { ours };
    // Our gateway again with its response cache on (RESPONSE_CACHE=true), beside the uncached one.
    if (options.targets.includes("ours-cached")) gateways["ours-cached"] = await startOurGateway(subgraphs.urls, prefixes, secrets, { ...gatewayEnv, RESPONSE_CACHE: "true" });
    // And with in-flight sharing of identical subgraph fetches off, to show what that lever pays.
    if (options.targets.includes("ours-unshared")) gateways["ours-unshared"] = await startOurGateway(subgraphs.urls, prefixes, secrets, { ...gatewayEnv, SUBGRAPH_SHARE_IN_FLIGHT: "false" });
    if (options.targets.includes("hive")) gateways.hive = await startHiveGateway("hive", supergraph, subgraphs.urls, dir, secrets, false);
    if (options.targets.includes("hive-rust")) gateways["hive-rust"] = await startHiveGateway("hive-rust", supergraph, subgraphs.urls, dir, secrets, true);
    services.push(...Object.values(gateways).filter((service): service is Service => service !== undefined && service !== ours));

    // The lower bound of a query that needs several subgraphs: its subgraph fetches, replayed alone.
    const replayRow = async (scenario: string, mode: Mode, checked: CheckedRequest[]): Promise<BenchRow> => {
      const recorded = await recordFetches(subgraphs.urls, secrets.subgraphSecret, checked);
      const pids = subgraphs.services.map((service) => service.child.pid!);
      const cpu = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
      const replayOptions = { seconds: options.seconds ?? 5, connections: options.connections, subgraphSecret: secrets.subgraphSecret, once: options.smoke };
      if (!options.smoke) await runReplay(recorded, { ...replayOptions, seconds: options.warmupSeconds });
      pids.forEach(resetPeakMemory);
      const before = cpu();
      const result = await runReplay(recorded, replayOptions);
      const used = cpu() - before;
      const row: BenchRow = { scenario, mode, target: "replay", ...result, cpuSeconds: used, subgraphCpuSeconds: used, peakMemoryMiB: Math.max(...pids.map(peakMemoryMiB)), allPeakMemoryMiB: sumOf(pids.map(peakMemoryMiB)) };
      options.log(
        `${scenario.padEnd(22)} ${mode.padEnd(9)} replay    ${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  subgraphs cpu ${used.toFixed(1)} s  wrong ${row.wrong}  errors ${row.errors + row.non2xx}`,
      );
      return row;
    };

    const poolAnswer = await post(ours.url, JSON.stringify({ query: POOL_QUERY }));
    if (!poolAnswer.data) throw new Error(`the pool query failed: ${JSON.stringify(poolAnswer.errors)}`);
    const pool = dataPool(poolAnswer.data as unknown as PoolAnswer);

    // Every process's peak memory, from the start of a row's measured run.
    const allPids = () => services.map((service) => service.child.pid!);
    for (const scenario of SCENARIOS.filter((candidate) => options.scenarios.includes(candidate.name))) {
      // Its first request builds the query plan; later ones find it cached.
      const firstBody = bodyOf(scenario, scenario.document, scenario.identical);
      const firstMs = await timedPost(ours.url, firstBody);
      const next: number[] = [];
      for (let i = 0; i < 5; i++) next.push(await timedPost(ours.url, firstBody));
      const cachedMs = next.sort((a, b) => a - b)[2];
      firstRequests.push({ scenario: scenario.name, firstMs, cachedMs });
      options.log(`${scenario.name}: first request through ours ${firstMs.toFixed(1)} ms (query plan built), then ${cachedMs.toFixed(1)} ms (median of 5, plan cached)`);
      const directService = scenario.direct ? subgraphs.services.find((service) => service.name === scenario.direct!.subgraph) : undefined;
      for (const mode of options.modes) {
        const variableSets = mode === "identical" ? [scenario.identical] : scenario.unique(pool, options.uniqueSetSize);
        // Queried directly, a subgraph needs what our gateway sends: the signed identity and a one-time proof per request.
        const directToken = directService ? await signAnonymousGatewayToken(secrets.subgraphSecret, directService.name, 3600) : "";
        const directHeadersFor = (body: string): Record<string, string> => (directService ? { [GATEWAY_IDENTITY_HEADER]: directToken, [GATEWAY_PROOF_HEADER]: proofs.prove(directService.name, directToken, body) } : {});
        const requests = await plan(scenario, mode, variableSets, ours.url, directService?.url, directHeadersFor);
        for (const target of options.targets) {
          if (target === "replay") {
            rows.push(await replayRow(scenario.name, mode, requests.gateway));
            continue;
          }
          const service = target === "direct" ? directService : gateways[target];
          if (!service) continue;
          const checked = target === "direct" ? requests.direct : requests.gateway;
          const select = target === "direct" ? scenario.direct!.fromDirect : (data: Record<string, unknown>) => data;
          const pid = service.child.pid!;
          const headersFor = target === "direct" ? directHeadersFor : undefined;
          if (!options.smoke) await runLoad({ url: service.url, requests: checked, seconds: options.warmupSeconds, connections: options.connections, select, headersFor });
          allPids().forEach(resetPeakMemory);
          const cpuBefore = cpuSeconds(pid);
          const subgraphCpu = () => subgraphs.services.reduce((sum, subgraph) => sum + cpuSeconds(subgraph.child.pid!), 0);
          const subgraphCpuBefore = subgraphCpu();
          const gateBefore = service.metricsUrl ? await admissionTotals(service.metricsUrl) : undefined;
          const load = { url: service.url, requests: checked, connections: options.connections, select, headersFor };
          const result = options.smoke ? await checkAnswers(load) : await runLoad({ ...load, seconds: options.seconds });
          const gateAfter = service.metricsUrl ? await admissionTotals(service.metricsUrl) : undefined;
          const waited = gateBefore && gateAfter ? gateAfter.waited - gateBefore.waited : 0;
          const row: BenchRow = {
            scenario: scenario.name,
            mode,
            target,
            ...result,
            cpuSeconds: cpuSeconds(pid) - cpuBefore,
            peakMemoryMiB: peakMemoryMiB(pid),
            subgraphCpuSeconds: subgraphCpu() - subgraphCpuBefore,
            allPeakMemoryMiB: sumOf(allPids().map(peakMemoryMiB)),
            ...(gateBefore && gateAfter ? { admission: { waited, meanWaitMs: waited === 0 ? 0 : ((gateAfter.waitSeconds - gateBefore.waitSeconds) * 1000) / waited } } : {}),
          };
          rows.push(row);
          options.log(
            `${scenario.name.padEnd(22)} ${mode.padEnd(9)} ${target.padEnd(9)} ${row.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms  cpu ${row.cpuSeconds.toFixed(1)} s (subgraphs ${row.subgraphCpuSeconds.toFixed(1)} s)  peak ${row.peakMemoryMiB.toFixed(0)} MiB (all ${allPids().length} processes ${row.allPeakMemoryMiB.toFixed(0)} MiB)  wrong ${row.wrong}  errors ${row.errors + row.non2xx}${row.admission ? `  gate waits ${row.admission.waited} (mean ${row.admission.meanWaitMs.toFixed(1)} ms)` : ""}`,
          );
        }
      }
    }
  } finally {
    await Promise.all(services.map(stopService));
  }
  const { log: _log, ...recorded } = options;
  return {
    startedAt,
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    options: recorded,
    councils: descriptors.length - 1,
    supergraph,
    firstRequests,
    rows,
  };
}
