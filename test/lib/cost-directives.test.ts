import { buildSchema, getNamedType, getNullableType, isInterfaceType, isListType, isObjectType, parse, type OperationDefinitionNode } from "graphql";
import { DEFAULT_LIST_SIZE, operationCost } from "../../lib/graphql/cost";
import { costDirectivesOf, subgraphCostDirectives } from "../../lib/graphql/cost-directives";
import { publicCostDirectives, publicSchema } from "../../scripts/operation-costs";

const TYPES = `
type Query { plans: [Plan!]! things(first: Int, last: Int): PlanConnection! weighed: Int paged(first: Int = 4): [Plan!]! }
type Plan { id: ID! }
type PlanConnection { nodes: [Plan!]! pageInfo: Int }
`;
const schema = buildSchema(TYPES);
const costOf = (directives: ReturnType<typeof costDirectivesOf>, query: string): number => {
  const document = parse(query);
  return operationCost(schema, document, document.definitions[0] as OperationDefinitionNode, directives);
};

describe("reading @listSize and @cost from SDL", () => {
  it("a subgraph's, imported from the federation spec", () => {
    const directives = costDirectivesOf(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@cost", "@listSize"])
      type Query { plans: [Plan!]! @listSize(assumedSize: 3) weighed: Int @cost(weight: 5) }`);
    expect(directives.listSizes.get("Query.plans")).toEqual({ assumedSize: 3, slicingArguments: [], sizedFields: [] });
    expect(directives.weights.get("Query.weighed")).toBe(5);
  });

  it("under the spec's prefix when not imported, or by the name given with `as`", () => {
    const prefixed = costDirectivesOf(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
      type Query { plans: [Plan!]! @federation__listSize(assumedSize: 3) other: [Plan!]! @listSize(assumedSize: 9) }`);
    expect([...prefixed.listSizes.keys()]).toEqual(["Query.plans"]);
    const renamed = costDirectivesOf(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: [{ name: "@listSize", as: "@expected" }])
      type Query { plans: [Plan!]! @expected(assumedSize: 3) }`);
    expect(renamed.listSizes.get("Query.plans")?.assumedSize).toBe(3);
  });

  it("a supergraph's, linked to the cost spec (whose own directive, @cost, needs no import)", () => {
    const directives = costDirectivesOf(`schema @link(url: "https://specs.apollo.dev/link/v1.0") @link(url: "https://specs.apollo.dev/cost/v0.1", import: ["@listSize"]) { query: Query }
      type Query { plans: [Plan!]! @listSize(assumedSize: 3) weighed: Int @cost(weight: 5) }`);
    expect(directives.listSizes.get("Query.plans")?.assumedSize).toBe(3);
    expect(directives.weights.get("Query.weighed")).toBe(5);
  });

  it("ignores directives of the same name from no linked spec", () => {
    expect(costDirectivesOf(`type Query { plans: [Plan!]! @listSize(assumedSize: 3) }`).listSizes.size).toBe(0);
  });
});

describe("the cost the declarations give", () => {
  const declared = (fields: string) => costDirectivesOf(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@cost", "@listSize"])\n${fields}`);

  it("a list counts its assumed size, or the default where none is declared", () => {
    expect(costOf(declared(`type Query { plans: [Plan!]! @listSize(assumedSize: 3) }`), "{ plans { id } }")).toBe(3 * 2);
    expect(costOf(declared(""), "{ plans { id } }")).toBe(DEFAULT_LIST_SIZE * 2);
  });

  it("a field weighs its @cost instead of 1", () => {
    expect(costOf(declared(`type Query { weighed: Int @cost(weight: 5) }`), "{ weighed }")).toBe(5);
  });

  it("a sized connection counts its page around all it selects, its sized fields once", () => {
    const directives = declared(`type Query { things(first: Int, last: Int): PlanConnection! @listSize(assumedSize: 20, slicingArguments: ["first", "last"], sizedFields: ["nodes"], requireOneSlicingArgument: false) }`);
    expect(costOf(directives, "{ things { nodes { id } pageInfo } }")).toBe(20 * (1 + 2 + 1));
    expect(costOf(directives, "{ things(first: 7) { nodes { id } } }")).toBe(7 * (1 + 2));
    // The largest slicing argument given; at most MAX_PAGE (100), which a variable also counts.
    expect(costOf(directives, "{ things(first: 7, last: 9) { nodes { id } } }")).toBe(9 * 3);
    expect(costOf(directives, "{ things(first: 500) { nodes { id } } }")).toBe(100 * 3);
    expect(costOf(directives, "query($n: Int) { things(first: $n) { nodes { id } } }")).toBe(100 * 3);
  });

  it("a slicing argument left out counts its default value where the schema gives one", () => {
    const directives = declared(`type Query { paged(first: Int = 4): [Plan!]! @listSize(assumedSize: 20, slicingArguments: ["first"], requireOneSlicingArgument: false) }`);
    expect(costOf(directives, "{ paged { id } }")).toBe(4 * 2);
  });

  it("a subgraph counts federation's _entities once", () => {
    expect(subgraphCostDirectives(`type Query { plans: [Plan!]! }`).listSizes.get("Query._entities")?.assumedSize).toBe(1);
  });
});

describe("the committed supergraph", () => {
  const directives = publicCostDirectives();

  it("keeps the list sizes the subgraphs declare", () => {
    expect(directives.listSizes.get("Plan.actions")?.assumedSize).toBe(35);
    expect(directives.listSizes.get("Query.councils")?.assumedSize).toBe(2);
    expect(directives.listSizes.get("JointInitiative.councilActions")?.assumedSize).toBe(4);
  });

  it("sizes every connection field by its `first` (declared on the field or its interface)", () => {
    const api = publicSchema();
    const undeclared: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type)) || !getNamedType(field.type).name.endsWith("Connection")) continue;
        const listSize = [type, ...type.getInterfaces()].map((candidate) => directives.listSizes.get(`${candidate.name}.${field.name}`)).find(Boolean);
        if (!listSize?.slicingArguments.includes("first") || !listSize.sizedFields.includes("nodes")) undeclared.push(`${type.name}.${field.name}`);
      }
    }
    expect(undeclared).toEqual([]);
  });
});
