import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { ApolloGateway } from "@apollo/gateway";
import { Agent } from "undici";
import { disableVendorTelemetry } from "../../lib/config/env";
import { formatErrorFor } from "../../lib/server/errors";
import { serveGraphQL, type RunningServer } from "../../lib/server/http";
import { UndiciDataSource, type FetchStats, type GatewayContext } from "./undici-data-source";
import { createBearerVerifier } from "../../lib/auth/bearer";
import { InternalTokenSigner } from "../../lib/auth/internal-token";
import type { AuthSettings } from "../../lib/config/env";

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL by subgraph name; overrides the URLs recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  host: string;
  port: number;
  /** Shared with the subgraphs: the gateway signs each request's identity with it. */
  secret?: string;
  /** Verifies bearer tokens (see lib/config/env.ts authSettings). */
  auth: AuthSettings;
  production: boolean;
  subgraphTimeoutMs?: number;
}

export interface RunningGateway extends RunningServer {
  /** Fetches sent to each subgraph since start. */
  fetchStats: Record<string, FetchStats>;
}

/** The gateway: serves the committed supergraph (no runtime introspection) over the lean HTTP front end. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  disableVendorTelemetry();
  const fetchStats: Record<string, FetchStats> = {};
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128 });
  const signer = options.secret === undefined ? undefined : new InternalTokenSigner(options.secret);
  const verifyBearer = await createBearerVerifier(options.auth);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      const source = new UndiciDataSource({ name, url: target, agent, signer, timeoutMs: options.subgraphTimeoutMs ?? 10_000 });
      fetchStats[name] = source.stats;
      return source;
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginUsageReportingDisabled()],
    includeStacktraceInErrorResponses: !options.production,
    // Shutdown is ours (lib/server/lifecycle.ts): Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: !options.production,
    formatError: formatErrorFor(options.production),
  });
  await apollo.start();
  const running = await serveGraphQL(apollo, {
    host: options.host,
    port: options.port,
    portVariable: "GATEWAY_PORT",
    authenticate: (request) => verifyBearer(request.headers.authorization),
    context: (_request, identity) => ({ identity }),
  });
  return {
    ...running,
    fetchStats,
    close: async () => {
      await running.close();
      await agent.close();
    },
  };
}
