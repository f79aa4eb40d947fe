import "reflect-metadata";
import { readFileSync } from "node:fs";
import {
  admissionSettings,
  authSettings,
  dashboardEnabled,
  explorerEnabled,
  workspaceEnabled,
  introspection,
  responseCacheSettings,
  requireSubgraphSecretInProduction,
  corsOrigins,
  logLevel,
  metricsListen,
  pdfQueueSettings,
  queryLimits,
  rateLimitSettings,
  serverTimeouts,
  safelistDirectory,
  shareInFlight,
  gatewayPort,
  host,
  isProduction,
  oidcSettings,
  subgraphSecret,
  subgraphTimeoutMs,
  subgraphUrl,
  supergraphPath,
  dataRoot,
} from "../../lib/config/env";
import { loadCouncils, projectRoot, subgraphDescriptors } from "../../lib/config/project";
import { runUntilSignal } from "../../lib/server/lifecycle";
import { startGateway } from "./server";
import { safelistFrom } from "./request-checks";

/** Entry point: the gateway alone, on GATEWAY_PORT, routing to the subgraphs' URLs from the environment. */
runUntilSignal("gateway", async () => {
  requireSubgraphSecretInProduction();
  const safelistDir = safelistDirectory();
  const gateway = await startGateway({
    supergraphSdl: readFileSync(supergraphPath(), "utf8"),
    subgraphUrls: Object.fromEntries(subgraphDescriptors(loadCouncils(projectRoot, dataRoot())).map((descriptor) => [descriptor.name, subgraphUrl(descriptor)])),
    host: host(),
    port: gatewayPort(),
    secret: subgraphSecret(),
    auth: authSettings(),
    production: isProduction(),
    subgraphTimeoutMs: subgraphTimeoutMs(),
    shareInFlight: shareInFlight(),
    limits: queryLimits(),
    corsOrigins: corsOrigins(),
    logLevel: logLevel(),
    introspection: introspection(),
    safelist: safelistDir === null ? undefined : safelistFrom(safelistDir),
    responseCache: responseCacheSettings(),
    web: { explorer: explorerEnabled(), dashboard: dashboardEnabled(), workspace: workspaceEnabled() },
    metrics: metricsListen() ?? undefined,
    rateLimit: rateLimitSettings(),
    timeouts: serverTimeouts(),
    pdf: pdfQueueSettings(),
    oidc: oidcSettings() ?? undefined,
    admission: admissionSettings(),
  });
  return gateway;
});
