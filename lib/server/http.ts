import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from "@apollo/server";
import { GraphQLError } from "graphql";
import { urlHost, type ServerTimeouts } from "../config/env";
import type { Identity } from "../auth/identity";
import { RequestScope } from "./request-scope";

const DEFAULT_MAX_BODY_BYTES = 1_000_000;

export class PortInUseError extends Error {}

export interface HttpServerOptions<TContext extends BaseContext> {
  host: string;
  port: number;
  /** Environment variable that sets the port, named in the error when the port is taken. */
  portVariable: string;
  path?: string;
  maxBodyBytes?: number;
  /**
   * Decides who is calling before anything else runs; a thrown error is answered 401 UNAUTHENTICATED
   * with its message. Its result is handed to `context`.
   */
  authenticate?: (request: IncomingMessage) => Promise<Identity | null>;
  /**
   * Checks the raw body against the request's headers once it is read (a subgraph's one-time gateway
   * proof, bound to the body); a thrown error is answered 401 UNAUTHENTICATED with its message.
   */
  authenticateBody?: (request: IncomingMessage, body: string) => void;
  /**
   * The request's context. `storesAnswer` is true when the response cache will keep this answer: its
   * data must then be read after the cache read the subgraphs' versions (see UndiciDataSource).
   */
  context: (request: IncomingMessage, identity: Identity | null, storesAnswer: boolean, scope: RequestScope) => Promise<TContext> | TContext;
  /** Readiness: resolves true when the service can answer queries. */
  ready?: () => Promise<boolean>;
  /** Extra GET routes (e.g. /metrics). */
  routes?: Record<string, (response: ServerResponse) => Promise<void>>;
  /** GET routes under a path prefix (e.g. "/reports/"), given the request (its headers) and URL. */
  prefixRoutes?: Record<string, (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>>;
  /**
   * Connection upgrades by exact path (a subgraph's data-version stream at /version); any other
   * upgrade is refused. Upgraded sockets are closed with the server.
   */
  upgrades?: Record<string, (request: IncomingMessage, socket: Duplex) => void>;
  /** POST routes beside GraphQL (e.g. /auth/logout), by exact path, given the request (its headers and body). */
  postRoutes?: Record<string, (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void>>;
  /** Browser origins allowed by CORS; none by default. */
  corsOrigins?: string[];
  /** A check of the parsed body before execution; an error returned is answered 400 with its code. */
  inspect?: (body: unknown) => GraphQLError | null;
  /** Told of every request refused before GraphQL runs (for logs and metrics); returns the request id to send back. */
  onRefused?: (request: IncomingMessage, status: number, code: string) => string | undefined;
  /** A store of whole answers, asked after the checks and before execution (the gateway's response cache). */
  responseCache?: ResponseCacheHook;
  /** Node's timeouts against slow clients (lib/config/env.ts serverTimeouts); Node's own defaults when absent. */
  timeouts?: ServerTimeouts;
  /**
   * Per-client rate limit, asked for every request but /health and /ready: 0 lets it through, a number
   * of seconds refuses it 429 RATE_LIMITED with that Retry-After. `identity` is null for side routes.
   */
  rateLimit?: (request: IncomingMessage, identity: Identity | null) => number;
  /** An answer longer than this many bytes is replaced by a 400 RESPONSE_TOO_LARGE error. */
  maxResponseBytes?: number;
  /** A GraphQL request still running after this many ms is answered 504 GATEWAY_TIMEOUT and its scope aborted. */
  deadlineMs?: number;
  /**
   * Where a browser opening the GraphQL path (a GET asking for HTML) is redirected (302), e.g. the
   * bundled explorer; when absent such a request goes to Apollo like any other.
   */
  browserPage?: string;
}

/** An answer as sent: status, headers and the whole body. */
export interface StoredAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What a response cache decided for one request; `outcome` goes to the client in x-cache. */
export interface CacheStep {
  outcome: "hit" | "miss" | "bypass";
  /** For a hit: the answer to send instead of executing. */
  answer?: StoredAnswer;
  /** For a miss or a bypass: the answer execution produced (body null when it was streamed). */
  executed?(status: number, headers: Record<string, string>, body: string | null): void;
}

export interface ResponseCacheHook {
  /** `text`: the raw body the parsed `body` came from (absent for a GET). */
  before(request: IncomingMessage, body: unknown, identity: Identity | null, text?: string): Promise<CacheStep>;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** A refusal from a route beside GraphQL (reports, downloads): the GraphQL error shape, never cached or sniffed. */
export function sendCodedError(response: ServerResponse, status: number, code: string, message: string): void {
  sendJson(response, status, graphqlError(message, code), { "cache-control": "no-store", "x-content-type-options": "nosniff" });
}

class BodyTooLarge extends Error {}

const DEADLINE_PASSED = Symbol("deadline passed");

/**
 * The execution's result, or DEADLINE_PASSED once `deadlineMs` has gone by: the scope is then
 * aborted (its subgraph fetches stop) and the execution left to wind down unanswered.
 */
async function withDeadline<T>(execution: Promise<T>, scope: RequestScope, deadlineMs: number | undefined): Promise<T | typeof DEADLINE_PASSED> {
  if (deadlineMs === undefined) return execution;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof DEADLINE_PASSED>((resolve) => {
    timer = setTimeout(() => {
      scope.abort();
      resolve(DEADLINE_PASSED);
    }, deadlineMs);
  });
  try {
    return await Promise.race([execution, deadline]);
  } finally {
    clearTimeout(timer);
    // An execution abandoned at its deadline may still fail later: nobody waits for it.
    execution.catch(() => undefined);
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers["content-length"] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on("data", (chunk: Buffer) => {
      if (tooLarge) return; // drain the rest unread, so the 413 can still be sent on this socket
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

/** Marks a step that has sent the whole answer: the request goes no further. */
const ANSWERED = Symbol("answered");
type Answered = typeof ANSWERED;

/** Sends a refusal in the GraphQL error shape, telling onRefused (which may give a request id). */
type Refuse = (status: number, message: string, code: string, extra?: Record<string, unknown>) => Answered;

function refuserFor<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, response: ServerResponse): Refuse {
  return (status, message, code, extra = {}) => {
    const requestId = options.onRefused?.(request, status, code);
    if (requestId) response.setHeader("x-request-id", requestId);
    if (status === 413) response.setHeader("connection", "close");
    sendJson(response, status, { errors: [{ message, extensions: { code, ...extra } }] });
    return ANSWERED;
  };
}

/** CORS headers for an allowed origin; a preflight (OPTIONS) is answered here. */
function corsStep<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, response: ServerResponse): Answered | null {
  const origin = request.headers.origin;
  if (origin && options.corsOrigins?.includes(origin)) {
    response.setHeader("access-control-allow-origin", origin);
    response.setHeader("vary", "origin");
    response.setHeader("access-control-allow-headers", "content-type, authorization, apollo-require-preflight, x-request-id");
    response.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    response.setHeader("access-control-expose-headers", "x-request-id, x-cache");
  }
  if (request.method !== "OPTIONS") return null;
  response.writeHead(204);
  response.end();
  return ANSWERED;
}

/** Refuses the request 429 when the client is over its rate limit; `identity` is null for side routes. */
function rateLimitStep<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, response: ServerResponse, refuse: Refuse, identity: Identity | null): Answered | null {
  const retryAfter = options.rateLimit?.(request, identity) ?? 0;
  if (retryAfter <= 0) return null;
  response.setHeader("retry-after", String(retryAfter));
  return refuse(429, `Too many requests: try again in ${retryAfter} s`, "RATE_LIMITED", { retryAfter });
}

/** The routes beside GraphQL: exact GET routes, GET prefix routes, then POST routes; null when none matches. */
function routeStep<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, response: ServerResponse, url: URL, refuse: Refuse): Promise<void> | Answered | null {
  const route = request.method === "GET" ? options.routes?.[url.pathname] : undefined;
  if (route) return route(response);
  if (request.method === "GET") {
    const prefix = Object.keys(options.prefixRoutes ?? {}).find((candidate) => url.pathname.startsWith(candidate));
    if (prefix) return rateLimitStep(options, request, response, refuse, null) ?? options.prefixRoutes![prefix](request, response, url);
  }
  const postRoute = request.method === "POST" ? options.postRoutes?.[url.pathname] : undefined;
  if (postRoute) return rateLimitStep(options, request, response, refuse, null) ?? postRoute(request, response, url);
  return null;
}

/** GET /ready: 200 when the service can answer queries, 503 otherwise. */
async function readinessProbe<TContext extends BaseContext>(options: HttpServerOptions<TContext>, response: ServerResponse): Promise<void> {
  const ready = options.ready ? await options.ready().catch(() => false) : true;
  sendJson(response, ready ? 200 : 503, { status: ready ? "ready" : "not ready" });
}

/**
 * True for a GET whose Accept header names text/html before any JSON type (a browser opening the
 * URL); the quality values are not weighed, as browsers list HTML first and API clients do not list it.
 */
function prefersHtml(request: IncomingMessage): boolean {
  if (request.method !== "GET") return false;
  const types = (request.headers.accept ?? "").split(",").map((part) => part.split(";")[0].trim().toLowerCase());
  const html = types.indexOf("text/html");
  const json = types.findIndex((type) => type === "application/json" || type === "application/graphql-response+json");
  return html !== -1 && (json === -1 || html < json);
}

/** Sends a browser opening the GraphQL path to `browserPage` (when set); null for everything else. */
function browserStep<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, response: ServerResponse): Answered | null {
  if (!options.browserPage || !prefersHtml(request)) return null;
  response.writeHead(302, { location: options.browserPage, "content-length": 0, "cache-control": "no-store" });
  response.end();
  return ANSWERED;
}

/** Who is calling (options.authenticate), or a 401 refusal. */
async function identityStep<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, refuse: Refuse): Promise<Identity | null | Answered> {
  if (!options.authenticate) return null;
  try {
    return await options.authenticate(request);
  } catch (error) {
    return refuse(401, error instanceof GraphQLError ? error.message : "This subgraph answers only the gateway", "UNAUTHENTICATED");
  }
}

/** Why authenticateBody refuses the request, or null when it passes (or there is no such check). */
function bodyProofRefusal<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, text: string): string | null {
  if (!options.authenticateBody) return null;
  try {
    options.authenticateBody(request, text);
    return null;
  } catch (error) {
    return error instanceof GraphQLError ? error.message : "This subgraph answers only the gateway";
  }
}

/**
 * The request's body, read once within the size limit, its proof checked and JSON parsed (when it
 * says it is JSON); undefined for a GET, which is checked as an empty body: it must carry a proof made
 * for that.
 */
async function bodyStep<TContext extends BaseContext>(options: HttpServerOptions<TContext>, request: IncomingMessage, refuse: Refuse, limit: number): Promise<{ body: unknown; text?: string } | Answered> {
  if (request.method !== "POST") {
    const refusal = bodyProofRefusal(options, request, "");
    return refusal ? refuse(401, refusal, "UNAUTHENTICATED") : { body: undefined };
  }
  let text: string;
  try {
    text = await readBody(request, limit);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refuse(413, `Request body is larger than ${limit} bytes`, "PAYLOAD_TOO_LARGE");
    throw error;
  }
  const refusal = bodyProofRefusal(options, request, text);
  if (refusal) return refuse(401, refusal, "UNAUTHENTICATED");
  if (!(request.headers["content-type"] ?? "").includes("application/json")) return { body: text };
  try {
    return { body: text === "" ? undefined : JSON.parse(text), text };
  } catch {
    return refuse(400, "Request body is not valid JSON", "BAD_REQUEST");
  }
}

/** options.inspect's verdict on the body (or, for a GET, the query string's parameters). */
function inspectStep<TContext extends BaseContext>(options: HttpServerOptions<TContext>, body: unknown, url: URL, refuse: Refuse): Answered | null {
  const refusal = options.inspect?.(body ?? Object.fromEntries(url.searchParams));
  if (!refusal) return null;
  const { code, ...extra } = refusal.extensions as { code: string };
  return refuse(400, refusal.message, code, extra);
}

/** Everything GraphQL execution needs from the steps before it. */
interface GraphQLCall {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  refuse: Refuse;
  identity: Identity | null;
  body: unknown;
  /** The raw body `body` was parsed from. */
  text?: string;
}

/** The response cache's answer, or Apollo's execution within the deadline and the answer-size limit. */
async function graphqlStep<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: HttpServerOptions<TContext>, call: GraphQLCall): Promise<void> {
  const { request, response, url, refuse, identity, body } = call;
  const step = await options.responseCache?.before(request, body, identity, call.text);
  if (step?.answer) {
    response.writeHead(step.answer.status, { ...step.answer.headers, "x-cache": "hit" });
    response.end(step.answer.body);
    return;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = { method: (request.method ?? "GET").toUpperCase(), headers, search: url.search, body };
  const scope = new RequestScope(options.maxResponseBytes);
  const execution = apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: async () => options.context(request, identity, step?.outcome === "miss", scope) });
  const result = await withDeadline(execution, scope, options.deadlineMs);
  if (result === DEADLINE_PASSED) {
    refuse(504, `The request did not complete within ${options.deadlineMs} ms`, "GATEWAY_TIMEOUT");
    return;
  }
  if (result.body.kind === "complete" && (scope.tooLarge || Buffer.byteLength(result.body.string) > scope.maxResponseBytes)) {
    refuse(400, `The answer is larger than ${scope.maxResponseBytes} bytes: ask for less (fewer fields, smaller pages)`, "RESPONSE_TOO_LARGE", { limit: scope.maxResponseBytes });
    return;
  }
  const outgoing: Record<string, string> = {};
  for (const [name, value] of result.headers) outgoing[name] = value;
  const status = result.status ?? 200;
  response.writeHead(status, step ? { ...outgoing, "x-cache": step.outcome } : outgoing);
  if (result.body.kind === "complete") {
    response.end(result.body.string);
    step?.executed?.(status, outgoing, result.body.string);
  } else {
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
    step?.executed?.(status, outgoing, null);
  }
}

/**
 * A lean HTTP front end for Apollo Server: node:http, the body read once, and Apollo's
 * executeHTTPGraphQLRequest (no framework stack in between: 10-25% more requests a second, measured
 * in the team's shared performance notes, outside this repository). Also serves
 * GET /health (liveness) and GET /ready (readiness).
 */
export async function serveGraphQL<TContext extends BaseContext>(apollo: ApolloServer<TContext>, options: HttpServerOptions<TContext>): Promise<RunningServer> {
  const path = options.path ?? "/graphql";
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;

  /** The steps in order; each either answers the request (and it stops there) or hands it on. */
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const refuse = refuserFor(options, request, response);
    const url = new URL(request.url ?? "/", "http://localhost");
    if (corsStep(options, request, response)) return;
    if (url.pathname === "/health") return sendJson(response, 200, { status: "ok" });
    const routed = routeStep(options, request, response, url, refuse);
    if (routed) return routed === ANSWERED ? undefined : routed;
    if (url.pathname === "/ready") return readinessProbe(options, response);
    if (url.pathname !== path) return sendJson(response, 404, graphqlError(`Not found: GraphQL is served at ${path}`, "NOT_FOUND"));
    if (browserStep(options, request, response)) return;
    const identity = await identityStep(options, request, refuse);
    if (identity === ANSWERED || rateLimitStep(options, request, response, refuse, identity)) return;
    const read = await bodyStep(options, request, refuse, limit);
    if (read === ANSWERED || inspectStep(options, read.body, url, refuse)) return;
    await graphqlStep(apollo, options, { request, response, url, refuse, identity, body: read.body, text: read.text });
  }

  const timeouts = options.timeouts;
  // Node checks the head and request timeouts only every connectionsCheckingInterval (30 s by default).
  const checkEveryMs = timeouts ? Math.max(100, Math.min(1_000, Math.floor(timeouts.headersTimeoutMs / 2))) : undefined;
  const server = createServer({ connectionsCheckingInterval: checkEveryMs }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      process.stderr.write(`request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      if (!response.headersSent) sendJson(response, 500, graphqlError("Internal server error", "INTERNAL_SERVER_ERROR"));
      else response.destroy();
    });
  });
  server.keepAliveTimeout = timeouts?.keepAliveTimeoutMs ?? 65_000;
  // Upgraded sockets leave node:http's bookkeeping, so close() must end them itself.
  const upgraded = new Set<Duplex>();
  if (options.upgrades) {
    const upgrades = options.upgrades;
    server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const upgrade = upgrades[new URL(request.url ?? "/", "http://localhost").pathname];
      if (!upgrade) {
        socket.end("HTTP/1.1 404 Not Found\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
        return;
      }
      upgraded.add(socket);
      socket.once("close", () => upgraded.delete(socket));
      if (head.length > 0) socket.unshift(head);
      upgrade(request, socket);
    });
  }
  if (timeouts) {
    server.headersTimeout = timeouts.headersTimeoutMs;
    server.requestTimeout = timeouts.requestTimeoutMs;
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") {
        reject(new PortInUseError(`Port ${options.port} on ${options.host} is already in use: set ${options.portVariable} to a free port.`));
      } else {
        reject(error);
      }
    });
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${urlHost(options.host)}:${port}${path}`,
    port,
    server,
    close: async () => {
      // Stop accepting, let in-flight requests finish, drop idle keep-alive sockets, then stop Apollo.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const socket of upgraded) socket.destroy();
      const forced = setTimeout(() => server.closeAllConnections(), 5_000);
      await closed;
      clearTimeout(forced);
      await apollo.stop();
    },
  };
}
