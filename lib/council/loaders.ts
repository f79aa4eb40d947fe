import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { fastReader, type FastReader, type ReadSpec } from "../db/fast-read";
import { groupLoader, lazyFields, rowLoader } from "../loaders";
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

/** The reads of the loaders below (module constants: the fast reader compiles each once per entity). */
const BY_POSITION = { position: "ASC" } as const;
const READ = {
  all: { order: BY_POSITION },
  bySlug: { key: "slug", order: BY_POSITION },
  byPlan: { key: "planSlug", order: BY_POSITION },
  topOfPlan: { key: "planSlug", where: { parentSlug: null }, order: BY_POSITION },
  byParent: { key: "parentSlug", order: BY_POSITION },
  byPriority: { key: "prioritySlug", order: BY_POSITION },
  byGroup: { key: "groupSlug", order: BY_POSITION },
  byReport: { key: "reportSlug", order: BY_POSITION },
  byMeeting: { key: "meetingSlug", order: BY_POSITION },
  byIndicator: { key: "indicator", order: BY_POSITION },
  measuresByIndicator: { key: "indicator", order: { planSlug: "ASC", position: "ASC" } },
  meetingsAll: { order: { date: "ASC", position: "ASC" } },
  meetingsByBoard: { key: "boardSlug", order: { date: "ASC", position: "ASC" } },
  themesByAction: { key: "actionSlug", order: { theme: "ASC" } },
  statementsOfPlan: { key: "ownerSlug", where: { ownerKind: "PLAN" }, order: BY_POSITION },
  outcomes: { key: "ownerSlug", where: { kindCode: "OUTCOME" }, order: BY_POSITION },
  successMeasures: { key: "ownerSlug", where: { kindCode: "SUCCESS_MEASURE" }, order: BY_POSITION },
  boardsOfPlan: { link: { table: "board_plan", ownColumn: "board_slug", keyColumn: "plan_slug" }, order: BY_POSITION },
  plansOfBoard: { link: { table: "board_plan", ownColumn: "plan_slug", keyColumn: "board_slug" }, order: BY_POSITION },
} satisfies Record<string, ReadSpec>;

/** What a request's loaders are made from. */
interface LoaderDeps {
  dataSource: DataSource;
  types: CouncilTypes;
  reader: FastReader;
}

type CouncilLoaders = Omit<CouncilContext, "council" | "identity" | "actorTeam" | "dataSource" | "planKinds">;

/** A loader of the whole list (key "all"): asked once per request however many council objects reach it. */
const everyRow = <T>(read: (keys: readonly string[]) => Promise<T[]>) =>
  new DataLoader<"all", T[]>(async (keys) => {
    const rows = await read([]);
    return keys.map(() => rows);
  });

type Linked<T> = T & { linkKey: string };

const createLoaders = lazyFields<LoaderDeps, CouncilLoaders>({
  updatesOfAction: ({ dataSource }) =>
    groupLoader(
      (keys) => dataSource.manager.find(ProgressUpdateEntity, { where: { actionKey: In([...keys]) }, order: { seq: "DESC" } }),
      (row) => row.actionKey,
    ),
  allPlans: ({ reader, types }) => everyRow(reader.read<PlanInterface>(types.Plan, READ.all)),
  allBoards: ({ reader, types }) => everyRow(reader.read<BoardInterface>(types.Board, READ.all)),
  actionPages: ({ dataSource, types }) => new DataLoader((keys) => Promise.all(keys.map((key) => pageOfActions(dataSource, types, JSON.parse(key) as ActionPageRequest)))),
  documents: ({ dataSource }) => documentLoader(dataSource.manager),
  plan: ({ reader, types }) => rowLoader(reader.read<PlanInterface>(types.Plan, READ.bySlug), (row) => row.slug),
  priority: ({ reader, types }) => rowLoader(reader.read<PriorityInterface>(types.Priority, READ.bySlug), (row) => row.slug),
  action: ({ reader, types }) => rowLoader(reader.read<ActionInterface>(types.Action, READ.bySlug), (row) => row.slug),
  board: ({ reader, types }) => rowLoader(reader.read<BoardInterface>(types.Board, READ.bySlug), (row) => row.slug),
  topPrioritiesOfPlan: ({ reader, types }) => groupLoader(reader.read<PriorityInterface>(types.Priority, READ.topOfPlan), (row) => row.planSlug),
  childrenOfPriority: ({ reader, types }) => groupLoader(reader.read<PriorityInterface>(types.Priority, READ.byParent), (row) => row.parentSlug ?? ""),
  actionsOfPlan: ({ reader, types }) => groupLoader(reader.read<ActionInterface>(types.Action, READ.byPlan), (row) => row.planSlug),
  actionsOfPriority: ({ reader, types }) => groupLoader(reader.read<ActionInterface>(types.Action, READ.byPriority), (row) => row.prioritySlug ?? ""),
  boardsOfPlan: ({ reader, types }) => groupLoader(reader.read<Linked<BoardInterface>>(types.Board, READ.boardsOfPlan), (row) => row.linkKey),
  plansOfBoard: ({ reader, types }) => groupLoader(reader.read<Linked<PlanInterface>>(types.Plan, READ.plansOfBoard), (row) => row.linkKey),
  themesOfAction: ({ reader }) => groupLoader(reader.read<ActionThemeRow>(ActionThemeRow, READ.themesByAction), (row) => row.actionSlug),
  meeting: ({ reader, types }) => rowLoader(reader.read<MeetingInterface>(types.Meeting, READ.bySlug), (row) => row.slug),
  report: ({ reader, types }) => rowLoader(reader.read<ReportInterface>(types.Report, READ.bySlug), (row) => row.slug),
  allMeetings: ({ reader, types }) => everyRow(reader.read<MeetingInterface>(types.Meeting, READ.meetingsAll)),
  meetingsOfBoard: ({ reader, types }) => groupLoader(reader.read<MeetingInterface>(types.Meeting, READ.meetingsByBoard), (row) => row.boardSlug),
  reportsOfMeeting: ({ reader, types }) => groupLoader(reader.read<ReportInterface>(types.Report, READ.byMeeting), (row) => row.meetingSlug),
  reportsOfPlan: ({ reader, types }) => groupLoader(reader.read<ReportInterface>(types.Report, READ.byPlan), (row) => row.planSlug ?? ""),
  sectionsOfReport: ({ reader }) => groupLoader(reader.read<ReportSectionEntity>(ReportSectionEntity, READ.byReport), (row) => row.reportSlug),
  statementsOfPlan: ({ reader }) => groupLoader(reader.read<StatementEntity>(StatementEntity, READ.statementsOfPlan), (row) => row.ownerSlug),
  measuresOfPlan: ({ reader }) => groupLoader(reader.read<MeasureEntity>(MeasureEntity, READ.byPlan), (row) => row.planSlug),
  measuresOfPriority: ({ reader }) => groupLoader(reader.read<MeasureEntity>(MeasureEntity, READ.byPriority), (row) => row.prioritySlug ?? ""),
  measuresOfIndicator: ({ reader }) => groupLoader(reader.read<MeasureEntity>(MeasureEntity, READ.measuresByIndicator), (row) => row.indicator),
  voicesOfPlan: ({ reader }) => groupLoader(reader.read<VoiceEntity>(VoiceEntity, READ.byPlan), (row) => row.planSlug),
  signatoriesOfPlan: ({ reader }) => groupLoader(reader.read<SignatoryEntity>(SignatoryEntity, READ.byPlan), (row) => row.planSlug),
  figuresOfIndicator: ({ reader }) => groupLoader(reader.read<FigureEntity>(FigureEntity, READ.byIndicator), (row) => row.indicator),
  allFigures: ({ reader }) => everyRow(reader.read<FigureEntity>(FigureEntity, READ.all)),
  outcomesOfPlan: ({ reader }) => groupLoader(reader.read<StatementEntity>(StatementEntity, READ.outcomes), (row) => row.ownerSlug),
  successMeasuresOfPriority: ({ reader }) => groupLoader(reader.read<StatementEntity>(StatementEntity, READ.successMeasures), (row) => row.ownerSlug),
  headingsOfPlan: ({ reader, types }) => groupLoader(reader.read<PriorityInterface>(types.Priority, READ.byPlan), (row) => row.planSlug),
  statementsOfHeading: ({ reader }) => groupLoader(reader.read<StatementEntity>(StatementEntity, READ.byParent), (row) => row.parentSlug ?? ""),
  measureGroupsOfPlan: ({ reader }) => groupLoader(reader.read<MeasureGroupEntity>(MeasureGroupEntity, READ.byPlan), (row) => row.planSlug),
  measureGroup: ({ reader }) => rowLoader(reader.read<MeasureGroupEntity>(MeasureGroupEntity, READ.bySlug), (row) => row.slug),
  measuresOfGroup: ({ reader }) => groupLoader(reader.read<MeasureEntity>(MeasureEntity, READ.byGroup), (row) => row.groupSlug ?? ""),
});

/** A request's context: its loaders are made on first use (lazyFields), each reading through the fast reader. */
export function createCouncilContext(dataSource: DataSource, types: CouncilTypes, council: CouncilInterface, identity: Identity | null, planKinds: PlanKinds): CouncilContext {
  const context = createLoaders({ dataSource, types, reader: fastReader(dataSource) });
  return Object.assign(context, { council, planKinds, actorTeam: council.name, identity, dataSource });
}
