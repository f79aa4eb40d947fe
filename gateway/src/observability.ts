import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import pino, { type Logger } from "pino";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { GatewayContext } from "./undici-data-source";
import type { AdmissionTotals } from "../../lib/server/admission";

/** The gateway's Prometheus metrics, in a registry of its own (one per gateway). */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({ name: "graphql_requests_total", help: "GraphQL requests by operation and outcome", labelNames: ["operation", "outcome"], registers: [this.registry] });
  readonly duration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "GraphQL request duration by operation and outcome",
    labelNames: ["operation", "outcome"],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly subgraphDuration = new Histogram({
    name: "subgraph_fetch_duration_seconds",
    help: "Subgraph fetch duration by subgraph",
    labelNames: ["subgraph"],
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly subgraphErrors = new Counter({ name: "subgraph_fetch_errors_total", help: "Subgraph fetches that failed, by subgraph", labelNames: ["subgraph"], registers: [this.registry] });
  readonly cacheResults = new Counter({
    name: "response_cache_requests_total",
    help: "GraphQL requests at the response cache by result: hit, miss, bypass (not cacheable), stale (an entry found out of date; also counted as a miss)",
    labelNames: ["result"],
    registers: [this.registry],
  });
  readonly cacheVersionReads = new Counter({
    name: "response_cache_version_reads_total",
    help: "Data-version reads of the response cache by subgraph and way: stream (the version stream the gateway holds open) or http (GET /version, while the stream is not live)",
    labelNames: ["subgraph", "via"],
    registers: [this.registry],
  });
  /** What the response cache holds, read when metrics are scraped (set once the cache exists). */
  cacheSize: () => { entries: number; bytes: number } = () => ({ entries: 0, bytes: 0 });
  readonly cacheEntries: Gauge = new Gauge({ name: "response_cache_entries", help: "Answers held by the response cache", registers: [this.registry], collect: (): void => this.cacheEntries.set(this.cacheSize().entries) });
  readonly cacheBytes: Gauge = new Gauge({ name: "response_cache_bytes", help: "Bytes of keys and answers held by the response cache", registers: [this.registry], collect: (): void => this.cacheBytes.set(this.cacheSize().bytes) });

  /** The cost gate's totals, read when metrics are scraped (set once the gate exists). */
  admissionTotals: () => AdmissionTotals = () => ({ admitted: 0, waited: 0, waitSeconds: 0 });
  readonly admissionAdmitted: Gauge = new Gauge({
    name: "admission_admitted_requests",
    help: "Requests the cost gate has let in",
    registers: [this.registry],
    collect: (): void => this.admissionAdmitted.set(this.admissionTotals().admitted),
  });
  readonly admissionWaited: Gauge = new Gauge({
    name: "admission_waited_requests",
    help: "Requests that waited their turn at the cost gate",
    registers: [this.registry],
    collect: (): void => this.admissionWaited.set(this.admissionTotals().waited),
  });
  readonly admissionWaitSeconds: Gauge = new Gauge({
    name: "admission_wait_seconds",
    help: "Seconds requests spent waiting their turn at the cost gate, in all",
    registers: [this.registry],
    collect: (): void => this.admissionWaitSeconds.set(this.admissionTotals().waitSeconds),
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }
}

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "gateway" }, timestamp: pino.stdTimeFunctions.isoTime });
}

export const REQUEST_ID_HEADER = "x-request-id";
export const MAX_OPERATION_LABELS = 200;

/** A request id: the caller's, if it sent a sensible one, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
}

/**
 * One log line and one metrics observation per request: operation name, duration, subgraph fetch
 * count, outcome and error codes, with the request id.
 */
export function observabilityPlugin(logger: Logger, metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  // Clients choose operation names: label at most MAX_OPERATION_LABELS of them, the rest as "other",
  // so a stream of made-up names cannot grow the metrics without bound.
  const labelled = new Set<string>();
  const label = (operation: string): string => {
    if (labelled.has(operation)) return operation;
    if (labelled.size >= MAX_OPERATION_LABELS || !/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(operation)) return "other";
    labelled.add(operation);
    return operation;
  };
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext: GraphQLRequestContextWillSendResponse<GatewayContext>) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const operation = requestContext.operationName ?? "anonymous";
          const operationLabel = label(operation);
          const errors = requestContext.errors ?? (requestContext.response.body.kind === "single" ? requestContext.response.body.singleResult.errors : undefined) ?? [];
          const outcome = errors.length === 0 ? "ok" : requestContext.response.body.kind === "single" && requestContext.response.body.singleResult.data ? "partial" : "error";
          metrics.requests.inc({ operation: operationLabel, outcome });
          metrics.duration.observe({ operation: operationLabel, outcome }, seconds);
          requestContext.response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: operation.slice(0, 100),
              durationMs: Math.round(seconds * 1e4) / 10,
              subgraphFetches: contextValue.fetches,
              outcome,
              errors: errors.map((error) => ("extensions" in error && error.extensions ? error.extensions.code : undefined) ?? "INTERNAL_SERVER_ERROR"),
              subject: contextValue.identity?.subject,
            },
            "graphql request",
          );
        },
      };
    },
  };
}
