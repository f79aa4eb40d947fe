import type { DataSource } from "typeorm";
import type { CouncilConfig } from "../config/project";
import { checksumOf, loadRows, type TableRows } from "../db/load-rows";
import type { DocumentRecord } from "../sources/catalogue";
import { documentRows } from "../sources/load";
import { themes } from "../vocabulary/themes";
import { readCouncilData, validateCouncilData, type PlanFile, type PriorityFile, type SourceRef, type StatementFile } from "./data-files";
import type { CouncilTypes } from "./entities";
import { ActionStatus } from "./enums";
import { ActionThemeRow, BoardPlanRow, StatementEntity } from "./model";

const quoted = (source: SourceRef, fallbackDocument: string) => ({ documentId: source.document ?? fallbackDocument, section: source.section, quote: source.quote });

/** The council's data files as table rows, in load order (parents before children). */
export function councilTables(council: CouncilConfig, types: CouncilTypes, catalogue: DocumentRecord[]): { tables: TableRows[]; checksum: string } {
  const data = readCouncilData(council);
  const problems = validateCouncilData(data, catalogue);
  if (problems.length > 0) throw new Error(`data files of ${council.id} are invalid:\n- ${problems.join("\n- ")}`);

  const plans: object[] = [];
  const priorities: object[] = [];
  const actions: object[] = [];
  const actionThemes: ActionThemeRow[] = [];
  const statements: StatementEntity[] = [];
  const statementRows = (ownerSlug: string, kind: StatementEntity["kind"], items: StatementFile[] | undefined, document: string) =>
    (items ?? []).forEach((item, position) =>
      statements.push(Object.assign(new StatementEntity(), { slug: `${ownerSlug}.${item.id}`, ownerSlug, kind, position, text: item.text, ...quoted(item.source, document) })),
    );

  data.plans.forEach((plan: PlanFile, planPosition) => {
    plans.push(Object.assign(new types.Plan(), {
      slug: plan.id,
      position: planPosition,
      title: plan.title,
      kind: plan.kind,
      periodStart: plan.period.start,
      periodEnd: plan.period.end,
      periodText: plan.period.text,
      periodSection: plan.period.source.section,
      periodQuote: plan.period.source.quote,
      ...quoted(plan.source, plan.document),
    }));
    statementRows(plan.id, "OUTCOME", plan.outcomes, plan.document);
    let position = 0;
    const walk = (items: PriorityFile[], parentSlug: string | null) => {
      for (const priority of items) {
        const slug = `${plan.id}.${priority.id}`;
        priorities.push(Object.assign(new types.Priority(), {
          slug,
          position: position++,
          planSlug: plan.id,
          parentSlug,
          title: priority.title,
          description: priority.description,
          ...quoted(priority.source, plan.document),
        }));
        statementRows(slug, "SUCCESS_MEASURE", priority.successMeasures, plan.document);
        walk(priority.children ?? [], slug);
      }
    };
    walk(plan.priorities, null);
    plan.actions.forEach((action, actionPosition) => {
      const slug = `${plan.id}.${action.id}`;
      actions.push(Object.assign(new types.Action(), {
        slug,
        position: actionPosition,
        planSlug: plan.id,
        prioritySlug: action.priority === null ? null : `${plan.id}.${action.priority}`,
        title: action.title,
        description: action.description,
        heading: action.heading,
        status: ActionStatus.NOT_REPORTED,
        ...quoted(action.source, plan.document),
      }));
      for (const theme of action.themes) actionThemes.push(Object.assign(new ActionThemeRow(), { actionSlug: slug, theme }));
    });
  });
  const boards = data.boards.map((board, position) =>
    Object.assign(new types.Board(), { slug: board.id, position, name: board.name, kind: board.kind, chair: board.chair, ...quoted(board.source, board.source.document) }),
  );
  const boardPlans = data.boards.flatMap((board) => board.oversees.map((plan) => Object.assign(new BoardPlanRow(), { boardSlug: board.id, planSlug: plan })));

  return {
    checksum: checksumOf([...data.texts, JSON.stringify(catalogue), JSON.stringify(themes)]),
    tables: [
      documentRows(catalogue),
      { target: types.Plan, rows: plans },
      { target: types.Priority, rows: priorities },
      { target: types.Action, rows: actions },
      { target: ActionThemeRow, rows: actionThemes },
      { target: types.Board, rows: boards },
      { target: BoardPlanRow, rows: boardPlans },
      { target: StatementEntity, rows: statements },
    ],
  };
}

export async function loadCouncilData(dataSource: DataSource, council: CouncilConfig, types: CouncilTypes, catalogue: DocumentRecord[]): Promise<boolean> {
  const { tables, checksum } = councilTables(council, types, catalogue);
  return loadRows(dataSource, `council:${council.id}`, checksum, tables);
}
