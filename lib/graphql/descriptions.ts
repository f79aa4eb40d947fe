import { mapSchema, MapperKind } from "@graphql-tools/utils";
import { GraphQLObjectType, type GraphQLArgumentConfig, type GraphQLFieldConfig, type GraphQLSchema } from "graphql";

/**
 * Descriptions that type-graphql cannot carry by itself, filled in after it builds a subgraph's
 * schema. The schema lint (eslint.config.js) requires a description on every type, field and argument.
 */

/** The root types' descriptions: every subgraph gives the same words, so composition has one to keep. */
export const ROOT_TYPE_DESCRIPTIONS = {
  Query: "What the graph can be asked: the councils and their records, the partnerships and their joint work, themes, indicators, and any object by global id.",
  Mutation: "Writes to the tracking data: progress on actions and joint actions, and new joint actions. Each needs the role its description names; every write is recorded in the audit log.",
} as const;

/**
 * A council type's field resolvers (`@FieldResolver` on e.g. CumberlandPlan.actions) create the
 * field anew on the concrete type, without the description the interface field (Plan.actions) has.
 * The field means the same on every implementation, so it takes the interface's words; the words are
 * written once, on the interface, in lib/council/model.ts (its deprecation too). A description of its own always wins.
 */
export function inheritInterfaceDescriptions(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      const type = schema.getType(typeName);
      if (!(type instanceof GraphQLObjectType)) return fieldConfig;
      const interfaceField = type
        .getInterfaces()
        .map((implemented) => implemented.getFields()[fieldName])
        .find((field) => field !== undefined);
      if (!interfaceField) return fieldConfig;
      const args: Record<string, GraphQLArgumentConfig> = {};
      for (const [argName, arg] of Object.entries(fieldConfig.args ?? {})) {
        const interfaceArg = interfaceField.args.find((candidate) => candidate.name === argName);
        args[argName] = { ...arg, description: arg.description ?? interfaceArg?.description };
      }
      // A field deprecated on the interface is deprecated on every implementation, for the same reason.
      const described: GraphQLFieldConfig<unknown, unknown> = {
        ...fieldConfig,
        args,
        description: fieldConfig.description ?? interfaceField.description,
        deprecationReason: fieldConfig.deprecationReason ?? interfaceField.deprecationReason,
      };
      return described;
    },
  });
}

/** type-graphql has no option for the root types' descriptions; they are set here, the same in every subgraph. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_OBJECT]: (type) => {
      const description = type.name === "Query" || type.name === "Mutation" ? ROOT_TYPE_DESCRIPTIONS[type.name] : undefined;
      return description && !type.description ? new GraphQLObjectType({ ...type.toConfig(), description }) : type;
    },
  });
}
