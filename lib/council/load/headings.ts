import type { HeadingFile, PlanFile } from "../../data/schemas";
import type { CouncilTypes } from "../entities";
import type { PlanTables } from "./plan-tables";
import { quoted } from "./source";

/** A plan's headings (the Priority table), depth first in document order, with their success measures. */
export function headingRows(plan: PlanFile, types: CouncilTypes, tables: Pick<PlanTables, "priorities" | "statements">): void {
  const document = plan.document;
  let position = 0;
  const walk = (items: HeadingFile[], parentSlug: string | null) => {
    for (const heading of items) {
      const slug = `${plan.id}.${heading.id}`;
      tables.priorities.push(
        Object.assign(new types.Priority(), {
          slug,
          position: position++,
          planSlug: plan.id,
          parentSlug,
          kind: heading.kind,
          number: heading.number,
          title: heading.title,
          description: heading.description,
          ...quoted(heading.source, document),
        }),
      );
      tables.statements.add("PRIORITY", slug, plan.id, "SUCCESS_MEASURE", heading.successMeasures, document);
      walk(heading.children, slug);
    }
  };
  walk(plan.headings, null);
}
