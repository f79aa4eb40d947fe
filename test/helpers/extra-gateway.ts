import { readFileSync } from "node:fs";
import type { GatewayOptions } from "../../gateway/src/server";
import { TEST_TOKEN_SECRET } from "../../gateway/src/in-process";
import { DEFAULT_TOKEN_AUDIENCE, DEFAULT_TOKEN_ISSUER, queryLimits, supergraphPath } from "../../lib/config/env";
import type { TestGraph } from "./graph";

/**
 * The options of a further development gateway over a test graph's subgraphs, on `port`, as the test
 * graph's own gateway has them but for what `extra` sets (sign-in, rate limits): the sign-in tests.
 */
export function extraGatewayOptions(graph: TestGraph, port: number, extra: Partial<GatewayOptions> = {}): GatewayOptions {
  return {
    supergraphSdl: readFileSync(supergraphPath({}), "utf8"),
    subgraphUrls: Object.fromEntries(Object.entries(graph.subgraphs).map(([name, running]) => [name, running.url])),
    host: "127.0.0.1",
    port,
    secret: graph.secret,
    auth: { secret: TEST_TOKEN_SECRET, issuer: DEFAULT_TOKEN_ISSUER, audience: DEFAULT_TOKEN_AUDIENCE, development: true },
    production: false,
    limits: queryLimits({}),
    logLevel: "silent",
    ...extra,
  };
}
