import type { Problem } from "./problems";
import type { HeadingFile, PlanFile, SourceRef } from "./schemas";
import { knownCodes, type KindRecord } from "../vocabulary/plan-kinds";

/** The kinds a council's plans may use: shared vocabulary plus the council's own additions. */
export interface PlanKinds {
  headingKinds: KindRecord[];
  statementKinds: KindRecord[];
}

type CheckSource = (file: string, record: string, field: string, source: SourceRef, fallback?: string) => void;

/**
 * The structure of one plan file: heading ids unique, heading and statement kinds known codes, every
 * `parent` a heading of this plan (of any kind and depth), every measure's `group` a group of this plan.
 */
export function checkPlanStructure(file: string, plan: PlanFile, kinds: PlanKinds, checkSource: CheckSource, problems: Problem[]): void {
  const headingKinds = new Set(kinds.headingKinds.map((kind) => kind.code));
  const statementKinds = new Set(kinds.statementKinds.map((kind) => kind.code));
  const headingIds = new Set<string>();
  const walk = (items: HeadingFile[], path: string) =>
    items.forEach((heading, index) => {
      const record = `${path}[${index}] (${heading.id})`;
      if (headingIds.has(heading.id)) problems.push({ file, record, field: "id", message: `heading id "${heading.id}" is used twice. Give each heading of the plan its own id` });
      headingIds.add(heading.id);
      if (!headingKinds.has(heading.kind)) {
        problems.push({ file, record, field: "kind", message: `unknown heading kind "${heading.kind}". Use one of ${knownCodes(kinds.headingKinds)}, or add it to the council's data/vocabulary/heading-kinds.json` });
      }
      checkSource(file, record, "source", heading.source, plan.document);
      const measureIds = new Set<string>();
      for (const measure of heading.successMeasures ?? []) {
        if (measureIds.has(measure.id)) problems.push({ file, record, field: "id", message: `success measure id "${measure.id}" is used twice. Give each its own id` });
        measureIds.add(measure.id);
        checkSource(file, `${record} measure ${measure.id}`, "source", measure.source, plan.document);
      }
      walk(heading.children, `${record}.children`);
    });
  walk(plan.headings, "headings");

  const checkParent = (record: string, parent: string | null | undefined) => {
    if (parent && !headingIds.has(parent)) {
      problems.push({ file, record, field: "parent", message: `unknown heading "${parent}" (not in this plan's headings). Use the id of a heading of this plan, or null` });
    }
  };
  plan.actions.forEach((action, index) => checkParent(`actions[${index}] (${action.id})`, action.parent));

  const groupIds = new Set<string>();
  (plan.measureGroups ?? []).forEach((group, index) => {
    const record = `measureGroups[${index}] (${group.id})`;
    if (groupIds.has(group.id)) problems.push({ file, record, field: "id", message: `measure group id "${group.id}" is used twice. Give each group its own id` });
    groupIds.add(group.id);
    checkParent(record, group.parent);
    checkSource(file, record, "source", group.source, plan.document);
  });
  (plan.measures ?? []).forEach((measure, index) => {
    const record = `measures[${index}] (${measure.id})`;
    checkParent(record, measure.parent);
    if (measure.group !== undefined && !groupIds.has(measure.group)) {
      problems.push({ file, record, field: "group", message: `unknown measure group "${measure.group}". Use the id of one of this plan's measureGroups, or leave group out` });
    }
  });
  (plan.statements ?? []).forEach((statement, index) => {
    const record = `statements[${index}] (${statement.id})`;
    checkParent(record, statement.parent);
    if (!statementKinds.has(statement.kind)) {
      problems.push({ file, record, field: "kind", message: `unknown statement kind "${statement.kind}". Use one of ${knownCodes(kinds.statementKinds)}, or add it to the council's data/vocabulary/statement-kinds.json` });
    }
  });
}
