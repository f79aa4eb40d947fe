import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLResolverMap } from "@apollo/subgraph/dist/schema-helper/resolverMap";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { buildSchemaSync, createResolversMap, type NonEmptyArray } from "type-graphql";
import { describeRootTypes, inheritInterfaceDescriptions } from "../graphql/descriptions";

/**
 * The Federation 2 directives our subgraphs use: one list, so every subgraph links the same spec.
 * 2.9 brings demand control's @cost and @listSize: the query cost rule reads them (lib/graphql/cost.ts).
 */
export const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@inaccessible", "@cost", "@listSize"])';

/** Resolves an entity reference `{ __typename, id }` sent by the gateway in an `_entities` call. */
export type ReferenceResolver<TContext> = (reference: { id: string }, context: TContext) => Promise<object | null> | object | null;

export interface FederatedSchemaOptions<TContext> {
  // type-graphql's own types: resolver and type classes are plain constructors.
  resolvers: NonEmptyArray<Function>;
  orphanedTypes: Function[];
  /** __resolveReference per entity type name. */
  references: Record<string, ReferenceResolver<TContext>>;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph's SDL with federation directives, as composition reads it. */
  typeDefs: string;
}

/**
 * type-graphql (code-first) → Federation 2 subgraph: build the type-graphql schema, print it with
 * its directives, and hand the SDL plus type-graphql's resolvers to @apollo/subgraph.
 */
export function buildFederatedSchema<TContext>(options: FederatedSchemaOptions<TContext>): FederatedSchema {
  const codeFirst = buildSchemaSync({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // The federation directives are not declared in the code-first schema: buildSubgraphSchema validates them.
    skipCheck: true,
    validate: false,
  });
  const described = describeRootTypes(inheritInterfaceDescriptions(codeFirst));
  const typeDefs = `${FEDERATION_LINK}\n\n${printSchemaWithDirectives(described)}`;
  // Apollo's resolver map is typed for an unknown context; ours is typed at the reference resolvers.
  const resolvers = createResolversMap(codeFirst) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.references)) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), __resolveReference: resolveReference } as GraphQLResolverMap<unknown>[string];
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers });
  return { schema, typeDefs };
}
