/**
 * The comparison the Department for Education's LAIT makes for one indicator, made for one council:
 * a time series of the council beside its region, England and the mean of its statistical
 * neighbours, and the council's quartile band among all local authorities. Pure: the data comes in,
 * the comparison goes out (lib/comparison/ has no database or GraphQL in it).
 */

export type Polarity = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "CONTEXTUAL" | null;
export type Band = "A" | "B" | "C" | "D";

/** One published value (or symbol) of the indicator for an area in a period. */
export interface AreaValue {
  geography: string;
  level: "NATIONAL" | "REGIONAL" | "LOCAL_AUTHORITY";
  timePeriod: string;
  timeIdentifier: string | null;
  value: number | null;
  status: string;
}

export interface ComparedValue {
  value: number | null;
  status: string;
}

export interface ComparisonPoint {
  timePeriod: string;
  timeIdentifier: string | null;
  /** Null where the file has no row for the area in that period (e.g. before the council existed). */
  council: ComparedValue | null;
  region: ComparedValue | null;
  england: ComparedValue | null;
  /** Mean of the neighbours that have a number; null when none has. */
  neighbourMean: number | null;
  /** How many neighbours the mean is over (those with a number), and how many the set names. */
  neighboursWithValue: number;
  neighbours: number;
}

export interface QuartileResult {
  band: Band | null;
  /** Why there is no band, for people; null when there is one. */
  reason: string | null;
  /** The period the band is for: the latest in which the council has a number. */
  timePeriod: string | null;
  /** Local authorities with a number in that period (the council among them). */
  ranked: number;
}

export interface CouncilComparisonInput {
  council: string;
  region: string | null;
  /** The council's statistical neighbours (GSS codes), or null when no set is chosen. */
  neighbours: string[] | null;
  polarity: Polarity;
  values: AreaValue[];
  /** Most periods to show (LAIT shows up to 10). */
  periods: number;
}

export const ENGLAND = "E92000001";

const byPeriod = (a: string, b: string): number => a.localeCompare(b);

/**
 * The periods shown: the latest `periods` in which the council, its region or England has a row,
 * oldest first. Predecessors' rows (Cumbria's, E10000006) never count as the council's: they are
 * another area's, under another code.
 */
export function comparisonSeries(input: CouncilComparisonInput): ComparisonPoint[] {
  const areas = new Set([input.council, input.region, ENGLAND].filter((code): code is string => code !== null));
  const periods = [...new Set(input.values.filter((value) => areas.has(value.geography)).map((value) => value.timePeriod))].sort(byPeriod).slice(-input.periods);
  const find = (geography: string | null, period: string): AreaValue | undefined =>
    geography === null ? undefined : input.values.find((value) => value.geography === geography && value.timePeriod === period);
  const compared = (value: AreaValue | undefined): ComparedValue | null => (value ? { value: value.value, status: value.status } : null);
  return periods.map((period) => {
    const numbers = (input.neighbours ?? []).map((code) => find(code, period)?.value).filter((value): value is number => typeof value === "number");
    const any = find(input.council, period) ?? find(ENGLAND, period) ?? find(input.region, period);
    return {
      timePeriod: period,
      timeIdentifier: any?.timeIdentifier ?? null,
      council: compared(find(input.council, period)),
      region: compared(find(input.region, period)),
      england: compared(find(ENGLAND, period)),
      neighbourMean: numbers.length === 0 ? null : numbers.reduce((sum, value) => sum + value, 0) / numbers.length,
      neighboursWithValue: numbers.length,
      neighbours: input.neighbours?.length ?? 0,
    };
  });
}

/**
 * The council's quartile band among every local authority with a number in the latest period in
 * which the council has one: A is the best quarter, D the worst, by the indicator's polarity. A
 * council's rank is one more than the number of authorities strictly better, so equal values share a
 * band; the band is A when fewer than a quarter of the authorities are better, B under a half, C
 * under three quarters, else D. No band (with the reason) for a contextual indicator or one without
 * polarity, when the council has no number, or when fewer than four authorities have one.
 */
export function quartileBand(input: Pick<CouncilComparisonInput, "council" | "polarity" | "values">): QuartileResult {
  const own = input.values.filter((value) => value.geography === input.council && value.level === "LOCAL_AUTHORITY" && typeof value.value === "number").sort((a, b) => byPeriod(b.timePeriod, a.timePeriod))[0];
  if (input.polarity !== "HIGHER_IS_BETTER" && input.polarity !== "LOWER_IS_BETTER") {
    return { band: null, reason: input.polarity === "CONTEXTUAL" ? "The indicator is contextual: a higher or lower value is neither better nor worse, so there is no band" : "The indicator has no polarity in the catalogue, so there is no band", timePeriod: own?.timePeriod ?? null, ranked: 0 };
  }
  if (!own) {
    const latest = input.values.filter((value) => value.geography === input.council).sort((a, b) => byPeriod(b.timePeriod, a.timePeriod))[0];
    const why = latest ? `its latest value (${latest.timePeriod}) is ${latest.status.toLowerCase().replace(/_/g, " ")}` : "the loaded data has no value for it";
    return { band: null, reason: `No band: ${why}`, timePeriod: null, ranked: 0 };
  }
  const peers = input.values.filter((value) => value.level === "LOCAL_AUTHORITY" && value.timePeriod === own.timePeriod && typeof value.value === "number");
  const distinct = new Map(peers.map((value) => [value.geography, value.value as number]));
  if (distinct.size < 4) return { band: null, reason: `No band: only ${distinct.size} local authorities have a value for ${own.timePeriod} (4 are needed for quartiles)`, timePeriod: own.timePeriod, ranked: distinct.size };
  const mine = own.value as number;
  const better = [...distinct.values()].filter((value) => (input.polarity === "HIGHER_IS_BETTER" ? value > mine : value < mine)).length;
  const share = better / distinct.size;
  const band: Band = share < 0.25 ? "A" : share < 0.5 ? "B" : share < 0.75 ? "C" : "D";
  return { band, reason: null, timePeriod: own.timePeriod, ranked: distinct.size };
}
