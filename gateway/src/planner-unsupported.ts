import { GraphQLError, type ValidationRule } from "graphql";

/**
 * Introspection fields graphql-js 16 knows but @apollo/gateway's query planner does not: validation
 * passes them, then planning throws INVALID_GRAPHQL and Apollo answers 500. `__Type.isOneOf` (sent by
 * `getIntrospectionQuery({ oneOf: true })`) is one; the schema has no @oneOf inputs, so it would be
 * false everywhere anyway. Refused here as a validation error (400, GRAPHQL_VALIDATION_FAILED).
 */
const UNPLANNABLE: Record<string, readonly string[]> = { __Type: ["isOneOf"] };

export const plannerUnsupportedRule: ValidationRule = (context) => ({
  Field(node) {
    const parent = context.getParentType()?.name;
    if (parent !== undefined && UNPLANNABLE[parent]?.includes(node.name.value)) {
      context.reportError(new GraphQLError(`${parent}.${node.name.value} is not supported by this gateway (no input type here is @oneOf)`, { nodes: [node], extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }));
    }
  },
});
