import type { PlanFile } from "../../data/schemas";
import type { CouncilTypes } from "../entities";
import { actionRows } from "./actions";
import { headingRows } from "./headings";
import { planRecordRows } from "./plan-records";
import type { PlanTables } from "./plan-tables";
import { quoted } from "./source";
import { StatementRows } from "./statements";

/** The plans' rows, plan by plan: the plan, its statements, headings, actions, then its other records. */
export function planTables(plans: PlanFile[], types: CouncilTypes): PlanTables {
  const tables: PlanTables = { plans: [], priorities: [], actions: [], actionThemes: [], statements: new StatementRows(), measures: [], voices: [], signatories: [], measureGroups: [] };
  plans.forEach((plan, planPosition) => {
    const document = plan.document;
    tables.plans.push(
      Object.assign(new types.Plan(), {
        slug: plan.id,
        position: planPosition,
        title: plan.title,
        kind: plan.kind,
        periodStart: plan.period.start,
        periodEnd: plan.period.end,
        periodText: plan.period.text,
        periodSection: plan.period.source.section,
        periodQuote: plan.period.source.quote,
        periodDocumentId: plan.period.source.document ?? null,
        ...quoted(plan.source, document),
      }),
    );
    tables.statements.add("PLAN", plan.id, plan.id, "OUTCOME", plan.outcomes, document);
    tables.statements.add("PLAN", plan.id, plan.id, null, plan.statements, document);
    headingRows(plan, types, tables);
    actionRows(plan, types, tables);
    planRecordRows(plan, tables);
  });
  return tables;
}
