import type { DataSource } from "typeorm";
import type { CouncilConfig } from "../config/project";
import { checkCouncilLinks, readCouncilData, readVocabulary } from "../data/project-data";
import { DataProblems, type Problem } from "../data/problems";
import { checkFigureDates } from "../data/figure-dates";
import { checksumOf, loadRows, syncRows, type LoadCounts, type TableRows } from "../db/load-rows";
import { documentRows } from "../sources/load";
import { globalId } from "../ids/global-id";
import { recordDataLoad } from "../tracking/write";
import type { CouncilTypes } from "./entities";
import { councilTypeName } from "../vocabulary/council-type-names";
import { ActionThemeRow, BoardPlanRow, StatementEntity } from "./model";
import { FigureEntity, MeasureEntity, MeasureGroupEntity, ReportSectionEntity, SignatoryEntity, VoiceEntity } from "./records";
import { comparatorResolver } from "./figure-comparators";
import { boardTables } from "./load/boards";
import { figureRows } from "./load/figures";
import { meetingTables } from "./load/meetings";
import { planTables } from "./load/plans";

/** The council's data files as table rows, in load order, with a checksum of everything read. */
export function councilTables(root: string, council: CouncilConfig, types: CouncilTypes): { tables: TableRows[]; checksum: string } {
  const problems: Problem[] = [];
  const vocabulary = readVocabulary(root, problems, [council.id]);
  const data = readCouncilData(root, council, vocabulary, problems);
  checkCouncilLinks(council, data, vocabulary, problems);
  checkFigureDates(council, data, problems);
  const comparatorsOf = comparatorResolver(root, council, problems);
  if (problems.length > 0) throw new DataProblems(problems);

  const plans = planTables(data.plans, types);
  const { boards, boardPlans } = boardTables(data.boards, types);
  const figures = figureRows(data.figures, comparatorsOf);
  const { meetings, reports, sections } = meetingTables(data.meetings, types);
  return {
    checksum: checksumOf([...vocabulary.texts, ...data.texts]),
    tables: [
      documentRows(vocabulary.catalogue),
      { target: types.Plan, rows: plans.plans },
      { target: types.Priority, rows: plans.priorities },
      // Tracked state is recorded by users, not by the data files: a reload never touches it.
      {
        target: types.Action,
        rows: plans.actions,
        keep: ["status", "rag", "forecastStatus", "version", "updatedAt"],
        protect: (row: { version?: number }) => ((row.version ?? 0) > 0 ? "users have recorded progress on it" : null),
      },
      { target: ActionThemeRow, rows: plans.actionThemes },
      { target: types.Board, rows: boards },
      { target: BoardPlanRow, rows: boardPlans },
      { target: StatementEntity, rows: plans.statements.rows },
      { target: MeasureGroupEntity, rows: plans.measureGroups },
      { target: MeasureEntity, rows: plans.measures },
      { target: VoiceEntity, rows: plans.voices },
      { target: SignatoryEntity, rows: plans.signatories },
      { target: FigureEntity, rows: figures },
      { target: types.Meeting, rows: meetings },
      { target: types.Report, rows: reports },
      { target: ReportSectionEntity, rows: sections },
    ],
  };
}

/** On start: loads the files unless the database holds exactly them; null when nothing was loaded. */
export async function loadCouncilData(dataSource: DataSource, root: string, council: CouncilConfig, types: CouncilTypes): Promise<LoadCounts | null> {
  const { tables, checksum } = councilTables(root, council, types);
  return loadRows(dataSource, `council:${council.id}`, checksum, tables, recordDataLoad(globalId(councilTypeName(council, "Council"), council.id)));
}

/** `npm run data:load`: applies the files whatever the database holds, and reports what changed. */
export async function syncCouncilData(dataSource: DataSource, root: string, council: CouncilConfig, types: CouncilTypes): Promise<LoadCounts> {
  const { tables, checksum } = councilTables(root, council, types);
  return syncRows(dataSource, `council:${council.id}`, checksum, tables, recordDataLoad(globalId(councilTypeName(council, "Council"), council.id)));
}
