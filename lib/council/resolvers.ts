import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { projectRoot, type CouncilConfig } from "../config/project";
import { globalId, keyOf } from "../ids/global-id";
import type { ReferenceResolver } from "../federation/build-subgraph";
import { THEME_TYPE_NAME, themeKey, themeVocabulary } from "../vocabulary/themes";
import { filterKey, type ActionPageRequest } from "./action-filter";
import type { CouncilTypes } from "./entities";
import { councilTypeName, COUNCIL_ENTITY_KINDS, type CouncilEntityKind } from "../vocabulary/council-type-names";
import type { CouncilContext } from "./loaders";
import { badUserInput } from "../graphql/errors";
import { afterArg, connectionOfPage, decodeKeyCursor, firstArg, pageInOrder, pageSize } from "../graphql/connection";
import { ReportSectionKind, StatementKind } from "../graphql/enums";
import { CouncilIndicator, FigureEntity, IndicatorReference, INDICATOR_TYPE_NAME, MeasureEntity, MeasureGroupEntity, ReportSectionEntity, SignatoryEntity, VoiceEntity } from "./records";
import { knownCodes, type KindRecord } from "../vocabulary/plan-kinds";
import {
  ActionConnection,
  ActionFilter,
  ActionInterface,
  IndicatorValueConnection,
  MeetingConnection,
  BoardInterface,
  CouncilInterface,
  HeadingInterface,
  MeetingInterface,
  PlanInterface,
  PriorityInterface,
  ReportInterface,
  StatementEntity,
  ThemeReference,
} from "./model";

/** Every council row's key is unique within its council: the cursor of document-ordered lists. */
const bySlug = (row: { slug: string }): string => row.slug;

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** The resolvers of one council's subgraph: relations go through the request's loaders. */
export function councilResolvers(council: CouncilConfig, types: CouncilTypes, root: string = projectRoot): Function[] {
  const themeCodes = themeVocabulary(root).codes;
  @Resolver(() => types.Council)
  class CouncilResolver {
    // The council's own entry point: Query.councils and Query.council belong to the shared subgraph,
    // so without this a council's own data would be unreachable whenever shared is down. Nullable, so
    // that this council's subgraph being down blanks only this field, not the rest of the query.
    @Query(() => types.Council, {
      name: lowerFirst(council.typePrefix),
      nullable: true,
      description:
        `${council.name}, served by its own subgraph: its plans, boards, actions, figures and the rest answer even while the ` +
        "shared subgraph is unavailable (`councils` and `council(id:)` go through it). Only what belongs to shared (say a theme's " +
        "`name`; its `id` is the council's) still needs it. Null, with an error coded SUBGRAPH_UNAVAILABLE naming the subgraph, " +
        `when a subgraph the selection needs is unavailable (${council.id}, or shared for shared's fields). While shared is down, ` +
        "ask for none of shared's non-null fields (`councils`, `themes`, ...) in the same operation: one that fails empties the whole answer.",
    })
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PlanInterface])
    plans(@Ctx() context: CouncilContext): Promise<PlanInterface[]> {
      return context.allPlans.load("all");
    }

    @FieldResolver(() => [BoardInterface])
    boards(@Ctx() context: CouncilContext): Promise<BoardInterface[]> {
      return context.allBoards.load("all");
    }

    @FieldResolver(() => ActionConnection)
    async actions(
      @Arg("filter", () => ActionFilter, { nullable: true, description: "Conditions the actions must meet." }) filter: ActionFilter | null,
      @firstArg() first: number | null,
      @afterArg() after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<ActionConnection> {
      const types = { plan: councilTypeName(council, "Plan"), board: councilTypeName(council, "Board"), themeCodes };
      const request: ActionPageRequest = { filter: filterKey(filter, context.identity, types), first: pageSize(first), after: after ? decodeKeyCursor(after) : null };
      const page = await context.actionPages.load(JSON.stringify(request));
      return connectionOfPage(page.rows, bySlug, page.totalCount, page.hasNextPage, request.after !== null);
    }

    @FieldResolver(() => IndicatorValueConnection)
    async figures(
      @Arg("indicator", () => String, { nullable: true, description: "An indicator code, e.g. \"cared-for-children\"." }) indicator: string | null | undefined,
      @firstArg() first: number | null,
      @afterArg() after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<IndicatorValueConnection> {
      const rows = await (indicator === null || indicator === undefined ? context.allFigures.load("all") : context.figuresOfIndicator.load(indicatorCode(indicator)));
      return pageInOrder(rows, bySlug, first, after);
    }

    @FieldResolver(() => CouncilIndicator)
    async indicator(
      @Arg("code", () => String, { description: "An indicator code, e.g. \"cared-for-children\"." }) code: string,
      @Ctx() context: CouncilContext,
    ): Promise<CouncilIndicator> {
      const key = indicatorCode(code);
      const [figures, measures] = await Promise.all([context.figuresOfIndicator.load(key), context.measuresOfIndicator.load(key)]);
      return councilIndicator(council, key, figures, measures);
    }

    @FieldResolver(() => MeetingConnection)
    async meetings(@firstArg() first: number | null, @afterArg() after: string | null, @Ctx() context: CouncilContext): Promise<MeetingConnection> {
      return pageInOrder(await context.allMeetings.load("all"), bySlug, first, after);
    }
  }

  @Resolver(() => types.Plan)
  class PlanResolver {
    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PriorityInterface])
    priorities(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface[]> {
      return context.topPrioritiesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [HeadingInterface])
    async headings(
      @Root() plan: PlanInterface,
      @Arg("kind", () => String, { nullable: true, description: "A heading-kind code (e.g. \"OUTCOME\"); one the council's vocabulary does not define is BAD_USER_INPUT naming the known codes." }) kind: string | null | undefined,
      @Ctx() context: CouncilContext,
    ): Promise<HeadingInterface[]> {
      if (kind === null || kind === undefined) return context.topPrioritiesOfPlan.load(plan.slug);
      const code = knownKind(kind, context.planKinds.headingKinds, "heading", "kind");
      return (await context.headingsOfPlan.load(plan.slug)).filter((heading) => heading.kind === code);
    }

    @FieldResolver(() => [MeasureGroupEntity])
    measureGroups(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<MeasureGroupEntity[]> {
      return context.measureGroupsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [ActionInterface])
    actions(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<ActionInterface[]> {
      return context.actionsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [BoardInterface])
    boards(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<BoardInterface[]> {
      return context.boardsOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [StatementEntity])
    outcomes(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.outcomesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [StatementEntity])
    async statements(
      @Root() plan: PlanInterface,
      @Arg("kind", () => StatementKind, { nullable: true, description: "Only statements of this kind (OTHER: those whose kind the enum does not list; `kindCode` names any kind)." }) kind: StatementKind | null | undefined,
      @Arg("kindCode", () => String, { nullable: true, description: "Only statements of this statement-kind code (e.g. \"ASPIRATION\"); one the council's vocabulary does not define is BAD_USER_INPUT naming the known codes." }) kindCode: string | null | undefined,
      @Ctx() context: CouncilContext,
    ): Promise<StatementEntity[]> {
      const code = kindCode === null || kindCode === undefined ? null : knownKind(kindCode, context.planKinds.statementKinds, "statement", "kindCode");
      const rows = await context.statementsOfPlan.load(plan.slug);
      return rows.filter((row) => (kind === null || kind === undefined || row.kind === kind) && (code === null || row.kindCode === code));
    }

    @FieldResolver(() => [MeasureEntity])
    measures(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<MeasureEntity[]> {
      return context.measuresOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [VoiceEntity])
    voices(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<VoiceEntity[]> {
      return context.voicesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [SignatoryEntity])
    signatories(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<SignatoryEntity[]> {
      return context.signatoriesOfPlan.load(plan.slug);
    }

    @FieldResolver(() => [ReportInterface])
    reports(@Root() plan: PlanInterface, @Ctx() context: CouncilContext): Promise<ReportInterface[]> {
      return context.reportsOfPlan.load(plan.slug);
    }
  }

  @Resolver(() => types.Priority)
  class PriorityResolver {
    @FieldResolver(() => PlanInterface)
    async plan(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PlanInterface> {
      return required(await context.plan.load(priority.planSlug), "plan", priority.planSlug);
    }

    @FieldResolver(() => PriorityInterface, { nullable: true })
    parent(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface | null> | null {
      return priority.parentSlug ? context.priority.load(priority.parentSlug) : null;
    }

    @FieldResolver(() => [PriorityInterface])
    children(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface[]> {
      return context.childrenOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [ActionInterface])
    actions(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<ActionInterface[]> {
      return context.actionsOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [StatementEntity])
    successMeasures(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.successMeasuresOfPriority.load(priority.slug);
    }

    @FieldResolver(() => [MeasureEntity])
    measures(@Root() priority: PriorityInterface, @Ctx() context: CouncilContext): Promise<MeasureEntity[]> {
      return context.measuresOfPriority.load(priority.slug);
    }

    @FieldResolver(() => HeadingInterface, { nullable: true })
    parentHeading(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
      return heading.parentSlug ? context.priority.load(heading.parentSlug) : null;
    }

    @FieldResolver(() => [HeadingInterface])
    subheadings(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): Promise<HeadingInterface[]> {
      return context.childrenOfPriority.load(heading.slug);
    }

    @FieldResolver(() => String)
    kindName(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): string {
      return kindNameOf(heading.kind, context.planKinds.headingKinds);
    }

    @FieldResolver(() => [StatementEntity])
    statements(@Root() heading: PriorityInterface, @Ctx() context: CouncilContext): Promise<StatementEntity[]> {
      return context.statementsOfHeading.load(heading.slug);
    }
  }

  @Resolver(() => types.Action)
  class ActionResolver {
    @FieldResolver(() => PlanInterface)
    async plan(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<PlanInterface> {
      return required(await context.plan.load(action.planSlug), "plan", action.planSlug);
    }

    @FieldResolver(() => PriorityInterface, { nullable: true })
    priority(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<PriorityInterface | null> | null {
      return action.prioritySlug ? context.priority.load(action.prioritySlug) : null;
    }

    @FieldResolver(() => HeadingInterface, { nullable: true })
    parentHeading(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
      return action.prioritySlug ? context.priority.load(action.prioritySlug) : null;
    }

    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [ThemeReference])
    async themes(@Root() action: ActionInterface, @Ctx() context: CouncilContext): Promise<ThemeReference[]> {
      const rows = await context.themesOfAction.load(action.slug);
      return rows.map((row) => new ThemeReference(row.theme, globalId(THEME_TYPE_NAME, themeKey(row.theme))));
    }
  }

  @Resolver(() => types.Board)
  class BoardResolver {
    @FieldResolver(() => CouncilInterface)
    council(@Ctx() context: CouncilContext): CouncilInterface {
      return context.council;
    }

    @FieldResolver(() => [PlanInterface])
    oversees(@Root() board: BoardInterface, @Ctx() context: CouncilContext): Promise<PlanInterface[]> {
      return context.plansOfBoard.load(board.slug);
    }

    @FieldResolver(() => MeetingConnection)
    async meetings(
      @Root() board: BoardInterface,
      @firstArg() first: number | null,
      @afterArg() after: string | null,
      @Ctx() context: CouncilContext,
    ): Promise<MeetingConnection> {
      return pageInOrder(await context.meetingsOfBoard.load(board.slug), bySlug, first, after);
    }
  }

  @Resolver(() => types.Meeting)
  class MeetingResolver {
    @FieldResolver(() => BoardInterface)
    async board(@Root() meeting: MeetingInterface, @Ctx() context: CouncilContext): Promise<BoardInterface> {
      return required(await context.board.load(meeting.boardSlug), "board", meeting.boardSlug);
    }

    @FieldResolver(() => [ReportInterface])
    reports(@Root() meeting: MeetingInterface, @Ctx() context: CouncilContext): Promise<ReportInterface[]> {
      return context.reportsOfMeeting.load(meeting.slug);
    }
  }

  @Resolver(() => types.Report)
  class ReportResolver {
    @FieldResolver(() => MeetingInterface)
    async meeting(@Root() report: ReportInterface, @Ctx() context: CouncilContext): Promise<MeetingInterface> {
      return required(await context.meeting.load(report.meetingSlug), "meeting", report.meetingSlug);
    }

    @FieldResolver(() => PlanInterface, { nullable: true })
    presents(@Root() report: ReportInterface, @Ctx() context: CouncilContext): Promise<PlanInterface | null> | null {
      return report.planSlug ? context.plan.load(report.planSlug) : null;
    }

    @FieldResolver(() => [ReportSectionEntity])
    async sections(
      @Root() report: ReportInterface,
      @Arg("kind", () => ReportSectionKind, { nullable: true, description: "Only sections of this kind (e.g. FINANCIAL)." }) kind: ReportSectionKind | null | undefined,
      @Ctx() context: CouncilContext,
    ): Promise<ReportSectionEntity[]> {
      const rows = await context.sectionsOfReport.load(report.slug);
      return kind === null || kind === undefined ? rows : rows.filter((row) => row.kind === kind);
    }
  }

  return [CouncilResolver, PlanResolver, PriorityResolver, ActionResolver, BoardResolver, MeetingResolver, ReportResolver];
}

const INDICATOR_CODE = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Indicator codes are slugs; anything else is a client mistake, not an empty answer. */
function indicatorCode(code: string): string {
  if (!INDICATOR_CODE.test(code)) throw badUserInput(`"${code.slice(0, 100)}" is not an indicator code (lower-case letters, digits and hyphens, e.g. "cared-for-children")`, { field: "code" });
  return code;
}

/** Newest first: by statistics period, then as-at date; values with neither keep document order. */
const newestFirst = (a: FigureEntity, b: FigureEntity): number =>
  (b.timePeriod ?? "").localeCompare(a.timePeriod ?? "") || (b.asAt ?? "").localeCompare(a.asAt ?? "") || a.position - b.position;

function councilIndicator(council: CouncilConfig, code: string, figures: FigureEntity[], measures: MeasureEntity[]): CouncilIndicator {
  const values = figures.filter((figure) => figure.geography === null).sort(newestFirst);
  return Object.assign(new CouncilIndicator(), {
    indicator: new IndicatorReference(globalId(INDICATOR_TYPE_NAME, code)),
    tracked: measures.length > 0,
    measures,
    values,
    latest: values[0] ?? null,
    comparators: figures.filter((figure) => figure.geography !== null).sort(newestFirst),
    noValueReason:
      values.length > 0
        ? null
        : measures.length > 0
          ? `${council.name}'s plans track this indicator, but the loaded documents and statistics give no value for it.`
          : `${council.name} has no value for this indicator in the loaded documents and statistics.`,
  });
}

@Resolver(() => MeasureEntity)
export class MeasureResolver {
  @FieldResolver(() => IndicatorReference, { description: "The catalogue indicator the measure corresponds to." })
  indicator(@Root() measure: MeasureEntity): IndicatorReference {
    return new IndicatorReference(globalId(INDICATOR_TYPE_NAME, measure.indicator));
  }

  @FieldResolver(() => PlanInterface, { description: "The plan that lists the measure." })
  async plan(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<PlanInterface> {
    return required(await context.plan.load(measure.planSlug), "plan", measure.planSlug);
  }

  @FieldResolver(() => PriorityInterface, {
    nullable: true,
    description: "The priority (theme) the plan lists the measure under; null where none.",
    deprecationReason: "Use `parentHeading`: the same heading, of whatever kind the document names it.",
  })
  priority(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<PriorityInterface | null> | null {
    return measure.prioritySlug ? context.priority.load(measure.prioritySlug) : null;
  }

  @FieldResolver(() => HeadingInterface, { nullable: true, description: "The heading (of any kind and depth) the plan lists the measure under; null where none." })
  parentHeading(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
    return measure.prioritySlug ? context.priority.load(measure.prioritySlug) : null;
  }

  @FieldResolver(() => MeasureGroupEntity, { nullable: true, description: "The group the plan prints the measure in (e.g. \"Closing the gap:\"); null where it prints it in none." })
  group(@Root() measure: MeasureEntity, @Ctx() context: CouncilContext): Promise<MeasureGroupEntity | null> | null {
    return measure.groupSlug ? context.measureGroup.load(measure.groupSlug) : null;
  }
}

@Resolver(() => MeasureGroupEntity)
export class MeasureGroupResolver {
  @FieldResolver(() => [MeasureEntity], { description: "The group's measures, in document order." })
  measures(@Root() group: MeasureGroupEntity, @Ctx() context: CouncilContext): Promise<MeasureEntity[]> {
    return context.measuresOfGroup.load(group.slug);
  }

  @FieldResolver(() => PlanInterface, { description: "The plan that prints the group." })
  async plan(@Root() group: MeasureGroupEntity, @Ctx() context: CouncilContext): Promise<PlanInterface> {
    return required(await context.plan.load(group.planSlug), "plan", group.planSlug);
  }

  @FieldResolver(() => HeadingInterface, { nullable: true, description: "The heading (of any kind and depth) the plan lists the group under; null where none." })
  parentHeading(@Root() group: MeasureGroupEntity, @Ctx() context: CouncilContext): Promise<HeadingInterface | null> | null {
    return group.parentSlug ? context.priority.load(group.parentSlug) : null;
  }
}

@Resolver(() => StatementEntity)
export class StatementResolver {
  @FieldResolver(() => String, { description: "The kind's name from the vocabulary, e.g. \"Aspiration\"." })
  kindName(@Root() statement: StatementEntity, @Ctx() context: CouncilContext): string {
    return kindNameOf(statement.kindCode, context.planKinds.statementKinds);
  }
}

/** A kind code given as an argument: one the council's vocabulary defines, or BAD_USER_INPUT naming those it does. */
function knownKind(code: string, kinds: KindRecord[], what: string, field: string): string {
  if (kinds.some((kind) => kind.code === code)) return code;
  throw badUserInput(`"${code.slice(0, 100)}" is not a ${what} kind of this council. Known ${what} kinds: ${knownCodes(kinds)}.`, { field });
}

/** The vocabulary's name for a kind; data:check refuses unknown codes, so the code itself is only a fallback. */
const kindNameOf = (code: string, kinds: KindRecord[]): string => kinds.find((kind) => kind.code === code)?.name ?? code;

@Resolver(() => FigureEntity)
export class FigureResolver {
  @FieldResolver(() => IndicatorReference, { description: "The indicator this is a value of." })
  indicator(@Root() figure: FigureEntity): IndicatorReference {
    return new IndicatorReference(globalId(INDICATOR_TYPE_NAME, figure.indicator));
  }

  @FieldResolver(() => String, { description: "GSS code of the area the value is for: the council's own, or a comparator's such as England (E92000001)." })
  geography(@Root() figure: FigureEntity, @Ctx() context: CouncilContext): string {
    return figure.geography ?? context.council.gssCode;
  }
}

function required<T>(row: T | null, kind: string, key: string): T {
  if (row === null) throw new Error(`${kind} ${key} is missing: the data files are inconsistent`);
  return row;
}

/** __resolveReference for each of the council's entity types: one batched SQL statement per type. */
export function councilReferences(council: CouncilConfig): Record<string, ReferenceResolver<CouncilContext>> {
  const loaderOf: Record<Exclude<CouncilEntityKind, "Council">, (context: CouncilContext) => CouncilContext["plan" | "priority" | "action" | "board" | "meeting" | "report"]> = {
    Plan: (context) => context.plan,
    Priority: (context) => context.priority,
    Action: (context) => context.action,
    Board: (context) => context.board,
    Meeting: (context) => context.meeting,
    Report: (context) => context.report,
  };
  const references: Record<string, ReferenceResolver<CouncilContext>> = {};
  for (const kind of COUNCIL_ENTITY_KINDS) {
    const typeName = councilTypeName(council, kind);
    references[typeName] = (reference, context) => {
      const key = keyOf(reference.id, typeName);
      if (key === null) return null;
      if (kind === "Council") return key === council.id ? context.council : null;
      return loaderOf[kind](context).load(key);
    };
  }
  return references;
}
