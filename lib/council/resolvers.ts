import { projectRoot, type CouncilConfig } from "../config/project";
import { keyOf } from "../ids/global-id";
import type { ReferenceResolver } from "../federation/build-subgraph";
import { COUNCIL_ENTITY_KINDS, councilTypeName, type CouncilEntityKind } from "../vocabulary/council-type-names";
import type { CouncilTypes } from "./entities";
import type { CouncilContext } from "./loaders";
import { councilResolver } from "./resolvers/council";
import { planResolver } from "./resolvers/plans";
import { headingResolver } from "./resolvers/headings";
import { actionResolver } from "./resolvers/actions";
import { boardResolver } from "./resolvers/boards";
import { meetingResolver } from "./resolvers/meetings";
import { reportResolver } from "./resolvers/reports";

// The resolvers of the records every council shares, one class each (decorated once, on import).
export { MeasureGroupResolver, MeasureResolver } from "./resolvers/measures";
export { StatementResolver } from "./resolvers/statements";
export { FigureResolver } from "./resolvers/figures";

/** The resolvers of one council's subgraph, one per record kind (lib/council/resolvers/): relations go through the request's loaders. */
export function councilResolvers(council: CouncilConfig, types: CouncilTypes, root: string = projectRoot): Function[] {
  return [councilResolver(council, types, root), planResolver(types), headingResolver(types), actionResolver(types), boardResolver(types), meetingResolver(types), reportResolver(types)];
}

/** __resolveReference for each of the council's entity types: one batched SQL statement per type. */
export function councilReferences(council: CouncilConfig): Record<string, ReferenceResolver<CouncilContext>> {
  const loaderOf: Record<Exclude<CouncilEntityKind, "Council">, (context: CouncilContext) => CouncilContext["plan" | "priority" | "action" | "board" | "meeting" | "report"]> = {
    Plan: (context) => context.plan,
    Priority: (context) => context.priority,
    Action: (context) => context.action,
    Board: (context) => context.board,
    Meeting: (context) => context.meeting,
    Report: (context) => context.report,
  };
  const references: Record<string, ReferenceResolver<CouncilContext>> = {};
  for (const kind of COUNCIL_ENTITY_KINDS) {
    const typeName = councilTypeName(council, kind);
    references[typeName] = (reference, context) => {
      const key = keyOf(reference.id, typeName);
      if (key === null) return null;
      if (kind === "Council") return key === council.id ? context.council : null;
      return loaderOf[kind](context).load(key);
    };
  }
  return references;
}
