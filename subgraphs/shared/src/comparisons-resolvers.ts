import { In, type DataSource } from "typeorm";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { comparisonSeries, quartileBand, type AreaValue, type ComparisonPoint as Point, type Polarity } from "../../../lib/comparison/compare";
import { dfeMeasures as readDfeMeasures, type DfeMeasure, type DfeMeasures } from "../../../lib/data/dfe-measures";
import type { CouncilConfig } from "../../../lib/config/project";
import { badUserInput } from "../../../lib/graphql/errors";
import type { SharedContext } from "./context";
import { CouncilReference, type CouncilOwnedReference } from "./council-references";
import { IndicatorEntity, JointInitiativeEntity } from "./model";
import {
  AgencyValueEntity,
  AreaValueEntity,
  areaValueKey,
  ComparisonPoint,
  CouncilComparison,
  GeographyEntity,
  GeographyLevel,
  IndicatorComparison,
  NeighbourRow,
  NeighbourSetEntity,
  OGL_ATTRIBUTION,
  PredecessorComparison,
  PublishedMeasure,
} from "./comparisons-model";

let measuresRead: DfeMeasures | null = null;
/** The indicator-to-DfE-measure mapping (lib/vocabulary/dfe-measures.json), read once. */
const dfeMeasures = (): DfeMeasures => (measuresRead ??= readDfeMeasures());

/** An indicator code, and a GSS code (or codes joined by " / "): anything else names nothing here. */
const CODE = /^[a-z0-9][a-z0-9-]{0,99}$/;
const AREA = /^[EWSNK]\d{8}( \/ [EWSNK]\d{8}){0,3}$/;

/** Every value of the indicator in the loaded files, as the comparison takes them. */
async function valuesOf(dataSource: DataSource, indicator: string): Promise<AreaValue[]> {
  const rows = await dataSource.manager.find(AreaValueEntity, { where: { indicator }, order: { timePeriod: "ASC", geography: "ASC" } });
  return rows
    .filter((row) => row.level !== "COMBINED_LOCAL_AUTHORITIES")
    .map((row) => ({ geography: row.geography, level: row.level as AreaValue["level"], timePeriod: row.timePeriod, timeIdentifier: row.timeIdentifier, value: row.value, status: row.status }));
}

/**
 * The predecessor's own comparison: its series beside the region and England, its neighbours' mean
 * over its own model's set (as versioned), up to its last period with a number. Null when it has none.
 */
async function predecessorComparison(dataSource: DataSource, predecessor: DfeMeasures["predecessor"], sets: NeighbourSetEntity[], values: AreaValue[], polarity: Polarity, periods: number): Promise<PredecessorComparison | null> {
  const own = values
    .filter((value) => value.geography === predecessor.code && typeof value.value === "number")
    .map((value) => value.timePeriod)
    .sort();
  const lastPeriod = own[own.length - 1];
  if (lastPeriod === undefined) return null;
  const set = sets.find((candidate) => candidate.name === predecessor.neighbourSet) ?? null;
  const neighbours = set ? (await dataSource.manager.find(NeighbourRow, { where: { setName: set.name, geography: predecessor.code }, order: { position: "ASC" } })).map((row) => row.neighbour) : null;
  const upToLast = values.filter((value) => value.timePeriod <= lastPeriod);
  const series = comparisonSeries({ council: predecessor.code, region: REGION_OF_PREDECESSOR, neighbours, polarity, values: upToLast, periods });
  return Object.assign(new PredecessorComparison(), {
    gssCode: predecessor.code,
    name: predecessor.name,
    laCode: predecessor.laCode,
    lastDay: predecessor.lastDay,
    neighbourSet: set,
    series: series.map((point) => Object.assign(new ComparisonPoint(), point)),
    lastPeriod,
  });
}

/** Cumbria was in the North West, as both councils are. */
const REGION_OF_PREDECESSOR = "E12000002";

/** Says where the measure switches from the predecessor to the council, as the DfE's files do. */
function switchNote(councilName: string, predecessor: DfeMeasures["predecessor"], measure: DfeMeasure | null, comparison: PredecessorComparison): string {
  const from = measure ? ` from ${measure.councilsFrom}` : "";
  const kind = measure?.councilsFrom === "2023" ? " (school-year data switch a year earlier than children's social care)" : "";
  return `${predecessor.name} (${predecessor.laCode}, ${predecessor.code}) ended on ${predecessor.lastDay}: its values to ${comparison.lastPeriod} are shown as the predecessor's series, never as ${councilName}'s. The published data give ${councilName}'s own values${from}${kind}.`;
}

/** Comparisons, geographies and statistical neighbour sets: national data, so the shared subgraph's. */
export function comparisonResolvers(councilReference: (councils: CouncilConfig[], id: string) => CouncilOwnedReference | null): Function[] {
  @Resolver(() => IndicatorComparison)
  class ComparisonResolver {
    @Query(() => IndicatorComparison, {
      nullable: true,
      description:
        "An indicator compared as the DfE's LAIT does, for every council at once: each council's series beside its region, England and the mean of its statistical neighbours, and its quartile band. Null for an unknown indicator code. For the plans' measures of it (with their priorities and actions), ask each council's `council { indicator(code:) { measures { ... } } }` in the same query.",
    })
    async indicatorComparison(
      @Arg("code", () => String, { description: 'An indicator code, e.g. "re-referrals-12-months".' }) code: string,
      @Arg("neighbourSet", () => String, { nullable: true, description: "A statistical neighbour set by name; the latest release loaded when null." }) neighbourSetArg: string | null | undefined,
      @Arg("periods", () => Int, { nullable: true, defaultValue: 10, description: "Most periods per series, 1 to 10 (default 10)." }) periods: number,
      @Ctx() context: SharedContext,
    ): Promise<IndicatorComparison | null> {
      // type-graphql passes undefined for an argument left out.
      const neighbourSet = neighbourSetArg ?? null;
      if (!Number.isInteger(periods) || periods < 1 || periods > 10) throw badUserInput("periods must be between 1 and 10", { field: "periods" });
      if (!CODE.test(code) || !(await context.indicator.load(code))) return null;
      const sets = await context.dataSource.manager.find(NeighbourSetEntity, { order: { release: "DESC", name: "ASC" } });
      const set = neighbourSet === null ? (sets[0] ?? null) : (sets.find((candidate) => candidate.name === neighbourSet) ?? null);
      if (neighbourSet !== null && !set) throw badUserInput(`There is no statistical neighbour set "${neighbourSet.slice(0, 100)}"`, { field: "neighbourSet" });
      const [values, members, indicator] = await Promise.all([
        valuesOf(context.dataSource, code),
        set ? context.dataSource.manager.find(NeighbourRow, { where: { setName: set.name, geography: In(context.councils.map((council) => council.gssCode)) }, order: { position: "ASC" } }) : Promise.resolve([]),
        context.indicator.load(code),
      ]);
      const polarity = indicator?.polarity ?? null;
      const measures = dfeMeasures();
      const measure = measures.measures.find((candidate) => candidate.indicator === code) ?? null;
      const predecessor = await predecessorComparison(context.dataSource, measures.predecessor, sets, values, polarity, periods);
      const councils = context.councils.flatMap((council) => {
        const reference = councilReference(context.councils, council.id);
        if (!reference) return [];
        const neighbours = set ? members.filter((row) => row.geography === council.gssCode).map((row) => row.neighbour) : null;
        const series: Point[] = comparisonSeries({ council: council.gssCode, region: council.region ?? null, neighbours, polarity, values, periods });
        const band = quartileBand({ council: council.gssCode, polarity, values });
        return [
          Object.assign(new CouncilComparison(), {
            gssCode: council.gssCode,
            council: reference,
            regionCode: council.region ?? null,
            neighbourCodes: neighbours ?? [],
            series: series.map((point) => Object.assign(new ComparisonPoint(), point)),
            quartile: band.band,
            quartileReason: band.reason,
            quartilePeriod: band.timePeriod,
            localAuthoritiesRanked: band.ranked,
            // Only a council formed after the predecessor ended succeeds it.
            predecessor: predecessor && council.formed > measures.predecessor.lastDay ? predecessor : null,
            note: predecessor && council.formed > measures.predecessor.lastDay ? switchNote(council.name, measures.predecessor, measure, predecessor) : null,
          }),
        ];
      });
      const publishedMeasure = measure
        ? Object.assign(new PublishedMeasure(), {
            dataset: measure.source,
            measure: measure.measure,
            title: measure.title,
            polarity: measure.laitPolarity,
            unit: measure.unit,
            yearType: measure.yearType,
            publication: measure.publication,
            councilsFrom: measure.councilsFrom,
            licence: OGL_ATTRIBUTION,
          })
        : null;
      return Object.assign(new IndicatorComparison(), { indicatorCode: code, neighbourSet: set, councils, publishedMeasure, csvPath: `/comparisons/${code}.csv${neighbourSet ? `?neighbourSet=${encodeURIComponent(neighbourSet)}` : ""}` });
    }

    @FieldResolver(() => IndicatorEntity, { description: "The indicator compared, with its polarity and definition." })
    async indicator(@Root() comparison: IndicatorComparison, @Ctx() context: SharedContext): Promise<IndicatorEntity> {
      return (await context.indicator.load(comparison.indicatorCode))!;
    }

    @Query(() => [GeographyEntity], { description: "The areas the loaded statistics and the comparisons name, by GSS code; optionally of one level." })
    geographies(@Arg("level", () => GeographyLevel, { nullable: true, description: "Only areas of this level." }) level: GeographyLevel | null, @Ctx() context: SharedContext): Promise<GeographyEntity[]> {
      return context.dataSource.manager.find(GeographyEntity, { where: level ? { level } : {}, order: { code: "ASC" } });
    }

    @Query(() => GeographyEntity, { nullable: true, description: 'One area by GSS code (e.g. "E10000006", Cumbria); null when the graph knows none.' })
    geography(@Arg("code", () => String, { description: "A GSS code." }) code: string, @Ctx() context: SharedContext): Promise<GeographyEntity | null> {
      return AREA.test(code) ? context.dataSource.manager.findOne(GeographyEntity, { where: { code } }) : Promise.resolve(null);
    }

    @Query(() => [NeighbourSetEntity], { description: "The statistical neighbour sets loaded, newest release first." })
    statisticalNeighbourSets(@Ctx() context: SharedContext): Promise<NeighbourSetEntity[]> {
      return context.dataSource.manager.find(NeighbourSetEntity, { order: { release: "DESC", name: "ASC" } });
    }
  }

  @Resolver(() => CouncilComparison)
  class CouncilComparisonResolver {
    @FieldResolver(() => CouncilReference, {
      description: "The council, resolved from its own subgraph: ask for its `indicator(code:) { measures { plan priority } }` here to set the plans' measures, priorities and actions beside the numbers.",
    })
    council(@Root() comparison: CouncilComparison): CouncilOwnedReference {
      return comparison.council;
    }

    @FieldResolver(() => GeographyEntity, { nullable: true, description: "The council as an area." })
    geography(@Root() comparison: CouncilComparison, @Ctx() context: SharedContext): Promise<GeographyEntity | null> {
      return context.geography.load(comparison.gssCode);
    }

    @FieldResolver(() => GeographyEntity, { nullable: true, description: "Its region, as the council's configuration names it." })
    region(@Root() comparison: CouncilComparison, @Ctx() context: SharedContext): Promise<GeographyEntity | null> {
      return comparison.regionCode ? context.geography.load(comparison.regionCode) : Promise.resolve(null);
    }

    @FieldResolver(() => [String], { description: "GSS codes of its statistical neighbours in the set used, in the set's order." })
    neighbours(@Root() comparison: CouncilComparison): string[] {
      return comparison.neighbourCodes;
    }
  }

  @Resolver(() => JointInitiativeEntity)
  class ReportedValuesResolver {
    @FieldResolver(() => [AgencyValueEntity], {
      description:
        "Values the initiative reports as itself (the Regional Adoption Agency's adoption scorecard, quarterly and 3-year rolling, as reported): never an average of its councils' values. Optionally of one indicator; in the data files' order.",
    })
    async reportedValues(
      @Root() initiative: JointInitiativeEntity,
      @Arg("indicator", () => String, { nullable: true, description: 'Only this indicator (e.g. "adoption-a1").' }) indicator: string | null | undefined,
      @Ctx() context: SharedContext,
    ): Promise<AgencyValueEntity[]> {
      if (indicator && !CODE.test(indicator)) return [];
      const values = await context.reportedValuesOf.load(initiative.slug);
      return indicator ? values.filter((value) => value.indicator === indicator) : values;
    }
  }

  @Resolver(() => GeographyEntity)
  class GeographyResolver {
    @FieldResolver(() => [AreaValueEntity], { description: "The area's values of one indicator in the loaded files, oldest first: a predecessor's stay here, under its own code." })
    values(@Root() geography: GeographyEntity, @Arg("indicator", () => String, { description: "An indicator code." }) indicator: string, @Ctx() context: SharedContext): Promise<AreaValueEntity[]> {
      return CODE.test(indicator) ? context.areaValuesOf.load(areaValueKey(geography.code, indicator)) : Promise.resolve([]);
    }
  }

  return [ComparisonResolver, CouncilComparisonResolver, ReportedValuesResolver, GeographyResolver];
}
