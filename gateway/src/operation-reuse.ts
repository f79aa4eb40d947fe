import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode } from "graphql";

/**
 * Apollo Gateway 2.14 turns the request's operation into its own `Operation` object on every
 * request, after the query plan is found in its cache, only to shape the subgraphs' answers into the
 * response (`executeQueryPlan` → `operationFromDocument(apiSchema, …, { validate: false })`). Apollo
 * Server hands it the same parsed operation and fragment nodes for every request with the same query
 * text (its document cache), so the result of that call is the same each time: measured in a CPU
 * profile of the gateway under deep-plan, the rebuild was 10% of the gateway's time (1,090 of 10,878
 * ms). This keeps the built `Operation` beside the operation node it came from (a WeakMap: it goes
 * with the document when Apollo's cache drops it) and per schema (a new supergraph gets new ones).
 *
 * Only that call is reused: the one that asks for `validate: false` with the operation first and its
 * fragments after. Planning (`operationFromDocument(schema, document, { operationName })`) and every
 * other caller are passed through unchanged. The objects are read, not changed, by result shaping.
 */
type OperationFromDocument = (schema: object, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => unknown;

interface OperationsModule {
  operationFromDocument: OperationFromDocument;
}

interface Reused {
  fragments: readonly FragmentDefinitionNode[];
  operation: unknown;
}

const REUSING = Symbol.for("cumbria.gateway.operationReuse");

/** Counts for the test that proves the reuse still takes effect with the installed Apollo Gateway. */
export const operationReuseStats = { built: 0, reused: 0 };

/**
 * Installs the reuse once per process. Returns false, changing nothing, if the installed
 * federation-internals does not have the shape this was written against (the test then fails).
 */
export function reuseGatewayOperations(): boolean {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module object itself is patched: its export is read through it on every call
  const operations = require("@apollo/federation-internals/dist/operations") as OperationsModule & { [REUSING]?: true };
  if (operations[REUSING]) return true;
  const original = operations.operationFromDocument;
  if (typeof original !== "function") return false;
  const bySchema = new WeakMap<object, WeakMap<OperationDefinitionNode, Reused>>();
  operations.operationFromDocument = function reusingOperationFromDocument(schema, document, options) {
    const [first, ...rest] = document.definitions;
    if (options?.validate !== false || options.operationName !== undefined || first?.kind !== "OperationDefinition" || !rest.every((definition) => definition.kind === "FragmentDefinition")) {
      return original(schema, document, options);
    }
    const fragments = rest as FragmentDefinitionNode[];
    let forSchema = bySchema.get(schema);
    if (!forSchema) bySchema.set(schema, (forSchema = new WeakMap()));
    const known = forSchema.get(first);
    if (known && known.fragments.length === fragments.length && known.fragments.every((fragment, index) => fragment === fragments[index])) {
      operationReuseStats.reused += 1;
      return known.operation;
    }
    const operation = original(schema, document, options);
    operationReuseStats.built += 1;
    forSchema.set(first, { fragments, operation });
    return operation;
  };
  Object.defineProperty(operations, REUSING, { value: true });
  return true;
}
