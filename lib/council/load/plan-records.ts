import type { PlanFile } from "../../data/schemas";
import { MeasureEntity, MeasureGroupEntity, SignatoryEntity, VoiceEntity } from "../records";
import { withinPlan, type PlanTables } from "./plan-tables";
import { quoted } from "./source";

/** A plan's measure groups, measures, children's voices and signatories, each numbered within the plan. */
export function planRecordRows(plan: PlanFile, tables: Pick<PlanTables, "measureGroups" | "measures" | "voices" | "signatories">): void {
  const document = plan.document;
  (plan.measureGroups ?? []).forEach((group, index) =>
    tables.measureGroups.push(
      Object.assign(new MeasureGroupEntity(), {
        slug: `${plan.id}.${group.id}`,
        position: index,
        planSlug: plan.id,
        parentSlug: withinPlan(plan, group.parent),
        title: group.title,
        ...quoted(group.source, document),
      }),
    ),
  );
  (plan.measures ?? []).forEach((measure, index) =>
    tables.measures.push(
      Object.assign(new MeasureEntity(), {
        slug: `${plan.id}.${measure.id}`,
        position: index,
        planSlug: plan.id,
        prioritySlug: withinPlan(plan, measure.parent),
        groupSlug: withinPlan(plan, measure.group),
        indicator: measure.indicator,
        text: measure.text,
        ...quoted(measure.source, document),
      }),
    ),
  );
  (plan.voices ?? []).forEach((voice, index) =>
    tables.voices.push(
      Object.assign(new VoiceEntity(), {
        slug: `${plan.id}.${voice.id}`,
        position: index,
        planSlug: plan.id,
        kind: voice.kind,
        speaker: voice.speaker,
        text: voice.text,
        ...quoted(voice.source, document),
      }),
    ),
  );
  (plan.signatories ?? []).forEach((signatory, index) =>
    tables.signatories.push(
      Object.assign(new SignatoryEntity(), {
        slug: `${plan.id}.${signatory.id}`,
        position: index,
        planSlug: plan.id,
        name: signatory.name,
        role: signatory.role,
        ...quoted(signatory.source, document),
      }),
    ),
  );
}
