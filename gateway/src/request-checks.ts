import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GraphQLError, Kind, Lexer, parse, Source, TokenKind } from "graphql";

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
  const cacheKey = createHash("sha256").update(`${maxTokens}\u0000${typeof operationName === "string" ? operationName : ""}\u0000`).update(query).digest("hex");
  if (resolved.has(cacheKey)) return null;
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let depth = 0;
  let topLevelBlocks = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > maxTokens) return new GraphQLError(`The query has more than ${maxTokens} tokens`, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "tokens" } });
      if (token.kind === TokenKind.BRACE_L) {
        if (depth === 0) topLevelBlocks += 1;
        depth += 1;
      } else if (token.kind === TokenKind.BRACE_R) {
        depth -= 1;
      }
    }
  } catch {
    return null;
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
      .map((file) => createHash("sha256").update(readFileSync(join(dir, file), "utf8")).digest("hex")),
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
