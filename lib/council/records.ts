import { Column, Entity, PrimaryColumn } from "typeorm";
import { Directive, Field, Float, ID, ObjectType } from "type-graphql";
import { GLOBAL_ID_DESCRIPTION } from "../ids/global-id";
import { Source } from "../sources/model";
import { Quoted } from "../sources/quoted";
import { comparatorOf, FigureComparator, type StoredComparator } from "./figure-comparators";
import { ReportSectionKind, Speaker, ValueStatus, VoiceKind } from "../graphql/enums";
import { INDICATOR_DESCRIPTION } from "../vocabulary/enums";

/**
 * Sourced records of a council's documents beyond plans, priorities and actions: measures, voices,
 * signatories, figures and report sections. Value types (@shareable): every council subgraph has
 * them, resolved alike; each row is one council's, in that council's database.
 */
abstract class QuotedRow extends Quoted {
  @PrimaryColumn({ type: "varchar" })
  slug: string;

  @Column({ type: "integer" })
  position: number;
}

export const INDICATOR_TYPE_NAME = "Indicator";

@ObjectType(INDICATOR_TYPE_NAME, { description: INDICATOR_DESCRIPTION })
@Directive('@key(fields: "id", resolvable: false)')
export class IndicatorReference {
  constructor(id: string) {
    this.id = id;
  }
  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  id: string;
}

@Entity("measure")
@ObjectType("Measure", { description: "A performance measure a plan says it tracks, as the plan prints it, linked to the indicator it corresponds to." })
@Directive("@shareable")
export class MeasureEntity extends QuotedRow {
  @Column({ name: "plan_slug", type: "varchar" })
  planSlug: string;

  @Column({ name: "priority_slug", type: "varchar", nullable: true })
  prioritySlug: string | null;

  /** Catalogue code of the indicator. */
  @Column({ type: "varchar" })
  indicator: string;

  /** The group the plan prints the measure in (measure_group.slug), where it groups measures. */
  @Column({ name: "group_slug", type: "varchar", nullable: true })
  groupSlug: string | null;

  @Field(() => String, { description: "The measure as the plan prints it." })
  @Column({ type: "text" })
  text: string;
}

@Entity("measure_group")
@ObjectType("MeasureGroup", { description: 'Measures a plan prints together under one heading of their own (e.g. "Closing the gap:" over several key indicators).' })
@Directive("@shareable")
export class MeasureGroupEntity extends QuotedRow {
  @Column({ name: "plan_slug", type: "varchar" })
  planSlug: string;

  /** The plan heading the group is listed under, where it is listed under one. */
  @Column({ name: "parent_slug", type: "varchar", nullable: true })
  parentSlug: string | null;

  @Field(() => String, { description: 'The group\'s heading, verbatim from the document (e.g. "Closing the gap:").' })
  @Column({ type: "text" })
  title: string;
}

@Entity("voice")
@ObjectType("Voice", { description: "What children, young people, parents or carers say in a plan: a group or role, never an identifiable person." })
@Directive("@shareable")
export class VoiceEntity extends QuotedRow {
  @Column({ name: "plan_slug", type: "varchar" })
  planSlug: string;

  @Field(() => VoiceKind, { description: "What kind of statement it is." })
  @Column({ type: "varchar" })
  kind: VoiceKind;

  @Field(() => Speaker, { description: "Whose voice it is (a group or role)." })
  @Column({ type: "varchar" })
  speaker: Speaker;

  @Field(() => String, { description: "Their words, verbatim from the document." })
  @Column({ type: "text" })
  text: string;
}

@Entity("signatory")
@ObjectType("Signatory", { description: "Someone who signs or introduces a document, in their public role." })
@Directive("@shareable")
export class SignatoryEntity extends QuotedRow {
  @Column({ name: "plan_slug", type: "varchar" })
  planSlug: string;

  @Field(() => String, { description: "Name as printed." })
  @Column({ type: "varchar" })
  name: string;

  @Field(() => String, { description: "Public role as printed." })
  @Column({ type: "varchar" })
  role: string;
}

@ObjectType("StatisticsPeriod", { description: "The period of a value in the published statistics' convention." })
@Directive("@shareable")
export class StatisticsPeriod {
  @Field(() => String, { description: "time_period: YYYY or YYYYZZ, e.g. 202324." })
  timePeriod: string;

  @Field(() => String, { nullable: true, description: 'time_identifier, e.g. "Financial year".' })
  timeIdentifier: string | null;
}

@Entity("figure")
@ObjectType("IndicatorValue", { description: "A value of an indicator for an area, with its status, period and source." })
@Directive("@shareable")
export class FigureEntity extends QuotedRow {
  /** Catalogue code of the indicator. */
  @Column({ type: "varchar" })
  indicator: string;

  /** GSS code of a comparator area (e.g. England); null for the council itself. */
  @Column({ type: "varchar", nullable: true })
  geography: string | null;

  @Field(() => Float, { nullable: true, description: "The value, in the indicator's unit (62 for 62%); null unless status is PUBLISHED or PROVISIONAL." })
  @Column({ type: "double precision", nullable: true })
  value: number | null;

  @Field(() => Float, { nullable: true, description: 'Numerator, where the source gives one (44 in "44 of 289").' })
  @Column({ type: "double precision", nullable: true })
  numerator: number | null;

  @Field(() => Float, { nullable: true, description: 'Denominator, where the source gives one (289 in "44 of 289").' })
  @Column({ type: "double precision", nullable: true })
  denominator: number | null;

  @Field(() => ValueStatus, { description: "Published, provisional, or why there is no value (suppressed, not applicable, unavailable, low)." })
  @Column({ type: "varchar" })
  status: ValueStatus;

  @Column({ name: "time_period", type: "varchar", nullable: true })
  timePeriod: string | null;

  @Column({ name: "time_identifier", type: "varchar", nullable: true })
  timeIdentifier: string | null;

  @Field(() => String, { nullable: true, description: "The date the value is as at (ISO 8601, at the source's precision), where the source gives one." })
  @Column({ name: "as_at", type: "varchar", nullable: true })
  asAt: string | null;

  @Field(() => String, { nullable: true, description: "Why the value has no date (neither asAt nor period): the document gives it undated. Null for a dated value. Undated values are served like any other, marked so." })
  @Column({ name: "undated_reason", type: "text", nullable: true })
  undatedReason: string | null;

  /** The comparisons its document states beside it (FigureComparators: the `comparators` field). */
  @Column({ name: "comparators", type: "simple-json", nullable: true })
  comparatorRows: StoredComparator[] | null;

  @Field(() => String, { description: "The figure with its label, as the source prints it." })
  @Column({ type: "text" })
  text: string;

  @Field(() => Boolean, { description: "True when the value has neither asAt nor period (undatedReason says why)." })
  get undated(): boolean {
    return this.asAt === null && this.timePeriod === null;
  }

  @Field(() => [FigureComparator], { description: "The comparisons (its region, England, another area) its document states beside the value, in the document's words; empty where it states none." })
  get comparators(): FigureComparator[] {
    return (this.comparatorRows ?? []).map(comparatorOf);
  }

  @Field(() => StatisticsPeriod, { nullable: true, description: "The statistics period, where the source gives one." })
  get period(): StatisticsPeriod | null {
    return this.timePeriod === null ? null : Object.assign(new StatisticsPeriod(), { timePeriod: this.timePeriod, timeIdentifier: this.timeIdentifier });
  }
}

@ObjectType("ReportParagraph", { description: "A paragraph of a report, verbatim, with its number." })
@Directive("@shareable")
export class ReportParagraph {
  @Field(() => String, { nullable: true, description: 'Paragraph number as printed ("3.1"); null for an unnumbered paragraph.' })
  number: string | null;

  @Field(() => String, { description: "The paragraph, verbatim, without its number." })
  text: string;
}

@Entity("report_section")
@ObjectType("ReportSection", { description: "A numbered section of a committee report." })
@Directive("@shareable")
export class ReportSectionEntity extends QuotedRow {
  @Column({ name: "report_slug", type: "varchar" })
  reportSlug: string;

  @Field(() => String, { nullable: true, description: "Section number as printed." })
  @Column({ type: "varchar", nullable: true })
  number: string | null;

  @Field(() => String, { description: "Heading as printed." })
  @Column({ type: "varchar" })
  heading: string;

  @Field(() => ReportSectionKind, { description: "What part of the report it is." })
  @Column({ type: "varchar" })
  kind: ReportSectionKind;

  @Field(() => [ReportParagraph], { description: "Its paragraphs, in order." })
  @Column({ type: "simple-json" })
  paragraphs: ReportParagraph[];
}

for (const target of [MeasureEntity, MeasureGroupEntity, VoiceEntity, SignatoryEntity, FigureEntity, ReportSectionEntity]) {
  Field(() => Source, { description: "The document, section and words this record is taken from." })(target.prototype, "source");
}

@ObjectType("CouncilIndicator", { description: "One indicator for one council: whether its plans track it, and its values. Where there is no value, noValueReason says so." })
@Directive("@shareable")
export class CouncilIndicator {
  @Field(() => IndicatorReference, { description: "The indicator (definition, unit, polarity from the catalogue)." })
  indicator: IndicatorReference;

  @Field(() => Boolean, { description: "Whether any of the council's plans lists it as a performance measure." })
  tracked: boolean;

  @Field(() => [MeasureEntity], { description: "The plans' measures that correspond to it." })
  measures: MeasureEntity[];

  @Field(() => [FigureEntity], { description: "The council's own values, newest first." })
  values: FigureEntity[];

  @Field(() => FigureEntity, { nullable: true, description: "The newest of `values`; null when there is none." })
  latest: FigureEntity | null;

  @Field(() => [FigureEntity], { description: "Values for comparator areas (e.g. England) that the council's sources give." })
  comparators: FigureEntity[];

  @Field(() => String, { nullable: true, description: "Why there is no value, when `values` is empty; else null." })
  noValueReason: string | null;
}
