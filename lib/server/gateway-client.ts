/** Sends one GraphQL operation to the gateway as a route's caller; throws RouteError on any error. */
export type GraphQLClient = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/** Why a gateway route (a report, a CSV) cannot answer: an HTTP status and a code. */
export class RouteError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * A client that posts to the gateway's own /graphql with the caller's Authorization header (or
 * none): routes that read the graph do so exactly as their caller may.
 */
export function httpClient(url: string, authorization: string | undefined, extraHeaders: Record<string, string> = {}): GraphQLClient {
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...extraHeaders, ...(authorization ? { authorization } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    const error = body.errors?.[0];
    if (error) {
      const code = error.extensions?.code ?? "INTERNAL_SERVER_ERROR";
      const status = code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : code === "BAD_USER_INPUT" ? 400 : 502;
      throw new RouteError(error.message, status, code);
    }
    if (!body.data) throw new RouteError(`the gateway answered ${response.status} without data`, 502, "INTERNAL_SERVER_ERROR");
    return body.data;
  };
}
