import type { PlanFile } from "../../data/schemas";
import type { CouncilTypes } from "../entities";
import { ActionStatus } from "../../vocabulary/enums";
import { ActionThemeRow } from "../model";
import { withinPlan, type PlanTables } from "./plan-tables";
import { quoted } from "./source";

/** A plan's actions and their themes; the tracked state starts untold (NOT_REPORTED, version 0). */
export function actionRows(plan: PlanFile, types: CouncilTypes, tables: Pick<PlanTables, "actions" | "actionThemes">): void {
  plan.actions.forEach((action, actionPosition) => {
    const slug = `${plan.id}.${action.id}`;
    tables.actions.push(
      Object.assign(new types.Action(), {
        slug,
        position: actionPosition,
        planSlug: plan.id,
        prioritySlug: withinPlan(plan, action.parent),
        title: action.title,
        description: action.description,
        heading: action.heading,
        status: ActionStatus.NOT_REPORTED,
        rag: null,
        version: 0,
        updatedAt: null,
        ...quoted(action.source, plan.document),
      }),
    );
    for (const theme of action.themes) tables.actionThemes.push(Object.assign(new ActionThemeRow(), { actionSlug: slug, theme }));
  });
}
