import { randomBytes } from "node:crypto";
import { Agent } from "undici";
import { GATEWAY_IDENTITY_HEADER, signAnonymousGatewayToken } from "../lib/auth/internal-token";
import { GATEWAY_PROOF_HEADER, GatewayProofSigner } from "../lib/auth/gateway-proof";
import { readFileSync } from "node:fs";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, queryLimits, supergraphPath } from "../lib/config/env";
import { startGateway } from "../gateway/src/server";
import type { RecordedExchange } from "../gateway/src/undici-data-source";
import type { CheckedRequest, LoadResult } from "./load";

/** One subgraph fetch of a recorded request, and the answer it must get again. */
interface ReplayFetch {
  subgraph: string;
  url: string;
  body: string;
  expected: string;
}

/** A request's subgraph fetches in levels: each level waits for the one before, its fetches run together. */
export type ReplayRequest = ReplayFetch[][];

/**
 * Groups a request's exchanges into levels by time: a fetch that started before every fetch of the
 * current level had ended ran beside them (the gateway sent them in parallel); one that started
 * after waited for them.
 */
function levelsOf(exchanges: RecordedExchange[]): ReplayRequest {
  const sorted = [...exchanges].sort((a, b) => (a.startedNs < b.startedNs ? -1 : 1));
  const levels: RecordedExchange[][] = [];
  for (const exchange of sorted) {
    const current = levels[levels.length - 1];
    const firstEnd = current ? current.reduce((min, item) => (item.endedNs < min ? item.endedNs : min), current[0].endedNs) : 0n;
    if (current && exchange.startedNs < firstEnd) current.push(exchange);
    else levels.push([exchange]);
  }
  return levels.map((level) => level.map(({ subgraph, url, body, text }) => ({ subgraph, url, body, expected: text })));
}

/**
 * Records the subgraph fetches our gateway makes for each request (one request at a time, no
 * sharing), with a gateway in this process pointed at the same running subgraphs.
 */
export async function recordFetches(subgraphUrls: Record<string, string>, subgraphSecret: string, requests: CheckedRequest[]): Promise<ReplayRequest[]> {
  let recorded: RecordedExchange[] = [];
  const gateway = await startGateway({
    supergraphSdl: readFileSync(supergraphPath(), "utf8"),
    subgraphUrls,
    host: "127.0.0.1",
    port: 0,
    secret: subgraphSecret,
    auth: { secret: randomBytes(24).toString("hex"), issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, development: false },
    production: true,
    limits: queryLimits(),
    logLevel: "silent",
    shareInFlight: false,
    recordExchange: (exchange) => recorded.push(exchange),
  });
  const replays: ReplayRequest[] = [];
  try {
    for (const request of requests) {
      recorded = [];
      const response = await fetch(gateway.url, { method: "POST", headers: { "content-type": "application/json" }, body: request.body });
      const data = (await response.json()) as { data?: unknown };
      if (JSON.stringify(data.data) !== request.expected) throw new Error("the recording gateway's answer differs from the expected one");
      replays.push(levelsOf(recorded));
    }
  } finally {
    await gateway.close();
  }
  return replays;
}

/**
 * The lower bound for a query that needs several subgraphs: its recorded subgraph fetches sent
 * straight to the subgraphs, level by level, with no gateway work between them (no parsing,
 * planning, merging or shaping). `connections` workers in a closed loop for `seconds`; every answer
 * compared with the recorded one.
 */
export async function runReplay(requests: ReplayRequest[], options: { seconds: number; connections: number; subgraphSecret: string; once?: boolean }): Promise<LoadResult> {
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128 });
  const subgraphs = [...new Set(requests.flat(2).map((fetch) => fetch.subgraph))];
  const tokens = Object.fromEntries(await Promise.all(subgraphs.map(async (name) => [name, await signAnonymousGatewayToken(options.subgraphSecret, name, 3600)] as const)));
  // Each replayed fetch carries its own one-time proof, as our gateway's do (one HMAC each).
  const proofs = new GatewayProofSigner(options.subgraphSecret);
  const latencies: number[] = [];
  let next = 0;
  let wrong = 0;
  let errors = 0;
  let non2xx = 0;
  let firstWrong: string | undefined;
  const deadline = Date.now() + options.seconds * 1000;
  const send = async (fetch: ReplayFetch): Promise<void> => {
    const url = new URL(fetch.url);
    const response = await agent.request({
      origin: url.origin,
      path: url.pathname,
      method: "POST",
      headers: { "content-type": "application/json", [GATEWAY_IDENTITY_HEADER]: tokens[fetch.subgraph], [GATEWAY_PROOF_HEADER]: proofs.prove(fetch.subgraph, tokens[fetch.subgraph], fetch.body) },
      body: fetch.body,
    });
    const text = await response.body.text();
    if (response.statusCode >= 300) non2xx += 1;
    if (text !== fetch.expected) {
      wrong += 1;
      firstWrong ??= text.slice(0, 500);
    }
  };
  const worker = async (): Promise<void> => {
    // A smoke round (once) replays each request a single time, whatever the clock says.
    while (options.once ? next < requests.length : Date.now() < deadline) {
      const request = requests[next % requests.length];
      next += 1;
      const started = process.hrtime.bigint();
      try {
        for (const level of request) await Promise.all(level.map(send));
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      } catch (error) {
        errors += 1;
        firstWrong ??= String(error);
      }
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: options.connections }, worker));
  const seconds = options.once ? (Date.now() - started) / 1000 : options.seconds;
  await agent.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number): number => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { requests: latencies.length, requestsPerSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors, non2xx, wrong, firstWrong };
}
