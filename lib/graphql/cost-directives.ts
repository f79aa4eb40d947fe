import { Kind, parse, valueFromASTUntyped, type ConstDirectiveNode, type DefinitionNode, type FieldDefinitionNode, type TypeNode } from "graphql";

/**
 * Federation's demand control directives (2.9), as the query cost rule reads them from a schema's
 * SDL: `@listSize` (a list's expected size, or the argument that slices it) and `@cost` (a field's
 * weight). Subgraphs declare them (imported from the federation spec); composition keeps them in
 * the supergraph (imported from the cost spec), so the gateway reads what the subgraphs declared.
 */
export interface ListSize {
  /** The size to expect when no slicing argument is given; null when the directive gives none. */
  assumedSize: number | null;
  /** Integer arguments that set the size (`first`): the largest given wins. */
  slicingArguments: string[];
  /** Fields of the returned object that the size applies to (a connection's `edges` and `nodes`). */
  sizedFields: string[];
}

export interface CostDirectives {
  /** @listSize by schema coordinate ("Plan.actions"). */
  listSizes: ReadonlyMap<string, ListSize>;
  /** @cost weight by schema coordinate. */
  weights: ReadonlyMap<string, number>;
  /** Coordinates of the sized fields ("ActionConnection.nodes"): the field that returns their parent counts their size. */
  sizedFields: ReadonlySet<string>;
}

type Directive = "cost" | "listSize";

/** The specs that define the two: the cost spec (in a supergraph) and Federation 2.9+ (in a subgraph). */
const SPECS = [
  { url: "https://specs.apollo.dev/cost/", name: "cost" },
  { url: "https://specs.apollo.dev/federation/", name: "federation" },
];

/**
 * The names the directives go by in this SDL, by its @link: imported ones by their name (or `as`),
 * the spec's own name (@cost of the cost spec) as is, others prefixed with the spec's (`federation__cost`).
 */
function linkedNames(definitions: readonly DefinitionNode[]): Map<string, Directive> {
  const names = new Map<string, Directive>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== "link") continue;
      const args = argumentsOf(link);
      const spec = SPECS.find((candidate) => typeof args.url === "string" && args.url.startsWith(candidate.url));
      if (!spec) continue;
      const prefix = typeof args.as === "string" ? args.as : spec.name;
      const imports = Array.isArray(args.import) ? args.import : [];
      for (const directive of ["cost", "listSize"] as const) {
        const imported = imports.find((entry) => (typeof entry === "string" ? entry : (entry as { name?: unknown }).name) === `@${directive}`);
        const renamed = imported && typeof imported === "object" ? (imported as { as?: unknown }).as : undefined;
        const name = imported ? (typeof renamed === "string" ? renamed.replace(/^@/, "") : directive) : directive === spec.name ? prefix : `${prefix}__${directive}`;
        names.set(name, directive);
      }
    }
  }
  return names;
}

const argumentsOf = (directive: ConstDirectiveNode): Record<string, unknown> => Object.fromEntries((directive.arguments ?? []).map((argument) => [argument.name.value, valueFromASTUntyped(argument.value)]));
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

/** The @listSize and @cost declarations of a subgraph's or supergraph's SDL. */
export function costDirectivesOf(sdl: string): CostDirectives {
  const { definitions } = parse(sdl);
  const names = linkedNames(definitions);
  const listSizes = new Map<string, ListSize>();
  const weights = new Map<string, number>();
  const sizedFields = new Set<string>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? ([] as readonly FieldDefinitionNode[])) {
      const coordinate = `${definition.name.value}.${field.name.value}`;
      for (const directive of field.directives ?? []) {
        const args = argumentsOf(directive);
        if (names.get(directive.name.value) === "cost" && typeof args.weight === "number") weights.set(coordinate, args.weight);
        if (names.get(directive.name.value) !== "listSize") continue;
        const listSize = { assumedSize: typeof args.assumedSize === "number" ? args.assumedSize : null, slicingArguments: strings(args.slicingArguments), sizedFields: strings(args.sizedFields) };
        listSizes.set(coordinate, listSize);
        for (const sized of listSize.sizedFields) sizedFields.add(`${namedType(field.type)}.${sized}`);
      }
    }
  }
  return { listSizes, weights, sizedFields };
}

/**
 * A subgraph's declarations, plus `_entities`, which federation adds to every subgraph (so no SDL
 * declares its size): counted once, so that a gateway fetch costs no more than the part of the
 * gateway's query it answers, which the gateway already weighed.
 */
export function subgraphCostDirectives(typeDefs: string): CostDirectives {
  const declared = costDirectivesOf(typeDefs);
  const listSizes = new Map(declared.listSizes).set("Query._entities", { assumedSize: 1, slicingArguments: [], sizedFields: [] });
  return { ...declared, listSizes };
}
