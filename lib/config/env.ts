import { randomBytes } from "node:crypto";
import { join, resolve } from "node:path";
import { GATEWAY_DEFAULT_PORT, projectRoot, type SubgraphDescriptor } from "./project";
import type { BearerConfig } from "../auth/bearer";
import { isPostgresUrl, schemaOfSubgraph, withSchema } from "../db/location";
import { HOW_TO_GENERATE_SECRET, requireStrongSecret } from "./secret-strength";

/** The one place process.env is read. Every setting has a safe default; docs/CONFIGURATION.md lists them. */
export type Env = Record<string, string | undefined>;

export const isProduction = (env: Env = process.env): boolean => env.NODE_ENV === "production";

export function host(env: Env = process.env): string {
  return env.HOST ?? "127.0.0.1";
}

function port(value: string | undefined, variable: string, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`${variable}=${value} is not a port number (0-65535)`);
  }
  return parsed;
}

export function gatewayPort(env: Env = process.env): number {
  return port(env.GATEWAY_PORT, "GATEWAY_PORT", GATEWAY_DEFAULT_PORT);
}

export function subgraphPortVariable(subgraph: SubgraphDescriptor): string {
  return `${subgraph.envPrefix}_PORT`;
}

export function subgraphPort(subgraph: SubgraphDescriptor, env: Env = process.env): number {
  const variable = subgraphPortVariable(subgraph);
  return port(env[variable], variable, subgraph.defaultPort);
}

/** A host as it goes in a URL: wildcard binds are reached on loopback, IPv6 literals take brackets. */
export function urlHost(bindHost: string): string {
  if (bindHost === "0.0.0.0") return "127.0.0.1";
  if (bindHost === "::") return "[::1]";
  return bindHost.includes(":") ? `[${bindHost}]` : bindHost;
}

/** Where the gateway finds a subgraph: <PREFIX>_URL, else HOST on the subgraph's port. */
export function subgraphUrl(subgraph: SubgraphDescriptor, env: Env = process.env): string {
  return env[`${subgraph.envPrefix}_URL`] ?? `http://${urlHost(host(env))}:${subgraphPort(subgraph, env)}/graphql`;
}

/**
 * Folder the data files are read from (DATA_ROOT, e.g. var/synthetic/10x): its sources/,
 * lib/vocabulary/ and subgraphs/<name>/data/. The repository by default. The councils' configuration
 * (subgraphs/<name>/council.json) always comes from the repository.
 */
export function dataRoot(env: Env = process.env): string {
  const raw = env.DATA_ROOT;
  return raw === undefined || raw === "" ? projectRoot : resolve(raw);
}

/**
 * A subgraph's database: <PREFIX>_DATABASE (a SQLite file, ':memory:', or a PostgreSQL URL, optionally
 * with ?schema=), else DATABASE_URL (one PostgreSQL database, a schema per subgraph named after it:
 * westmorland_furness, cumberland, shared), else the SQLite file var/<name>.sqlite (git-ignored).
 * With DATA_ROOT set, that default is <DATA_ROOT>/<name>.sqlite instead, so other data (synthetic
 * benchmark data above all) never mixes with the databases of the repository's data.
 */
export function subgraphDatabase(subgraph: SubgraphDescriptor, env: Env = process.env, root: string = dataRoot(env)): string {
  const configured = env[`${subgraph.envPrefix}_DATABASE`];
  if (configured !== undefined && configured !== "") return configured;
  const server = env.DATABASE_URL;
  if (server !== undefined && server !== "") {
    if (!isPostgresUrl(server)) throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL (SQLite files are set per subgraph with <SUBGRAPH>_DATABASE)");
    return withSchema(server, schemaOfSubgraph(subgraph.name));
  }
  return root === projectRoot ? join(projectRoot, "var", `${subgraph.name}.sqlite`) : join(root, `${subgraph.name}.sqlite`);
}

/**
 * Shared secret the gateway sends and subgraphs require, so that only the gateway can query them.
 * Unset means subgraphs accept any caller (development only; `npm start` always sets one).
 */
export function subgraphSecret(env: Env = process.env): string | undefined {
  const secret = env.SUBGRAPH_SECRET;
  return secret === undefined || secret === "" ? undefined : secret;
}

export function supergraphPath(env: Env = process.env): string {
  return env.SUPERGRAPH_PATH ?? join(projectRoot, "gateway", "supergraph.graphql");
}

const SWITCH_VALUES: Readonly<Record<string, boolean>> = { true: true, false: false, "1": true, "0": false, on: true, off: false };

/**
 * Every true/false variable is spelled one way: `true` or `false` (`1`/`0` and `on`/`off` are accepted
 * as the same, in any case). Unset or empty is `fallback`; anything else stops the start with an error
 * naming the variable.
 */
export function switchSetting(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = SWITCH_VALUES[raw.trim().toLowerCase()];
  if (value === undefined) throw new Error(`${name}=${raw} must be true or false (1/0 and on/off are accepted too)`);
  return value;
}

/** SQL_LOG=true prints every SQL statement a subgraph runs to stderr. */
export const echoSql = (env: Env = process.env): boolean => switchSetting(env, "SQL_LOG", false);

/**
 * SUBGRAPH_SHARE_IN_FLIGHT=false stops the gateway sharing one subgraph request among identical
 * in-flight reads (same body, same signed identity). On by default: dashboards send the same queries.
 */
export const shareInFlight = (env: Env = process.env): boolean => switchSetting(env, "SUBGRAPH_SHARE_IN_FLIGHT", true);

/**
 * SUBGRAPH_JIT=true makes each subgraph execute reads with graphql-jit (compiled per document, cached)
 * instead of graphql-js; writes and introspection stay on graphql-js (lib/server/jit-executor.ts).
 */
export const subgraphJit = (env: Env = process.env): boolean => switchSetting(env, "SUBGRAPH_JIT", false);

/** Milliseconds the gateway waits for a subgraph before giving up on that fetch. */
export function subgraphTimeoutMs(env: Env = process.env): number {
  const raw = env.SUBGRAPH_TIMEOUT_MS;
  if (raw === undefined || raw === "") return 10_000;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`SUBGRAPH_TIMEOUT_MS=${raw} is not a positive whole number of milliseconds`);
  return value;
}

/**
 * @apollo/gateway sends usage data to Apollo unless APOLLO_TELEMETRY_DISABLED is set, and waits for
 * that export on shutdown. This graph makes no calls beyond its own services: always turn it off.
 */
export function disableVendorTelemetry(env: Env = process.env): void {
  env.APOLLO_TELEMETRY_DISABLED = "true";
}

/** Verifying bearer tokens at the gateway; see docs/TRACKING.md "Tracking progress: who may do what". */
export interface AuthSettings extends BearerConfig {
  /**
   * True when no key was configured: the checkout's development secret (var/dev-jwt-secret, made by
   * lib/auth/dev-secret.ts when first needed) is used.
   */
  development: boolean;
}

export const DEFAULT_TOKEN_ISSUER = "cumbria-childrens-graph";
export const DEFAULT_TOKEN_AUDIENCE = "cumbria-childrens-graph";

/**
 * AUTH_JWT_SECRET (HS256), or AUTH_PUBLIC_KEY with AUTH_ALGORITHM (RS256, ES256), or AUTH_JWKS (a JWKS
 * document or URL); AUTH_ISSUER and AUTH_AUDIENCE. In production one of the keys is required: the
 * gateway refuses to start rather than fall back to a development secret.
 */
export function authSettings(env: Env = process.env): AuthSettings {
  const issuer = env.AUTH_ISSUER || DEFAULT_TOKEN_ISSUER;
  const audience = env.AUTH_AUDIENCE || DEFAULT_TOKEN_AUDIENCE;
  if (env.AUTH_ALGORITHM && env.AUTH_ALGORITHM !== "RS256" && env.AUTH_ALGORITHM !== "ES256") throw new Error(`AUTH_ALGORITHM=${env.AUTH_ALGORITHM} must be RS256 or ES256`);
  const algorithm = env.AUTH_ALGORITHM === "ES256" ? "ES256" : "RS256";
  const maxLifetimeSeconds = maxTokenLifetimeSeconds(env);
  if (env.AUTH_JWKS) return { jwks: env.AUTH_JWKS, issuer, audience, maxLifetimeSeconds, development: false };
  if (env.AUTH_PUBLIC_KEY) return { publicKey: env.AUTH_PUBLIC_KEY, algorithm, issuer, audience, maxLifetimeSeconds, development: false };
  if (env.AUTH_JWT_SECRET) {
    if (env.AUTH_JWT_SECRET.length < 32) throw new Error("AUTH_JWT_SECRET must be at least 32 characters");
    // Anyone who guesses it signs tokens with any role: production takes only a long random value.
    if (isProduction(env)) requireStrongSecret("AUTH_JWT_SECRET", env.AUTH_JWT_SECRET);
    return { secret: env.AUTH_JWT_SECRET, issuer, audience, maxLifetimeSeconds, development: false };
  }
  if (isProduction(env)) {
    throw new Error("NODE_ENV=production and no token key is configured: set AUTH_JWT_SECRET, AUTH_PUBLIC_KEY or AUTH_JWKS");
  }
  return { issuer, audience, maxLifetimeSeconds, development: true };
}

/**
 * AUTH_MAX_TOKEN_LIFETIME_SECONDS: the longest a bearer token may live (exp - iat), 24 hours by
 * default. A token made to last for months is a stolen-forever token; identity providers issue hours.
 */
export function maxTokenLifetimeSeconds(env: Env = process.env): number {
  return positiveInt(env, "AUTH_MAX_TOKEN_LIFETIME_SECONDS", 24 * 3600);
}

/** Subgraphs in production must be reachable only through the gateway: SUBGRAPH_SECRET is required. */
export function requireSubgraphSecretInProduction(env: Env = process.env): void {
  if (!isProduction(env)) return;
  const secret = subgraphSecret(env);
  if (!secret) throw new Error("NODE_ENV=production needs SUBGRAPH_SECRET, so that subgraphs answer only the gateway");
  requireStrongSecret("SUBGRAPH_SECRET", secret);
}

/** Query limits at the gateway, refused before execution (see docs/PRODUCTION.md). */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  maxBodyBytes: number;
  /** An answer longer than this (bytes of JSON) is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** A request still running after this long is answered 504 GATEWAY_TIMEOUT and its subgraph fetches abandoned. */
  requestDeadlineMs: number;
}

function positiveInt(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name}=${raw} is not a positive whole number`);
  return value;
}

export function queryLimits(env: Env = process.env): QueryLimits {
  return {
    maxDepth: positiveInt(env, "MAX_QUERY_DEPTH", 12),
    maxAliases: positiveInt(env, "MAX_QUERY_ALIASES", 15),
    maxTokens: positiveInt(env, "MAX_QUERY_TOKENS", 3000),
    // A little above the costliest operation the repository's own clients send (the progress report,
    // 182,546; `node dist/scripts/operation-costs.js` prints them all, test/lib/query-cost-budget.test.ts holds it).
    maxCost: positiveInt(env, "MAX_QUERY_COST", 225_000),
    maxDirectives: positiveInt(env, "MAX_QUERY_DIRECTIVES", 20),
    maxBodyBytes: positiveInt(env, "MAX_BODY_BYTES", 100_000),
    // 15 times the largest real answer measured (council-overview at 100 a page, 33 kB); small enough
    // that ten such answers at once keep /health under 100 ms (test/e2e/hostile-health.test.ts).
    maxResponseBytes: positiveInt(env, "MAX_RESPONSE_BYTES", 500_000),
    // Apollo Router's default; above SUBGRAPH_TIMEOUT_MS (10 s), so one slow fetch fails before the deadline.
    requestDeadlineMs: positiveInt(env, "REQUEST_DEADLINE_MS", 30_000),
  };
}

/** How much query cost the gateway runs at once (lib/server/admission.ts), and how many may wait. */
export interface AdmissionSettings {
  costBudget: number;
  maxQueued: number;
}

/**
 * ADMISSION_COST_BUDGET: query cost running at once, by default one costliest allowed query
 * (MAX_QUERY_COST), so ten of those run one after another and /health stays quick; ADMISSION_QUEUE:
 * requests that may wait for their turn (200), past which the answer is 503 SERVER_BUSY.
 */
export function admissionSettings(env: Env = process.env): AdmissionSettings {
  return { costBudget: positiveInt(env, "ADMISSION_COST_BUDGET", queryLimits(env).maxCost), maxQueued: positiveInt(env, "ADMISSION_QUEUE", 200) };
}

/** Origins allowed to call the gateway from a browser (CORS_ORIGINS, comma-separated); none by default. */
export function corsOrigins(env: Env = process.env): string[] {
  return (env.CORS_ORIGINS ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** pino level for the gateway's request log (LOG_LEVEL): info by default, silent to turn it off. */
export function logLevel(env: Env = process.env): string {
  return env.LOG_LEVEL || "info";
}

/** SAFELIST=true: only the operations in examples/ (SAFELIST_DIR) run; off by default. */
export function safelistDirectory(env: Env = process.env): string | null {
  if (!switchSetting(env, "SAFELIST", false)) return null;
  return env.SAFELIST_DIR || join(projectRoot, "examples");
}

/** INTROSPECTION=true/false overrides the default (on in development, off in production). */
export function introspection(env: Env = process.env): boolean | undefined {
  if (env.INTROSPECTION === undefined || env.INTROSPECTION.trim() === "") return undefined;
  return switchSetting(env, "INTROSPECTION", false);
}

/** A gateway feature behind a true/false variable (RESPONSE_CACHE, RATE_LIMIT), with the bounds it runs within. */
export type Switched<Bounds> = { enabled: boolean } & Bounds;

/** The gateway's whole-answer cache for anonymous queries (see docs/PRODUCTION.md "Response cache"). */
export type ResponseCacheSettings = Switched<{ maxEntries: number; maxBytes: number }>;

/**
 * RESPONSE_CACHE=true|false (off by default: an operator opts in), RESPONSE_CACHE_MAX_ENTRIES (1000) and
 * RESPONSE_CACHE_MAX_BYTES (50 MB) bound its memory.
 */
export const responseCacheSettings = (env: Env = process.env): ResponseCacheSettings => ({
  enabled: switchSetting(env, "RESPONSE_CACHE", false),
  maxEntries: positiveInt(env, "RESPONSE_CACHE_MAX_ENTRIES", 1000),
  maxBytes: positiveInt(env, "RESPONSE_CACHE_MAX_BYTES", 50 * 1024 * 1024),
});

/** A switch that defaults to on in development and off in production. */
const developmentSwitch = (env: Env, name: string): boolean => switchSetting(env, name, !isProduction(env));

/**
 * EXPLORER=true/false: the bundled GraphiQL at /explorer. On in development, off in production unless
 * turned on (it is a developer's tool; with NODE_ENV=production it also needs INTROSPECTION=true to
 * show the schema).
 */
export const explorerEnabled = (env: Env = process.env): boolean => developmentSwitch(env, "EXPLORER");

/**
 * DASHBOARD=true/false: the reference dashboard at /dashboard/. On in development, off in production
 * unless turned on: it is an example for developers, and production serves only what it must.
 */
export const dashboardEnabled = (env: Env = process.env): boolean => developmentSwitch(env, "DASHBOARD");

/**
 * WORKSPACE=true/false: the staff workspace at /workspace/ (My work, recording progress, the approval
 * inbox, joint actions, history, reports). On by default in development AND production: it is the
 * product staff use, and it shows nothing but "Sign in" to anyone not signed in.
 */
export const workspaceEnabled = (env: Env = process.env): boolean => switchSetting(env, "WORKSPACE", true);

/** Where `npm run build` writes the explorer's and dashboard's static files (dist/web). */
export function webRoot(): string {
  return join(projectRoot, "dist", "web");
}

/** Where the gateway serves `/metrics` apart from its public port (see metricsListen). */
export interface MetricsListen {
  host: string;
  port: number;
}

/** Apollo Router's default for its Prometheus endpoint: 127.0.0.1:9090/metrics. */
export const DEFAULT_METRICS_PORT = 9090;

/**
 * METRICS_PORT and METRICS_HOST (127.0.0.1): `/metrics` on its own listener, and not on the public
 * port. Unset, development keeps it on the gateway's port; production serves it on 127.0.0.1:9090
 * as Apollo Router does, so the public port never exposes it. METRICS_PORT=public keeps it on the
 * gateway's port in production too (behind a proxy that blocks it).
 */
export function metricsListen(env: Env = process.env): MetricsListen | null {
  const raw = env.METRICS_PORT;
  if (raw === "public") return null;
  const metricsHost = env.METRICS_HOST || "127.0.0.1";
  if (raw === undefined || raw === "") return isProduction(env) ? { host: metricsHost, port: DEFAULT_METRICS_PORT } : null;
  return { host: metricsHost, port: port(raw, "METRICS_PORT", DEFAULT_METRICS_PORT) };
}

/** Node's server timeouts, for the gateway and the subgraphs alike (clients too slow to send are cut off). */
export interface ServerTimeouts {
  /** The whole request head must arrive within this (Apollo Router's header_read_timeout: 10 s). */
  headersTimeoutMs: number;
  /** The whole request, head and body, must arrive within this. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (above the 60 s idle timeout of common load balancers). */
  keepAliveTimeoutMs: number;
}

/** HTTP_HEADERS_TIMEOUT_MS (10 s), HTTP_REQUEST_TIMEOUT_MS (30 s), HTTP_KEEP_ALIVE_TIMEOUT_MS (65 s). */
export function serverTimeouts(env: Env = process.env): ServerTimeouts {
  const timeouts = {
    headersTimeoutMs: positiveInt(env, "HTTP_HEADERS_TIMEOUT_MS", 10_000),
    requestTimeoutMs: positiveInt(env, "HTTP_REQUEST_TIMEOUT_MS", 30_000),
    keepAliveTimeoutMs: positiveInt(env, "HTTP_KEEP_ALIVE_TIMEOUT_MS", 65_000),
  };
  // Node refuses a head timeout longer than the whole request's.
  if (timeouts.headersTimeoutMs > timeouts.requestTimeoutMs) throw new Error(`HTTP_HEADERS_TIMEOUT_MS=${timeouts.headersTimeoutMs} must not exceed HTTP_REQUEST_TIMEOUT_MS=${timeouts.requestTimeoutMs}`);
  return timeouts;
}

/** A token bucket's shape: `perSecond` tokens refill each second, up to `burst`. */
export interface RateLimitClass {
  perSecond: number;
  burst: number;
}

/** Per-client rate limits at the gateway (see docs/PRODUCTION.md). */
export type RateLimitSettings = Switched<{
  /** Callers without a bearer token, by remote address. */
  anonymous: RateLimitClass;
  /** Signed-in callers, by the token's verified subject. */
  signedIn: RateLimitClass;
  /** Clients remembered at once; beyond it the longest-idle are forgotten (a forgotten client starts with a full bucket). */
  maxClients: number;
}>;

/**
 * RATE_LIMIT=true|false (on by default), RATE_LIMIT_ANONYMOUS_PER_SECOND (10) and _BURST (50),
 * RATE_LIMIT_SIGNED_IN_PER_SECOND (20) and _BURST (100), RATE_LIMIT_MAX_CLIENTS (10000).
 */
export function rateLimitSettings(env: Env = process.env): RateLimitSettings {
  return {
    enabled: switchSetting(env, "RATE_LIMIT", true),
    anonymous: { perSecond: positiveInt(env, "RATE_LIMIT_ANONYMOUS_PER_SECOND", 10), burst: positiveInt(env, "RATE_LIMIT_ANONYMOUS_BURST", 50) },
    signedIn: { perSecond: positiveInt(env, "RATE_LIMIT_SIGNED_IN_PER_SECOND", 20), burst: positiveInt(env, "RATE_LIMIT_SIGNED_IN_BURST", 100) },
    maxClients: positiveInt(env, "RATE_LIMIT_MAX_CLIENTS", 10_000),
  };
}

/** Headless Chromium is heavy: PDF_CONCURRENCY reports print at once (2), PDF_QUEUE_LENGTH wait (4); more get 503. */
export interface PdfQueueSettings {
  concurrency: number;
  queueLength: number;
}

export function pdfQueueSettings(env: Env = process.env): PdfQueueSettings {
  const queueLength = env.PDF_QUEUE_LENGTH === "0" ? 0 : positiveInt(env, "PDF_QUEUE_LENGTH", 4);
  return { concurrency: positiveInt(env, "PDF_CONCURRENCY", 2), queueLength };
}

/** Where `npm start` runs the development OpenID provider (OIDC_DEV_PORT), on 127.0.0.1. */
export const OIDC_DEV_DEFAULT_PORT = 4010;

export function oidcDevPort(env: Env = process.env): number {
  return port(env.OIDC_DEV_PORT, "OIDC_DEV_PORT", OIDC_DEV_DEFAULT_PORT);
}

/** The development provider's issuer, as `npm start` runs it. */
export function devProviderIssuer(env: Env = process.env): string {
  return `http://127.0.0.1:${oidcDevPort(env)}`;
}

/**
 * Whether `npm start` runs the development OpenID provider: in development only, and only while no
 * real provider is configured (OIDC_ISSUER). Never with NODE_ENV=production.
 */
export function devProviderWanted(env: Env = process.env): boolean {
  return !isProduction(env) && (env.OIDC_ISSUER === undefined || env.OIDC_ISSUER === "");
}

/** Signing in with OpenID Connect at the gateway (backend-for-frontend); see docs/SIGN-IN.md. */
export interface OidcSettings {
  /** The provider's issuer URL (discovery at <issuer>/.well-known/openid-configuration). */
  issuer: string;
  clientId: string;
  /** The client secret; unset with privateKeyFile. */
  clientSecret?: string;
  /** How the secret is sent to the token endpoint (OIDC_CLIENT_AUTH): client_secret_basic, the OpenID default, or client_secret_post. */
  clientAuth: "client_secret_basic" | "client_secret_post";
  /** PKCS#8 PEM private key for private_key_jwt, instead of a client secret. */
  privateKeyFile?: string;
  /** The certificate (PEM) registered for that key: its thumbprints go in the assertion's header (Entra ID needs them). */
  certificateFile?: string;
  /** Where the provider sends the browser back: this gateway's public origin + /auth/callback. */
  redirectUri: string;
  scopes: string;
  /** The role mapping file (lib/auth/role-mapping.ts). */
  roleMappingFile: string;
  /** Signs the session cookie's id (HMAC-SHA256). */
  sessionSecret: string;
  idleMinutes: number;
  absoluteHours: number;
  /** True for the development provider (lib/auth/dev-provider.ts): plain http to it on loopback is allowed. */
  development: boolean;
}

/** The development provider's client (DEV_CLIENT in lib/auth/dev-provider.ts): never accepted in production. */
export const DEV_OIDC_CLIENT_ID = "cumbria-graph-dev";
const DEV_OIDC_CLIENT_SECRET = "development-only-client-secret-not-for-production";
export const DEFAULT_OIDC_SCOPES = "openid profile email offline_access";

function clientAuthMethod(env: Env): OidcSettings["clientAuth"] {
  const raw = env.OIDC_CLIENT_AUTH || "client_secret_basic";
  if (raw !== "client_secret_basic" && raw !== "client_secret_post") throw new Error(`OIDC_CLIENT_AUTH=${raw} must be client_secret_basic or client_secret_post`);
  return raw;
}

const isLoopbackHost = (hostname: string): boolean => hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);

function parseUrl(variable: string, raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new Error(`${variable}=${raw} is not a URL`);
  }
}

/**
 * OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET or OIDC_PRIVATE_KEY_FILE (with OIDC_CERTIFICATE_FILE),
 * OIDC_REDIRECT_URI, OIDC_SCOPES, OIDC_ROLE_MAPPING, SESSION_SECRET, SESSION_IDLE_MINUTES (30),
 * SESSION_ABSOLUTE_HOURS (10). In development with no OIDC_ISSUER, the development provider on
 * 127.0.0.1:OIDC_DEV_PORT with its own client. In production sign-in is on only with OIDC_ISSUER, and
 * then refuses the development client, a loopback or plain-http issuer, and a missing or weak SESSION_SECRET.
 * Null when sign-in is off.
 */
export function oidcSettings(env: Env = process.env, gatewayListenPort: number = gatewayPort(env)): OidcSettings | null {
  const production = isProduction(env);
  const issuerRaw = env.OIDC_ISSUER || "";
  if (production && issuerRaw === "") {
    const stray = ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_PRIVATE_KEY_FILE", "OIDC_REDIRECT_URI", "OIDC_ROLE_MAPPING"].filter((name) => env[name]);
    if (stray.length > 0) throw new Error(`${stray.join(", ")} set without OIDC_ISSUER: set OIDC_ISSUER to the identity provider's issuer URL to turn sign-in on`);
    return null;
  }
  const development = issuerRaw === "";
  const issuer = development ? devProviderIssuer(env) : issuerRaw;
  const issuerUrl = parseUrl("OIDC_ISSUER", issuer);
  const clientId = development ? DEV_OIDC_CLIENT_ID : env.OIDC_CLIENT_ID || "";
  if (clientId === "") throw new Error("OIDC_ISSUER is set but OIDC_CLIENT_ID is not: set the application (client) id registered with the provider");
  const clientSecret = development ? DEV_OIDC_CLIENT_SECRET : env.OIDC_CLIENT_SECRET || undefined;
  const privateKeyFile = env.OIDC_PRIVATE_KEY_FILE || undefined;
  if (!development && clientSecret === undefined && privateKeyFile === undefined) throw new Error("OIDC_ISSUER is set but neither OIDC_CLIENT_SECRET nor OIDC_PRIVATE_KEY_FILE is: the gateway must authenticate to the provider");
  if (clientSecret !== undefined && privateKeyFile !== undefined && !development) throw new Error("Set OIDC_CLIENT_SECRET or OIDC_PRIVATE_KEY_FILE, not both");
  const redirectUri = env.OIDC_REDIRECT_URI || `http://127.0.0.1:${gatewayListenPort}/auth/callback`;
  const redirectUrl = parseUrl("OIDC_REDIRECT_URI", redirectUri);
  if (redirectUrl.pathname !== "/auth/callback") throw new Error(`OIDC_REDIRECT_URI=${redirectUri} must end in /auth/callback (the gateway's callback route), on the gateway's public origin`);
  const roleMappingFile = env.OIDC_ROLE_MAPPING || (production ? "" : join(projectRoot, "config", "role-mapping.development.json"));
  const sessionSecret = env.SESSION_SECRET || (production ? "" : randomBytes(32).toString("hex"));
  if (production) {
    if (clientId === DEV_OIDC_CLIENT_ID) throw new Error(`NODE_ENV=production refuses OIDC_CLIENT_ID=${DEV_OIDC_CLIENT_ID}: that is the development provider's client`);
    if (issuerUrl.protocol !== "https:" || isLoopbackHost(issuerUrl.hostname))
      throw new Error(`NODE_ENV=production refuses OIDC_ISSUER=${issuer}: the identity provider must be an https URL that is not this machine (the development provider is for development only)`);
    if (redirectUrl.protocol !== "https:") throw new Error(`NODE_ENV=production needs an https OIDC_REDIRECT_URI (the session cookie is Secure), not ${redirectUri}`);
    if (roleMappingFile === "") throw new Error("NODE_ENV=production needs OIDC_ROLE_MAPPING: the file that maps the provider's role or group claims to the graph's roles");
    if (sessionSecret === "") throw new Error(`NODE_ENV=production needs SESSION_SECRET to sign session cookies: ${HOW_TO_GENERATE_SECRET}`);
    requireStrongSecret("SESSION_SECRET", sessionSecret);
  }
  return {
    issuer,
    clientId,
    clientSecret: privateKeyFile !== undefined && !development ? undefined : clientSecret,
    privateKeyFile: development ? undefined : privateKeyFile,
    clientAuth: clientAuthMethod(env),
    certificateFile: env.OIDC_CERTIFICATE_FILE || undefined,
    redirectUri,
    scopes: env.OIDC_SCOPES || DEFAULT_OIDC_SCOPES,
    roleMappingFile: resolve(roleMappingFile),
    sessionSecret,
    idleMinutes: positiveInt(env, "SESSION_IDLE_MINUTES", 30),
    absoluteHours: positiveInt(env, "SESSION_ABSOLUTE_HOURS", 10),
    development,
  };
}

/** CHROMIUM_PATH: the Chromium that prints PDF reports (lib/reports/pdf.ts); Debian's by default. */
export function chromiumPathSetting(env: Env = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

/** A positive number (whole or not, e.g. seconds): unset or empty is `fallback`. */
function positiveNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name}=${raw} is not a positive number`);
  return value;
}

/** How long a bounded load run lasts and how many connections it keeps open at once. */
export interface LoadRunBounds {
  seconds: number;
  connections: number;
}

/** LOAD_SECONDS (5) and LOAD_CONNECTIONS (20): the bounds of `npm run load`. */
export function loadRunBounds(env: Env = process.env): LoadRunBounds {
  return { seconds: positiveNumber(env, "LOAD_SECONDS", 5), connections: positiveInt(env, "LOAD_CONNECTIONS", 20) };
}

/** `npm run bench` and `npm run bench:cache` (bench/): what to measure, and for how long. */
export interface BenchSettings extends LoadRunBounds {
  /** Names the data in the results file, bench/results/bench-<label>.json. */
  label: string;
  /** A data root (e.g. synthetic data from `npm run data:synthetic`); the repository's data when undefined. */
  dataRoot: string | undefined;
  /** Variable sets per query in the unique mode (each answer is held in memory). */
  uniqueSetSize: number;
  warmupSeconds: number;
}

/**
 * BENCH_SECONDS (5) per run, BENCH_CONNECTIONS (20), BENCH_LABEL ("real"), BENCH_DATA_ROOT (the
 * repository's data), BENCH_UNIQUE_SETS (200), BENCH_WARMUP_SECONDS (1). Which targets, scenarios and
 * modes: benchChoice.
 */
export function benchSettings(env: Env = process.env): BenchSettings {
  return {
    seconds: positiveNumber(env, "BENCH_SECONDS", 5),
    connections: positiveInt(env, "BENCH_CONNECTIONS", 20),
    label: env.BENCH_LABEL || "real",
    dataRoot: env.BENCH_DATA_ROOT || undefined,
    uniqueSetSize: positiveInt(env, "BENCH_UNIQUE_SETS", 200),
    warmupSeconds: positiveNumber(env, "BENCH_WARMUP_SECONDS", 1),
  };
}

/**
 * BENCH_TARGETS, BENCH_SCENARIOS, BENCH_MODES: a comma-separated choice among `all` (the bench knows
 * them); unset or empty is all of them, and a name not among them is refused.
 */
export function benchChoice<T extends string>(name: "BENCH_TARGETS" | "BENCH_SCENARIOS" | "BENCH_MODES", all: readonly T[], env: Env = process.env): T[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return [...all];
  const chosen = raw.split(",").map((item) => item.trim());
  const unknown = chosen.filter((item) => !(all as readonly string[]).includes(item));
  if (unknown.length > 0) throw new Error(`${name}: unknown ${unknown.join(", ")} (choose from ${all.join(", ")})`);
  return chosen as T[];
}

/**
 * The PostgreSQL database the tests run on (`npm run test:pg` sets it, on a throwaway cluster); unset or
 * empty means the tests run on SQLite.
 */
export function testDatabaseUrl(env: Env = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}
