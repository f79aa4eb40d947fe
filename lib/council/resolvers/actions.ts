import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { globalId } from "../../ids/global-id";
import { THEME_TYPE_NAME, themeKey } from "../../vocabulary/themes";
import type { CouncilTypes } from "../entities";
import type { CouncilContext } from "../loaders";
import { ActionInterface, CouncilInterface, HeadingInterface, PlanInterface, PriorityInterface, ThemeReference } from "../model";
import { required } from "./common";

/** An action's fields: its plan, heading, council and themes. */
export function actionResolver(types: CouncilTypes): Function {
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

    @FieldResolver(() => HeadingInterface, { nullable: true })
    parentHeading(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
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

  return ActionResolver;
}
