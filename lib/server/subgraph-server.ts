import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { isProduction, host as defaultHost, queryLimits, serverTimeouts, subgraphJit, subgraphPortVariable, type QueryLimits, type ServerTimeouts } from "../config/env";
import { queryLimitRules } from "../graphql/query-limits";
import { subgraphCostDirectives } from "../graphql/cost-directives";
import { openDatabase, type Database } from "../db/data-source";
import { canWrite } from "../db/write-transaction";
import type { SubgraphDescriptor } from "../config/project";
import { formatErrorFor } from "./errors";
import { jitGateway } from "./jit-executor";
import { GATEWAY_IDENTITY_HEADER, InternalTokenVerifier } from "../auth/internal-token";
import { GATEWAY_PROOF_HEADER, GatewayProofVerifier } from "../auth/gateway-proof";

const headerValue = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
import { serveGraphQL, type RunningServer } from "./http";
import { versionStreamUpgrade } from "./version-stream";
import type { SubgraphDefinition } from "./subgraph-definition";

/** Levels a subgraph allows beyond the gateway's depth limit, for the planner's own nesting. */
const SUBGRAPH_DEPTH_SLACK = 4;

export interface SubgraphServerOptions {
  descriptor: SubgraphDescriptor;
  port: number;
  database: string;
  host?: string;
  secret?: string;
  production?: boolean;
  echoSql?: boolean;
  /** Depth, aliases, directives and cost, as at the gateway; from the environment when absent. */
  limits?: QueryLimits;
  /** Timeouts against slow clients; from the environment when absent. */
  timeouts?: ServerTimeouts;
  /** Reads executed by graphql-jit instead of graphql-js; from the environment (SUBGRAPH_JIT) when absent. */
  jit?: boolean;
}

export interface RunningSubgraph extends RunningServer {
  name: string;
  database: Database;
  /** Whether this start loaded the data files (false when the database already held them). */
  loaded: boolean;
}

/** Opens (migrates, loads) the subgraph's database and serves it over HTTP. */
export async function startSubgraph(definition: SubgraphDefinition, options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const database = await openDatabase({ database: options.database, entities: definition.entities, migrations: definition.migrations, echoSql: options.echoSql });
  try {
    const loaded = (await definition.load(database.dataSource)) !== null;
    const production = options.production ?? isProduction();
    const verifier = options.secret === undefined ? undefined : new InternalTokenVerifier(options.secret, definition.name);
    const proofs = options.secret === undefined ? undefined : new GatewayProofVerifier(options.secret, definition.name);
    // The gateway's query limits again, against this subgraph's schema: a request that reaches the
    // subgraph directly (a leaked or replayed gateway header) cannot ask more than the gateway allows.
    // Depth has slack: a query planner nests a fetch under _entities and key fields (Hive's router
    // sends the benchmark's deep-plan, depth 12 at the gateway, as depth 14).
    const gatewayLimits = options.limits ?? queryLimits();
    const limits = queryLimitRules({ ...gatewayLimits, maxDepth: gatewayLimits.maxDepth + SUBGRAPH_DEPTH_SLACK }, subgraphCostDirectives(definition.typeDefs));
    const apollo = new ApolloServer({
      // Apollo takes an executor only from a gateway: with jit on, a stand-in serves the same schema.
      ...((options.jit ?? subgraphJit()) ? { gateway: jitGateway(definition.schema) } : { schema: definition.schema }),
      // No cache hints are set, so the cache-control plugin would only cost a hook per field.
      plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled(), ...limits.plugins],
      validationRules: limits.validationRules,
      includeStacktraceInErrorResponses: !production,
      // Shutdown is ours (lib/server/lifecycle.ts): Apollo's own signal handlers would race it.
      stopOnTerminationSignals: false,
      formatError: formatErrorFor(production),
    });
    await apollo.start();
    const running = await serveGraphQL(apollo, {
      host: options.host ?? defaultHost(),
      port: options.port,
      portVariable: subgraphPortVariable(options.descriptor),
      timeouts: options.timeouts ?? serverTimeouts(),
      // With a secret, only requests the gateway signed get in, carrying the identity it verified.
      authenticate: verifier === undefined ? undefined : (request) => verifier.verify(headerValue(request.headers[GATEWAY_IDENTITY_HEADER])),
      // ...and each request once, with the body it was signed for (a copied header replays nothing).
      authenticateBody: proofs === undefined ? undefined : (request, body) => proofs.verify(headerValue(request.headers[GATEWAY_PROOF_HEADER]), headerValue(request.headers[GATEWAY_IDENTITY_HEADER]) ?? "", body),
      context: (_request, identity) => definition.createContext(database.dataSource, identity),
      // Ready when the database answers and takes writes (after a storage failure, a write probe decides).
      ready: async () => {
        await database.dataSource.query("SELECT 1");
        return canWrite(database.dataSource);
      },
      routes: {
        // The data version, for the gateway's response cache: an opaque stamp that reveals no data
        // (only that something changed, which anyone can already see in an action's public version).
        // 503 when the engine has no exact version, so the gateway never caches over it.
        "/version": async (response) => {
          const version = await database.version.current().catch(() => null);
          response.writeHead(version === null ? 503 : 200, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
          response.end(version ?? "no data version");
        },
      },
      // The same version as a stream the gateway holds open (lib/server/version-stream.ts).
      upgrades: { "/version": versionStreamUpgrade(() => database.version.current()) },
    });
    return {
      ...running,
      name: definition.name,
      database,
      loaded,
      close: async () => {
        await running.close();
        await database.dataSource.destroy();
      },
    };
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}
