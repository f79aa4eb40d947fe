import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import type { CostDirectives, ListSize } from "./cost-directives";
import { MAX_PAGE } from "./page-size";

/** Lists whose schema declares no size (@listSize) count this many items. */
export const DEFAULT_LIST_SIZE = 10;

type FieldsType = GraphQLObjectType | GraphQLInterfaceType;

/** A field's declaration on its type, else on the first interface of the type that declares it. */
function declared<T>(declarations: ReadonlyMap<string, T>, parent: FieldsType, field: string): T | undefined {
  for (const type of [parent, ...parent.getInterfaces()]) {
    const declaration = declarations.get(`${type.name}.${field}`);
    if (declaration !== undefined) return declaration;
  }
  return undefined;
}

/**
 * The size a @listSize gives a selection: the largest slicing argument given (as written, at most
 * MAX_PAGE, since every slicing argument is a connection's `first`, which refuses more; MAX_PAGE when
 * it is a variable, which validation cannot see), else the argument's default, else the assumed size.
 */
function expectedSize(listSize: ListSize, field: GraphQLField<unknown, unknown>, selection: FieldNode): number {
  const sizes: number[] = [];
  for (const name of listSize.slicingArguments) {
    const value = selection.arguments?.find((argument) => argument.name.value === name)?.value;
    const defaultValue = field.args.find((argument) => argument.name === name)?.defaultValue;
    if (value === undefined || value.kind === Kind.NULL) {
      if (typeof defaultValue === "number") sizes.push(defaultValue);
    } else sizes.push(value.kind === Kind.INT ? Math.min(Math.max(Number(value.value), 0), MAX_PAGE) : MAX_PAGE);
  }
  return sizes.length > 0 ? Math.max(...sizes) : (listSize.assumedSize ?? DEFAULT_LIST_SIZE);
}

/**
 * How many times a field's selection counts. A field with sized fields (a connection) counts its
 * page here, around everything it selects, and its sized fields (`edges`, `nodes`) count once. The
 * spec multiplies only the sized fields; counting the whole page (pageInfo and totalCount too) is a
 * little more, and is what this limit has always counted, so MAX_QUERY_COST keeps its meaning.
 */
function timesCounted(parent: FieldsType, field: GraphQLField<unknown, unknown>, selection: FieldNode, directives: CostDirectives): number {
  const listSize = declared(directives.listSizes, parent, field.name);
  if (listSize && listSize.sizedFields.length > 0) return expectedSize(listSize, field, selection);
  if (!isListType(getNullableType(field.type))) return 1;
  if (directives.sizedFields.has(`${parent.name}.${field.name}`)) return 1;
  return listSize ? expectedSize(listSize, field, selection) : DEFAULT_LIST_SIZE;
}

/**
 * The list-weighted cost of a selection set. A fragment's cost is computed once and reused (a
 * fragment spread many times, or chains of them, cost linear work); a fragment cycle counts nothing
 * (the standard rules refuse it).
 */
function selectionCost(
  selectionSet: SelectionSetNode,
  parent: GraphQLCompositeType,
  fragments: Record<string, FragmentDefinitionNode>,
  visiting: Set<string>,
  schemaType: (name: string) => GraphQLCompositeType | undefined,
  fragmentCosts: Map<string, number>,
  directives: CostDirectives,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__") || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      const childCost = selection.selectionSet && isCompositeType(named) ? selectionCost(selection.selectionSet, named, fragments, visiting, schemaType, fragmentCosts, directives) : 0;
      // Each field weighs 1 unless the schema declares its @cost.
      const weight = declared(directives.weights, parent, field.name) ?? 1;
      cost += timesCounted(parent, field, selection, directives) * (weight + childCost);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schemaType(selection.typeCondition.name.value) : parent;
      if (type) cost += selectionCost(selection.selectionSet, type, fragments, visiting, schemaType, fragmentCosts, directives);
    } else {
      const name = selection.name.value;
      const known = fragmentCosts.get(name);
      if (known !== undefined) {
        cost += known;
        continue;
      }
      const fragment = fragments[name];
      if (!fragment || visiting.has(name)) continue;
      const type = schemaType(fragment.typeCondition.name.value);
      if (!type) continue;
      visiting.add(name);
      const fragmentCost = selectionCost(fragment.selectionSet, type, fragments, visiting, schemaType, fragmentCosts, directives);
      visiting.delete(name);
      fragmentCosts.set(name, fragmentCost);
      cost += fragmentCost;
    }
  }
  return cost;
}

/** A document's fragments by name. */
function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
}

/**
 * The list-weighted cost of one operation of `document` against `schema` (0 when its root type is
 * missing), with the list sizes and weights the schema's SDL declares (cost-directives.ts).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, directives: CostDirectives): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const schemaType = (name: string) => {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  };
  return Math.round(selectionCost(operation.selectionSet, root, fragmentsOf(document), new Set(), schemaType, new Map(), directives));
}

/** The error an operation over the cost limit is refused with. */
export function costError(cost: number, maxCost: number, nodes?: ASTNode[]): GraphQLError {
  return new GraphQLError(`The query's cost ${cost} exceeds the limit of ${maxCost} (lists count their expected size)`, {
    nodes,
    extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, limit: maxCost },
  });
}

/** Refuses an operation whose list-weighted cost exceeds `maxCost`, before execution. */
export function costLimitRule(maxCost: number, directives: CostDirectives): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), context.getDocument(), operation, directives);
      if (cost > maxCost) context.reportError(costError(cost, maxCost, [operation]));
    },
  });
}
