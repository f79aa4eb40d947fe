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
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from "graphql";
import { DEFAULT_PAGE, MAX_PAGE } from "./page-size";

/**
 * Expected sizes of list fields, by "Type.field": a list costs its expected size times what each
 * item selects. Lists not named here count as DEFAULT_LIST_SIZE items.
 */
export const DEFAULT_LIST_SIZE = 10;
export const LIST_SIZES: Record<string, number> = {
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
  // A subgraph's entity fetch (the gateway's own requests): counted once, so that each fetch costs no
  // more than the part of the gateway's query it answers, which the gateway already weighed.
  "Query._entities": 1,
};

/**
 * A connection costs its page size times what each item selects: `first` as written, the most a page
 * can hold when `first` is a variable (validation cannot see variables), or the default page.
 */
function connectionPageSize(selection: FieldNode): number {
  const first = selection.arguments?.find((argument) => argument.name.value === "first")?.value;
  if (first === undefined || first.kind === Kind.NULL) return DEFAULT_PAGE;
  if (first.kind === Kind.INT) return Math.min(Math.max(Number(first.value), 0), MAX_PAGE);
  return MAX_PAGE;
}

/** Expected size of a list field, looked up on the type and on each interface it implements. */
function listSize(parent: GraphQLCompositeType, field: string): number {
  // The items of a connection page are counted once, by connectionPageSize on the connection field.
  if (parent.name.endsWith("Connection")) return 1;
  const names = [parent.name, ...(isObjectType(parent) || isInterfaceType(parent) ? parent.getInterfaces().map((type) => type.name) : [])];
  for (const name of names) {
    const size = LIST_SIZES[`${name}.${field}`];
    if (size !== undefined) return size;
  }
  return DEFAULT_LIST_SIZE;
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
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__") || !(isObjectType(parent) || isInterfaceType(parent))) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const named = getNamedType(field.type);
      const childCost = selection.selectionSet && isCompositeType(named) ? selectionCost(selection.selectionSet, named, fragments, visiting, schemaType, fragmentCosts) : 0;
      const size = isListType(getNullableType(field.type)) ? listSize(parent, field.name) : isObjectType(named) && named.name.endsWith("Connection") ? connectionPageSize(selection) : 1;
      cost += size * (1 + childCost);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schemaType(selection.typeCondition.name.value) : parent;
      if (type) cost += selectionCost(selection.selectionSet, type, fragments, visiting, schemaType, fragmentCosts);
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
      const fragmentCost = selectionCost(fragment.selectionSet, type, fragments, visiting, schemaType, fragmentCosts);
      visiting.delete(name);
      fragmentCosts.set(name, fragmentCost);
      cost += fragmentCost;
    }
  }
  return cost;
}

/** A document's fragments by name. */
function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
}

/** The list-weighted cost of one operation of `document` against `schema` (0 when its root type is missing). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const schemaType = (name: string) => {
    const type = schema.getType(name);
    return type && isCompositeType(type) ? type : undefined;
  };
  return Math.round(selectionCost(operation.selectionSet, root, fragmentsOf(document), new Set(), schemaType, new Map()));
}

/** The error an operation over the cost limit is refused with. */
export function costError(cost: number, maxCost: number, nodes?: ASTNode[]): GraphQLError {
  return new GraphQLError(`The query's cost ${cost} exceeds the limit of ${maxCost} (lists count their expected size)`, {
    nodes,
    extensions: { code: "GRAPHQL_VALIDATION_FAILED", cost, limit: maxCost },
  });
}

/** Refuses an operation whose list-weighted cost exceeds `maxCost`, before execution. */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), context.getDocument(), operation);
      if (cost > maxCost) context.reportError(costError(cost, maxCost, [operation]));
    },
  });
}
