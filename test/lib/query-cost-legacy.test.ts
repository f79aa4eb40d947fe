import "reflect-metadata";
import { getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, parse, type GraphQLField, type GraphQLInterfaceType, type GraphQLObjectType, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { operationCost } from "../../lib/graphql/cost";
import { subgraphCostDirectives, type CostDirectives } from "../../lib/graphql/cost-directives";
import { publicCostDirectives, publicSchema } from "../../scripts/operation-costs";
import { subgraphRegistry } from "../../subgraphs";

/**
 * The move from lib/graphql/cost.ts's table of "Type.field" list sizes to the schema's @listSize:
 * every field of the public schema and of each subgraph's schema counts as many times with the
 * declarations as it did with the table, with `first` absent, written, too large, or a variable.
 * One difference, on purpose: `subheadings` asked through the Priority interface. The table named
 * Heading.subheadings (6) and the Priority interface does not implement Heading in the schema, so it
 * counted 10 there, while the same field of the same objects counted 6 through Heading and on every
 * concrete type. Declared on the field, Priority inherits it: 6 wherever it is asked.
 */
const ON_PURPOSE = new Set(["Priority.subheadings"]);
const LEGACY_LIST_SIZES: Record<string, number> = {
  "Query.councils": 2,
  "Query.nodes": 100,
  "Query.themes": 30,
  "Query.indicators": 60,
  "Council.plans": 3,
  "Council.boards": 8,
  "Board.oversees": 2,
  "Plan.priorities": 6,
  "Priority.children": 6,
  "Plan.actions": 35,
  "Priority.actions": 10,
  "Plan.headings": 6,
  "Heading.subheadings": 6,
  "Heading.actions": 10,
  "Action.themes": 3,
  "JointInitiative.councilActions": 4,
  "JointInitiative.partners": 2,
  "Query._entities": 1,
};

type FieldsType = GraphQLObjectType | GraphQLInterfaceType;

/** How many times the table counted a field's selection, with `first` as given (undefined: absent; "$": a variable). */
function legacyTimes(parent: FieldsType, field: GraphQLField<unknown, unknown>, first: number | "$" | undefined): number {
  const named = getNamedType(field.type);
  if (isListType(getNullableType(field.type))) {
    if (parent.name.endsWith("Connection")) return 1;
    for (const name of [parent.name, ...parent.getInterfaces().map((type) => type.name)]) {
      const size = LEGACY_LIST_SIZES[`${name}.${field.name}`];
      if (size !== undefined) return size;
    }
    return 10;
  }
  if (isObjectType(named) && named.name.endsWith("Connection")) return first === undefined ? 20 : first === "$" ? 100 : Math.min(Math.max(first, 0), 100);
  return 1;
}

/** How many times the declarations count it: the cost of selecting only the field's `__typename` (which costs nothing) once. */
function declaredTimes(schema: GraphQLSchema, directives: CostDirectives, parent: FieldsType, field: GraphQLField<unknown, unknown>, first: number | "$" | undefined): number {
  const args = first === undefined ? "" : first === "$" ? "(first: $n)" : `(first: ${first})`;
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  const document = parse(`query($n: Int) { ... on ${parent.name} { ${field.name}${field.args.some((arg) => arg.name === "first") ? args : ""}${selection} } }`);
  return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, directives);
}

function compare(schema: GraphQLSchema, directives: CostDirectives): { fields: number; differences: string[] } {
  const differences: string[] = [];
  let fields = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      fields += 1;
      for (const first of [undefined, 0, 7, 500, "$"] as const) {
        const legacy = legacyTimes(type, field, first);
        const declared = declaredTimes(schema, directives, type, field, first);
        if (legacy !== declared && !ON_PURPOSE.has(`${type.name}.${field.name}`)) differences.push(`${type.name}.${field.name} first=${String(first)}: table ${legacy}, declared ${declared}`);
      }
    }
  }
  return { fields, differences };
}

it("every field of the public schema counts as the table counted it", () => {
  const { fields, differences } = compare(publicSchema(), publicCostDirectives());
  expect(differences).toEqual([]);
  expect(fields).toBeGreaterThan(500);
  const priority = publicSchema().getType("Priority") as GraphQLInterfaceType;
  expect(declaredTimes(publicSchema(), publicCostDirectives(), priority, priority.getFields().subheadings, undefined)).toBe(6);
});

it("every field of each subgraph's schema counts as the table counted it (a subgraph's _entities once)", () => {
  for (const { definition } of subgraphRegistry()) {
    const { schema, typeDefs } = definition();
    const { fields, differences } = compare(schema, subgraphCostDirectives(typeDefs));
    expect(differences).toEqual([]);
    expect(fields).toBeGreaterThan(100);
  }
});
