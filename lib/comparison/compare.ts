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
  const find = (geography: string | null, period: string): AreaValue | undefined => (geography === null ? undefined : input.values.find((value) => value.geography === geography && value.timePeriod === period));
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

/** R's default quantile (type 7, linear interpolation), which LAIT's `quantile(na.rm = TRUE)` uses. */
export function quantile(sorted: number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/**
 * The council's quartile band as LAIT computes it: the quartiles (R's type 7) of every local
 * authority's number in the latest period in which the council has one; by polarity, lower is
 * better: A up to and including the lower quartile, B to the median, C to the upper quartile, D
 * above; higher is better: A above the upper quartile, B above the median, C above the lower
 * quartile, D up to and including it. Equal values share a band. No band (with the reason) for a
 * contextual indicator or one without polarity, when the council has no number, or when fewer than
 * four authorities have one.
 */
export function quartileBand(input: Pick<CouncilComparisonInput, "council" | "polarity" | "values">): QuartileResult {
  const own = input.values.filter((value) => value.geography === input.council && value.level === "LOCAL_AUTHORITY" && typeof value.value === "number").sort((a, b) => byPeriod(b.timePeriod, a.timePeriod))[0];
  if (input.polarity !== "HIGHER_IS_BETTER" && input.polarity !== "LOWER_IS_BETTER") {
    return {
      band: null,
      reason: input.polarity === "CONTEXTUAL" ? "The indicator is contextual: a higher or lower value is neither better nor worse, so there is no band" : "The indicator has no polarity in the catalogue, so there is no band",
      timePeriod: own?.timePeriod ?? null,
      ranked: 0,
    };
  }
  if (!own) {
    const latest = input.values.filter((value) => value.geography === input.council).sort((a, b) => byPeriod(b.timePeriod, a.timePeriod))[0];
    const why = latest ? `its latest value (${latest.timePeriod}) is ${latest.status.toLowerCase().replace(/_/g, " ")}` : "the loaded data has no value for it";
    return { band: null, reason: `No band: ${why}`, timePeriod: null, ranked: 0 };
  }
  const peers = input.values.filter((value) => value.level === "LOCAL_AUTHORITY" && value.timePeriod === own.timePeriod && typeof value.value === "number");
  const distinct = new Map(peers.map((value) => [value.geography, value.value as number]));
  if (distinct.size < 4) return { band: null, reason: `No band: only ${distinct.size} local authorities have a value for ${own.timePeriod} (4 are needed for quartiles)`, timePeriod: own.timePeriod, ranked: distinct.size };
  const sorted = [...distinct.values()].sort((a, b) => a - b);
  const [q1, q2, q3] = [0.25, 0.5, 0.75].map((p) => quantile(sorted, p));
  const mine = own.value as number;
  const fromLow: Band = mine <= q1 ? "A" : mine <= q2 ? "B" : mine <= q3 ? "C" : "D";
  const flipped: Record<Band, Band> = { A: "D", B: "C", C: "B", D: "A" };
  const band = input.polarity === "LOWER_IS_BETTER" ? fromLow : flipped[fromLow];
  return { band, reason: null, timePeriod: own.timePeriod, ranked: distinct.size };
}
