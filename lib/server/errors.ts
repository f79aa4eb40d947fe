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
    return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
  };
}

/**
 * graphql-js suggests the schema's names ("Did you mean "name"?", "Did you mean the enum value
 * "ADOPTION"?") in validation errors and in variable coercion errors alike; in production they would
 * let a client map a schema whose introspection is off. Stripped here, where every error passes, so
 * no path (validation, variables, subgraph errors) is missed.
 */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean [^?]*\?/g, "");
}
