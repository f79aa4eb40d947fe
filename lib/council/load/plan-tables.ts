import type { PlanFile } from "../../data/schemas";
import type { ActionThemeRow } from "../model";
import type { MeasureEntity, MeasureGroupEntity, SignatoryEntity, VoiceEntity } from "../records";
import type { StatementRows } from "./statements";

/** The rows of every plan and of what the plans hold, one list per table. */
export interface PlanTables {
  plans: object[];
  priorities: object[];
  actions: object[];
  actionThemes: ActionThemeRow[];
  statements: StatementRows;
  measures: MeasureEntity[];
  voices: VoiceEntity[];
  signatories: SignatoryEntity[];
  measureGroups: MeasureGroupEntity[];
}

/** Keys of records within a plan (headings, measure groups) are "<plan>.<id>"; null for none. */
export const withinPlan = (plan: PlanFile, id: string | null | undefined): string | null => (id ? `${plan.id}.${id}` : null);
