import { GraphQLError } from "graphql";

/** A client mistake the client can fix: always carries extensions.code BAD_USER_INPUT. */
export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...details } });
}
