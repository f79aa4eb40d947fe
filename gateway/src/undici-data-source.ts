import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { GraphQLError } from "graphql";
import type { Agent } from "undici";
import type { Identity } from "../../lib/auth/identity";
import { GATEWAY_IDENTITY_HEADER, type InternalTokenSigner } from "../../lib/auth/internal-token";
import { GATEWAY_PROOF_HEADER } from "../../lib/auth/gateway-proof";
import type { RequestScope } from "../../lib/server/request-scope";

/** The gateway's per-request context: the identity it verified from the bearer token. */
export interface GatewayContext {
  identity: Identity | null;
  /** Request id, logged, returned to the client and passed to subgraphs. */
  requestId: string;
  /** Subgraph fetches this request made (for the request log). */
  fetches: number;
  /**
   * Never join a fetch already in flight: set when the response cache will store the answer, which
   * must not hold data read before the versions it is stored under.
   */
  freshFetches?: boolean;
  /** The request's deadline signal and response budget (lib/server/request-scope.ts); absent in some tests. */
  scope?: RequestScope;
}

/** Where a data source reports each fetch's duration and failures (the gateway's metrics). */
export interface FetchObserver {
  fetched(subgraph: string, seconds: number, failed: boolean): void;
  /** Each completed exchange, for the benchmark's replay of a query's subgraph fetches (off unless given). */
  exchanged?(exchange: RecordedExchange): void;
}

export interface UndiciDataSourceOptions {
  name: string;
  url: string;
  /** The gateway's keep-alive pool, shared by its data sources and closed with the gateway. */
  agent: Agent;
  /** Signs the identity for the subgraph; none in local development without SUBGRAPH_SECRET. */
  signer?: InternalTokenSigner;
  /** Abort a subgraph fetch that has not completed within this many milliseconds. */
  timeoutMs: number;
  observer?: FetchObserver;
  /** Hide network details from clients. */
  production?: boolean;
  /** Share identical in-flight read fetches (default on; SUBGRAPH_SHARE_IN_FLIGHT=false turns it off). */
  shareInFlight?: boolean;
}

/** Whether a subgraph operation is a mutation (the gateway sends each fetch as one operation). */
const isMutation = (query: string | undefined): boolean => query !== undefined && /^\s*mutation\b/.test(query);

/** One subgraph exchange as sent and answered, with when it started and ended (process.hrtime). */
export interface RecordedExchange {
  subgraph: string;
  url: string;
  body: string;
  status: number;
  text: string;
  startedNs: bigint;
  endedNs: bigint;
}

/** What a data source has sent, for tests and benchmarks (fetch counts per subgraph). */
export interface FetchStats {
  fetches: number;
  entityFetches: number;
  /** Fetches answered by an identical request already in flight (no request of their own). */
  shared: number;
}

/**
 * Carries extensions.code through the gateway and the production error masking. The reason (a
 * network error, an address) is for operators: clients see it only outside production.
 */
function unavailable(name: string, reason: string, production: boolean): GraphQLError {
  return new GraphQLError(production ? `The ${name} subgraph is unavailable` : `The ${name} subgraph is unavailable: ${reason}`, {
    extensions: { code: "SUBGRAPH_UNAVAILABLE", subgraph: name },
  });
}

/** The request's answers went over MAX_RESPONSE_BYTES: the front end answers RESPONSE_TOO_LARGE. */
function tooLarge(name: string): GraphQLError {
  return new GraphQLError(`The answer from the ${name} subgraph makes the response too large`, { extensions: { code: "RESPONSE_TOO_LARGE" } });
}

/**
 * The gateway's subgraph client. The stock RemoteGraphQLDataSource spends about 30% of the
 * gateway's time in its fetch stack (a CPU profile under load: make-fetch-happen, minipass-fetch,
 * agent-base; measured in the team's shared performance notes, outside this repository); this posts with undici's Agent.request on a keep-alive pool, reads
 * the body once and parses it (measured: about 3x the requests a second).
 */
export class UndiciDataSource implements GraphQLDataSource<GatewayContext> {
  readonly stats: FetchStats = { fetches: 0, entityFetches: 0, shared: 0 };
  private readonly url: URL;
  private readonly inFlight = new Map<string, Promise<{ status: number; text: string }>>();

  constructor(private readonly options: UndiciDataSourceOptions) {
    this.url = new URL(options.url);
  }

  async process({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    const gatewayContext = context as Partial<GatewayContext>;
    const scope = gatewayContext.scope;
    // Past the request's deadline, or already over its response budget: fetch nothing more.
    if (scope?.signal.aborted) throw unavailable(this.options.name, "the request's deadline passed", this.options.production ?? false);
    if (scope?.tooLarge) throw tooLarge(this.options.name);
    if (this.options.signer) headers[GATEWAY_IDENTITY_HEADER] = await this.options.signer.sign(gatewayContext.identity ?? null, this.options.name);
    if (typeof gatewayContext.fetches === "number") gatewayContext.fetches += 1;
    this.stats.fetches += 1;
    if (request.query?.includes("_entities")) this.stats.entityFetches += 1;
    const { query, variables, operationName, extensions } = request;
    const body = JSON.stringify({ query, variables, operationName, extensions });

    // Identical in-flight reads (same identity token, same body) share one subgraph request; each
    // caller parses its own copy, because the gateway writes into the results it is given.
    // Writes are never shared, and a write through this gateway forgets every read in flight when it
    // is sent and when it completes, so that no read sent after it completes joins one sent before it.
    // (A write elsewhere, another replica or a data load, is seen by reads sent after it, but a read
    // can still join one sent up to a fetch's duration earlier; an answer the response cache will
    // store never joins: freshFetches.) The request id of the first caller is the one the subgraph logs.
    const mutation = isMutation(query);
    const shareable = this.options.shareInFlight !== false && !mutation;
    const key = shareable ? `${headers[GATEWAY_IDENTITY_HEADER] ?? ""}\u0000${body}` : "";
    let exchange = shareable && !gatewayContext.freshFetches ? this.inFlight.get(key) : undefined;
    if (exchange) {
      this.stats.shared += 1;
    } else {
      if (gatewayContext.requestId) headers["x-request-id"] = gatewayContext.requestId;
      if (mutation) this.inFlight.clear();
      // One proof per HTTP request, bound to its body: callers sharing this exchange share its proof.
      if (this.options.signer) headers[GATEWAY_PROOF_HEADER] = this.options.signer.prove(this.options.name, headers[GATEWAY_IDENTITY_HEADER], body);
      exchange = this.exchange(headers, body, scope);
      const sent = exchange;
      if (shareable) {
        this.inFlight.set(key, sent);
        const forget = () => {
          if (this.inFlight.get(key) === sent) this.inFlight.delete(key);
        };
        sent.then(forget, forget);
      } else if (mutation) {
        const forgetAll = () => this.inFlight.clear();
        sent.then(forgetAll, forgetAll);
      }
    }
    const { status, text } = await exchange;
    if (scope && !scope.charge(text.length)) throw tooLarge(this.options.name);
    let parsed: GatewayGraphQLResponse;
    try {
      parsed = JSON.parse(text) as GatewayGraphQLResponse;
    } catch {
      throw unavailable(this.options.name, `answered HTTP ${status} with a body that is not JSON`, this.options.production ?? false);
    }
    // A GraphQL error answer (4xx with errors) is passed on as such; anything else non-2xx is an outage.
    if (status >= 300 && !Array.isArray(parsed.errors)) throw unavailable(this.options.name, `answered HTTP ${status}`, this.options.production ?? false);
    return parsed;
  }

  /** One HTTP exchange with the subgraph: the status and the body's text, or SUBGRAPH_UNAVAILABLE. */
  private async exchange(headers: Record<string, string>, body: string, scope: RequestScope | undefined): Promise<{ status: number; text: string }> {
    const started = process.hrtime.bigint();
    const observe = (failed: boolean) => this.options.observer?.fetched(this.options.name, Number(process.hrtime.bigint() - started) / 1e9, failed);
    try {
      const response = await this.options.agent.request({
        origin: this.url.origin,
        path: this.url.pathname + this.url.search,
        method: "POST",
        headers,
        body,
        // A deadline for the whole exchange, not only between bytes; and the request's own deadline.
        signal: scope ? AbortSignal.any([AbortSignal.timeout(this.options.timeoutMs), scope.signal]) : AbortSignal.timeout(this.options.timeoutMs),
      });
      const text = await readCapped(response.body, scope?.remaining ?? Number.POSITIVE_INFINITY);
      if (text === null) {
        scope?.exceed();
        observe(true);
        throw tooLarge(this.options.name);
      }
      observe(response.statusCode >= 300);
      this.options.observer?.exchanged?.({ subgraph: this.options.name, url: this.url.href, body, status: response.statusCode, text, startedNs: started, endedNs: process.hrtime.bigint() });
      return { status: response.statusCode, text };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      observe(true);
      const reason = (error as Error).name === "TimeoutError" ? `no answer within ${this.options.timeoutMs} ms` : (error as Error).message;
      throw unavailable(this.options.name, reason, this.options.production ?? false);
    }
  }
}

/** The body as text, or null (and the rest left unread) once it is longer than `limit` bytes: no answer is held past the budget. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) {
      body.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
