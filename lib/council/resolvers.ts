import { Arg, Ctx, Directive, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { CouncilConfig } from "../config/project";
import { globalId, keyOf } from "../ids/global-id";
import type { ReferenceResolver } from "../federation/build-subgraph";
import { THEME_TYPE_NAME, themeKey } from "../vocabulary/themes";
import { filterKey } from "./action-filter";
import { councilTypeName, COUNCIL_ENTITY_KINDS, type CouncilEntityKind, type CouncilTypes } from "./entities";
import type { CouncilContext } from "./loaders";
import {
  ActionFilter,
  ActionInterface,
  BoardInterface,
  CouncilInterface,
  PlanInterface,
  PriorityInterface,
  StatementEntity,
  ThemeReference,
} from "./model";

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** The resolvers of one council's subgraph: relations go through the request's loaders. */
export function councilResolvers(council: CouncilConfig, types: CouncilTypes): Function[] {
  @Resolver(() => types.Council)
  class CouncilResolver {
    // For querying one council's subgraph directly (operators, benchmarks); not part of the public graph.
    @Directive("@inaccessible")
    @Query(() => types.Council, { name: lowerFirst(council.typePrefix), description: `${council.name}, queried on its own subgraph.` })
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PlanInterface])
    plans(@Ctx() context: CouncilContext): Promise<PlanInterface[]> {
      return context.allPlans.load("all");
    }

    @FieldResolver(() => [BoardInterface])
    boards(@Ctx() context: CouncilContext): Promise<BoardInterface[]> {
      return context.allBoards.load("all");
    }

    @FieldResolver(() => [ActionInterface])
    actions(
      @Arg("filter", () => ActionFilter, { nullable: true, description: "Conditions the actions must meet." }) filter: ActionFilter | null,
      @Ctx() context: CouncilContext,
    ): Promise<ActionInterface[]> {
      return context.filteredActions.load(filterKey(filter));
    }
  }

  @Resolver(() => types.Plan)
  class PlanResolver {
    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PriorityInterface])
    priorities(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface[]> {
      return context.topPrioritiesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [ActionInterface])
    actions(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<ActionInterface[]> {
      return context.actionsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [BoardInterface])
    boards(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<BoardInterface[]> {
      return context.boardsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [StatementEntity])
    outcomes(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.outcomesOfPlan.load(plan.slug);
    }
  }

  @Resolver(() => types.Priority)
  class PriorityResolver {
    @FieldResolver(() => PlanInterface)
    async plan(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PlanInterface> {
      return required(await context.plan.load(priority.planSlug), "plan", priority.planSlug);
    }

    @FieldResolver(() => PriorityInterface, { nullable: true })
    parent(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface | null> | null {
      return priority.parentSlug ? context.priority.load(priority.parentSlug) : null;
    }

    @FieldResolver(() => [PriorityInterface])
    children(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface[]> {
      return context.childrenOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [ActionInterface])
    actions(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<ActionInterface[]> {
      return context.actionsOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [StatementEntity])
    successMeasures(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.successMeasuresOfPriority.load(priority.slug);
    }
  }

  @Resolver(() => types.Action)
  class ActionResolver {
    @FieldResolver(() => PlanInterface)
    async plan(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<PlanInterface> {
      return required(await context.plan.load(action.planSlug), "plan", action.planSlug);
    }

    @FieldResolver(() => PriorityInterface, { nullable: true })
    priority(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface | null> | null {
      return action.prioritySlug ? context.priority.load(action.prioritySlug) : null;
    }

    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [ThemeReference])
    async themes(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<ThemeReference[]> {
      const rows = await context.themesOfAction.load(action.slug);
      return rows.map((row) => new ThemeReference(row.theme, globalId(THEME_TYPE_NAME, themeKey(row.theme))));
    }
  }

  @Resolver(() => types.Board)
  class BoardResolver {
    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PlanInterface])
    oversees(@Root() board: BoardInterface, @Ctx() context: CouncilContext): Promise<PlanInterface[]> {
      return context.plansOfBoard.load(board.slug);
    }
  }

  return [CouncilResolver, PlanResolver, PriorityResolver, ActionResolver, BoardResolver];
}

function required<T>(row: T | null, kind: string, key: string): T {
  if (row === null) throw new Error(`${kind} ${key} is missing: the data files are inconsistent`);
  return row;
}

/** __resolveReference for each of the council's entity types: one batched SQL statement per type. */
export function councilReferences(council: CouncilConfig): Record<string, ReferenceResolver<CouncilContext>> {
  const loaderOf: Record<Exclude<CouncilEntityKind, "Council">, (context: CouncilContext) => CouncilContext["plan" | "priority" | "action" | "board"]> = {
    Plan: (context) => context.plan,
    Priority: (context) => context.priority,
    Action: (context) => context.action,
    Board: (context) => context.board,
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
