import { GraphQLError, Lexer, Source, TokenKind } from "graphql";

/**
 * Refuses a query with more than `max` tokens before it is parsed. Counted with graphql's own lexer;
 * a query that does not lex is left for the parser, so a syntax error keeps its GRAPHQL_PARSE_FAILED code.
 */
export function tokenLimitError(query: unknown, max: number): GraphQLError | null {
  if (typeof query !== "string") return null;
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > max) return new GraphQLError(`The query has more than ${max} tokens`, { extensions: { code: "GRAPHQL_VALIDATION_FAILED", limit: "tokens" } });
    }
  } catch {
    return null;
  }
  return null;
}
