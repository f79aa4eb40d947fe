import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ValidationRule } from "graphql";
import type { QueryLimits } from "../config/env";
import { costLimitRule } from "./cost";
import type { CostDirectives } from "./cost-directives";

/**
 * Depth, aliases, directives and cost, refused before execution: the same rules at the gateway and
 * at every subgraph (each against its own schema), so a subgraph reached directly, say with a leaked
 * gateway header, refuses what the gateway would. Tokens are counted before parsing where the
 * gateway needs it (request-checks.ts), so syntax errors keep their code.
 */
export function queryLimitRules<TContext extends BaseContext>(limits: QueryLimits, costDirectives: CostDirectives): { plugins: ApolloServerPlugin<TContext>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { enabled: false },
    // Cost is ours (lib/graphql/cost.ts): list fields weigh the expected size the schema declares (@listSize).
    costLimit: { enabled: false },
    maxDirectives: { n: limits.maxDirectives },
    // Suggestions are stripped in production by formatError (lib/server/errors.ts), which also sees
    // variable coercion errors; armor's mask sees validation errors only and leaves "[Suggestion hidden]?".
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return { plugins: armor.plugins as ApolloServerPlugin<TContext>[], validationRules: [...armor.validationRules, costLimitRule(limits.maxCost, costDirectives)] };
}
