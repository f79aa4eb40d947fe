import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { Agent } from "undici";
import { SUBGRAPH_SECRET_HEADER } from "../../lib/server/http";

/** One keep-alive pool for all subgraph fetches of this gateway process. */
const agent = new Agent({ keepAliveTimeout: 30_000, connections: 128 });

export interface UndiciDataSourceOptions {
  name: string;
  url: string;
  secret?: string;
  /** Abort a subgraph fetch that takes longer than this. */
  timeoutMs: number;
}

/** What a data source has sent, for tests and benchmarks (fetch counts per subgraph). */
export interface FetchStats {
  fetches: number;
  entityFetches: number;
}

/**
 * The gateway's subgraph client. The stock RemoteGraphQLDataSource spends about 30% of the
 * gateway's time in its fetch stack (PERFORMANCE.md); this posts with undici's Agent.request on a
 * keep-alive pool, reads the body once and parses it (measured there: about 3x faster).
 */
export class UndiciDataSource implements GraphQLDataSource {
  readonly stats: FetchStats = { fetches: 0, entityFetches: 0 };
  private readonly url: URL;

  constructor(private readonly options: UndiciDataSourceOptions) {
    this.url = new URL(options.url);
  }

  async process({ request }: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
    if (this.options.secret !== undefined) headers[SUBGRAPH_SECRET_HEADER] = this.options.secret;
    this.stats.fetches += 1;
    if (request.query?.includes("_entities")) this.stats.entityFetches += 1;
    const { query, variables, operationName, extensions } = request;
    let response;
    try {
      response = await agent.request({
        origin: this.url.origin,
        path: this.url.pathname + this.url.search,
        method: "POST",
        headers,
        body: JSON.stringify({ query, variables, operationName, extensions }),
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
      });
    } catch (error) {
      throw new Error(`subgraph ${this.options.name} is unavailable: ${(error as Error).message}`);
    }
    const text = await response.body.text();
    if (response.statusCode >= 300) {
      throw new Error(`subgraph ${this.options.name} answered HTTP ${response.statusCode}`);
    }
    return JSON.parse(text) as GatewayGraphQLResponse;
  }
}
