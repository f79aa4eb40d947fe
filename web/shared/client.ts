/** The GraphQL client the dashboard and the workspace share (web/shared/): same origin, as the signed-in session where there is one. */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql/language/printer";

/** The gateway on the same origin: anonymous, or as the person signed in there (the session cookie). */
const ENDPOINT = "/graphql";

/**
 * The signed-in session's CSRF token, or null when signed out. The gateway honours the session cookie
 * on /graphql only alongside this header, which a cross-site form or link cannot send.
 */
let csrfToken: string | null = null;
let onSessionEnded: (message: string) => void = () => undefined;

/** Queries from now on go as this session; `ended` is told once if the gateway says it has ended. */
export function useSession(session: { signedIn: boolean; csrfToken?: string }, ended: (message: string) => void = () => undefined): void {
  csrfToken = session.signedIn && session.csrfToken ? session.csrfToken : null;
  onSessionEnded = ended;
}

/** An error the graph answered with: its message and, where it gives one, its code. */
export interface GraphQLErrorInfo {
  message: string;
  extensions?: { code?: string };
}

/** Told of errors that came with data (e.g. one council's subgraph down, or a field needing sign-in). */
export type OnErrors = (errors: GraphQLErrorInfo[]) => void;

export const describeError = (error: GraphQLErrorInfo): string => `${error.message}${error.extensions?.code ? ` (${error.extensions.code})` : ""}`;

export class GraphQLRequestError extends Error {}

/**
 * Runs one operation and returns its data, typed by the operation's generated document
 * (generated/graphql.ts). Partial data is returned and its errors handed to onErrors; no data at
 * all is thrown.
 */
export async function request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables, onErrors: OnErrors): Promise<TResult> {
  const sentToken = csrfToken;
  // A JSON content type makes this a non-simple request, which Apollo's CSRF prevention accepts.
  const response = await fetch(ENDPOINT, {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json", ...(sentToken ? { "x-csrf-token": sentToken } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLErrorInfo[] };
  // The session ended since the page loaded (idle, signed out in another tab): say so once, and go on
  // as anyone may (the gateway refuses the whole request 401 rather than answer a stale session anonymously).
  if (response.status === 401 && sentToken !== null) {
    if (csrfToken === sentToken) {
      csrfToken = null;
      onSessionEnded(body.errors?.[0]?.message ?? "Your session has ended: sign in again");
    }
    return request(document, variables, onErrors);
  }
  const errors = body.errors ?? [];
  if (!body.data) throw new GraphQLRequestError(errors.map(describeError).join("; ") || `The graph answered ${response.status}`);
  if (errors.length > 0) onErrors(errors);
  return body.data;
}
