import { readFileSync } from "node:fs";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, queryLimits, supergraphPath, type AuthSettings, type QueryLimits, type ResponseCacheSettings } from "../../lib/config/env";
import { startSubgraph, type RunningSubgraph } from "../../lib/server/subgraph-server";
import { subgraphRegistry } from "../../subgraphs";
import { startGateway, type GatewayOptions, type RunningGateway } from "./server";

export interface InProcessGraph {
  gateway: RunningGateway;
  /** The secret the gateway signs identities with (to start a replacement subgraph in tests). */
  secret: string;
  subgraphs: Record<string, RunningSubgraph>;
  close(): Promise<void>;
}

export interface InProcessGraphOptions {
  production?: boolean;
  /** Database file per subgraph name; ':memory:' by default. */
  databases?: Record<string, string>;
  secret?: string;
  /** Project folder whose configuration and data files the subgraphs load (tests use a modified copy). */
  root?: string;
  /** Folder whose data files the subgraphs load instead (DATA_ROOT's role, e.g. synthetic data); `root` by default. */
  dataRoot?: string;
  /** How the gateway verifies bearer tokens; by default HS256 with TEST_TOKEN_SECRET. */
  auth?: AuthSettings;
  limits?: QueryLimits;
  logLevel?: string;
  subgraphTimeoutMs?: number;
  shareInFlight?: boolean;
  corsOrigins?: string[];
  safelist?: Set<string>;
  /** The supergraph the gateway serves; the committed file by default (tests compose others). */
  supergraphSdl?: string;
  /** Override where the gateway finds some subgraphs (fault tests). */
  subgraphUrls?: Record<string, string>;
  /** The gateway's response cache; off unless given. */
  responseCache?: ResponseCacheSettings;
  /** Explorer and dashboard switches (by default as in development: on unless production). */
  web?: GatewayOptions["web"];
  /** Introspection for clients (by default on unless production). */
  introspection?: boolean;
  /** Serve /metrics on its own listener instead of the gateway's port. */
  metrics?: GatewayOptions["metrics"];
  /** Per-client rate limits at the gateway; off unless given (tests send many requests from one address). */
  rateLimit?: GatewayOptions["rateLimit"];
  /** The gateway's cost gate; off unless given. */
  admission?: GatewayOptions["admission"];
  /** Server timeouts of the gateway and the subgraphs; Node's defaults unless given. */
  timeouts?: GatewayOptions["timeouts"];
  /** The report route's PDF queue (and printer, for tests). */
  pdf?: GatewayOptions["pdf"];
  /** The gateway's port: 0 (any free one) unless given, e.g. to match a sign-in redirect URI registered in advance. */
  gatewayPort?: number;
  /** Signing in with OpenID Connect (e.g. against a provider started with startDevProvider); off unless given. */
  oidc?: GatewayOptions["oidc"];
}

/** The HS256 secret an in-process graph accepts tokens signed with, unless told otherwise. */
export const TEST_TOKEN_SECRET = "in-process-graph-token-secret-0123456789abcdef";

/**
 * The whole graph in one process on ephemeral loopback ports (port 0): every subgraph over its own
 * database loaded from the data files, and the gateway serving the committed supergraph file.
 * For tests and scripts; `npm start` runs each service as its own process instead.
 */
export async function startInProcessGraph(options: InProcessGraphOptions = {}): Promise<InProcessGraph> {
  const secret = options.secret ?? `in-process-${Math.random().toString(36).slice(2)}`;
  const subgraphs: Record<string, RunningSubgraph> = {};
  const closeSubgraphs = () => Promise.all(Object.values(subgraphs).map((running) => running.close()));
  try {
    for (const { descriptor, definition } of subgraphRegistry(options.root, options.dataRoot ?? options.root)) {
      subgraphs[descriptor.name] = await startSubgraph(definition(), {
        descriptor,
        port: 0,
        host: "127.0.0.1",
        database: options.databases?.[descriptor.name] ?? ":memory:",
        secret,
        production: options.production ?? false,
        limits: options.limits,
        timeouts: options.timeouts,
      });
    }
    const gateway = await startGateway({
      supergraphSdl: options.supergraphSdl ?? readFileSync(supergraphPath({}), "utf8"),
      subgraphUrls: { ...Object.fromEntries(Object.entries(subgraphs).map(([name, running]) => [name, running.url])), ...options.subgraphUrls },
      host: "127.0.0.1",
      port: options.gatewayPort ?? 0,
      secret,
      auth: options.auth ?? { secret: TEST_TOKEN_SECRET, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, development: true },
      production: options.production ?? false,
      limits: options.limits ?? queryLimits({}),
      logLevel: options.logLevel ?? "silent",
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      shareInFlight: options.shareInFlight,
      corsOrigins: options.corsOrigins,
      safelist: options.safelist,
      responseCache: options.responseCache,
      web: options.web,
      introspection: options.introspection,
      metrics: options.metrics,
      rateLimit: options.rateLimit,
      admission: options.admission,
      timeouts: options.timeouts,
      pdf: options.pdf,
      oidc: options.oidc,
    });
    return {
      gateway,
      secret,
      subgraphs,
      close: async () => {
        await gateway.close();
        await closeSubgraphs();
      },
    };
  } catch (error) {
    await closeSubgraphs();
    throw error;
  }
}
