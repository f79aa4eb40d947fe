import { Column, Entity, PrimaryColumn } from "typeorm";
import { Arg, Directive, Field, ID, InputType, Int, InterfaceType, ObjectType } from "type-graphql";
import { ChangeConnection } from "../tracking/changes";
import { AuditEntryConnection, ProgressUpdateConnection, ProgressUpdateEntity, Rag, UpdateState } from "../tracking/model";
import { entityArg, statesArg } from "../tracking/read";
export { NodeInterface } from "../graphql/node";
import { globalId, GLOBAL_ID_DESCRIPTION } from "../ids/global-id";
import { Source } from "../sources/model";
import { Quoted } from "../sources/quoted";
import { afterArg, CONNECTION_LIST_SIZE, connectionType, firstArg, type Connection } from "../graphql/connection";
export { Quoted };
import { THEME_DESCRIPTION } from "../vocabulary/themes";
import { ActionStatus, BoardKind, PlanKind, ReportSectionKind, StatementKind, ThemeCode } from "../graphql/enums";
import { isStatementKind } from "../vocabulary/enums";
import { CouncilIndicator, FigureEntity, MeasureEntity, MeasureGroupEntity, ReportSectionEntity, SignatoryEntity, VoiceEntity } from "./records";

/**
 * The council subgraph's shape, written once. Interfaces carry the common fields (and, for
 * TypeORM, the columns); each council gets concrete types named after it (see entities.ts),
 * so a reference is always routed to the council that owns the row.
 */

/** A class whose GraphQL type name is known at run time (set per council by the entity factory). */
export interface TypedClass {
  typeName: string;
}

/** Columns and fields of every council-owned entity: a stable key, document order, provenance. */
export abstract class CouncilRow extends Quoted {
  /** Local key from the data files, e.g. "ambition-for-every-child.a27"; the global id adds the type. */
  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ type: "integer" })
  position: number;

  get id(): string {
    return globalId((this.constructor as unknown as TypedClass).typeName, this.slug);
  }
}

@ObjectType("Theme", { description: THEME_DESCRIPTION })
@Directive('@key(fields: "id", resolvable: false)')
export class ThemeReference {
  constructor(code: string, id: string) {
    this.code = code;
    this.id = id;
  }
  code: string;

  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  id: string;
}

@ObjectType("Period", { description: "The period a plan covers, as the document states it." })
@Directive("@shareable")
export class Period {
  @Field(() => String, { nullable: true, description: 'Start, as an ISO 8601 date at the precision the document gives ("2024", "2024-09"); null where it gives none.' })
  start: string | null;

  @Field(() => String, { nullable: true, description: "End, as an ISO 8601 date at the precision the document gives; null where it gives none." })
  end: string | null;

  @Field(() => String, { description: "The document's own words for the period." })
  text: string;

  @Field(() => Source, { description: "Where the document states the period." })
  source: Source;
}

@Entity("statement")
@ObjectType("Statement", { description: "A sourced statement of a plan or priority: an outcome, a measure of success, a promise, a principle, an achievement and so on (see kind)." })
@Directive("@shareable")
export class StatementEntity extends Quoted {
  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ name: "owner_slug", type: "varchar" })
  ownerSlug: string;

  @Field(() => String, { description: 'What the statement is, as a code of the statement-kinds vocabulary (lib/vocabulary/statement-kinds.json plus the council\'s own), e.g. "PROMISE", "ASPIRATION".' })
  @Column({ name: "kind", type: "varchar" })
  kindCode: string;

  @Field(() => String, { description: 'The kind\'s name from the vocabulary, e.g. "Aspiration".' })
  kindName: string;

  @Field(() => StatementKind, { description: "What the statement is, where the StatementKind enum lists its kind; OTHER for kinds it does not (read `kindCode`)." })
  get kind(): StatementKind {
    return isStatementKind(this.kindCode) ? this.kindCode : "OTHER";
  }

  @Field(() => String, { nullable: true, description: 'The document\'s own word for this kind of statement where it differs from the kind\'s name (e.g. "Our Promise", "Our journey so far"); null where it gives none.' })
  @Column({ type: "varchar", nullable: true })
  label: string | null;

  @Field(() => String, { nullable: true, description: 'The statement\'s number as printed ("1", "a)"); null where the document prints none.' })
  @Column({ type: "varchar", nullable: true })
  number: string | null;

  /** The heading the statement hangs under, where the document places it under one. */
  @Column({ name: "parent_slug", type: "varchar", nullable: true })
  parentSlug: string | null;

  @Column({ name: "owner_kind", type: "varchar" })
  ownerKind: "PLAN" | "PRIORITY";

  @Field(() => String, { nullable: true, description: "The statement's name, where the document gives one (e.g. a principle's)." })
  @Column({ type: "varchar", nullable: true })
  title: string | null;

  @Column({ type: "integer" })
  position: number;

  @Field(() => String, { description: "The statement, verbatim from the document." })
  @Column({ type: "text" })
  text: string;
}

@InputType("ActionFilter", { description: "Narrows a list of actions. All given conditions must hold." })
export class ActionFilter {
  @Field(() => String, { nullable: true, description: "Case-insensitive text that the action's title or description must contain (at most 200 characters)." })
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only actions tagged with this theme: a code of Query.themes (the shared vocabulary or a council's own). A code no vocabulary has is BAD_USER_INPUT naming the known codes; another council's theme matches nothing here.",
  })
  themeCode?: string | null;

  @Field(() => ThemeCode, { nullable: true, deprecationReason: "Use themeCode: themes are data, and councils add their own.", description: "Only actions tagged with this theme of the shared vocabulary. Not with themeCode." })
  theme?: string | null;

  @Field(() => ActionStatus, { nullable: true, description: "Only actions with this status." })
  status?: ActionStatus | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only actions of this plan: its global id (e.g. "CumberlandPlan:children-and-family-wellbeing-plan") or key. Another council\'s plan, or a key this council has no plan by, matches nothing; an id of another type is BAD_USER_INPUT.',
  })
  plan?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only actions of the plans this board oversees: its global id or key. Another council's board, or a key this council has no board by, matches nothing; an id of another type is BAD_USER_INPUT.",
  })
  board?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only actions with no APPROVED progress update recorded on or after this date (YYYY-MM-DD, UTC), or none ever: e.g. the first day of the quarter for "no update this quarter". Not a date: BAD_USER_INPUT.',
  })
  notUpdatedSince?: string | null;

  @Field(() => [UpdateState], {
    nullable: true,
    description:
      "Only actions with at least one progress update in one of these states (e.g. [SUBMITTED]: the approval inbox). States other than APPROVED need signed-in partner staff, as in Action.updates: asked without, refused (UNAUTHENTICATED or FORBIDDEN), never silently emptied. An empty list sets no condition.",
  })
  updateStates?: UpdateState[] | null;
}

@InterfaceType("Council", { autoRegisterImplementations: false, description: "A local authority with children's services responsibilities; each council's subgraph owns its own." })
export abstract class CouncilInterface {
  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  id: string;

  @Field(() => String, { description: 'Official name, e.g. "Cumberland Council".' })
  name: string;

  @Field(() => String, { description: 'ONS GSS code (the new_la_code of Department for Education files), e.g. "E06000063".' })
  gssCode: string;

  @Field(() => String, { description: 'Department for Education 3-digit local authority code (old_la_code), e.g. "942".' })
  laCode: string;

  @Field(() => String, { description: "ISO date the council came into being (e.g. 2023-04-01)." })
  formed: string;

  @Directive("@listSize(assumedSize: 3)")
  @Field(() => [PlanInterface], { description: "The council's children's plans and strategies, in a stable order." })
  plans: PlanInterface[];

  @Directive("@listSize(assumedSize: 8)")
  @Field(() => [BoardInterface], { description: "Boards, committees and partnerships the council's documents name." })
  boards: BoardInterface[];

  @Directive(CONNECTION_LIST_SIZE)
  @Field(() => ActionConnection, { description: "Every action in the council's plans, in document order (plan by plan), optionally filtered; a page at a time." })
  actions(@Arg("filter", () => ActionFilter, { nullable: true, description: "Conditions the actions must meet." }) _filter?: ActionFilter, @firstArg() _first?: number, @afterArg() _after?: string): ActionConnection {
    throw new Error("resolved by the council's resolvers");
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Field(() => IndicatorValueConnection, { description: "Indicator values the council's sources give (its own and comparator areas'), in source order, optionally for one indicator; a page at a time." })
  figures(@Arg("indicator", () => String, { nullable: true, description: 'An indicator code, e.g. "cared-for-children".' }) _indicator?: string, @firstArg() _first?: number, @afterArg() _after?: string): IndicatorValueConnection {
    throw new Error("resolved by the council's resolvers");
  }

  @Field(() => CouncilIndicator, { description: "One indicator for this council: tracked or not, its values, and why there is none if so. Fan out through `councils` to compare councils." })
  indicator(@Arg("code", () => String, { description: 'An indicator code, e.g. "cared-for-children".' }) _code: string): CouncilIndicator {
    throw new Error("resolved by the council's resolvers");
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Field(() => MeetingConnection, { description: "Meetings of the council's boards and committees that the documents record, oldest first; a page at a time." })
  meetings(@firstArg() _first?: number, @afterArg() _after?: string): MeetingConnection {
    throw new Error("resolved by the council's resolvers");
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Field(() => AuditEntryConnection, { description: "Every write to the council's tracking data, newest first, or those of one action (entity). Needs the ADMIN role." })
  auditLog(
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) _first?: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last entry of the previous page." }) _after?: string,
    @entityArg() _entity?: string,
  ): AuditEntryConnection {
    throw new Error("resolved by the council's resolvers");
  }

  @Directive(CONNECTION_LIST_SIZE)
  @Field(() => ChangeConnection, {
    description:
      "The council's change feed: what changed (approved progress and data loads for anyone; every sign-off step for signed-in partner staff), oldest first after the cursor `after` (the feed's since). Keep `pageInfo.endCursor` (it stays put when nothing changed) and pass it as `after` next time: each change comes exactly once.",
  })
  changes(
    @firstArg() _first?: number,
    @Arg("after", () => String, { nullable: true, description: "Where to go on from (the feed's since): the endCursor of the last page read; from the start when null." }) _after?: string,
  ): ChangeConnection {
    throw new Error("resolved by the council's resolvers");
  }
}

@InterfaceType("Plan", { autoRegisterImplementations: false, description: "A council's plan or strategy for children and families." })
export abstract class PlanInterface extends CouncilRow {
  @Field(() => String, { description: "Title as the document gives it." })
  @Column({ type: "varchar" })
  title: string;

  @Field(() => PlanKind, { description: "Plan or strategy." })
  @Column({ type: "varchar" })
  kind: PlanKind;

  @Column({ name: "period_start", type: "varchar", nullable: true })
  periodStart: string | null;

  @Column({ name: "period_end", type: "varchar", nullable: true })
  periodEnd: string | null;

  @Column({ name: "period_text", type: "varchar" })
  periodText: string;

  @Column({ name: "period_section", type: "varchar" })
  periodSection: string;

  @Column({ name: "period_quote", type: "text" })
  periodQuote: string;

  /** The document the period is stated in, where it is not the plan's own (e.g. the report presenting it). */
  @Column({ name: "period_document_id", type: "varchar", nullable: true })
  periodDocumentId: string | null;

  @Field(() => Period, { description: "The period the plan covers." })
  get period(): Period {
    return Object.assign(new Period(), {
      start: this.periodStart,
      end: this.periodEnd,
      text: this.periodText,
      source: new Source(this.periodDocumentId ?? this.documentId, this.periodSection, this.periodQuote),
    });
  }

  @Field(() => CouncilInterface, { description: "The council whose plan this is." })
  council: CouncilInterface;

  @Directive("@listSize(assumedSize: 6)")
  @Field(() => [PriorityInterface], {
    description: "Top-level priorities (or themes) in document order; nested priorities are under `children`.",
    deprecationReason: "Use `headings`: the same top-level headings, whatever the document calls them (priority, theme, outcome ...), with their kind and number.",
  })
  priorities: PriorityInterface[];

  @Directive("@listSize(assumedSize: 6)")
  @Field(() => [HeadingInterface], {
    description: 'The plan\'s structure: its top-level headings in document order (nested ones under `children`). With `kind`, every heading of that kind at any depth, in document order: e.g. `headings(kind: "OUTCOME")`.',
  })
  headings(@Arg("kind", () => String, { nullable: true, description: 'A heading-kind code (e.g. "OUTCOME"); one the council\'s vocabulary does not define is BAD_USER_INPUT naming the known codes.' }) _kind?: string): HeadingInterface[] {
    throw new Error("resolved by the council's resolvers");
  }

  @Field(() => [MeasureGroupEntity], { description: 'Groups of measures the plan prints under one heading (e.g. "Closing the gap:" over several measures), in document order.' })
  measureGroups: MeasureGroupEntity[];

  @Directive("@listSize(assumedSize: 35)")
  @Field(() => [ActionInterface], { description: "Every action of the plan, in document order." })
  actions: ActionInterface[];

  @Field(() => [BoardInterface], { description: "Boards the documents say oversee, monitor or receive reports on this plan." })
  boards: BoardInterface[];

  @Field(() => [StatementEntity], { description: "Outcomes the plan says it will measure success by, in document order (empty where it lists none)." })
  outcomes: StatementEntity[];

  @Field(() => [StatementEntity], { description: "The plan's sourced statements (vision, promise, principles, achievements, aspirations ...), in document order, optionally of one kind." })
  statements(
    @Arg("kind", () => StatementKind, { nullable: true, description: "Only statements of this kind (OTHER: those whose kind the enum does not list; `kindCode` names any kind)." }) _kind?: StatementKind,
    @Arg("kindCode", () => String, { nullable: true, description: 'Only statements of this statement-kind code (e.g. "ASPIRATION"); one the council\'s vocabulary does not define is BAD_USER_INPUT naming the known codes.' })
    _kindCode?: string,
  ): StatementEntity[] {
    throw new Error("resolved by the council's resolvers");
  }

  @Field(() => [MeasureEntity], { description: "Performance measures the plan says it tracks, in document order." })
  measures: MeasureEntity[];

  @Field(() => [VoiceEntity], { description: "Voices of children, young people, parents and carers the plan carries, in document order." })
  voices: VoiceEntity[];

  @Field(() => [SignatoryEntity], { description: "People who sign or introduce the plan, in their public roles." })
  signatories: SignatoryEntity[];

  @Field(() => [ReportInterface], { description: "Committee reports that present this plan." })
  reports: ReportInterface[];
}

@InterfaceType("Heading", {
  autoRegisterImplementations: false,
  description:
    "A heading of a plan's structure, of whatever kind the document names it (priority, theme, outcome, objective, pillar ...: `kind`), with its number as printed. Headings nest (`children`); actions, measures and statements hang under a heading of any kind and depth.",
})
export abstract class HeadingInterface extends CouncilRow {
  @Column({ name: "plan_slug", type: "varchar" })
  planSlug: string;

  @Column({ name: "parent_slug", type: "varchar", nullable: true })
  parentSlug: string | null;

  @Field(() => String, { description: 'What the document calls the heading, as a code of the heading-kinds vocabulary (lib/vocabulary/heading-kinds.json plus the council\'s own), e.g. "PRIORITY", "THEME", "OUTCOME".' })
  @Column({ type: "varchar", default: "PRIORITY" })
  kind: string;

  @Field(() => String, { description: 'The kind\'s name from the vocabulary, e.g. "Outcome".' })
  kindName: string;

  @Field(() => String, { nullable: true, description: 'The heading\'s number or label as printed ("1)", "2.3", "Outcome 1"); null where the document prints none.' })
  @Column({ type: "varchar", nullable: true })
  number: string | null;

  @Field(() => String, { description: "Title, verbatim from the document." })
  @Column({ type: "text" })
  title: string;

  @Field(() => String, { nullable: true, description: "Description, verbatim from the document; null where it gives none." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => PlanInterface, { description: "The plan the heading belongs to." })
  plan: PlanInterface;

  // Not `parent` and `children`: Priority has those, typed Priority, and a field typed Heading here
  // would make the implementations' fields covariant, which the gateway's query planner refuses
  // ("Heading.kind requested on Priority, but Heading is not an implementation").
  @Field(() => HeadingInterface, { nullable: true, description: "The heading this one is nested under; null for a top-level heading." })
  parentHeading: HeadingInterface | null;

  @Directive("@listSize(assumedSize: 6)")
  @Field(() => [HeadingInterface], { description: "Headings nested under this one, in document order." })
  subheadings: HeadingInterface[];

  @Directive("@listSize(assumedSize: 10)")
  @Field(() => [ActionInterface], { description: "Actions the document places directly under this heading, in document order." })
  actions: ActionInterface[];

  @Field(() => [MeasureEntity], { description: "Performance measures the plan lists directly under this heading, in document order." })
  measures: MeasureEntity[];

  @Field(() => [StatementEntity], { description: "Statements the plan places directly under this heading (promises, aspirations, pledges ...), in document order; how success on it will be known is in `successMeasures`." })
  statements: StatementEntity[];

  @Field(() => [StatementEntity], { description: "How the plan says success under this heading will be known, in document order." })
  successMeasures: StatementEntity[];
}

@InterfaceType("Priority", {
  autoRegisterImplementations: false,
  description: "A heading of a plan (a strategic priority, priority theme, outcome ...). Kept for existing clients: new ones use the `Heading` interface, whose `kind` says what the document calls it.",
})
export abstract class PriorityInterface extends HeadingInterface {
  @Field(() => PlanInterface, { description: "The plan the priority belongs to." })
  override plan: PlanInterface;

  @Field(() => PriorityInterface, { nullable: true, description: "The priority this one is nested under; null for a top-level priority." })
  parent: PriorityInterface | null;

  @Directive("@listSize(assumedSize: 6)")
  @Field(() => [PriorityInterface], { description: "Nested priorities, in document order." })
  children: PriorityInterface[];

  @Directive("@listSize(assumedSize: 10)")
  @Field(() => [ActionInterface], { description: "Actions the document places under this priority, in document order." })
  override actions: ActionInterface[];

  @Field(() => [StatementEntity], { description: "How the plan says success on this priority will be known, in document order." })
  override successMeasures: StatementEntity[];

  @Field(() => [MeasureEntity], { description: "Performance measures the plan lists under this priority (theme)." })
  override measures: MeasureEntity[];
}

@InterfaceType("Action", { autoRegisterImplementations: false, description: "Something a plan says the council will do." })
export abstract class ActionInterface extends CouncilRow {
  @Column({ name: "plan_slug", type: "varchar" })
  planSlug: string;

  @Column({ name: "priority_slug", type: "varchar", nullable: true })
  prioritySlug: string | null;

  @Field(() => String, { description: "The action as the document words it: the whole bullet, or the first sentence of a longer paragraph (the rest is in `description`)." })
  @Column({ type: "text" })
  title: string;

  @Field(() => String, { nullable: true, description: "The rest of the action's paragraph, verbatim; null where there is none." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: "The heading the document lists the action under, verbatim; null where there is none." })
  @Column({ type: "varchar", nullable: true })
  heading: string | null;

  @Field(() => ActionStatus, { description: "Progress status, as the latest APPROVED update gives it: NOT_REPORTED until one is approved (the documents report none)." })
  @Column({ type: "varchar", default: ActionStatus.NOT_REPORTED })
  status: ActionStatus;

  @Field(() => Rag, { nullable: true, description: "RAG rating of the latest APPROVED progress update; null until one is approved." })
  @Column({ type: "varchar", nullable: true })
  rag: Rag | null;

  @Field(() => Int, { description: "Version of the action's tracked state: 0 until an update is approved, then one more per approved update. Drafts name it (expectedVersion)." })
  @Column({ type: "integer", default: 0 })
  version: number;

  @Field(() => String, { nullable: true, description: "When progress was last approved (ISO 8601, UTC); null until then." })
  @Column({ name: "updated_at", type: "varchar", nullable: true })
  updatedAt: string | null;

  @Field(() => ActionStatus, { nullable: true, description: "Forecast of the latest approved update: where the action will be by its due date; null until one gives it." })
  @Column({ name: "forecast_status", type: "varchar", nullable: true })
  forecastStatus: ActionStatus | null;

  @Field(() => ProgressUpdateEntity, { nullable: true, description: "The latest APPROVED progress update, with its note: what `status` rests on. Public." })
  latestUpdate: ProgressUpdateEntity | null;

  @Directive(CONNECTION_LIST_SIZE)
  @Field(() => ProgressUpdateConnection, { description: "Progress updates, newest first: APPROVED ones for anyone; drafts, submitted and returned ones for signed-in partner staff only." })
  updates(
    @Arg("first", () => Int, { nullable: true, description: "Page size (default 20, at most 100)." }) _first?: number,
    @Arg("after", () => String, { nullable: true, description: "Cursor of the last update of the previous page." }) _after?: string,
    @statesArg() _states?: UpdateState[],
  ): ProgressUpdateConnection {
    throw new Error("resolved by the council's resolvers");
  }

  @Field(() => PlanInterface, { description: "The plan the action belongs to." })
  plan: PlanInterface;

  @Field(() => PriorityInterface, {
    nullable: true,
    description:
      "The priority the action serves. Where the document lists actions under headings that restate its priority themes (Ambition for Every Child), the action is linked to the theme its heading restates; `heading` keeps the heading verbatim. Null where the document ties the action to none.",
    deprecationReason: "Use `parentHeading`: the same heading, of whatever kind the document names it (priority, theme, outcome ...).",
  })
  priority: PriorityInterface | null;

  @Field(() => HeadingInterface, {
    nullable: true,
    description:
      "The heading the action hangs under, of any kind and depth (a priority, theme, outcome ...). Where the document lists actions under headings that restate its headings in other words, the action is linked to the heading its heading restates; `heading` keeps the words verbatim. Null where the document ties the action to none.",
  })
  parentHeading: HeadingInterface | null;

  @Field(() => CouncilInterface, { description: "The council that owns the action." })
  council: CouncilInterface;

  @Directive("@listSize(assumedSize: 3)")
  @Field(() => [ThemeReference], { description: "Themes the action is tagged with (this project's classification, for cross-council questions)." })
  themes: ThemeReference[];
}

@InterfaceType("Board", { autoRegisterImplementations: false, description: "A board, committee or partnership in a council's governance." })
export abstract class BoardInterface extends CouncilRow {
  @Field(() => String, { description: "Name as the document gives it." })
  @Column({ type: "varchar" })
  name: string;

  @Field(() => BoardKind, { description: "What kind of board it is." })
  @Column({ type: "varchar" })
  kind: BoardKind;

  @Field(() => String, { nullable: true, description: "Who chairs it (a role), where the document says; else null." })
  @Column({ type: "varchar", nullable: true })
  chair: string | null;

  @Field(() => CouncilInterface, { description: "The council whose board it is." })
  council: CouncilInterface;

  @Directive("@listSize(assumedSize: 2)")
  @Field(() => [PlanInterface], { description: "Plans the documents say the board oversees, monitors or receives reports on." })
  oversees: PlanInterface[];

  @Directive(CONNECTION_LIST_SIZE)
  @Field(() => MeetingConnection, { description: "The board's meetings that the documents record, oldest first; a page at a time." })
  meetings(@firstArg() _first?: number, @afterArg() _after?: string): MeetingConnection {
    throw new Error("resolved by the council's resolvers");
  }
}

@InterfaceType("Meeting", { autoRegisterImplementations: false, description: "A meeting of a board or committee that the documents record." })
export abstract class MeetingInterface extends CouncilRow {
  @Column({ name: "board_slug", type: "varchar" })
  boardSlug: string;

  @Field(() => String, { description: "Date of the meeting (ISO 8601)." })
  @Column({ type: "varchar" })
  date: string;

  @Field(() => BoardInterface, { description: "The board or committee that met." })
  board: BoardInterface;

  @Field(() => [ReportInterface], { description: "Reports the meeting considered." })
  reports: ReportInterface[];
}

@InterfaceType("Report", { autoRegisterImplementations: false, description: "A report to a board or committee meeting." })
export abstract class ReportInterface extends CouncilRow {
  @Column({ name: "meeting_slug", type: "varchar" })
  meetingSlug: string;

  @Column({ name: "plan_slug", type: "varchar", nullable: true })
  planSlug: string | null;

  @Field(() => String, { description: "Report title as printed." })
  @Column({ type: "varchar" })
  title: string;

  @Field(() => String, { nullable: true, description: "Report author (name and public role), as printed." })
  @Column({ type: "varchar", nullable: true })
  author: string | null;

  @Field(() => String, { nullable: true, description: "Lead cabinet member(s), as printed." })
  @Column({ name: "lead_cabinet_member", type: "varchar", nullable: true })
  leadCabinetMember: string | null;

  @Field(() => String, { nullable: true, description: "Wards affected, as printed." })
  @Column({ name: "wards_affected", type: "varchar", nullable: true })
  wardsAffected: string | null;

  @Field(() => String, { nullable: true, description: "Whether the report is public, part exempt or exempt, as printed." })
  @Column({ name: "public_status", type: "varchar", nullable: true })
  publicStatus: string | null;

  @Field(() => String, { nullable: true, description: "Appendices, as printed." })
  @Column({ type: "varchar", nullable: true })
  appendices: string | null;

  @Field(() => MeetingInterface, { description: "The meeting that considered the report." })
  meeting: MeetingInterface;

  @Field(() => PlanInterface, { nullable: true, description: "The plan the report presents, if any." })
  presents: PlanInterface | null;

  @Field(() => [ReportSectionEntity], { description: "The report's numbered sections, in order." })
  sections(@Arg("kind", () => ReportSectionKind, { nullable: true, description: "Only sections of this kind (e.g. FINANCIAL)." }) _kind?: ReportSectionKind): ReportSectionEntity[] {
    throw new Error("resolved by the council's resolvers");
  }
}

/**
 * type-graphql inherits fields only from decorated classes, so the fields of the undecorated bases
 * (id, source) are declared on each type that has them; the getters above resolve them.
 */
for (const target of [PlanInterface, HeadingInterface, PriorityInterface, ActionInterface, BoardInterface, MeetingInterface, ReportInterface]) {
  Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })(target.prototype, "id");
}
for (const target of [PlanInterface, HeadingInterface, PriorityInterface, ActionInterface, BoardInterface, MeetingInterface, ReportInterface, StatementEntity]) {
  Field(() => Source, { description: "The document, section and words this record is taken from." })(target.prototype, "source");
}

/** Link rows (no GraphQL type of their own). */
@Entity("action_theme")
export class ActionThemeRow {
  @PrimaryColumn({ name: "action_slug", type: "varchar" })
  actionSlug: string;

  @PrimaryColumn({ type: "varchar" })
  theme: string;
}

@Entity("board_plan")
export class BoardPlanRow {
  @PrimaryColumn({ name: "board_slug", type: "varchar" })
  boardSlug: string;

  @PrimaryColumn({ name: "plan_slug", type: "varchar" })
  planSlug: string;
}

export const ActionConnection = connectionType<ActionInterface>("Action", () => ActionInterface, "actions", "in document order");
export type ActionConnection = Connection<ActionInterface>;

export const MeetingConnection = connectionType<MeetingInterface>("Meeting", () => MeetingInterface, "meetings", "oldest first");
export type MeetingConnection = Connection<MeetingInterface>;

export const IndicatorValueConnection = connectionType<FigureEntity>("IndicatorValue", () => FigureEntity, "indicator values", "in source order");
export type IndicatorValueConnection = Connection<FigureEntity>;
