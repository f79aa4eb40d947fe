import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GraphQLError, Kind, Lexer, parse, Source, TokenKind } from "graphql";
import { operationKindOf } from "./operation-kind";

/**
 * Checks a request before Apollo parses it: more than `maxTokens` tokens is refused; and where the
 * operation to run cannot be resolved (a named operation the document lacks, or several operations
 * and no name) it is the client's mistake, 400 OPERATION_RESOLUTION_FAILURE, which @apollo/gateway
 * would otherwise answer with a 500. Counted with graphql's own lexer; a query that does not lex is
 * left for the parser, so a syntax error keeps its GRAPHQL_PARSE_FAILED code.
 */
/**
 * Documents already found to resolve to one operation: dashboards send the same few all day. Keyed
 * by a sha256 of the document, never its text: a thousand distinct documents of 100 kB each would
 * otherwise hold 100 MB. So the cache holds at most RESOLVED_CACHE_SIZE x 64 bytes of keys.
 */
const resolved = new Map<string, true>();
const RESOLVED_CACHE_SIZE = 1000;

/** Bytes of keys the cache holds (for tests: bounded whatever the documents' size). */
export const resolvedCacheBytes = (): number => [...resolved.keys()].reduce((sum, key) => sum + key.length, 0);

export function checkRequest(query: unknown, operationName: unknown, maxTokens: number): GraphQLError | null {
  if (typeof query !== "string") return null;
  const cacheKey = createHash("sha256")
    .update(`${maxTokens}\u0000${typeof operationName === "string" ? operationName : ""}\u0000`)
    .update(query)
    .digest("hex");
  if (resolved.has(cacheKey)) return null;
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  let topLevelBlocks = 0;
  let subscriptionKeyword = false;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > maxTokens) return new GraphQLError(`The query has more than ${maxTokens} tokens`, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "tokens" } });
      if (token.kind === TokenKind.BRACE_L) {
        if (depth === 0) topLevelBlocks += 1;
        depth += 1;
      } else if (token.kind === TokenKind.BRACE_R) {
        depth -= 1;
      } else if (depth === 0 && token.kind === TokenKind.NAME && token.value === "subscription") {
        subscriptionKeyword = true;
      }
    }
  } catch {
    return null;
  }
  // The supergraph has no Subscription type and the gateway no transport for one: without this,
  // @apollo/gateway's planner answers 500 INVALID_GRAPHQL.
  if (subscriptionKeyword && operationKindOf(query, typeof operationName === "string" ? operationName : null) === "subscription") {
    return new GraphQLError("Subscriptions are not supported by this graph: use a query", { extensions: { code: "SUBSCRIPTION_NOT_SUPPORTED" } });
  }
  if (typeof operationName !== "string" && topLevelBlocks < 2) return remember(cacheKey);
  let document;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return null;
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (typeof operationName === "string") {
    if (operations.some((operation) => operation.name?.value === operationName)) return remember(cacheKey);
    return new GraphQLError(`Unknown operation named "${operationName.slice(0, 100)}"`, { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } });
  }
  if (operations.length > 1) return new GraphQLError("The document has several operations: name the one to run (operationName)", { extensions: { code: "OPERATION_RESOLUTION_FAILURE" } });
  return remember(cacheKey);
}

function remember(cacheKey: string): null {
  if (resolved.size >= RESOLVED_CACHE_SIZE) resolved.clear();
  resolved.set(cacheKey, true);
  return null;
}

/** The sha256 hashes of the operations in a folder of .graphql files (the dashboards' operations). */
export function safelistFrom(dir: string): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((file) => file.endsWith(".graphql"))
      .map((file) =>
        createHash("sha256")
          .update(readFileSync(join(dir, file), "utf8"))
          .digest("hex"),
      ),
  );
}

/**
 * Safelist mode: only registered operations run, sent as their text or as an automatic persisted
 * query hash; anything else is refused before parsing.
 */
export function checkSafelist(safelist: Set<string>, query: unknown, extensions: unknown): GraphQLError | null {
  const hash = typeof query === "string" ? createHash("sha256").update(query).digest("hex") : (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  if (typeof hash === "string" && safelist.has(hash)) return null;
  return new GraphQLError("Only registered operations may run here (safelist mode)", { extensions: { code: "OPERATION_NOT_IN_SAFELIST" } });
}

/**
 * A request's `extensions` as an object: a GET request carries it as JSON text. Anything that is not
 * an object (or JSON text of one) is undefined here, and Apollo refuses it with its own 400.
 */
export function extensionsOf(extensions: unknown): Record<string, unknown> | undefined {
  let value = extensions;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

/**
 * Automatic persisted queries, checked before Apollo: Apollo Server 5 answers a hash that does not
 * match the text, or a persistedQuery extension of another version, with INTERNAL_SERVER_ERROR
 * (a plain "Internal server error" in production). Both are the client's mistake: 400 with a code,
 * PERSISTED_QUERY_HASH_MISMATCH as Apollo Router names it. A hash alone is left to Apollo, which
 * answers PERSISTED_QUERY_NOT_FOUND until the text has been sent once (the protocol's handshake).
 */
export function checkPersistedQuery(query: unknown, extensions: Record<string, unknown> | undefined): GraphQLError | null {
  const persisted = extensions?.persistedQuery;
  // Apollo ignores an absent or null persistedQuery; so do we.
  if (persisted === undefined || persisted === null) return null;
  if (typeof persisted !== "object" || Array.isArray(persisted)) return malformed("extensions.persistedQuery must be an object { version: 1, sha256Hash }");
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1) return malformed("Unsupported persisted query version: only version 1 is supported");
  if (typeof sha256Hash !== "string" || !SHA256_HEX.test(sha256Hash)) return malformed("extensions.persistedQuery.sha256Hash must be a SHA-256 hash (64 hexadecimal digits)");
  if (typeof query !== "string") return null;
  if (createHash("sha256").update(query).digest("hex") !== sha256Hash) {
    return new GraphQLError("provided sha does not match query", { extensions: { code: "PERSISTED_QUERY_HASH_MISMATCH" } });
  }
  return null;
}

function malformed(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_REQUEST" } });
}
