import { Column, Entity, PrimaryColumn } from "typeorm";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Band } from "../../../lib/comparison/compare";
import { ValueStatus } from "../../../lib/graphql/enums";
import { enumOf } from "../../../lib/graphql/enum-of";
import { GEOGRAPHY_LEVELS } from "../../../lib/data/schemas";
import type { CouncilOwnedReference } from "./council-references";
import { Source } from "../../../lib/sources/model";
import { Quoted } from "../../../lib/sources/quoted";

export const GeographyLevel = enumOf(GEOGRAPHY_LEVELS);
export type GeographyLevel = keyof typeof GeographyLevel;
registerEnumType(GeographyLevel, {
  name: "GeographyLevel",
  description: "The kind of area a statistics row is for.",
  valuesConfig: {
    NATIONAL: { description: "A country (England)." },
    REGIONAL: { description: "A region of England (e.g. North West)." },
    LOCAL_AUTHORITY: { description: "A local authority, past or present." },
    COMBINED_LOCAL_AUTHORITIES: { description: 'Several local authorities published together (e.g. "E06000063 / E06000064").' },
  },
});

export enum QuartileBand {
  A = "A",
  B = "B",
  C = "C",
  D = "D",
}
registerEnumType(QuartileBand, {
  name: "QuartileBand",
  description: "Where a council's value sits among all local authorities with a value, by the indicator's polarity (as LAIT bands it).",
  valuesConfig: { A: { description: "The best quarter." }, B: { description: "The second quarter." }, C: { description: "The third quarter." }, D: { description: "The worst quarter." } },
});

@Entity("geography")
@ObjectType("Geography", { description: "An area statistics are published for: England, a region, a local authority (with its dates where it began or ended), or a combined row." })
export class GeographyEntity {
  @Field(() => String, { description: 'ONS GSS code, e.g. "E06000063" (a combined row joins codes with " / ").' })
  @PrimaryColumn({ type: "varchar" })
  code: string;

  @Field(() => String, { description: "Name." })
  @Column({ type: "varchar" })
  name: string;

  @Field(() => GeographyLevel, { description: "What kind of area." })
  @Column({ type: "varchar" })
  level: GeographyLevel;

  @Field(() => String, { nullable: true, description: "The DfE 3-digit local authority code (old_la_code), where it has one." })
  @Column({ name: "la_code", type: "varchar", nullable: true })
  laCode: string | null;

  @Field(() => String, { nullable: true, description: "The day it came into being, where the graph knows it (ISO 8601)." })
  @Column({ name: "valid_from", type: "varchar", nullable: true })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: "The last day it existed, where it has ended (e.g. 2023-03-31)." })
  @Column({ name: "valid_to", type: "varchar", nullable: true })
  validTo: string | null;
}

@Entity("area_value")
@ObjectType("AreaValue", { description: "One published value of an indicator for an area and period, from a loaded statistics file." })
export class AreaValueEntity {
  @PrimaryColumn({ type: "varchar" })
  id: string;

  @Field(() => String, { description: "The indicator's code." })
  @Column({ type: "varchar" })
  indicator: string;

  @Field(() => String, { description: "GSS code of the area." })
  @Column({ type: "varchar" })
  geography: string;

  @Column({ type: "varchar" })
  level: GeographyLevel;

  @Field(() => String, { description: "The period as the file gives it (YYYY or YYYYZZ, e.g. 202324)." })
  @Column({ name: "time_period", type: "varchar" })
  timePeriod: string;

  @Field(() => String, { nullable: true, description: 'The kind of period (e.g. "Financial year").' })
  @Column({ name: "time_identifier", type: "varchar", nullable: true })
  timeIdentifier: string | null;

  @Field(() => Float, { nullable: true, description: "The value; null when the file gives a symbol (see status)." })
  @Column({ type: "double precision", nullable: true })
  value: number | null;

  @Field(() => ValueStatus, { description: "PUBLISHED, or why there is no value (c suppressed, x unavailable, z not applicable, low)." })
  @Column({ type: "varchar" })
  status: ValueStatus;

  @Field(() => String, { description: "The document (statistics file) it was loaded from." })
  @Column({ name: "document_id", type: "varchar" })
  documentId: string;

  @Field(() => String, { description: "The file's row, as written: the value's provenance." })
  @Column({ type: "text" })
  quote: string;
}

@Entity("agency_value")
@ObjectType("ReportedValue", { description: "A value a joint initiative reports as itself (the Regional Adoption Agency's adoption scorecard, as the ASGLB data gives it): never computed from its councils' values." })
export class AgencyValueEntity extends Quoted {
  @PrimaryColumn({ type: "varchar" })
  id: string;

  @Column({ name: "initiative_slug", type: "varchar" })
  initiativeSlug: string;

  @Column({ type: "integer" })
  position: number;

  @Field(() => String, { description: 'The indicator\'s code (e.g. "adoption-a1").' })
  @Column({ type: "varchar" })
  indicator: string;

  @Field(() => String, { description: "The period (YYYY or YYYYZZ)." })
  @Column({ name: "time_period", type: "varchar" })
  timePeriod: string;

  @Field(() => String, { description: 'The kind of period as reported, e.g. "3-year rolling 2021-24" or "Quarter 2 2024-25".' })
  @Column({ name: "time_identifier", type: "varchar" })
  timeIdentifier: string;

  @Field(() => Float, { nullable: true, description: "The value as reported; null with a status saying why." })
  @Column({ type: "double precision", nullable: true })
  value: number | null;

  @Field(() => ValueStatus, { description: "PUBLISHED, PROVISIONAL, or why there is no value." })
  @Column({ type: "varchar" })
  status: ValueStatus;
}
// The accessor is Quoted's; the GraphQL field is declared on this class (as lib/council/records.ts does).
Field(() => Source, { description: "The document, section and words the value is taken from." })(AgencyValueEntity.prototype, "source");

@Entity("neighbour_set")
@ObjectType("StatisticalNeighbourSet", { description: "A versioned set of statistical neighbours, loaded from a file (the graph never works membership out)." })
export class NeighbourSetEntity {
  @Field(() => String, { description: "Its name, e.g. the release it came from." })
  @PrimaryColumn({ type: "varchar" })
  name: string;

  @Field(() => String, { description: "The release it is from." })
  @Column({ type: "varchar" })
  release: string;

  @Field(() => String, { description: "What it is." })
  @Column({ type: "text" })
  description: string;

  @Column({ type: "integer" })
  synthetic: number;

  @Field(() => Boolean, { name: "synthetic", description: "True for a made-up set (tests): never real membership." })
  get isSynthetic(): boolean {
    return this.synthetic === 1;
  }
}

@Entity("neighbour")
export class NeighbourRow {
  @PrimaryColumn({ name: "set_name", type: "varchar" })
  setName: string;

  @PrimaryColumn({ type: "varchar" })
  geography: string;

  @PrimaryColumn({ type: "varchar" })
  neighbour: string;

  @Column({ type: "integer" })
  position: number;
}

@ObjectType("ComparedValue", { description: "An area's value in a period of a comparison." })
export class ComparedValue {
  @Field(() => Float, { nullable: true, description: "The value; null with a status saying why." })
  value: number | null;

  @Field(() => ValueStatus, { description: "PUBLISHED, or why there is no value." })
  status: ValueStatus;
}

@ObjectType("ComparisonPoint", { description: "One period of a comparison: the council beside its region, England and its statistical neighbours." })
export class ComparisonPoint {
  @Field(() => String, { description: "The period (YYYY or YYYYZZ)." })
  timePeriod: string;

  @Field(() => String, { nullable: true, description: 'The kind of period (e.g. "Financial year").' })
  timeIdentifier: string | null;

  @Field(() => ComparedValue, { nullable: true, description: "The council's value; null where the loaded files have no row for it (e.g. before it existed: a predecessor's values stay the predecessor's)." })
  council: ComparedValue | null;

  @Field(() => ComparedValue, { nullable: true, description: "Its region's value; null where there is none." })
  region: ComparedValue | null;

  @Field(() => ComparedValue, { nullable: true, description: "England's value; null where there is none." })
  england: ComparedValue | null;

  @Field(() => Float, { nullable: true, description: "Mean of the statistical neighbours that have a value (missing ones left out); null when none has." })
  neighbourMean: number | null;

  @Field(() => Int, { description: "How many neighbours the mean is over." })
  neighboursWithValue: number;

  @Field(() => Int, { description: "How many neighbours the set names for the council (0 without a set)." })
  neighbours: number;
}

@ObjectType("PredecessorComparison", {
  description:
    "The series of the council a council succeeds (its predecessor, e.g. a county council abolished when unitary councils replaced it), up to its last period with a value: another area's values, shown beside the council's, never as the council's own.",
})
export class PredecessorComparison {
  @Field(() => String, { description: "The predecessor's GSS code (e.g. E10000006)." })
  gssCode: string;

  @Field(() => String, { description: "Its name." })
  name: string;

  @Field(() => String, { description: "Its DfE 3-digit code (909)." })
  laCode: string;

  @Field(() => String, { description: "Its last day (ISO 8601)." })
  lastDay: string;

  @Field(() => NeighbourSetEntity, { nullable: true, description: "The statistical neighbour set its neighbours' mean is over: its own model's (April 2021), as versioned; null when that set is not loaded." })
  neighbourSet: NeighbourSetEntity | null;

  @Field(() => [ComparisonPoint], { description: "Its periods, oldest first, up to the last in which it has a value; `council` is the predecessor's value here." })
  series: ComparisonPoint[];

  @Field(() => String, { nullable: true, description: "Its last period with a value." })
  lastPeriod: string | null;
}

@ObjectType("PublishedMeasure", { description: "The published measure an indicator is compared on: which DfE dataset, its name, polarity and unit as the data dictionary gives them, the publication, and the licence." })
export class PublishedMeasure {
  @Field(() => String, { description: 'Where the values come from: "LAIT" (the DfE Local Authority Interactive Tool\'s dataset) or "EES" (an Explore Education Statistics file).' })
  dataset: string;

  @Field(() => String, { description: 'LAIT\'s code of the measure (its Short Desc), e.g. "ReReferral".' })
  measure: string;

  @Field(() => String, { description: "LAIT's name of the measure." })
  title: string;

  @Field(() => String, { description: 'Polarity as the data dictionary gives it: "Low" (lower is better), "High" or "-" (none).' })
  polarity: string;

  @Field(() => String, { description: 'Unit as the data dictionary gives it, e.g. "Rate per 10,000".' })
  unit: string;

  @Field(() => String, { description: 'The kind of year, e.g. "Financial Year".' })
  yearType: string;

  @Field(() => String, { nullable: true, description: "The publication's page." })
  publication: string | null;

  @Field(() => String, { description: "The first period of the councils' own values (e.g. 2024 for children's social care, 2023 for school-year data): before it the area was a predecessor's." })
  councilsFrom: string;

  @Field(() => String, { description: "The attribution the values are shipped under." })
  licence: string;
}

/** The Open Government Licence attribution every DfE value is shipped under. */
export const OGL_ATTRIBUTION = "Contains public sector information licensed under the Open Government Licence v3.0.";

@ObjectType("CouncilComparison", { description: "One council's side of an indicator comparison, ready for a chart." })
export class CouncilComparison {
  @Field(() => String, { description: "The council's GSS code." })
  gssCode: string;

  council: CouncilOwnedReference;
  regionCode: string | null;
  neighbourCodes: string[];

  @Field(() => [ComparisonPoint], { description: "Up to `periods` periods, oldest first." })
  series: ComparisonPoint[];

  @Field(() => QuartileBand, { nullable: true, description: "The council's quartile band among all local authorities in the loaded data, by polarity; null with quartileReason when the data cannot support one." })
  quartile: Band | null;

  @Field(() => String, { nullable: true, description: "Why there is no band, where there is none." })
  quartileReason: string | null;

  @Field(() => String, { nullable: true, description: "The period the band is for: the latest in which the council has a value." })
  quartilePeriod: string | null;

  @Field(() => Int, { description: "How many local authorities had a value in that period (the council among them)." })
  localAuthoritiesRanked: number;

  @Field(() => PredecessorComparison, {
    nullable: true,
    description: "The predecessor's series (to its last year), clearly another area's: never part of `series`. Null for a council with no predecessor or an indicator without its values.",
  })
  predecessor: PredecessorComparison | null;

  @Field(() => String, { nullable: true, description: "What a reader must know to read the series, e.g. where the measure switches from a predecessor to the council. Null when there is nothing to say." })
  note: string | null;
}

@ObjectType("IndicatorComparison", { description: "An indicator compared LAIT-style for every configured council, side by side." })
export class IndicatorComparison {
  indicatorCode: string;

  @Field(() => NeighbourSetEntity, { nullable: true, description: "The statistical neighbour set used; null when none is loaded." })
  neighbourSet: NeighbourSetEntity | null;

  @Field(() => [CouncilComparison], { description: "Each configured council, in the order of `Query.councils`." })
  councils: CouncilComparison[];

  @Field(() => String, { description: "Where the gateway serves this comparison as CSV, in the published files' columns (a path on the gateway)." })
  csvPath: string;

  @Field(() => PublishedMeasure, { nullable: true, description: "The DfE measure the values are, with its publication and licence; null for an indicator not mapped to one (e.g. the test fixture's)." })
  publishedMeasure: PublishedMeasure | null;
}

/** The key of an area's values of one indicator (the loader's). */
export const areaValueKey = (geography: string, indicator: string): string => `${geography}\u0000${indicator}`;
