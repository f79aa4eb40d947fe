import DataLoader from "dataloader";
import { In, IsNull, type DataSource } from "typeorm";
import { linkedRows } from "../db/linked";
import { groupLoader, rowLoader } from "../loaders";
import { documentLoader } from "../sources/model";
import type { SourcesContext } from "../sources/model";
import type { CouncilTypes } from "./entities";
import { pageOfActions, type ActionPage, type ActionPageRequest } from "./action-filter";
import type { Identity } from "../auth/identity";
import { ProgressUpdateEntity } from "../tracking/model";
import { FigureEntity, MeasureEntity, MeasureGroupEntity, ReportSectionEntity, SignatoryEntity, VoiceEntity } from "./records";
import type { PlanKinds } from "../data/plan-structure-check";
import { ActionThemeRow, StatementEntity, type ActionInterface, type BoardInterface, type CouncilInterface, type MeetingInterface, type ReportInterface, type PlanInterface, type PriorityInterface } from "./model";

/** Per-request state of a council subgraph: the council and one loader per relation (one SQL each). */
export interface CouncilContext extends SourcesContext {
  council: CouncilInterface;
  /** Who is asking, as the gateway vouched; null for anonymous requests. */
  identity: Identity | null;
  /** Whom this council's staff act for (Actor.team): the council's name. */
  actorTeam: string;
  updatesOfAction: DataLoader<string, ProgressUpdateEntity[]>;
  dataSource: DataSource;
  /** Council-level lists, memoised per request: asked once however many council objects a query reaches. */
  allPlans: DataLoader<"all", PlanInterface[]>;
  allBoards: DataLoader<"all", BoardInterface[]>;
  /** Filtered action lists, keyed by the normalised filter. */
  /** Pages of the council's filtered actions, keyed by the JSON of an ActionPageRequest. */
  actionPages: DataLoader<string, ActionPage>;
  plan: DataLoader<string, PlanInterface | null>;
  priority: DataLoader<string, PriorityInterface | null>;
  action: DataLoader<string, ActionInterface | null>;
  board: DataLoader<string, BoardInterface | null>;
  topPrioritiesOfPlan: DataLoader<string, PriorityInterface[]>;
  childrenOfPriority: DataLoader<string, PriorityInterface[]>;
  actionsOfPlan: DataLoader<string, ActionInterface[]>;
  actionsOfPriority: DataLoader<string, ActionInterface[]>;
  boardsOfPlan: DataLoader<string, BoardInterface[]>;
  plansOfBoard: DataLoader<string, PlanInterface[]>;
  themesOfAction: DataLoader<string, ActionThemeRow[]>;
  meeting: DataLoader<string, MeetingInterface | null>;
  report: DataLoader<string, ReportInterface | null>;
  allMeetings: DataLoader<"all", MeetingInterface[]>;
  meetingsOfBoard: DataLoader<string, MeetingInterface[]>;
  reportsOfMeeting: DataLoader<string, ReportInterface[]>;
  reportsOfPlan: DataLoader<string, ReportInterface[]>;
  sectionsOfReport: DataLoader<string, ReportSectionEntity[]>;
  statementsOfPlan: DataLoader<string, StatementEntity[]>;
  measuresOfPlan: DataLoader<string, MeasureEntity[]>;
  measuresOfPriority: DataLoader<string, MeasureEntity[]>;
  measuresOfIndicator: DataLoader<string, MeasureEntity[]>;
  voicesOfPlan: DataLoader<string, VoiceEntity[]>;
  signatoriesOfPlan: DataLoader<string, SignatoryEntity[]>;
  figuresOfIndicator: DataLoader<string, FigureEntity[]>;
  allFigures: DataLoader<"all", FigureEntity[]>;
  outcomesOfPlan: DataLoader<string, StatementEntity[]>;
  successMeasuresOfPriority: DataLoader<string, StatementEntity[]>;
  /** Every heading of a plan, any depth, in document order (Plan.headings(kind:)). */
  headingsOfPlan: DataLoader<string, PriorityInterface[]>;
  statementsOfHeading: DataLoader<string, StatementEntity[]>;
  measureGroupsOfPlan: DataLoader<string, MeasureGroupEntity[]>;
  measureGroup: DataLoader<string, MeasureGroupEntity | null>;
  measuresOfGroup: DataLoader<string, MeasureEntity[]>;
  /** The heading and statement kinds this council's plans are written in (names for kindName, codes for arguments). */
  planKinds: PlanKinds;
}

export function createCouncilContext(dataSource: DataSource, types: CouncilTypes, council: CouncilInterface, identity: Identity | null, planKinds: PlanKinds): CouncilContext {
  const manager = dataSource.manager;
  const bySlug = { position: "ASC" } as const;
  const plans = manager.getRepository(types.Plan);
  const priorities = manager.getRepository(types.Priority);
  const actions = manager.getRepository(types.Action);
  const boards = manager.getRepository(types.Board);
  const statements = manager.getRepository(StatementEntity);
  const meetings = manager.getRepository(types.Meeting);
  const reports = manager.getRepository(types.Report);

  return {
    council,
    planKinds,
    actorTeam: council.name,
    identity,
    dataSource,
    updatesOfAction: groupLoader(
      (keys) => manager.find(ProgressUpdateEntity, { where: { actionKey: In([...keys]) }, order: { seq: "DESC" } }),
      (row) => row.actionKey,
    ),
    allPlans: new DataLoader(async (keys) => {
      const rows = await plans.find({ order: bySlug });
      return keys.map(() => rows);
    }),
    allBoards: new DataLoader(async (keys) => {
      const rows = await boards.find({ order: bySlug });
      return keys.map(() => rows);
    }),
    actionPages: new DataLoader((keys) => Promise.all(keys.map((key) => pageOfActions(dataSource, types, JSON.parse(key) as ActionPageRequest)))),
    documents: documentLoader(manager),
    plan: rowLoader(
      (keys) => plans.find({ where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    priority: rowLoader(
      (keys) => priorities.find({ where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    action: rowLoader(
      (keys) => actions.find({ where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    board: rowLoader(
      (keys) => boards.find({ where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    topPrioritiesOfPlan: groupLoader(
      (keys) => priorities.find({ where: { planSlug: In([...keys]), parentSlug: IsNull() }, order: bySlug }),
      (row) => row.planSlug,
    ),
    childrenOfPriority: groupLoader(
      (keys) => priorities.find({ where: { parentSlug: In([...keys]) }, order: bySlug }),
      (row) => row.parentSlug ?? "",
    ),
    actionsOfPlan: groupLoader(
      (keys) => actions.find({ where: { planSlug: In([...keys]) }, order: bySlug }),
      (row) => row.planSlug,
    ),
    actionsOfPriority: groupLoader(
      (keys) => actions.find({ where: { prioritySlug: In([...keys]) }, order: bySlug }),
      (row) => row.prioritySlug ?? "",
    ),
    boardsOfPlan: groupLoader(
      (keys) => linkedRows<BoardInterface>(manager, types.Board, { table: "board_plan", ownColumn: "board_slug", keyColumn: "plan_slug" }, keys),
      (row) => row.linkKey,
    ),
    plansOfBoard: groupLoader(
      (keys) => linkedRows<PlanInterface>(manager, types.Plan, { table: "board_plan", ownColumn: "plan_slug", keyColumn: "board_slug" }, keys),
      (row) => row.linkKey,
    ),
    themesOfAction: groupLoader(
      (keys) => manager.find(ActionThemeRow, { where: { actionSlug: In([...keys]) }, order: { theme: "ASC" } }),
      (row) => row.actionSlug,
    ),
    meeting: rowLoader(
      (keys) => meetings.find({ where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    report: rowLoader(
      (keys) => reports.find({ where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    allMeetings: new DataLoader(async (keys) => {
      const rows = await meetings.find({ order: { date: "ASC", position: "ASC" } });
      return keys.map(() => rows);
    }),
    meetingsOfBoard: groupLoader(
      (keys) => meetings.find({ where: { boardSlug: In([...keys]) }, order: { date: "ASC", position: "ASC" } }),
      (row) => row.boardSlug,
    ),
    reportsOfMeeting: groupLoader(
      (keys) => reports.find({ where: { meetingSlug: In([...keys]) }, order: bySlug }),
      (row) => row.meetingSlug,
    ),
    reportsOfPlan: groupLoader(
      (keys) => reports.find({ where: { planSlug: In([...keys]) }, order: bySlug }),
      (row) => row.planSlug ?? "",
    ),
    sectionsOfReport: groupLoader(
      (keys) => manager.find(ReportSectionEntity, { where: { reportSlug: In([...keys]) }, order: bySlug }),
      (row) => row.reportSlug,
    ),
    statementsOfPlan: groupLoader(
      (keys) => statements.find({ where: { ownerSlug: In([...keys]), ownerKind: "PLAN" }, order: bySlug }),
      (row) => row.ownerSlug,
    ),
    measuresOfPlan: groupLoader(
      (keys) => manager.find(MeasureEntity, { where: { planSlug: In([...keys]) }, order: bySlug }),
      (row) => row.planSlug,
    ),
    measuresOfPriority: groupLoader(
      (keys) => manager.find(MeasureEntity, { where: { prioritySlug: In([...keys]) }, order: bySlug }),
      (row) => row.prioritySlug ?? "",
    ),
    measuresOfIndicator: groupLoader(
      (keys) => manager.find(MeasureEntity, { where: { indicator: In([...keys]) }, order: { planSlug: "ASC", position: "ASC" } }),
      (row) => row.indicator,
    ),
    voicesOfPlan: groupLoader(
      (keys) => manager.find(VoiceEntity, { where: { planSlug: In([...keys]) }, order: bySlug }),
      (row) => row.planSlug,
    ),
    signatoriesOfPlan: groupLoader(
      (keys) => manager.find(SignatoryEntity, { where: { planSlug: In([...keys]) }, order: bySlug }),
      (row) => row.planSlug,
    ),
    figuresOfIndicator: groupLoader(
      (keys) => manager.find(FigureEntity, { where: { indicator: In([...keys]) }, order: bySlug }),
      (row) => row.indicator,
    ),
    allFigures: new DataLoader(async (keys) => {
      const rows = await manager.find(FigureEntity, { order: bySlug });
      return keys.map(() => rows);
    }),
    outcomesOfPlan: groupLoader(
      (keys) => statements.find({ where: { ownerSlug: In([...keys]), kindCode: "OUTCOME" }, order: bySlug }),
      (row) => row.ownerSlug,
    ),
    successMeasuresOfPriority: groupLoader(
      (keys) => statements.find({ where: { ownerSlug: In([...keys]), kindCode: "SUCCESS_MEASURE" }, order: bySlug }),
      (row) => row.ownerSlug,
    ),
    headingsOfPlan: groupLoader(
      (keys) => priorities.find({ where: { planSlug: In([...keys]) }, order: bySlug }),
      (row) => row.planSlug,
    ),
    statementsOfHeading: groupLoader(
      (keys) => statements.find({ where: { parentSlug: In([...keys]) }, order: bySlug }),
      (row) => row.parentSlug ?? "",
    ),
    measureGroupsOfPlan: groupLoader(
      (keys) => manager.find(MeasureGroupEntity, { where: { planSlug: In([...keys]) }, order: bySlug }),
      (row) => row.planSlug,
    ),
    measureGroup: rowLoader(
      (keys) => manager.find(MeasureGroupEntity, { where: { slug: In([...keys]) } }),
      (row) => row.slug,
    ),
    measuresOfGroup: groupLoader(
      (keys) => manager.find(MeasureEntity, { where: { groupSlug: In([...keys]) }, order: bySlug }),
      (row) => row.groupSlug ?? "",
    ),
  };
}
