import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from "@apollo/server/plugin/disabled";
import { ApolloGateway } from "@apollo/gateway";
import type { ServerResponse } from "node:http";
import { Agent } from "undici";
import { createBearerVerifier } from "../../lib/auth/bearer";
import { InternalTokenSigner } from "../../lib/auth/internal-token";
import { SHARED_SUBGRAPH_NAME } from "../../lib/config/project";
import {
  disableVendorTelemetry,
  webRoot,
  type AdmissionSettings,
  type AuthSettings,
  type OidcSettings,
  type MetricsListen,
  type PdfQueueSettings,
  type QueryLimits,
  type RateLimitSettings,
  type ResponseCacheSettings,
  type ServerTimeouts,
} from "../../lib/config/env";
import { formatErrorFor } from "../../lib/server/errors";
import { serveGraphQL, type ResponseCacheHook, type RunningServer } from "../../lib/server/http";
import { createLogger, GatewayMetrics, observabilityPlugin, requestIdOf, REQUEST_ID_HEADER } from "./observability";
import { checkPersistedQuery, checkRequest, checkSafelist, extensionsOf } from "./request-checks";
import { queryLimitRules } from "../../lib/graphql/query-limits";
import { costDirectivesOf } from "../../lib/graphql/cost-directives";
import { CostGate } from "../../lib/server/admission";
import { admissionPlugin } from "./admission-plugin";
import { reuseGatewayOperations } from "./operation-reuse";
import { gatewayRateLimit } from "./rate-limit";
import { plannerUnsupportedRule } from "./planner-unsupported";
import { introspectionDepthRules } from "./introspection-depth";
import { serveMetrics } from "./metrics-server";
import { UndiciDataSource, type FetchObserver, type FetchStats, type GatewayContext, type RecordedExchange } from "./undici-data-source";
import { ResponseCache } from "./response-cache";
import { SubgraphVersions, type VersionTarget } from "./subgraph-versions";
import { comparisonRoute, COMPARISONS_PREFIX } from "./comparison-route";
import { reportRoute, REPORTS_PREFIX } from "./report-route";
import { EXPLORER_PATH, webRoutes, type WebOptions } from "./web";
import { AUTH_PREFIX, createSignIn, LOGOUT_PATH } from "./auth-routes";

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
  /** Share identical in-flight read fetches to a subgraph (default true). */
  shareInFlight?: boolean;
  /** Told of every subgraph exchange (the benchmark records a query's fetches to replay them). */
  recordExchange?: (exchange: RecordedExchange) => void;
  limits: QueryLimits;
  corsOrigins?: string[];
  logLevel?: string;
  /** Introspection for clients; by default on in development, off in production. */
  introspection?: boolean;
  /** When set, only these operations (sha256 of their text) run. */
  safelist?: Set<string>;
  /** Whole-answer cache for anonymous queries; off when absent or disabled. */
  responseCache?: ResponseCacheSettings;
  /** The bundled explorer (/explorer) and reference dashboard (/dashboard/); both on in development, off in production by default. */
  web?: Partial<WebOptions>;
  /** When set, /metrics is served only on this listener (see lib/config/env.ts metricsListen), not on the public port. */
  metrics?: MetricsListen;
  /** Per-client rate limits (lib/config/env.ts rateLimitSettings); off when absent. */
  rateLimit?: RateLimitSettings;
  /** Timeouts against slow clients (lib/config/env.ts serverTimeouts); Node's defaults when absent. */
  timeouts?: ServerTimeouts;
  /** How many PDFs print at once and wait (lib/config/env.ts pdfQueueSettings); and, for tests, the printer. */
  pdf?: Partial<PdfQueueSettings> & { render?: (html: string) => Promise<Buffer> };
  /** Signing in with OpenID Connect (lib/config/env.ts oidcSettings): /auth/* and session cookies; off when absent. */
  oidc?: OidcSettings;
  /** How much query cost runs at once (lib/config/env.ts admissionSettings); no gate when absent. */
  admission?: AdmissionSettings;
}

export interface RunningGateway extends RunningServer {
  /** Fetches sent to each subgraph since start. */
  fetchStats: Record<string, FetchStats>;
  metrics: GatewayMetrics;
  /** The response cache, when it is on. */
  responseCache: ResponseCache | null;
  /** Where /metrics is served: its own listener's URL, or the public port's. */
  metricsUrl: string;
}

/** The gateway: serves the committed supergraph (no runtime introspection) over the lean HTTP front end. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  disableVendorTelemetry();
  const fetchStats: Record<string, FetchStats> = {};
  const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128 });
  const signer = options.secret === undefined ? undefined : new InternalTokenSigner(options.secret);
  const verifyBearer = await createBearerVerifier(options.auth);
  const metrics = new GatewayMetrics();
  const logger = createLogger(options.logLevel ?? "info");
  // Built first: a bad role mapping file or client key stops the gateway before it opens anything.
  // Pages that name no page to return to land on the dashboard, or the workspace where it is off.
  const home = (options.web?.dashboard ?? !options.production) ? "/dashboard/" : "/workspace/";
  const signIn = options.oidc
    ? createSignIn({ settings: options.oidc, councils: Object.keys(options.subgraphUrls).filter((name) => name !== SHARED_SUBGRAPH_NAME), log: (level, fields, message) => logger[level](fields, message), home })
    : null;
  const observer: FetchObserver = {
    fetched: (subgraph: string, seconds: number, failed: boolean) => {
      metrics.subgraphDuration.observe({ subgraph }, seconds);
      if (failed) metrics.subgraphErrors.inc({ subgraph });
    },
    exchanged: options.recordExchange,
  };
  // Every subgraph the gateway sends fetches to, as it builds them: the response cache checks all their versions.
  const versionTargets: VersionTarget[] = [];
  reuseGatewayOperations();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      const source = new UndiciDataSource({ name, url: target, agent, signer, observer, production: options.production, timeoutMs: options.subgraphTimeoutMs ?? 10_000, shareInFlight: options.shareInFlight });
      fetchStats[name] = source.stats;
      versionTargets.push({ name, url: target });
      return source;
    },
  });
  // Depth, aliases, cost and directives are refused before execution (the subgraphs apply the same).
  // The list sizes and weights the subgraphs declare, as composition kept them in the supergraph.
  const costDirectives = costDirectivesOf(options.supergraphSdl);
  const armor = queryLimitRules<GatewayContext>(options.limits, costDirectives);
  const gate = options.admission ? new CostGate(options.admission.costBudget, options.admission.maxQueued) : null;
  if (gate) metrics.admissionTotals = () => gate.totals;
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      // No cache hints exist: the cache-control plugin would only add per-request work.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN: a browser opening /graphql is sent to the bundled explorer instead (browserPage).
      ApolloServerPluginLandingPageDisabled(),
      ...armor.plugins,
      ...(gate ? [admissionPlugin(gate, costDirectives)] : []),
      observabilityPlugin(logger, metrics),
    ],
    validationRules: [...armor.validationRules, ...introspectionDepthRules(options.limits.maxDepth), plannerUnsupportedRule],
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !options.production,
    // Shutdown is ours (lib/server/lifecycle.ts): Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: options.introspection ?? !options.production,
    formatError: formatErrorFor(options.production),
  });
  await apollo.start();
  // Connects nothing until the cache first asks; its version streams end with the gateway.
  const versions = new SubgraphVersions(versionTargets, agent, { counted: (subgraph, via) => metrics.cacheVersionReads.inc({ subgraph, via }) });
  const responseCache = options.responseCache?.enabled ? createResponseCache(options.responseCache, versions, metrics) : null;
  // Each subgraph's readiness includes its database.
  const subgraphHealth = Object.entries(options.subgraphUrls).map(([name, url]) => ({ name, url: url.replace(/\/graphql$/, "/ready") }));
  // The report route reads the graph through this gateway's own /graphql, as its caller.
  let selfUrl = "";
  const metricsServer = options.metrics ? await serveMetrics(metrics, options.metrics) : null;
  const rateLimit = options.rateLimit?.enabled ? gatewayRateLimit(options.rateLimit) : null;
  const running = await serveGraphQL(apollo, {
    host: options.host,
    port: options.port,
    portVariable: "GATEWAY_PORT",
    maxBodyBytes: options.limits.maxBodyBytes,
    maxResponseBytes: options.limits.maxResponseBytes,
    deadlineMs: options.limits.requestDeadlineMs,
    timeouts: options.timeouts,
    rateLimit: rateLimit?.check,
    corsOrigins: options.corsOrigins,
    // In development only: production keeps answering such a GET as Apollo does (a JSON error).
    browserPage: !options.production && (options.web?.explorer ?? true) ? EXPLORER_PATH : undefined,
    inspect: (body) => {
      const { query, operationName, extensions: raw } = (body ?? {}) as { query?: unknown; operationName?: unknown; extensions?: unknown };
      const extensions = extensionsOf(raw);
      return checkPersistedQuery(query, extensions) ?? (options.safelist ? checkSafelist(options.safelist, query, extensions) : null) ?? checkRequest(query, operationName, options.limits.maxTokens);
    },
    // A bearer token first (API clients), else the sign-in session (with its CSRF token), else anonymous.
    authenticate: async (request) => (request.headers.authorization || !signIn ? verifyBearer(request.headers.authorization) : signIn.authenticate(request)),
    responseCache: responseCache === null ? undefined : answerHitsWithRequestId(responseCache, logger),
    // Requests refused before GraphQL runs still get a request id, a log line and a count.
    onRefused: (request, status, code) => {
      const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
      metrics.requests.inc({ operation: "refused", outcome: "error" });
      logger.info({ requestId, status, errors: [code] }, "graphql request refused");
      return requestId;
    },
    context: (request, identity, storesAnswer, scope) => ({ identity, requestId: requestIdOf(request.headers[REQUEST_ID_HEADER]), fetches: 0, freshFetches: storesAnswer, scope }),
    // Ready when the supergraph is loaded (apollo.start resolved) and every subgraph answers.
    ready: async () => {
      const answers = await Promise.all(
        subgraphHealth.map(async ({ url }) => {
          try {
            const response = await agent.request({ origin: new URL(url).origin, path: new URL(url).pathname, method: "GET", signal: AbortSignal.timeout(2_000) });
            await response.body.dump();
            return response.statusCode === 200;
          } catch {
            return false;
          }
        }),
      );
      return answers.every(Boolean);
    },
    prefixRoutes: {
      [REPORTS_PREFIX]: reportRoute({ graphqlUrl: () => selfUrl, verifyBearer, readSession: signIn?.readSession, internalHeaders: rateLimit?.internalHeaders, pdf: options.pdf }),
      [COMPARISONS_PREFIX]: comparisonRoute({ graphqlUrl: () => selfUrl, internalHeaders: rateLimit?.internalHeaders }),
      ...(signIn ? { [AUTH_PREFIX]: signIn.route } : {}),
    },
    postRoutes: signIn ? { [LOGOUT_PATH]: signIn.logout } : undefined,
    routes: {
      ...webRoutes({ explorer: !options.production, dashboard: !options.production, workspace: true, root: webRoot(), formActionOrigins: signIn ? () => signIn.formActionOrigins() : undefined, ...options.web }),
      ...(metricsServer
        ? {}
        : {
            "/metrics": async (response: ServerResponse) => {
              const body = await metrics.registry.metrics();
              response.writeHead(200, { "content-type": metrics.registry.contentType });
              response.end(body);
            },
          }),
    },
  }).catch(async (error: unknown) => {
    // The public port could not be opened (e.g. in use): free the metrics port too.
    await metricsServer?.close();
    throw error;
  });
  selfUrl = running.url;
  return {
    ...running,
    fetchStats,
    metrics,
    responseCache,
    metricsUrl: metricsServer?.url ?? running.url.replace(/\/graphql$/, "/metrics"),
    close: async () => {
      versions.close();
      await running.close();
      await metricsServer?.close();
      await agent.close();
    },
  };
}

function createResponseCache(settings: ResponseCacheSettings, versions: SubgraphVersions, metrics: GatewayMetrics): ResponseCache {
  const cache: ResponseCache = new ResponseCache({
    maxEntries: settings.maxEntries,
    maxBytes: settings.maxBytes,
    versions: () => versions.read(),
    counted: (result) => metrics.cacheResults.inc({ result }),
  });
  metrics.cacheSize = () => ({ entries: cache.size, bytes: cache.bytes });
  return cache;
}

/** A hit skips Apollo (and so its request log plugin): give it this request's id and a log line of its own. */
function answerHitsWithRequestId(cache: ResponseCache, logger: ReturnType<typeof createLogger>): ResponseCacheHook {
  return {
    before: async (request, body, identity, text) => {
      const step = await cache.before(request, body, identity, text);
      if (!step.answer) return step;
      const requestId = requestIdOf(request.headers[REQUEST_ID_HEADER]);
      const operation = (body as { operationName?: unknown }).operationName;
      logger.info({ requestId, operation: typeof operation === "string" ? operation.slice(0, 100) : "anonymous", cache: "hit", outcome: "ok" }, "graphql request");
      return { ...step, answer: { ...step.answer, headers: { ...step.answer.headers, [REQUEST_ID_HEADER]: requestId } } };
    },
  };
}
