import { ApolloArmor } from "@escape.tech/graphql-armor";
import { BREAK, visit, type DocumentNode, type ValidationRule } from "graphql";

/**
 * The depth of the introspection query GraphiQL (the explorer) and graphql-js's
 * getIntrospectionQuery send, as graphql-armor counts it (a fragment spread counts as a level):
 * measured 21 with every option GraphiQL 3.8 passes (test/lib/refusals.test.ts holds the figure).
 */
export const STANDARD_INTROSPECTION_DEPTH = 21;

/**
 * graphql-armor's depth limit skips any selection under `__schema` (its `ignoreIntrospection`,
 * on by default), so `{ __schema { types { fields { type { ofType { ofType ... } } } } } }` ran at
 * any depth. Turning that off for the main limit would refuse the standard introspection query
 * (deeper than MAX_QUERY_DEPTH's 12), so a second armor depth rule counts introspection too, at the
 * larger of MAX_QUERY_DEPTH and the standard query's depth: same code and message as any deep query.
 * It runs only on documents that select `__schema` (what the main limit skips; `__type` it counts),
 * so an ordinary deep query gets one depth error, not two.
 * (graphql-js's MaxIntrospectionDepthRule, among Apollo's rules, already refuses lists of types
 * nested more than three deep, the other way to inflate an introspection answer.)
 */
export function introspectionDepthRules(maxDepth: number): ValidationRule[] {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: Math.max(maxDepth, STANDARD_INTROSPECTION_DEPTH), ignoreIntrospection: false },
    maxAliases: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDirectives: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return (validationRules ?? []).map(
    (rule): ValidationRule =>
      (context) =>
        selectsSchema(context.getDocument()) ? rule(context) : {},
  );
}

function selectsSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== "__schema") return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}
