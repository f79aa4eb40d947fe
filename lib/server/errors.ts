import type { GraphQLFormattedError } from "graphql";

/**
 * In production, clients see no internal messages or stack traces: an error without a client-facing
 * code becomes a plain "Internal server error". Coded client errors pass through unchanged.
 */
export function formatErrorFor(production: boolean): (formatted: GraphQLFormattedError) => GraphQLFormattedError {
  return (formatted) => {
    const code = formatted.extensions?.code;
    const internal = code === undefined || code === "INTERNAL_SERVER_ERROR";
    if (!production) return formatted;
    if (internal) return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
