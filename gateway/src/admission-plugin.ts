import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { operationCost } from "../../lib/graphql/cost";
import type { CostDirectives } from "../../lib/graphql/cost-directives";
import { AdmissionQueueFull, CostGate } from "../../lib/server/admission";
import type { GatewayContext } from "./undici-data-source";

/**
 * Runs every operation through the cost gate (lib/server/admission.ts) once Apollo has parsed and
 * validated it, and lets it go when its answer is sent. The cost is the one the cost limit weighed;
 * documents are cached by Apollo, so it is computed once per document and operation.
 */
export function admissionPlugin(gate: CostGate, costDirectives: CostDirectives): ApolloServerPlugin<GatewayContext> {
  const costs = new WeakMap<DocumentNode, Map<OperationDefinitionNode, number>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number => {
    let byOperation = costs.get(document);
    if (!byOperation) costs.set(document, (byOperation = new Map()));
    let cost = byOperation.get(operation);
    if (cost === undefined) byOperation.set(operation, (cost = operationCost(schema, document, operation, costDirectives)));
    return cost;
  };
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          // Apollo refuses a document without the operation to run before this hook; never here.
          if (!operation) return;
          try {
            release = await gate.admit(costOf(schema, document, operation), contextValue.scope?.signal);
          } catch (error) {
            if (error instanceof AdmissionQueueFull) {
              throw new GraphQLError("The gateway is busy: try again shortly", {
                extensions: { code: "SERVER_BUSY", retryAfter: 1, http: { status: 503, headers: new HeaderMap([["retry-after", "1"]]) } },
              });
            }
            // Abandoned at its deadline: the client has already been answered 504.
            throw new GraphQLError("The request did not start before its deadline", { extensions: { code: "GATEWAY_TIMEOUT", http: { status: 504 } } });
          }
        },
        async willSendResponse() {
          release?.();
          release = undefined;
        },
      };
    },
  };
}
