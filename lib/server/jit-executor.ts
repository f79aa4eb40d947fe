import type { ApolloServerOptionsWithGateway, BaseContext } from "@apollo/server";
import { execute, GraphQLError, Kind, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * Apollo Server 5 has no executor option; its `gateway` option is the one place that hands it one.
 * Apollo still parses, validates (with our limits) and runs every plugin, then calls the executor.
 */
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>["gateway"];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface["load"]>>["executor"]>;
type ExecutorRequest = Parameters<GatewayExecutor>[0];

/** Compiled documents kept per subgraph: the gateway's query plans send a bounded set of fetches. */
export const JIT_CACHE_SIZE = 500;

/** How one document+operation is answered: compiled by graphql-jit, or by graphql-js (`null`). */
type Plan = CompiledQuery | null;

/** A least-recently-used map: a Map iterates in insertion order, so the first key is the oldest. */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}

const ROOT_INTROSPECTION = new Set(["__schema", "__type"]);

/** Whether a root selection (fragments included) asks the schema about itself. */
function introspects(selections: SelectionSetNode, document: DocumentNode): boolean {
  return selections.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return ROOT_INTROSPECTION.has(selection.name.value);
    if (selection.kind === Kind.INLINE_FRAGMENT) return introspects(selection.selectionSet, document);
    const fragment = document.definitions.find((definition) => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value);
    return fragment?.kind === Kind.FRAGMENT_DEFINITION && introspects(fragment.selectionSet, document);
  });
}

/**
 * Only reads go through graphql-jit: they are the hot path. Writes keep graphql-js (serial execution,
 * rare, and not worth a second engine's risk), and so does introspection (tooling only).
 */
function planFor(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, operationName: string | undefined): Plan {
  if (operation.operation !== "query" || introspects(operation.selectionSet, document)) return null;
  try {
    const compiled = compileQuery(schema, document, operationName);
    return isCompiledQuery(compiled) ? compiled : null;
  } catch {
    // A document graphql-jit cannot compile is still a valid one: graphql-js answers it.
    return null;
  }
}

/**
 * graphql-jit's errors are its own kind (on GraphQLError's prototype) and leave `extensions` undefined
 * when the thrown error had none; Apollo reads `extensions.code` from every error, and failing that it
 * drops the error's path and locations. A graphql-js error with the same message, path, locations,
 * original error and extensions is what graphql-js itself would have returned.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  if (error.locations !== undefined) Object.defineProperty(converted, "locations", { value: error.locations, enumerable: true });
  return converted;
}

/** Runs a request with graphql-jit where it compiles, and with graphql-js otherwise. */
export function jitExecutor(schema: GraphQLSchema, cacheSize: number = JIT_CACHE_SIZE): GatewayExecutor {
  const plans = new LruCache<{ plan: Plan }>(cacheSize);
  const graphqlJs = (request: ExecutorRequest): Promise<ExecutionResult> | ExecutionResult =>
    execute({ schema, document: request.document, contextValue: request.context, variableValues: request.request.variables, operationName: request.request.operationName });

  return async (request) => {
    const operationName = request.request.operationName ?? undefined;
    // Apollo's queryHash is the SHA-256 of the query text, already computed for its document cache.
    const key = `${request.queryHash}\n${operationName ?? ""}`;
    let entry = plans.get(key);
    if (entry === undefined) {
      entry = { plan: planFor(schema, request.document, request.operation, operationName) };
      plans.set(key, entry);
    }
    if (entry.plan === null) return graphqlJs(request);
    const result = await entry.plan.query(undefined, request.context, request.request.variables ?? {});
    // No `data` at all: the request failed before execution (variable values). graphql-js words those
    // errors its own way, and its words are the ones clients see without jit: it answers them.
    if (!("data" in result)) return graphqlJs(request);
    return result.errors === undefined ? result : { ...result, errors: result.errors.map(asGraphQLJsError) };
  };
}

/** The Apollo Server `gateway` option that serves `schema` with the jit executor. */
export function jitGateway(schema: GraphQLSchema, cacheSize: number = JIT_CACHE_SIZE): GatewayInterface {
  const listeners = new Set<Parameters<GatewayInterface["onSchemaLoadOrUpdate"]>[0]>();
  return {
    onSchemaLoadOrUpdate(callback) {
      listeners.add(callback);
      return () => listeners.delete(callback);
    },
    async load() {
      // The schema never changes; the core supergraph SDL is a gateway's, which a subgraph has none of.
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: "" });
      return { executor: jitExecutor(schema, cacheSize) };
    },
    async stop() {
      listeners.clear();
    },
  };
}
